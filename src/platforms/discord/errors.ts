/**
 * Discord failures as the platform error family (src/platforms/errors.ts): `fromDiscord` maps what
 * discord.js threw (DiscordAPIError: the API refused; HTTPError / fetch failures: no usable
 * answer; RateLimitError) to a PlatformError. Callers outside the adapter handle the kind; the
 * Discord JSON codes this adapter needs are kept here. Messages never contain a token: request
 * URLs (interaction and webhook URLs carry the interaction token) and bodies are left out.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { PlatformError, type PlatformErrorKind, scrubToken } from "../errors.js";

/** Discord JSON error codes used here. @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json */
export const UNKNOWN_CHANNEL = 10003;
export const UNKNOWN_MESSAGE = 10008;
const UNKNOWN_USER = 10013;
export const UNKNOWN_INTERACTION = 10062;
const MISSING_ACCESS = 50001;
/** DMs closed, or no server shared with the bot. */
const CANNOT_DM_USER = 50007;
const MISSING_PERMISSIONS = 50013;
const INVALID_FORM_BODY = 50035;
const THREAD_ARCHIVED = 50083;
/** Like 50007: no server shared with the user. */
const CANNOT_DM_NO_MUTUAL_GUILDS = 50278;

/** JSON codes with a kind of their own (any status), and the reason they carry. */
const BY_CODE = new Map<number | string, readonly [PlatformErrorKind, string]>([
  [CANNOT_DM_USER, ["unreachable", "dms-closed"]],
  [CANNOT_DM_NO_MUTUAL_GUILDS, ["unreachable", "dms-closed"]],
  [UNKNOWN_CHANNEL, ["not-found", "channel"]],
  [UNKNOWN_MESSAGE, ["not-found", "message"]],
  [UNKNOWN_USER, ["not-found", "user"]],
  [UNKNOWN_INTERACTION, ["not-found", "interaction"]],
  [MISSING_ACCESS, ["refused", "missing-access"]],
  [MISSING_PERMISSIONS, ["refused", "missing-permissions"]],
  [INVALID_FORM_BODY, ["refused", "invalid-form-body"]],
  [THREAD_ARCHIVED, ["refused", "thread-archived"]],
]);

/** A token-free copy of a discord.js error, without the request URL or body, to keep as `cause`. */
function safeCause(error: unknown): Error {
  const copy = new Error(scrubToken(error instanceof Error ? error.message : String(error)));
  copy.name = error instanceof Error ? error.name : "Error";
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    Object.assign(copy, {
      status: error.status,
      method: error.method,
      ...(error instanceof DiscordAPIError ? { code: error.code } : {}),
    });
  } else if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") Object.assign(copy, { code });
  }
  return copy;
}

/**
 * Maps anything a discord.js call threw to a PlatformError. `method` names what was tried
 * (`dm`, `post`, `GET channel`…) for messages and logs.
 */
export function fromDiscord(error: unknown, context: { readonly method?: string } = {}): PlatformError {
  if (error instanceof PlatformError) return error;
  const cause = safeCause(error);
  const at = { platform: "discord", method: context.method, cause };
  const what = context.method ? `discord ${context.method}` : "discord";
  if (error instanceof DiscordAPIError) {
    const { status, code } = error;
    const message = `${what}: ${status} ${code} ${error.message}`;
    const known = BY_CODE.get(code);
    if (known) return new PlatformError(known[0], message, { ...at, status, reason: known[1] });
    if (status === 429) {
      const seconds = Number((error.rawError as { retry_after?: unknown }).retry_after);
      const retryAfterMs = Number.isFinite(seconds) ? Math.max(0, seconds) * 1000 : undefined;
      return new PlatformError("rate-limited", message, { ...at, status, retryAfterMs });
    }
    if (status === 401) return new PlatformError("unauthorized", message, { ...at, status });
    if (status === 404) return new PlatformError("not-found", message, { ...at, status });
    if (status >= 500) return new PlatformError("network", message, { ...at, status });
    return new PlatformError("refused", message, { ...at, status });
  }
  if (error instanceof RateLimitError) {
    return new PlatformError("rate-limited", `${what}: rate limited for ${error.retryAfter} ms`, {
      ...at,
      retryAfterMs: error.retryAfter,
    });
  }
  // No JSON answer (a proxy's 502 page, an HTML 403 from the edge): treated as no answer at all.
  if (error instanceof HTTPError) {
    const kind = error.status === 429 ? "rate-limited" : "network";
    return new PlatformError(kind, `${what}: HTTP ${error.status} ${error.message}`, {
      ...at,
      status: error.status,
    });
  }
  return new PlatformError("network", `${what}: request failed: ${cause.message}`, at);
}

/** True for a Discord API error with this JSON code. */
export function isApiError(error: unknown, code: number): boolean {
  return error instanceof DiscordAPIError && error.code === code;
}

/**
 * An error as log fields without the request URL or body: interaction and webhook URLs carry the
 * interaction token, and bodies carry user text.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    return {
      type: error.name,
      message: error.message,
      status: error.status,
      method: error.method,
      ...(error instanceof DiscordAPIError ? { code: error.code } : {}),
    };
  }
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { message: String(error) };
}
