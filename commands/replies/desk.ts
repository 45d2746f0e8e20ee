/**
 * The support desk's outcomes (src/core/desk.ts) as localised replies: answers to users
 * (/support, relayed messages) and to staff commands in a ticket thread, and what the desk sends
 * users by itself (a staff message, an FAQ answer, "your request was closed"). Pure; all text
 * comes from the `support` message area.
 */
import type { RelayedStaffMessage, RelayOutcome, StaffOutcome } from "../../src/core/desk.js";
import { formatDuration, formatUtc } from "../../src/core/durations.js";
import { type MessageKey, t, tSpans } from "../../src/core/i18n/index.js";
import { LOCALE_NAMES, type Locale } from "../../src/core/i18n/locales.js";
import { type Block, bold, code, paragraph, type Reply, textParagraphs } from "../../src/core/reply.js";

type Params = Readonly<Record<string, string | number>>;

/**
 * A short notice. `ephemeral` defaults to true (only the asker sees it on Discord); staff command
 * answers that should stay visible in the ticket thread pass false.
 */
function supportNotice(
  locale: Locale,
  key: MessageKey,
  outcome: string,
  params: Params = {},
  options: { ephemeral?: boolean; codeParams?: readonly string[] } = {},
): Reply {
  const styled = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, options.codeParams?.includes(k) ? code(String(v)) : v]),
  );
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, key, styled))] }],
    actions: [],
    ephemeral: options.ephemeral ?? true,
    outcome,
  };
}

/** "Ticket #12 closed" etc. for the user, with the ticket number in bold. */
function ticketNotice(locale: Locale, key: MessageKey, ticketId: number, outcome: string): Reply {
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, key, { ticket: bold(String(ticketId)) }))] }],
    actions: [],
    outcome,
  };
}

/** What the user is told after /support, the "Contact support" button or a private message. */
export function userDeskReply(locale: Locale, outcome: RelayOutcome): Reply {
  switch (outcome.code) {
    case "support.private-only":
    case "support.blocked":
    case "support.sent":
      return supportNotice(locale, outcome.code, outcome.code);
    case "support.opened":
      return ticketNotice(
        locale,
        outcome.withMessage ? "support.opened" : "support.opened.ask",
        outcome.ticketId,
        outcome.code,
      );
    case "support.added":
    case "support.already-open":
    case "support.reopened":
      return ticketNotice(locale, outcome.code, outcome.ticketId, outcome.code);
  }
}

/**
 * The answer to a staff command, in the staff member's language. What was done stays visible in
 * the thread (not ephemeral), so colleagues see it; mistakes (wrong thread, bad argument) only
 * concern the staff member who typed them.
 */
export function staffDeskReply(locale: Locale, outcome: StaffOutcome): Reply {
  const say = (key: MessageKey, params: Params = {}, codeParams: string[] = []) =>
    supportNotice(locale, key, outcome.code, params, { ephemeral: false, codeParams });
  const oops = (key: MessageKey, params: Params = {}) =>
    supportNotice(locale, key, outcome.code, params, { ephemeral: true, codeParams: ["value"] });
  switch (outcome.code) {
    case "support.not-a-ticket":
      return oops("staff.not-a-ticket");
    case "support.anonymised":
      return oops("staff.anonymised");
    case "support.ticket-closed":
      return oops("staff.ticket-closed");
    case "support.unreachable":
      return say("desk.note.unreachable");
    case "support.delivery-failed":
      return say("desk.note.delivery-failed");
    case "support.empty":
      return oops("staff.empty");
    case "support.reply.sent":
      return say(outcome.anonymous ? "staff.sent-anonymous" : "staff.sent", { text: outcome.text });
    case "support.snippet-unavailable":
      return oops("staff.snippet-unavailable");
    case "support.snippet-unknown":
      return oops("staff.snippet-unknown", { id: outcome.id });
    case "support.snippet-sent":
      return say("staff.snippet-sent", { id: outcome.id, language: LOCALE_NAMES[outcome.locale] }, ["id"]);
    case "support.code-invalid":
      return oops("staff.code-invalid", { precode: outcome.precode });
    case "support.code-sent":
      return say(
        "staff.code-sent",
        { precode: outcome.precode, pin: outcome.pin, language: LOCALE_NAMES[outcome.locale] },
        ["precode", "pin"],
      );
    case "support.bad-duration":
      return oops("staff.bad-duration", { value: outcome.value });
    case "support.close-scheduled":
      return say(outcome.silent ? "staff.close-scheduled-silent" : "staff.close-scheduled", {
        delay: formatDuration(outcome.delayMs),
      });
    case "support.closed":
      return say(outcome.silent ? "desk.note.closed-silent" : "desk.note.closed", { staff: outcome.staff });
    case "support.blocked":
      return say(...blockedText(outcome.staff, outcome.until));
    case "support.unblocked":
      return say("staff.unblocked", { staff: outcome.staff });
    case "support.not-blocked":
      return oops("staff.not-blocked");
  }
}

/** "X blocked this user until …": the staff answer, and the line kept in the transcript. */
export function blockedText(staff: string, until: number | null): [MessageKey, Params] {
  return until === null
    ? ["staff.blocked-forever", { staff }]
    : ["staff.blocked-until", { staff, until: formatUtc(until) }];
}

/** A staff message as the user receives it: who answered (or "Support team"), the text, the files. */
export function staffMessageReply(locale: Locale, message: RelayedStaffMessage): Reply {
  const title = message.anonymous
    ? t(locale, "support.reply.team")
    : t(locale, "support.reply.from", { name: message.staff.name });
  return {
    locale,
    title,
    sections: [{ blocks: textParagraphs(message.text) }],
    actions: [],
    ...(message.attachments.length > 0
      ? {
          attachments: message.attachments.map((f) => ({
            name: f.name,
            contentType: f.contentType,
            data: f.data,
          })),
        }
      : {}),
    outcome: "support.staff-message",
  };
}

/** An FAQ answer staff sent with /snippet (paragraphs separated by blank lines, "- " bullets). */
export function faqSnippetReply(locale: Locale, answer: string): Reply {
  const blocks: Block[] = answer
    .split(/\n{2,}/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
    .map((chunk) => {
      const lines = chunk.split("\n");
      if (lines.every((l) => l.startsWith("- "))) {
        return {
          kind: "bullets" as const,
          items: lines.map((l) => [{ style: "plain" as const, text: l.slice(2) }]),
        };
      }
      return paragraph({ style: "plain", text: chunk });
    });
  return { locale, sections: [{ blocks }], actions: [], outcome: "support.snippet" };
}

/** The user is told their request was closed (unless the close was silent). */
export const ticketClosedReply = (locale: Locale, ticketId: number): Reply =>
  ticketNotice(locale, "support.closed", ticketId, "support.closed");
