/**
 * Telegram failures as the platform error family (src/platforms/errors.ts). The API refused
 * (`error_code` from Telegram) or the network failed (no answer) — kept apart, as grammY does.
 * Messages never contain the bot token: telegraf puts it in every request URL, so any text taken
 * from a network error is scrubbed, and the `cause` is a scrubbed copy.
 * @see https://core.telegram.org/api/errors
 */
import { TelegramError } from "telegraf";
import { PlatformError, scrubToken } from "../errors.js";

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

/** 403: this chat can't be reached by the bot, whatever is sent. */
function forbiddenReason(description: string): string {
  if (/blocked/i.test(description)) return "blocked";
  if (/deactivated/i.test(description)) return "deactivated";
  if (/kicked/i.test(description)) return "kicked";
  if (/not a member/i.test(description)) return "not-member";
  return "forbidden";
}

/** Which thing is gone, for a 404 or a 400 that means "gone"; `null` when the 400 means something else. */
function goneReason(description: string): string | undefined | null {
  if (/message thread not found|TOPIC_ID_INVALID|TOPIC_DELETED/i.test(description)) return "thread";
  if (/chat not found|user not found|PEER_ID_INVALID/i.test(description)) return "chat";
  if (/message to .* not found/i.test(description)) return "message";
  if (/not found/i.test(description)) return undefined;
  return null;
}

/** Maps whatever a Bot API call threw to a PlatformError. */
export function fromTelegram(error: unknown, method: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const cause = safeCause(error);
  const at = { platform: "telegram", method, cause };
  if (error instanceof TelegramError) {
    const status = error.code;
    const description = scrubToken(error.description ?? "");
    const message = `${method}: ${status} ${description}`.trim();
    const withStatus = { ...at, status };
    if (status === 429) {
      const seconds = Number(error.parameters?.retry_after ?? 1);
      return new PlatformError("rate-limited", message, {
        ...withStatus,
        retryAfterMs: Math.max(0, seconds) * 1000,
      });
    }
    if (status === 401) return new PlatformError("unauthorized", message, withStatus);
    if (status === 403) {
      return new PlatformError("unreachable", message, {
        ...withStatus,
        reason: forbiddenReason(description),
      });
    }
    const gone = status === 404 || status === 400 ? goneReason(description) : null;
    if (status === 404 || gone !== null) {
      return new PlatformError("not-found", message, { ...withStatus, reason: gone ?? undefined });
    }
    if (status >= 500) return new PlatformError("network", message, withStatus);
    const reason = /message is not modified/i.test(description)
      ? "not-modified"
      : /TOPIC_NOT_MODIFIED/i.test(description)
        ? "topic-not-modified"
        : undefined;
    return new PlatformError("refused", message, { ...withStatus, reason });
  }
  return new PlatformError("network", `${method}: network error: ${cause.message}`, at);
}

/** Telegram answers 400 "message is not modified" when an edit changes nothing: that is success. */
export function isNotModified(error: PlatformError): boolean {
  return error.kind === "refused" && error.reason === "not-modified";
}
