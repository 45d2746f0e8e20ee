/**
 * What staff commands do inside a ticket thread: /reply, /snippet, /code, /close, /block,
 * /unblock. Each finds the ticket by its desk thread id and returns a named outcome
 * (src/core/desk.ts); the command turns it into the staff member's answer.
 */
import type {
  BlockOutcome,
  CloseOutcome,
  DeliveryRefusal,
  ReplyOutcome,
  SendCodeOutcome,
  SnippetOutcome,
  TicketRefusal,
  UnblockOutcome,
} from "../../core/desk.js";
import { parsePrecode } from "../../core/precode.js";
import { DEFAULT_RADIO, isRadioType } from "../../core/radio.js";
import type { Ticket } from "../../store/index.js";
import { asLocale } from "../locale.js";
import { closeTicket } from "./closing.js";
import { type DeliveryOutcome, type DeskContext, deliverToUser } from "./relay.js";
import type { RelayAttachment, StaffRef } from "./types.js";

type Found =
  | { readonly ok: true; readonly ticket: Ticket }
  | { readonly ok: false; readonly refusal: TicketRefusal };

/** What a delivery failure answers staff; undefined when it was relayed. */
function deliveryRefusal(outcome: DeliveryOutcome): DeliveryRefusal | undefined {
  if (outcome === "unreachable") return { code: "support.unreachable" };
  if (outcome === "failed") return { code: "support.delivery-failed" };
  if (outcome === "anonymised") return { code: "support.anonymised" };
  return undefined;
}

export function createStaffActions(dc: DeskContext) {
  async function ticketFor(threadId: string, needOpen: boolean): Promise<Found> {
    const ticket = await dc.store.tickets.findByDeskThread(threadId);
    if (!ticket) return { ok: false, refusal: { code: "support.not-a-ticket" } };
    if (!ticket.userKey) return { ok: false, refusal: { code: "support.anonymised" } };
    if (needOpen && ticket.status !== "open")
      return { ok: false, refusal: { code: "support.ticket-closed" } };
    return { ok: true, ticket };
  }

  async function reply(
    threadId: string,
    staff: StaffRef,
    text: string,
    options: { anonymous: boolean; attachments?: readonly RelayAttachment[] },
  ): Promise<ReplyOutcome> {
    const found = await ticketFor(threadId, true);
    if (!found.ok) return found.refusal;
    const body = text.trim();
    const files = options.attachments ?? [];
    if (body === "" && files.length === 0) return { code: "support.empty" };
    const outcome = await deliverToUser(dc, found.ticket, {
      staff,
      text: body,
      files,
      anonymous: options.anonymous,
      notifyThread: false,
    });
    return (
      deliveryRefusal(outcome) ?? { code: "support.reply.sent", anonymous: options.anonymous, text: body }
    );
  }

  async function snippet(threadId: string, staff: StaffRef, faqId: string): Promise<SnippetOutcome> {
    const found = await ticketFor(threadId, true);
    if (!found.ok) return found.refusal;
    if (!dc.faq) return { code: "support.snippet-unavailable" };
    const id = faqId.trim().toLowerCase();
    const locale = asLocale(found.ticket.locale);
    const answer = dc.faq.answer(id, locale);
    if (answer === undefined) return { code: "support.snippet-unknown", id };
    const outcome = await deliverToUser(dc, found.ticket, {
      staff,
      text: answer,
      files: [],
      anonymous: false,
      notifyThread: false,
      build: (l) => dc.words.faqAnswer(l, answer),
    });
    return deliveryRefusal(outcome) ?? { code: "support.snippet-sent", id, locale };
  }

  /** The full PIN reply (code, entry steps, lockout advice, buttons) in the user's language. */
  async function sendCode(threadId: string, staff: StaffRef, precode: string): Promise<SendCodeOutcome> {
    const found = await ticketFor(threadId, true);
    if (!found.ok) return found.refusal;
    const { ticket } = found;
    const parsed = parsePrecode(precode);
    // Staff type the pre-code as the label shows it: a misread (V2B4) is refused, not guessed at.
    if (!parsed.ok || parsed.value.assumed) {
      return { code: "support.code-invalid", precode: precode.trim().slice(0, 20) };
    }
    const decoded = parsed.value;
    const userKey = ticket.userKey ?? "";
    const profile = await dc.store.profiles.get(userKey);
    const radio = profile?.radioType && isRadioType(profile.radioType) ? profile.radioType : DEFAULT_RADIO;
    const locale = asLocale(ticket.locale);
    const outcome = await deliverToUser(dc, ticket, {
      staff,
      text: `/code ${decoded.precode} → ${decoded.pin}`,
      files: [],
      anonymous: false,
      notifyThread: false,
      build: (l) => dc.words.pin(l, decoded, radio),
    });
    const refused = deliveryRefusal(outcome);
    if (refused) return refused;
    await dc.store.profiles.update(userKey, { lastPrecode: decoded.precode, lastPin: decoded.pin });
    return { code: "support.code-sent", precode: decoded.precode, pin: decoded.pin, locale };
  }

  /** `delayMs` (from the /close parser, always > 0): close then, unless the user writes first. */
  async function close(
    threadId: string,
    staff: StaffRef,
    options: { readonly delayMs?: number | undefined; readonly silent: boolean },
  ): Promise<CloseOutcome> {
    const found = await ticketFor(threadId, true);
    if (!found.ok) return found.refusal;
    const { silent, delayMs } = options;
    if (delayMs !== undefined && delayMs > 0) {
      // Stored in the ticket row, so the close survives a restart and any instance may run it
      // (`runDueCloses`); a new user message clears it (`cancelScheduledClose`).
      await dc.store.tickets.scheduleClose(found.ticket.id, dc.clock() + delayMs, { silent });
      return { code: "support.close-scheduled", delayMs, silent };
    }
    const closed = await closeTicket(dc, found.ticket, staff, { silent, announce: false });
    if (!closed) return { code: "support.ticket-closed" };
    return { code: "support.closed", staff: staff.name, silent };
  }

  /** `durationMs` null: until unblocked. Blocking does not close the ticket. */
  async function block(threadId: string, staff: StaffRef, durationMs: number | null): Promise<BlockOutcome> {
    const found = await ticketFor(threadId, false);
    if (!found.ok) return found.refusal;
    const until = durationMs === null ? null : dc.clock() + durationMs;
    await dc.store.blocks.block(found.ticket.userKey ?? "", until, staff.key, dc.clock());
    // Kept in the transcript (in the desk's language), like the other desk events.
    await dc.store.tickets.addMessage({
      ticketId: found.ticket.id,
      direction: "system",
      authorKey: staff.key,
      authorName: staff.name,
      text: dc.words.note(dc.deskLocale, { kind: "blocked", staff: staff.name, until }),
      createdAt: dc.clock(),
    });
    return { code: "support.blocked", staff: staff.name, until };
  }

  async function unblock(threadId: string, staff: StaffRef): Promise<UnblockOutcome> {
    const found = await ticketFor(threadId, false);
    if (!found.ok) return found.refusal;
    const removed = await dc.store.blocks.unblock(found.ticket.userKey ?? "");
    return removed ? { code: "support.unblocked", staff: staff.name } : { code: "support.not-blocked" };
  }

  return { reply, snippet, sendCode, close, block, unblock };
}
