/**
 * Both relay directions, once the ticket is known. Every relayed message is stored first (the
 * store is the source of truth for transcripts), then delivered. Delivery failures are reported to
 * staff in the thread instead of being swallowed - the most common modmail complaint is "replies
 * silently not relayed".
 */
import type { DeskNote, DeskWords } from "../../core/desk.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../logger.js";
import { isUnreachable } from "../../platforms/errors.js";
import type { Attachment, Ticket, TicketMessage } from "../../store/index.js";
import { asLocale } from "../locale.js";
import type { DeskStore } from "./ports.js";
import type { Threads } from "./threads.js";
import type {
  DeskChannel,
  DeskEvent,
  FaqAnswers,
  Messenger,
  RelayAttachment,
  StaffRef,
  StaffToUserMessage,
} from "./types.js";

export interface DeskContext {
  readonly store: DeskStore;
  readonly channel: DeskChannel;
  readonly messenger: Messenger;
  readonly logger: Logger;
  readonly faq: FaqAnswers | undefined;
  readonly words: DeskWords;
  readonly clock: () => number;
  readonly deskLocale: Locale;
  /** A user message this soon after their ticket closed reopens it. */
  readonly reopenWindowMs: number;
  readonly threads: Threads;
}

function attachmentMeta(files: readonly RelayAttachment[]): Attachment[] {
  return files.map((f) => ({ name: f.name, contentType: f.contentType, size: f.size }));
}

export async function storeUserMessage(
  dc: DeskContext,
  ticket: Ticket,
  author: { key: string; name?: string | undefined },
  text: string,
  files: readonly RelayAttachment[],
): Promise<TicketMessage> {
  return dc.store.tickets.addMessage({
    ticketId: ticket.id,
    direction: "user",
    authorKey: author.key,
    authorName: author.name ?? null,
    text,
    attachments: attachmentMeta(files),
    createdAt: dc.clock(),
  });
}

/** The notes that go into a thread (a block is only kept in the transcript; see staff-actions.ts). */
export type PostedNote = Exclude<DeskNote, { kind: "blocked" | "erased" | "erased-log" }>;

/** Which kind of note platforms see (a staff message into a closed ticket is a "closed" note). */
const eventOf = (note: PostedNote): DeskEvent => (note.kind === "ticket-closed" ? "closed" : note.kind);

/** A desk note: stored as a `system` message (so it is in the transcript) and posted to the thread. */
export async function deskNote(
  dc: DeskContext,
  ticket: Ticket,
  note: PostedNote,
  options: { post?: boolean } = {},
): Promise<void> {
  const text = dc.words.note(dc.deskLocale, note);
  await dc.store.tickets.addMessage({
    ticketId: ticket.id,
    direction: "system",
    authorKey: null,
    authorName: null,
    text,
    createdAt: dc.clock(),
  });
  if (options.post !== false) await dc.threads.post(ticket, { kind: "note", event: eventOf(note), text });
}

export type DeliveryOutcome = "relayed" | "unreachable" | "failed" | "anonymised";

export interface Delivery {
  readonly staff: StaffRef;
  /** Stored text (what the transcript shows). */
  readonly text: string;
  readonly files: readonly RelayAttachment[];
  readonly anonymous: boolean;
  /** The reply the user gets, in their locale (default: the staff message as such). */
  readonly build?: (locale: Locale) => Reply;
  /**
   * Post the failure note into the thread. Staff commands pass false: their own answer (shown in
   * the thread) carries the note, so it would appear twice.
   */
  readonly notifyThread: boolean;
}

export async function deliverToUser(dc: DeskContext, ticket: Ticket, d: Delivery): Promise<DeliveryOutcome> {
  if (!ticket.conversation || !ticket.userKey) return "anonymised";
  const at = dc.clock();
  const text = d.text;
  await dc.store.tickets.addMessage({
    ticketId: ticket.id,
    direction: "staff",
    authorKey: d.staff.key,
    authorName: d.staff.name,
    text,
    attachments: attachmentMeta(d.files),
    anonymous: d.anonymous,
    createdAt: at,
  });
  const locale = asLocale(ticket.locale);
  const message: StaffToUserMessage = {
    ticketId: ticket.id,
    staff: d.staff,
    text,
    attachments: d.files,
    anonymous: d.anonymous,
    at,
  };
  const reply = d.build?.(locale) ?? dc.words.staffMessage(locale, message);
  try {
    // Queued in the outbox: a failure there comes back through `messenger.onUndelivered`.
    await dc.messenger.send(ticket.conversation, reply, { kind: "relay", meta: { ticketId: ticket.id } });
    return "relayed";
  } catch (error) {
    const unreachable = isUnreachable(error);
    dc.logger.warn(
      { err: error, ticketId: ticket.id, reason: unreachable ? error.reason : undefined },
      "staff message not delivered",
    );
    await deskNote(
      dc,
      ticket,
      { kind: unreachable ? "unreachable" : "delivery-failed" },
      { post: d.notifyThread },
    );
    return unreachable ? "unreachable" : "failed";
  }
}
