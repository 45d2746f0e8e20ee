/**
 * Platform-neutral types of the support desk (sushii-modmail's relay model, named by direction).
 * Platforms implement `DeskChannel` (staff side) and, through their adapters' `send`, the
 * `Messenger` (user side). The desk itself (`desk.ts`) never imports a platform SDK.
 *
 * ## Conversation / thread id contract
 * - A ticket's *user conversation* is the `ctx.conversation` of the private chat the ticket was
 *   opened from (`telegram:{chatId}`, `discord:{dmChannelId}`, `console:local`). Staff replies are
 *   sent there with `Messenger.send`.
 * - A ticket's *desk thread id* is exactly the string `DeskChannel.openThread` returned. The desk
 *   stores it (`tickets.desk_thread_id`) and looks tickets up by it. Platforms MUST pass the very
 *   same string as `ctx.conversation` for staff commands run inside that thread, and as
 *   `threadId` to `SupportDesk.onStaffMessage`:
 *     - Discord forum post (a thread): `discord:{threadId}`
 *     - Telegram forum topic: `telegram:{chatId}:{messageThreadId}`
 * - Staff identity is checked by the platform (Discord role STAFF_ROLE_ID in the desk's server,
 *   Telegram: member of the staff supergroup) and passed as `ctx.staff === true` for commands and
 *   `verifiedStaff: true` for thread messages. The desk refuses anything else.
 */
import type { Locale } from "../../core/i18n/locales.js";
import type { Reply } from "../../core/reply.js";

/** A file relayed in either direction. Always re-uploaded from `data`, never linked (links expire). */
export interface RelayAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly data: Uint8Array;
}

/** A desk staff member. `key` is `platform:userId` (e.g. `discord:1234`); `name` is for display. */
export interface StaffRef {
  readonly key: string;
  readonly name: string;
}

/** The user side of a ticket, as the desk shows it to staff. */
export interface RelayUser {
  /** `platform:userId`. */
  readonly key: string;
  readonly platform: string;
  readonly displayName?: string;
}

/** A user's message on its way to the desk thread. */
export interface UserToStaffMessage {
  readonly ticketId: number;
  readonly user: RelayUser;
  /** Plain text (may be empty when only files were sent). Never markup: platforms escape it. */
  readonly text: string;
  readonly attachments: readonly RelayAttachment[];
  readonly at: number;
}

/** A staff message on its way to the user. */
export interface StaffToUserMessage {
  readonly ticketId: number;
  readonly staff: StaffRef;
  readonly text: string;
  readonly attachments: readonly RelayAttachment[];
  /** The user sees "Support team" instead of the staff member's name. */
  readonly anonymous: boolean;
  readonly at: number;
}

/** How a ticket was opened. */
export type TicketSource = "command" | "action" | "vin" | "follow-up";

/**
 * What staff see first in a new thread. `title` and `lines` are ready-to-show plain text in the
 * desk's language (platforms only escape and lay out); the other fields are there for platforms
 * that want structured display (embed fields) or tags.
 */
export interface TicketHeader {
  readonly ticketId: number;
  /** Short, e.g. `#12 · telegram · Jane` (≤ 100 chars: Discord thread name limit). */
  readonly title: string;
  readonly lines: readonly string[];
  readonly user: RelayUser;
  readonly locale: string;
  readonly source: TicketSource;
  readonly precode?: string;
  readonly pin?: string;
  readonly wrongAttempts: number;
  readonly vin?: string;
  /** True when the previous thread was deleted and this one replaces it. */
  readonly recreated: boolean;
}

/** Why the desk posts a note of its own into a thread. */
export type DeskEvent =
  | "unreachable"
  | "delivery-failed"
  | "close-cancelled"
  | "reopened"
  | "closed"
  | "forgotten";

