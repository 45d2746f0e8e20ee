/**
 * What staff commands do inside a ticket thread: /reply, /snippet, /code, /close, /block,
 * /unblock. Each finds the ticket by its desk thread id and answers the staff member with a Reply
 * that stays visible in the thread (not ephemeral), so colleagues see what was done.
 */
import { pinReply } from "../../../commands/replies/pin.js";
import { formatDuration, formatUtc } from "../../core/durations.js";
import { type MessageKey, t } from "../../core/i18n/index.js";
import { LOCALE_NAMES, type Locale } from "../../core/i18n/locales.js";
import { parsePrecode } from "../../core/precode.js";
import { DEFAULT_RADIO, isRadioType } from "../../core/radio.js";
import type { Reply } from "../../core/reply.js";
import type { Ticket } from "../../store/index.js";
import { closeTicket } from "./closing.js";
import { type DeliveryOutcome, type DeskContext, deliverToUser } from "./relay.js";
import { asLocale, faqAnswerBlocks, supportNotice } from "./replies.js";
import type { RelayAttachment, StaffRef } from "./types.js";

type Params = Readonly<Record<string, string | number>>;

export function createStaffActions(dc: DeskContext) {
  const say = (
    staff: StaffRef,
    key: MessageKey,
    outcome: string,
    params: Params = {},
    codeParams: string[] = [],
  ) => supportNotice(staff.locale ?? dc.deskLocale, key, outcome, params, { ephemeral: false, codeParams });
  /** Answers to mistakes (wrong thread, bad argument) only concern the staff member who typed them. */
  const oops = (staff: StaffRef, key: MessageKey, outcome: string, params: Params = {}) =>
    supportNotice(staff.locale ?? dc.deskLocale, key, outcome, params, {
      ephemeral: true,
      codeParams: ["value"],
    });

  async function ticketFor(threadId: string, staff: StaffRef, needOpen: boolean): Promise<Ticket | Reply> {
    const ticket = await dc.store.tickets.findByDeskThread(threadId);
    if (!ticket) return oops(staff, "staff.not-a-ticket", "support.not-a-ticket");
    if (!ticket.userKey) return oops(staff, "staff.anonymised", "support.anonymised");
    if (needOpen && ticket.status !== "open")
      return oops(staff, "staff.ticket-closed", "support.ticket-closed");
    return ticket;
  }

  const isReply = (v: Ticket | Reply): v is Reply => "sections" in v;

  function deliveryFailed(staff: StaffRef, outcome: DeliveryOutcome): Reply | undefined {
    if (outcome === "unreachable") return say(staff, "desk.note.unreachable", "support.unreachable");
    if (outcome === "failed") return say(staff, "desk.note.delivery-failed", "support.delivery-failed");
    if (outcome === "anonymised") return oops(staff, "staff.anonymised", "support.anonymised");
    return undefined;
  }

  async function reply(
    threadId: string,
    staff: StaffRef,
    text: string,
    options: { anonymous: boolean; attachments?: readonly RelayAttachment[] },
  ): Promise<Reply> {
    const ticket = await ticketFor(threadId, staff, true);
    if (isReply(ticket)) return ticket;
    const body = text.replace(/\0/g, "").trim();
    const files = options.attachments ?? [];
    if (body === "" && files.length === 0) return oops(staff, "staff.empty", "support.empty");
    const outcome = await deliverToUser(dc, ticket, {
      staff,
      text: body,
      files,
      anonymous: options.anonymous,
      notifyThread: false,
    });
    return (
      deliveryFailed(staff, outcome) ??
      say(staff, options.anonymous ? "staff.sent-anonymous" : "staff.sent", "support.reply.sent", {
        text: body,
      })
    );
  }

  async function snippet(threadId: string, staff: StaffRef, faqId: string): Promise<Reply> {
    const ticket = await ticketFor(threadId, staff, true);
    if (isReply(ticket)) return ticket;
    if (!dc.faq) return oops(staff, "staff.snippet-unavailable", "support.snippet-unavailable");
    const id = faqId.trim().toLowerCase();
    const locale = asLocale(ticket.locale);
    const answer = dc.faq.answer(id, locale);
    if (answer === undefined) return oops(staff, "staff.snippet-unknown", "support.snippet-unknown", { id });
    const outcome = await deliverToUser(dc, ticket, {
      staff,
      text: answer,
      files: [],
      anonymous: false,
      notifyThread: false,
      build: (l: Locale): Reply => ({
        locale: l,
        sections: [{ blocks: faqAnswerBlocks(answer) }],
        actions: [],
        outcome: "support.snippet",
      }),
    });
    return (
      deliveryFailed(staff, outcome) ??
      say(staff, "staff.snippet-sent", "support.snippet-sent", { id, language: LOCALE_NAMES[locale] }, ["id"])
    );
  }

  /** The full PIN reply (code, entry steps, lockout advice, buttons) in the user's language. */
  async function sendCode(threadId: string, staff: StaffRef, precode: string): Promise<Reply> {
    const ticket = await ticketFor(threadId, staff, true);
    if (isReply(ticket)) return ticket;
    const parsed = parsePrecode(precode);
    if (!parsed.ok) {
      return oops(staff, "staff.code-invalid", "support.code-invalid", {
        precode: precode.trim().slice(0, 20),
      });
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
      build: (l) => pinReply(l, decoded, radio),
    });
    const failed = deliveryFailed(staff, outcome);
    if (failed) return failed;
    await dc.store.profiles.update(userKey, { lastPrecode: decoded.precode, lastPin: decoded.pin });
    return say(
      staff,
      "staff.code-sent",
      "support.code-sent",
      { precode: decoded.precode, pin: decoded.pin, language: LOCALE_NAMES[locale] },
      ["precode", "pin"],
    );
  }

  async function close(
    threadId: string,
    staff: StaffRef,
    options: { delayMs?: number; silent?: boolean } = {},
  ): Promise<Reply> {
    const ticket = await ticketFor(threadId, staff, true);
    if (isReply(ticket)) return ticket;
    const silent = options.silent ?? false;
    if (options.delayMs !== undefined && options.delayMs > 0) {
      // Stored in the ticket row, so the close survives a restart and any instance may run it
      // (`runDueCloses`); a new user message clears it (`cancelScheduledClose`).
      await dc.store.tickets.scheduleClose(ticket.id, dc.clock() + options.delayMs, { silent });
      return say(
        staff,
        silent ? "staff.close-scheduled-silent" : "staff.close-scheduled",
        "support.close-scheduled",
        {
          delay: formatDuration(options.delayMs),
        },
      );
    }
    const closed = await closeTicket(dc, ticket, staff, { silent, announce: false });
    if (!closed) return oops(staff, "staff.ticket-closed", "support.ticket-closed");
    return say(staff, silent ? "desk.note.closed-silent" : "desk.note.closed", "support.closed", {
      staff: staff.name,
    });
  }

  /** `durationMs` null: until unblocked. Blocking does not close the ticket. */
  async function block(threadId: string, staff: StaffRef, durationMs: number | null): Promise<Reply> {
    const ticket = await ticketFor(threadId, staff, false);
    if (isReply(ticket)) return ticket;
    const until = durationMs === null ? null : dc.clock() + durationMs;
    await dc.store.blocks.block(ticket.userKey ?? "", until, staff.key, dc.clock());
    const key: MessageKey = until === null ? "staff.blocked-forever" : "staff.blocked-until";
    const params = { staff: staff.name, ...(until === null ? {} : { until: formatUtc(until) }) };
    const answer = say(staff, key, "support.blocked", params);
    // Kept in the transcript (in the desk's language), like the other desk events.
    await dc.store.tickets.addMessage({
      ticketId: ticket.id,
      direction: "system",
      authorKey: staff.key,
      authorName: staff.name,
      text: t(dc.deskLocale, key, params),
      createdAt: dc.clock(),
    });
    return answer;
  }

  async function unblock(threadId: string, staff: StaffRef): Promise<Reply> {
    const ticket = await ticketFor(threadId, staff, false);
    if (isReply(ticket)) return ticket;
    const removed = await dc.store.blocks.unblock(ticket.userKey ?? "");
    return removed
      ? say(staff, "staff.unblocked", "support.unblocked", { staff: staff.name })
      : oops(staff, "staff.not-blocked", "support.not-blocked");
  }

  return { reply, snippet, sendCode, close, block, unblock };
}
