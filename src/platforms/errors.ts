/**
 * The one error family of every platform adapter (issue #12). Each adapter maps what its client
 * library threw (telegram/errors.ts `fromTelegram`, discord/errors.ts `fromDiscord`, the web and
 * console adapters directly) to ONE class, `PlatformError`, whose `kind` is all a caller outside
 * the adapters needs: the outbox, the support desk and the reminder worker handle "rate limited"
 * or "unreachable" the same way on every platform.
 *
 * Kinds keep "the API refused" apart from "the network failed" (as grammY does):
 * - `refused`: the API refused this request (bad request, missing permission); also a
 *   conversation id that is not the adapter's (reason `bad-conversation-id`). Final.
 * - `rate-limited`: too many requests; `retryAfterMs` says how long to wait when the API did.
 * - `unauthorized`: the token is wrong or revoked. Final.
 * - `not-found`: the chat, message, thread or topic is gone. Final.
 * - `unreachable`: this user can't be reached (blocked the bot, DMs closed, no route). Final.
 * - `network`: no answer, reset, timeout, or a 5xx (`status` is set when the platform answered).
 *
 * Below the adapters (src/support, src/outbox) this module may be imported: it depends only on
 * the logger's secret scrubbing. Messages never contain a token.
 */
import { scrubSecrets } from "../logger.js";

export type PlatformErrorKind =
  | "refused"
  | "rate-limited"
  | "unauthorized"
  | "not-found"
  | "unreachable"
  | "network";

export interface PlatformErrorOptions {
  /** `telegram`, `discord`, `web`, `console`… (the conversation id's prefix). */
  readonly platform: string;
  /** The API method or route that failed (`sendMessage`, `POST /channels/:id/messages`). */
  readonly method?: string | undefined;
  /** `rate-limited`: how long the platform asked us to wait. */
  readonly retryAfterMs?: number | undefined;
  /**
   * A short, stable word for why, below the kind: `blocked`, `dms-closed`, `no-route`,
   * `bad-conversation-id`, `not-modified`, `thread`, `missing-permissions`…
   */
  readonly reason?: string | undefined;
  /** The HTTP status when the platform answered (a 5xx is a `network` failure with a status). */
  readonly status?: number | undefined;
  /** Keep it token-free: the mappers pass a scrubbed copy of the client's error. */
  readonly cause?: unknown;
}

export class PlatformError extends Error {
  override readonly name = "PlatformError";
  readonly platform: string;
  readonly method: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly reason: string | undefined;
  readonly status: number | undefined;

  constructor(
    readonly kind: PlatformErrorKind,
    message: string,
    options: PlatformErrorOptions,
  ) {
    super(scrubToken(message), options.cause === undefined ? {} : { cause: options.cause });
    this.platform = options.platform;
    this.method = options.method;
    this.retryAfterMs = options.retryAfterMs;
    this.reason = options.reason;
    this.status = options.status;
  }

  /** Worth trying again later: rate limits and network failures (5xx included). */
  get retryable(): boolean {
    return this.kind === "rate-limited" || this.kind === "network";
  }
}

/** True for a PlatformError, of `kind` (or one of `kind`) when given. */
export function isPlatformError(
  error: unknown,
  kind?: PlatformErrorKind | readonly PlatformErrorKind[],
): error is PlatformError {
  if (!(error instanceof PlatformError)) return false;
  if (kind === undefined) return true;
  return typeof kind === "string" ? error.kind === kind : kind.includes(error.kind);
}

/**
 * The person a message was for can't get it, now or later: `unreachable`, or `not-found` (their
 * chat or DM channel is gone: nobody left to reach). For sends to users, not to desk threads.
 */
export function isUnreachable(error: unknown): error is PlatformError {
  return isPlatformError(error, ["unreachable", "not-found"]);
}

/** A conversation id that is not this adapter's: refused before any call is made. */
export function badConversationId(platform: string, conversation: string): PlatformError {
  const name = platform.charAt(0).toUpperCase() + platform.slice(1);
  return new PlatformError("refused", `not a ${name} conversation id: ${conversation}`, {
    platform,
    reason: "bad-conversation-id",
  });
}

/** telegraf puts the token in every request URL: `/bot<token>/method`. */
const TELEGRAM_TOKEN_IN_URL = /\/bot\d+:[A-Za-z0-9_-]+/g;
const TELEGRAM_TOKEN = /\b\d{5,}:[A-Za-z0-9_-]{20,}\b/g;
/** A Discord bot token: base64 user id, timestamp, HMAC. */
const DISCORD_TOKEN = /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}\b/g;

/** Removes tokens from text: registered secrets, `/bot<token>` URL parts, token-shaped words. */
export function scrubToken(text: string): string {
  return scrubSecrets(text)
    .replace(TELEGRAM_TOKEN_IN_URL, "/bot[redacted]")
    .replace(TELEGRAM_TOKEN, "[redacted]")
    .replace(DISCORD_TOKEN, "[redacted]");
}
