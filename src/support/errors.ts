/**
 * Unexpected-but-known failures at the platform boundary of the support desk. Platform code
 * (desk channels, adapters' `send`) throws these; the desk catches them by class, never by
 * matching message text. Each carries a stable `code` and the platform error as `cause`.
 */

export type SupportErrorCode = "desk.thread-gone" | "user.unreachable";

abstract class SupportError extends Error {
  abstract readonly code: SupportErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The forum post (Discord) or topic (Telegram) of a ticket no longer exists: staff deleted it.
 * Thrown by `DeskChannel.post` / `setState`; the desk then opens a new thread, binds it to the
 * ticket and posts again (once).
 */
export class ThreadGone extends SupportError {
  readonly code = "desk.thread-gone" as const;
  constructor(
    readonly threadId: string,
    options?: { cause?: unknown },
  ) {
    super(`desk thread ${threadId} no longer exists`, options);
  }
}

/**
 * Why a user can't be reached:
 * - `blocked`: the user blocked the bot (Telegram 403 "bot was blocked by the user");
 * - `dms-closed`: DMs closed or no shared server (Discord 50007);
 * - `not-found`: the chat/user no longer exists (deleted account);
 * - `no-route`: no adapter for the conversation's platform is running in this process.
 */
export type UnreachableReason = "blocked" | "dms-closed" | "not-found" | "no-route";

/**
 * The user can't receive messages. Thrown by `Messenger.send` (i.e. by adapters' `send`).
 * It is permanent for this message: callers do not retry (reminders are marked failed; the desk
 * tells staff in the ticket thread). Rate limits and network errors are NOT `Unreachable`.
 */
export class Unreachable extends SupportError {
  readonly code = "user.unreachable" as const;
  constructor(
    readonly conversation: string,
    readonly reason: UnreachableReason,
    options?: { cause?: unknown },
  ) {
    super(`conversation ${conversation} unreachable (${reason})`, options);
  }
}
