/**
 * Unexpected-but-known failures at the platform boundary of the support desk that are not the
 * platforms' own: desk channels throw `ThreadGone`; the desk catches it by class, never by
 * matching message text. A user who can't be reached is the platform error family's
 * `unreachable` kind (src/platforms/errors.ts), the same on every platform.
 */

/**
 * The forum post (Discord) or topic (Telegram) of a ticket no longer exists: staff deleted it.
 * Thrown by `DeskChannel.post` / `setState`; the desk then opens a new thread, binds it to the
 * ticket and posts again (once).
 */
export class ThreadGone extends Error {
  override readonly name = "ThreadGone";
  readonly code = "desk.thread-gone";
  constructor(
    readonly threadId: string,
    options?: { cause?: unknown },
  ) {
    super(`desk thread ${threadId} no longer exists`, options);
  }
}
