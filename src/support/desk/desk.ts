/**
 * The support desk: one open ticket per user (enforced by the database), one desk thread per
 * ticket, messages relayed both ways, staff actions, delayed closes, transcripts, privacy.
 * Platform-neutral: the staff side is a `DeskChannel`, the user side a `Messenger` (see types.ts
 * for the thread-id contract platforms must follow).
 *
 * Every state change goes through the store first, so several instances on one PostgreSQL
 * database can share a desk: the store arbitrates (openFor, close, reopen are race-safe).
 */

import type { DeskWords } from "../../core/desk.js";
import type { Locale } from "../../core/i18n/locales.js";
import { cleanName, cleanText } from "../../core/text.js";
import type { Logger } from "../../logger.js";
import { closeTicket, SCHEDULED_CLOSER } from "./closing.js";
import type { DeskStore } from "./ports.js";
import { type DeskContext, deliverToUser, deskNote } from "./relay.js";
import { createStaffActions } from "./staff-actions.js";
import { createThreads } from "./threads.js";
import type { DeskChannel, FaqAnswers, Messenger, RelayAttachment, StaffRef } from "./types.js";
import { createUserSide } from "./user-side.js";

const DEFAULT_REOPEN_WINDOW_MS = 24 * 3_600_000;
const DAY_MS = 86_400_000;

export interface DeskOptions {
  readonly store: DeskStore;
  readonly channel: DeskChannel;
  readonly messenger: Messenger;
  readonly logger: Logger;
  /** The desk's texts (commands/replies/desk-words.ts, passed in by src/app-support.ts). */
  readonly words: DeskWords;
  readonly faq?: FaqAnswers;
  /** Milliseconds since the epoch (tests pass a fake clock). */
  readonly clock?: () => number;
  /** Language of headers, notes and transcripts (default English). */
  readonly deskLocale?: Locale;
  /** A user message this soon after their ticket closed reopens it (default 24 h). */
  readonly reopenWindowMs?: number;
}

/** What platforms pass for a message staff wrote in a ticket thread. */
export interface StaffMessageInput {
  /** The thread's id, exactly as `DeskChannel.openThread` returned it. */
  readonly threadId: string;
  readonly staff: StaffRef;
  readonly text: string;
  readonly attachments?: readonly RelayAttachment[];
  /**
   * The platform checked the author is desk staff (Discord STAFF_ROLE_ID in the desk's server,
   * Telegram member of the staff group). Anything else is ignored, never relayed.
   */
  readonly verifiedStaff: boolean;
}

export type StaffMessageOutcome =
  | "not-staff"
  | "not-a-ticket"
  | "empty"
  | "note"
  | "ticket-closed"
  | "relayed"
  | "unreachable"
  | "failed"
  | "anonymised";

/** Lines starting with `!` are internal notes; the rest is relayed. */
export function splitNotes(text: string): { notes: string; relay: string } {
  const notes: string[] = [];
  const relay: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trimStart().startsWith("!")) notes.push(line.trimStart().slice(1).trim());
    else relay.push(line);
  }
  return { notes: notes.join("\n").trim(), relay: relay.join("\n").trim() };
}

