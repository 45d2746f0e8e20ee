/**
 * Both relay directions, once the ticket is known. Every relayed message is stored first (the
 * store is the source of truth for transcripts), then delivered. Delivery failures are reported to
 * staff in the thread instead of being swallowed - the most common modmail complaint is "replies
 * silently not relayed".
 */
import { t } from "../../core/i18n/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../logger.js";
import type { Attachment, Store, Ticket, TicketMessage } from "../../store/index.js";
import { Unreachable } from "../errors.js";
import { asLocale, staffMessageReply } from "./replies.js";
import type { Threads } from "./threads.js";
import type { DeskChannel, DeskEvent, FaqAnswers, Messenger, RelayAttachment, StaffRef } from "./types.js";

export interface DeskContext {
  readonly store: Store;
  readonly channel: DeskChannel;
  readonly messenger: Messenger;
  readonly logger: Logger;
  readonly faq: FaqAnswers | undefined;
  readonly clock: () => number;
  readonly deskLocale: Locale;
  /** A user message this soon after their ticket closed reopens it. */
  readonly reopenWindowMs: number;
  readonly threads: Threads;
}

/** PostgreSQL rejects NUL in text (`invalid byte sequence`); SQLite would keep it. Strip everywhere. */
export function cleanText(text: string): string {
  return text.replace(/\0/g, "");
}

function attachmentMeta(files: readonly RelayAttachment[]): Attachment[] {
  return files.map((f) => ({ name: cleanText(f.name), contentType: f.contentType, size: f.size }));
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
    text: cleanText(text),
    attachments: attachmentMeta(files),
    createdAt: dc.clock(),
  });
}

/** A desk note: stored as a `system` message (so it is in the transcript) and posted to the thread. */
export async function deskNote(
  dc: DeskContext,
  ticket: Ticket,
  event: DeskEvent,
  text: string,
  options: { post?: boolean } = {},
): Promise<void> {
  await dc.store.tickets.addMessage({
    ticketId: ticket.id,
    direction: "system",
    authorKey: null,
    authorName: null,
    text,
    createdAt: dc.clock(),
  });
  if (options.post !== false) await dc.threads.post(ticket, { kind: "note", event, text });
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
  const text = cleanText(d.text);
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
  const reply =
    d.build?.(locale) ??
    staffMessageReply(locale, {
      ticketId: ticket.id,
      staff: d.staff,
      text,
      attachments: d.files,
      anonymous: d.anonymous,
      at,
    });
  try {
    // Queued in the outbox: a failure there comes back through `messenger.onUndelivered`.
    await dc.messenger.send(ticket.conversation, reply, { kind: "relay", meta: { ticketId: ticket.id } });
    return "relayed";
  } catch (error) {
    const unreachable = error instanceof Unreachable;
    dc.logger.warn(
      { err: error, ticketId: ticket.id, reason: unreachable ? error.reason : undefined },
      "staff message not delivered",
    );
    const event = unreachable ? "unreachable" : "delivery-failed";
    await deskNote(dc, ticket, event, t(dc.deskLocale, `desk.note.${event}`), { post: d.notifyThread });
    return unreachable ? "unreachable" : "failed";
  }
}
