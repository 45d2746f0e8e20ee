/**
 * Unexpected Discord failures as typed errors (style guide §7). Expected outcomes stay values in
 * the bot; these are for `send()` callers (reminders, the support desk) that must react, e.g. tell
 * staff a user can't be reached. Messages never contain a token (interaction URLs are left out).
 */
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { Unreachable as SupportUnreachable } from "../../support/errors.js";

export class PlatformError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PlatformError";
  }
}

/**
 * 50007 "Cannot send messages to this user": DMs closed, or no server shared with the bot.
 * It IS the support desk's `Unreachable` (one class for every platform, which the desk and the
 * reminder worker catch by `instanceof`); this subclass only adds the Discord user id.
 */
export class Unreachable extends SupportUnreachable {
  constructor(
    readonly userId: string,
    options?: { cause?: unknown },
  ) {
    super(`discord:dm:${userId}`, "dms-closed", options);
  }
}

class RateLimited extends PlatformError {
  constructor(
    readonly retryAfterMs: number,
    options?: { cause?: unknown },
  ) {
    super(`Discord rate limit: retry after ${retryAfterMs} ms`, "discord.rate-limited", options);
    this.name = "RateLimited";
  }
}

export class Unauthorized extends PlatformError {
  constructor(options?: { cause?: unknown }) {
    super("Discord refused the bot token (401)", "discord.unauthorized", options);
    this.name = "Unauthorized";
  }
}

class NotFound extends PlatformError {
  constructor(what: string, options?: { cause?: unknown }) {
    super(`Discord: ${what} not found`, "discord.not-found", options);
    this.name = "NotFound";
  }
}

/** The network failed or Discord answered 5xx (as opposed to "the API refused"). */
export class NetworkError extends PlatformError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "discord.network", options);
    this.name = "NetworkError";
  }
}

/** Discord JSON error codes used here. @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json */
export const CANNOT_DM_USER = 50007;
export const UNKNOWN_CHANNEL = 10003;
export const UNKNOWN_INTERACTION = 10062;

/** Maps anything a discord.js call threw to a PlatformError (or `Unreachable` for 50007). */
export function toPlatformError(
  error: unknown,
  context: { userId?: string; what?: string } = {},
): PlatformError | Unreachable {
  if (error instanceof PlatformError || error instanceof Unreachable) return error;
  if (error instanceof DiscordAPIError) {
    if (error.code === CANNOT_DM_USER) return new Unreachable(context.userId ?? "?", { cause: error });
    if (error.status === 401) return new Unauthorized({ cause: error });
    if (error.status === 404) return new NotFound(context.what ?? "resource", { cause: error });
    return new PlatformError(
      `Discord refused: ${error.status} ${error.code} ${error.message}`,
      "discord.api",
      {
        cause: error,
      },
    );
  }
  if (error instanceof RateLimitError) return new RateLimited(error.retryAfter, { cause: error });
  if (error instanceof HTTPError) return new NetworkError(`Discord HTTP ${error.status}`, { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new NetworkError(`Discord request failed: ${message}`, { cause: error });
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