/** Something the desk posts into a ticket thread (or the log channel). Text is plain, localised. */
export type DeskPost =
  | { readonly kind: "user"; readonly text: string; readonly message: UserToStaffMessage }
  | { readonly kind: "note"; readonly event: DeskEvent; readonly text: string }
  | {
      readonly kind: "transcript";
      readonly ticketId: number;
      /** The ticket's user: the log channel's copy is theirs (/forget deletes it). */
      readonly userKey?: string | undefined;
      /** One-line summary to show with the file. */
      readonly text: string;
      /** The transcript as a UTF-8 `.txt` file. */
      readonly file: RelayAttachment;
    };

/**
 * The staff side, implemented per platform (Discord forum channel, Telegram forum supergroup).
 * Methods may throw `ThreadGone` when the post/topic was deleted; any other error is treated as
 * transient (logged; the message stays in the store and in the transcript).
 */
export interface DeskChannel {
  /** `discord` or `telegram` (for logs). */
  readonly kind: string;
  /** Creates the ticket's post/topic showing `header`. Returns its thread id (see contract above). */
  openThread(header: TicketHeader): Promise<string>;
  /** Posts into the thread. Throws `ThreadGone` if it was deleted. */
  post(threadId: string, post: DeskPost): Promise<void>;
  /** Open/Closed tag + unarchive/archive (Discord) or reopen/close topic (Telegram). */
  setState(threadId: string, state: "open" | "closed", title?: string): Promise<void>;
  /**
   * Deletes the thread with everything in it (/forget): Telegram `deleteForumTopic` (the bot needs
   * "Delete messages"), Discord DELETE of the post ("Manage Threads"). Throws when refused.
   */
  erase?(threadId: string): Promise<void>;
  /**
   * Optional log channel (SUPPORT_LOG_CHANNEL): closed tickets' transcripts, owned by the ticket's
   * user (outbox rows of kind `transcript` with their user key, so /forget finds their message
   * ids), and /forget's notes to staff.
   */
  postToLog?(post: DeskPost): Promise<void>;
  /**
   * Deletes a message the bot posted to the log channel (/forget: a transcript), found by the
   * conversation and message id the outbox recorded. A message already gone counts as deleted;
   * throws when the platform refuses (Telegram: older than 48 h or no right; Discord: no access).
   */
  eraseLogMessage?(message: { readonly conversation: string; readonly messageId: string }): Promise<void>;
  /**
   * Posts that leave later (through the outbox) learn only then that the thread was deleted: the
   * channel calls this listener with the thread id and a way to send the failed post again into
   * another thread; the desk opens a new thread (or finds the one that replaced it) and reposts.
   */
  onThreadGone?(listener: (threadId: string, repost: (newThreadId: string) => Promise<void>) => void): void;
}

/**
 * Sends a reply to a user's conversation outside a request. The app routes `telegram:…`,
 * `discord:…` and `console:…` to the matching adapter's `send`. Throws a PlatformError
 * (src/platforms/errors.ts): `unreachable` when no adapter runs for the platform or the user can't
 * be reached, `refused` for a malformed conversation id; `retryable` ones (rate limit, network)
 * are transient.
 */
export interface Messenger {
  send(conversation: string, reply: Reply, options?: MessengerSendOptions): Promise<void>;
  /**
   * Messages that leave later (through the outbox) fail later: listeners hear of each message
   * given up for good, with the `meta` it was sent with.
   */
  onUndelivered?(listener: (failure: Undelivered) => void): void;
}

export interface MessengerSendOptions {
  readonly kind?: string;
  readonly meta?: { readonly [key: string]: string | number | boolean | null };
}

export interface Undelivered {
  readonly conversation: string;
  readonly meta: { readonly [key: string]: unknown } | null;
  /** `unreachable`: blocked the bot / chat gone; `failed`: anything else, or too old to send. */
  readonly reason: "unreachable" | "failed";
}

/** The FAQ, as the desk needs it (the app passes the real FAQ module). */
export interface FaqAnswers {
  /** The answer for an entry in a locale, as plain text; undefined for an unknown id. */
  answer(id: string, locale: Locale): string | undefined;
  /** All ids (for `/snippet` autocomplete). */
  ids(): readonly string[];
}