export function createDesk(options: DeskOptions) {
  const clock = options.clock ?? Date.now;
  const deskLocale = options.deskLocale ?? "en";
  const logger = options.logger.child({ component: "support-desk" });
  const threads = createThreads({
    store: options.store,
    channel: options.channel,
    logger,
    words: options.words,
    deskLocale,
    clock,
  });
  const dc: DeskContext = {
    store: options.store,
    channel: options.channel,
    messenger: options.messenger,
    logger,
    faq: options.faq,
    words: options.words,
    clock,
    deskLocale,
    reopenWindowMs: options.reopenWindowMs ?? DEFAULT_REOPEN_WINDOW_MS,
    threads,
  };
  const users = createUserSide(dc);
  const staffActions = createStaffActions(dc);

  // Messages leave through the outbox: what fails there is reported here, later.
  options.messenger.onUndelivered?.((failure) => {
    const ticketId = failure.meta?.ticketId;
    if (typeof ticketId !== "number") return;
    void (async () => {
      const ticket = await dc.store.tickets.get(ticketId);
      if (!ticket) return;
      const event = failure.reason === "unreachable" ? "unreachable" : "delivery-failed";
      logger.warn({ ticketId, reason: failure.reason }, "staff message not delivered");
      await deskNote(dc, ticket, { kind: event });
    })().catch((error: unknown) => logger.error({ err: error, ticketId }, "undelivered note failed"));
  });
  // One recreation per deleted thread, however many of its posts fail.
  const recreating = new Map<string, Promise<string | undefined>>();
  options.channel.onThreadGone?.((threadId, repost) => {
    void (async () => {
      const ticket = await dc.store.tickets.findByDeskThread(threadId);
      if (!ticket) return;
      let next = ticket.deskThreadId !== threadId ? ticket.deskThreadId : undefined;
      if (!next) {
        if (ticket.status !== "open") {
          logger.warn({ ticketId: ticket.id, threadId }, "desk thread gone; ticket closed, not recreated");
          return;
        }
        let task = recreating.get(threadId);
        if (!task) {
          task = threads.recreate(ticket);
          recreating.set(threadId, task);
          void task.finally(() => setTimeout(() => recreating.delete(threadId), 60_000).unref());
        }
        next = await task;
      }
      if (next) await repost(next);
    })().catch((error: unknown) => logger.error({ err: error, threadId }, "desk thread recreation failed"));
  });

  async function onStaffMessage(input: StaffMessageInput): Promise<StaffMessageOutcome> {
    if (!input.verifiedStaff) return "not-staff";
    const ticket = await dc.store.tickets.findByDeskThread(input.threadId);
    if (!ticket) return "not-a-ticket";
    // Staff messages reach the desk without passing the bot: this is their input boundary.
    const files = (input.attachments ?? []).map((f) => ({ ...f, name: cleanName(f.name) || "file" }));
    const staff = { ...input.staff, name: cleanName(input.staff.name) };
    const { notes, relay } = splitNotes(cleanText(input.text));
    if (notes) {
      await dc.store.tickets.addMessage({
        ticketId: ticket.id,
        direction: "note",
        authorKey: staff.key,
        authorName: staff.name,
        text: notes,
        createdAt: clock(),
      });
    }
    if (relay === "" && files.length === 0) return notes ? "note" : "empty";
    if (ticket.status !== "open") {
      await deskNote(dc, ticket, { kind: "ticket-closed" });
      return "ticket-closed";
    }
    return deliverToUser(dc, ticket, {
      staff,
      text: relay,
      files,
      anonymous: false,
      notifyThread: true,
    });
  }

  /** Closes tickets whose delayed close is due. Safe on several instances: `close` has one winner. */
  async function runDueCloses(now = clock()): Promise<number> {
    let closed = 0;
    for (const ticket of await dc.store.tickets.dueCloses(now)) {
      try {
        const done = await closeTicket(dc, ticket, SCHEDULED_CLOSER, {
          silent: ticket.closeSilent,
          announce: true,
        });
        if (done) closed += 1;
      } catch (error) {
        logger.error({ err: error, ticketId: ticket.id }, "scheduled close failed");
      }
    }
    return closed;
  }

  /**
   * After `/forget` anonymised tickets: tells staff in each affected thread and archives it.
   * The ticket rows were already closed and stripped by the store in one transaction.
   */
  async function archiveForgotten(ticketIds: readonly number[]): Promise<void> {
    for (const id of ticketIds) {
      const ticket = await dc.store.tickets.get(id);
      if (!ticket) continue;
      await deskNote(dc, ticket, { kind: "forgotten" });
      if (ticket.deskThreadId) {
        await dc.channel
          .setState(ticket.deskThreadId, "closed")
          .catch((error: unknown) => logger.warn({ err: error, ticketId: id }, "setState closed failed"));
      }
    }
  }

  /** Deletes closed tickets (and their messages) closed more than `retentionDays` ago. */
  async function purgeExpired(now: number, retentionDays: number): Promise<number> {
    const purged = await dc.store.tickets.purgeClosedBefore(now - retentionDays * DAY_MS);
    if (purged > 0) logger.info({ purged, retentionDays }, "expired tickets purged");
    return purged;
  }

  return {
    /** Opens (or adds to) the user's ticket; the outcome is what the user is told. */
    open: users.open,
    /** A private user message: relayed while a ticket is open; `undefined` when not the desk's. */
    onUserMessage: users.onUserMessage,
    onStaffMessage,
    ...staffActions,
    runDueCloses,
    archiveForgotten,
    purgeExpired,
    faqIds: (): readonly string[] => options.faq?.ids() ?? [],
  };
}

export type SupportDesk = ReturnType<typeof createDesk>;
