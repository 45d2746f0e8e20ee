/**
 * Public shapes of the persistence layer. Consumers should depend on the narrow repository
 * interfaces (e.g. `TicketRepository`), not on `Store` as a whole.
 *
 * Conventions: every timestamp is a millisecond epoch `number` (PostgreSQL `bigint` is converted
 * at the driver); every "optional `at`" argument defaults to `Date.now()`; expected refusals are
 * returned as `Result` values, unexpected failures throw.
 */
import type { Logger } from "pino";
import type { Result } from "../core/result.js";
import type { FaqLearningRepository } from "./learned.js";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type Platform = "telegram" | "discord" | (string & {});
export type StoreDialect = "sqlite" | "postgres";

// ---------------------------------------------------------------- profiles

export interface Profile {
  userKey: string;
  locale: string | null;
  lastPrecode: string | null;
  lastPin: string | null;
  radioType: string | null;
  wrongAttempts: number;
  lastWrongAt: number | null;
  displayName: string | null;
  /** Free-form per-platform data (e.g. a Discord DM channel id). Replaced as a whole on update. */
  platformData: JsonObject;
  /** Language of the user's last question; an explicit `locale` wins over it. */
  conversationLocale: string | null;
  /** What the bot last answered the user about (an FAQ entry id, or `decode`), and when (ms). */
  lastTopic: string | null;
  lastTopicAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** `undefined` (or absent) leaves a field unchanged; `null` clears it. */
export interface ProfilePatch {
  locale?: string | null;
  lastPrecode?: string | null;
  lastPin?: string | null;
  radioType?: string | null;
  wrongAttempts?: number;
  lastWrongAt?: number | null;
  displayName?: string | null;
  platformData?: JsonObject;
  conversationLocale?: string | null;
  lastTopic?: string | null;
  lastTopicAt?: number | null;
}

export interface ProfileRepository {
  get(userKey: string): Promise<Profile | null>;
  /**
   * Upsert: creates the profile on first use. A patch that changes nothing is not written (nor is
   * `updatedAt`). Resolves true when the profile was created or changed.
   */
  update(userKey: string, patch: ProfilePatch, at?: number): Promise<boolean>;
  /** Deletes the profile. Returns whether one existed. */
  forget(userKey: string): Promise<boolean>;
}

// ---------------------------------------------------------------- updates

export interface UpdateRepository {
  /** True only for the first caller, across every instance sharing the database. */
  claim(source: string, updateId: string, now?: number): Promise<boolean>;
  purgeOlderThan(ts: number): Promise<number>;
}

// ---------------------------------------------------------------- tickets

export type TicketStatus = "open" | "closed";
export type MessageDirection = "user" | "staff" | "note" | "system";

export interface Ticket {
  id: number;
  /** Null once the user has been anonymised (/forget). */
  userKey: string | null;
  platform: Platform;
  /** Where replies to the user go, e.g. `telegram:123`. Null once anonymised. */
  conversation: string | null;
  locale: string;
  subject: string | null;
  context: JsonObject;
  status: TicketStatus;
  deskThreadId: string | null;
  claimedBy: string | null;
  claimedAt: number | null;
  /** When a scheduled close is due (null: none). */
  closeAt: number | null;
  closeSilent: boolean;
  closedAt: number | null;
  closedBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface OpenTicketInput {
  userKey: string;
  platform: Platform;
  conversation: string;
  locale: string;
  subject?: string | null;
  context?: JsonObject;
  at?: number;
}

export interface Attachment {
  name: string;
  contentType: string;
  size: number;
  url?: string;
}

export interface NewTicketMessage {
  ticketId: number;
  direction: MessageDirection;
  authorKey: string | null;
  authorName: string | null;
  text: string;
  attachments?: Attachment[];
  /** Staff reply shown to the user without the staff member's name. */
  anonymous?: boolean;
  createdAt?: number;
}

export interface TicketMessage {
  id: number;
  ticketId: number;
  direction: MessageDirection;
  authorKey: string | null;
  authorName: string | null;
  text: string;
  attachments: Attachment[];
  anonymous: boolean;
  createdAt: number;
}

export type ReopenResult = Result<
  Ticket,
  "ticket.not-found" | "ticket.already-open" | "ticket.anonymised" | "ticket.other-open",
  { ticketId: number; otherTicketId?: number }
>;

export type ClaimTicketResult = Result<
  Ticket,
  "ticket.not-found" | "ticket.closed" | "ticket.claimed-by-other",
  { ticketId: number; claimedBy?: string }
>;

export interface AnonymiseResult {
  tickets: number;
  messages: number;
  /** Tickets that were open and have now been closed; the desk may want to archive their threads. */
  closedTicketIds: number[];
}

export interface TicketRepository {
  /** Returns the user's open ticket, or creates one. Safe under concurrency across instances. */
  openFor(input: OpenTicketInput): Promise<{ ticket: Ticket; created: boolean }>;
  get(id: number): Promise<Ticket | null>;
  findOpenByUser(userKey: string): Promise<Ticket | null>;
  /** Most recent ticket bound to a desk thread (forum post / topic). */
  findByDeskThread(deskThreadId: string): Promise<Ticket | null>;
  setDeskThread(id: number, deskThreadId: string | null, at?: number): Promise<boolean>;
  /** Closes an open ticket. Null when it does not exist or was already closed (lost a race). */
  close(id: number, by: { by: string; at?: number }): Promise<Ticket | null>;
  reopen(id: number, at?: number): Promise<ReopenResult>;
  scheduleClose(id: number, at: number, options?: { silent?: boolean }): Promise<boolean>;
  cancelScheduledClose(id: number): Promise<boolean>;
  /** Open tickets whose scheduled close is due, oldest first. */
  dueCloses(now: number): Promise<Ticket[]>;
  claim(id: number, staffKey: string, options?: { at?: number; force?: boolean }): Promise<ClaimTicketResult>;
  addMessage(message: NewTicketMessage): Promise<TicketMessage>;
  /** Transcript order: oldest first, insertion order breaking ties. */
  messages(ticketId: number): Promise<TicketMessage[]>;
  anonymise(userKey: string, at?: number): Promise<AnonymiseResult>;
  /** Deletes closed tickets (and their messages) closed before `ts`. */
  purgeClosedBefore(ts: number): Promise<number>;
  countOpen(): Promise<number>;
}

// ---------------------------------------------------------------- blocks

export interface Block {
  userKey: string;
  /** Null: blocked until unblocked. */
  until: number | null;
  by: string;
  createdAt: number;
}

export interface BlockRepository {
  block(userKey: string, until: number | null, by: string, at?: number): Promise<void>;
  isBlocked(userKey: string, now?: number): Promise<boolean>;
  get(userKey: string): Promise<Block | null>;
  unblock(userKey: string): Promise<boolean>;
}

// ---------------------------------------------------------------- reminders

export type ReminderStatus = "pending" | "sent" | "failed" | "cancelled";

export interface NewReminder {
  userKey: string;
  platform: Platform;
  conversation: string;
  locale: string;
  dueAt: number;
  kind: string;
  payload?: JsonObject;
  /** Cancel this user's pending reminders of the same kind first (e.g. a newer lockout wait). */
  replace?: boolean;
  at?: number;
}

export interface Reminder {
  id: number;
  userKey: string;
  platform: Platform;
  conversation: string;
  locale: string;
  kind: string;
  payload: JsonObject;
  dueAt: number;
  status: ReminderStatus;
  attempts: number;
  lastError: string | null;
  claimedBy: string | null;
  claimedAt: number | null;
  createdAt: number;
  sentAt: number | null;
}

export interface ReminderRepository {
  schedule(reminder: NewReminder): Promise<number>;
  /** Cancels pending reminders of a user (optionally one kind). Returns how many. */
  cancelFor(userKey: string, kind?: string): Promise<number>;
  /**
   * Atomically leases up to `limit` due reminders to `instanceId`. With several instances on one
   * database each reminder is returned to exactly one of them, unless its lease expires (the
   * claimer crashed), in which case it becomes claimable again.
   */
  claimDue(now: number, limit: number, instanceId: string): Promise<Reminder[]>;
  markSent(id: number, at?: number): Promise<boolean>;
  /** Gives a claimed reminder back after a failed send. Returns its new status. */
  release(id: number, retry: { retryAt: number; error: string }): Promise<ReminderStatus | null>;
  /** Gives a pending reminder up for good (its recipient is unreachable). False if it was not pending. */
  markFailed(id: number, error: string, at?: number): Promise<boolean>;
  get(id: number): Promise<Reminder | null>;
  countPending(): Promise<number>;
}

// ---------------------------------------------------------------- outbox

/** One outgoing platform call waiting to be sent (a rendered payload; see migrations/002). */
export interface NewOutboxRow {
  platform: Platform;
  /** The queue: rows of one conversation leave in insertion order, one at a time. */
  conversation: string;
  /** Whose message this is (erased by /forget). Null for staff-side rows that name no user. */
  userKey?: string | null;
  /** What it is, for logs and metrics: reply, edit, relay, desk, reminder, notice, transcript… */
  kind: string;
  payload: JsonObject;
  /** What to do when it finally fails (e.g. tell staff in a ticket). Opaque to the store. */
  meta?: JsonObject | null;
  /** Not before this time (default: now). */
  notBefore?: number;
}

export interface OutboxRow {
  id: number;
  platform: Platform;
  conversation: string;
  seq: number;
  userKey: string | null;
  kind: string;
  payload: JsonObject;
  meta: JsonObject | null;
  attempts: number;
  createdAt: number;
  /** True when an earlier lease on this row ran out without a result: it may have gone out already. */
  resumed: boolean;
}

export interface OutboxStats {
  pending: number;
  /** Age of the oldest row that is due now (ms), 0 when none. */
  oldestDueMs: number;
}

export interface OutboxRepository {
  /**
   * Writes rows in one transaction; with `claim`, the update claim is part of it (both or none).
   * `accepted` is false when the update was claimed before (a repeat): nothing is written.
   */
  enqueue(
    rows: readonly NewOutboxRow[],
    options?: { claim?: { source: string; updateId: string }; at?: number },
  ): Promise<{ accepted: boolean; ids: number[] }>;
  /**
   * Leases up to `limit` due rows that are the head of their conversation (no earlier pending
   * row), for the given platforms. Each row goes to exactly one instance until its lease expires.
   */
  claim(input: {
    now: number;
    limit: number;
    owner: string;
    platforms: readonly string[];
    leaseMs: number;
  }): Promise<OutboxRow[]>;
  /** Sent: the payload is cleared, the platform's message id kept. */
  markSent(id: number, messageId: string | null, at?: number): Promise<void>;
  /** Try again at `nextAt` (lease released, attempts + 1). */
  reschedule(id: number, nextAt: number, error: string): Promise<void>;
  /** Given up (`failed`) or too old (`dropped`): the payload is cleared, the reason kept. */
  finish(id: number, state: "failed" | "dropped", error: string, at?: number): Promise<void>;
  /** Extends the leases `owner` holds to `until` (rows waiting for their turn stay theirs). */
  renewLeases(owner: string, until: number): Promise<number>;
  /** Releases every lease held by `owner` (SQLite start-up: the previous process is gone). */
  releaseLeases(owner?: string): Promise<number>;
  /**
   * Reserves `count` consecutive send slots of `intervalMs` in the shared budget `key` (GCRA).
   * Returns the time of the first slot (>= now).
   */
  reserve(key: string, count: number, intervalMs: number, now?: number): Promise<number>;
  /** Deletes every row of a user (/forget). */
  eraseUser(userKey: string): Promise<number>;
  /** Deletes finished rows older than `ts`. */
  purgeFinishedBefore(ts: number): Promise<number>;
  stats(now?: number): Promise<OutboxStats>;
  /** The next time a pending row becomes due (null: none pending). */
  nextDueAt(platforms: readonly string[]): Promise<number | null>;
}

// ---------------------------------------------------------------- web chat

/** One entry of a web conversation: the user's text or a rendered bot message (JSON). */
export interface WebMessage {
  id: number;
  conversation: string;
  direction: "user" | "bot";
  body: string;
  createdAt: number;
}

export interface WebChatRepository {
  /** Appends to a web conversation's history; returns the new row id (increasing). */
  append(conversation: string, direction: "user" | "bot", body: string, at?: number): Promise<number>;
  /** Up to `limit` newest rows with id > `afterId`, oldest first. */
  after(conversation: string, afterId: number, limit: number): Promise<WebMessage[]>;
  /** Deletes a conversation's history (/forget). Returns how many rows. */
  forget(conversation: string): Promise<number>;
  purgeOlderThan(ts: number): Promise<number>;
  /** A named setting, created with `create()` when absent (the same value for every instance). */
  setting(name: string, create: () => string, at?: number): Promise<string>;
}

// ---------------------------------------------------------------- store

export interface Store {
  readonly dialect: StoreDialect;
  /** Default identity for `reminders.claimDue` when the caller has none of its own. */
  readonly instanceId: string;
  readonly profiles: ProfileRepository;
  readonly updates: UpdateRepository;
  readonly tickets: TicketRepository;
  readonly blocks: BlockRepository;
  readonly reminders: ReminderRepository;
  readonly limits: LimitRepository;
  readonly privacy: PrivacyRepository;
  readonly web: WebChatRepository;
  readonly outbox: OutboxRepository;
  /** Learned FAQ phrasings and unmatched questions (src/store/learned.ts). */
  readonly faqLearning: FaqLearningRepository;
  /** Readiness probe: resolves when the database answers `SELECT 1`. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  logger?: Logger;
  instanceId?: string;
  /** PostgreSQL only: schema to create and put first on `search_path` (overrides `?schema=`). */
  schema?: string;
  /** How long a reminder claim is honoured before another instance may take it over. */
  reminderLeaseMs?: number;
  /** Failed sends after which a reminder is marked `failed`. */
  reminderMaxAttempts?: number;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

// ---------------------------------------------------------------- limits, privacy (issue #11)

export interface LimitRepository {
  /** Counts one hit of `kind` for the user in the current fixed window; returns the count so far. */
  hit(kind: string, userKey: string, windowMs: number, now?: number): Promise<number>;
  /** Deletes counters of windows that started before `ts`. */
  purgeBefore(ts: number): Promise<number>;
}

export interface ErasedUser {
  profile: boolean;
  tickets: number;
  messages: number;
  reminders: number;
  outbox: number;
  /** Desk threads (posts/topics) of the deleted tickets, for the desk to delete too. */
  deskThreads: string[];
  /**
   * Transcripts of the user's tickets that were posted to the log channel (sent outbox rows of
   * kind `transcript` owned by the user), for the desk to delete too. Pending ones were never
   * sent: they are simply deleted with the user's other outbox rows.
   */
  logMessages: LogMessageRef[];
}

/** A message the bot posted to the desk's log channel (a closed ticket's transcript). */
export interface LogMessageRef {
  /** `telegram` or `discord`. */
  readonly platform: string;
  /** The outbox conversation it went to (`telegram:{chatId}`, `discord:{channelId}`). */
  readonly conversation: string;
  /** The platform's message id. */
  readonly messageId: string;
  /** The ticket it was the transcript of (to name it to staff), when known. */
  readonly ticketId: number | null;
}

export interface PrivacyRepository {
  /** Deletes everything stored about the user (blocks excepted); on SQLite the WAL is emptied. */
  eraseUser(userKey: string): Promise<ErasedUser>;
  /** Deletes reminders that are no longer pending, last changed before `before`. */
  purgeFinishedReminders(before: number): Promise<number>;
  /**
   * Deletes profiles (language, last pre-code and PIN, name) last changed before `before`, unless
   * the user still has an open ticket or a pending reminder (RETENTION_DAYS for profiles).
   */
  purgeIdleProfiles(before: number): Promise<number>;
  /** Everything stored about the user, as plain JSON (/mydata). */
  exportUser(userKey: string): Promise<JsonObject>;
}
