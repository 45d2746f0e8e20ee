/**
 * Telegram failures as our error classes. Two families are kept apart (as grammY does):
 * the API refused (`error_code` from Telegram: 4xx, 429, 5xx) and the network failed (no answer).
 * Messages never contain the bot token: telegraf puts it in every request URL, so any text taken
 * from a network error is scrubbed.
 */
import { TelegramError } from "telegraf";
import { scrubSecrets } from "../../logger.js";

export type PlatformErrorCode =
  | "rate-limited"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "bad-request"
  | "server-error"
  | "network";

export class PlatformError extends Error {
  override readonly name: string = "PlatformError";
  readonly platform = "telegram";
  constructor(
    readonly code: PlatformErrorCode,
    message: string,
    readonly method: string,
    options: { cause?: unknown } = {},
  ) {
    super(scrubToken(message), options);
  }
  /** Worth trying again later: 429, 5xx, network. */
  get retryable(): boolean {
    return this.code === "rate-limited" || this.code === "server-error" || this.code === "network";
  }
}

/** 429 Too Many Requests: wait `retryAfterMs` (from `parameters.retry_after`) and try again. */
export class RateLimited extends PlatformError {
  override readonly name = "RateLimited";
  constructor(
    readonly retryAfterMs: number,
    message: string,
    method: string,
    options: { cause?: unknown } = {},
  ) {
    super("rate-limited", message, method, options);
  }
}

/** 401: the token is wrong or revoked. */
export class Unauthorized extends PlatformError {
  override readonly name = "Unauthorized";
}

/** 403: the user blocked the bot, or the bot was removed from the group. */
export class Forbidden extends PlatformError {
  override readonly name = "Forbidden";
}

/** 404 or 400 "… not found" (chat, message, topic). */
export class NotFound extends PlatformError {
  override readonly name = "NotFound";
}

/** No answer: connection refused or reset, DNS, timeout. The request may or may not have run. */
export class NetworkError extends PlatformError {
  override readonly name = "NetworkError";
}

const TOKEN_IN_URL = /\/bot\d+:[A-Za-z0-9_-]+/g;
const BARE_TOKEN = /\b\d{5,}:[A-Za-z0-9_-]{20,}\b/g;

/** Removes bot tokens from text: registered secrets, `/bot<token>` URL parts, token-shaped words. */
export function scrubToken(text: string): string {
  return scrubSecrets(text).replace(TOKEN_IN_URL, "/bot[redacted]").replace(BARE_TOKEN, "[redacted]");
}

/** A token-free copy of an error to keep as `cause`. */
function safeCause(error: unknown): Error {
  if (error instanceof TelegramError) {
    const copy = new Error(scrubToken(error.message));
    copy.name = "TelegramError";
    return copy;
  }
  const e = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(scrubToken(e.message));
  copy.name = e.name;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code });
  return copy;
}

/** Maps whatever a Bot API call threw to one of our classes. */
export function toPlatformError(error: unknown, method: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const cause = safeCause(error);
  if (error instanceof TelegramError) {
    const status = error.code;
    const description = scrubToken(error.description ?? "");
    const message = `${method}: ${status} ${description}`.trim();
    if (status === 429) {
      const seconds = Number(error.parameters?.retry_after ?? 1);
      return new RateLimited(Math.max(0, seconds) * 1000, message, method, { cause });
    }
    if (status === 401) return new Unauthorized("unauthorized", message, method, { cause });
    if (status === 403) return new Forbidden("forbidden", message, method, { cause });
    if (status === 404 || (status === 400 && /not found/i.test(description))) {
      return new NotFound("not-found", message, method, { cause });
    }
    if (status >= 500) return new PlatformError("server-error", message, method, { cause });
    return new PlatformError("bad-request", message, method, { cause });
  }
  return new NetworkError("network", `${method}: network error: ${cause.message}`, method, { cause });
}

/** Telegram answers 400 "message is not modified" when an edit changes nothing: that is success. */
export function isNotModified(error: PlatformError): boolean {
  return error.code === "bad-request" && /message is not modified/i.test(error.message);
}
