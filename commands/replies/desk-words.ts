/**
 * The texts the support desk writes by itself (`DeskWords`, src/core/desk.ts), passed to it by the
 * app: notes, the header and the transcript of a ticket thread in the desk's language, and what
 * goes to users in theirs. Pure; all text comes from the `support` and `privacy` message areas.
 */
import type { DeskNote, DeskWords, TicketFacts, TranscriptEntry } from "../../src/core/desk.js";
import { formatUtc } from "../../src/core/durations.js";
import { t } from "../../src/core/i18n/index.js";
import { LOCALE_NAMES, type Locale } from "../../src/core/i18n/locales.js";
import { blockedText, faqSnippetReply, staffMessageReply, ticketClosedReply } from "./desk.js";
import { pinReply } from "./pin.js";

function noteText(L: Locale, note: DeskNote): string {
  switch (note.kind) {
    case "unreachable":
    case "delivery-failed":
    case "close-cancelled":
    case "reopened":
    case "forgotten":
      return t(L, `desk.note.${note.kind}`);
    case "closed":
      return t(L, note.silent ? "desk.note.closed-silent" : "desk.note.closed", { staff: note.staff });
    case "ticket-closed":
      return t(L, "staff.ticket-closed");
    case "erased":
      return t(L, "desk.note.erased", { reason: note.reason });
    case "erased-log":
      return t(L, "desk.note.erased-log", { ticket: note.ticketId ?? "?", reason: note.reason });
    case "blocked":
      return t(L, ...blockedText(note.staff, note.until));
  }
}

function headerText(L: Locale, facts: TicketFacts): { title: string; lines: string[] } {
  const { userId, name, language } = facts;
  const userLabel = name === userId ? userId : `${name} (${userId})`;
  const lines: string[] = [];
  if (facts.recreated) lines.push(t(L, "desk.header.recreated"));
  lines.push(t(L, "desk.header.user", { user: userLabel, platform: facts.platform }));
  lines.push(t(L, "desk.header.language", { language: `${LOCALE_NAMES[language]} (${language})` }));
  lines.push(
    facts.precode && facts.pin
      ? t(L, "desk.header.precode", { precode: facts.precode, pin: facts.pin })
      : t(L, "desk.header.no-precode"),
  );
  lines.push(t(L, "desk.header.attempts", { count: facts.wrongAttempts }));
  if (facts.vin) lines.push(t(L, "desk.header.vin", { vin: facts.vin }));
  const source =
    facts.source === "follow-up"
      ? t(L, "desk.source.follow-up", { previous: facts.previousTicketId ?? "?" })
      : t(L, `desk.source.${facts.source}`);
  lines.push(t(L, "desk.header.source", { source }));
  lines.push(t(L, "desk.header.help"));
  const title = t(L, "desk.header.title", { ticket: facts.ticketId, platform: facts.platform, user: name });
  return { title, lines };
}

function author(m: TranscriptEntry, L: Locale): string {
  const role = t(L, `desk.transcript.${m.direction}`);
  const name = m.authorName ?? "";
  if (m.direction === "staff" && m.anonymous) {
    return `${role}${name ? ` ${name}` : ""} (${t(L, "desk.transcript.anonymous")})`;
  }
  return name && m.direction !== "system" ? `${role} ${name}` : role;
}

/** Plain UTF-8 text, one line per message (continuation lines indented), UTC times. */
function transcriptText(
  L: Locale,
  ticketId: number,
  messages: readonly TranscriptEntry[],
): { summary: string; text: string } {
  const summary = t(L, "desk.transcript.title", { ticket: ticketId, count: messages.length });
  const lines = [summary, ""];
  for (const m of messages) {
    const body = m.text.replace(/\r?\n/g, "\n    ");
    lines.push(`[${formatUtc(m.createdAt)}] ${author(m, L)}: ${body}`);
    if (m.attachments.length > 0) {
      lines.push(
        `    ${t(L, "desk.transcript.files", { names: m.attachments.map((a) => a.name).join(", ") })}`,
      );
    }
  }
  return { summary, text: `${lines.join("\n")}\n` };
}

export const deskWords: DeskWords = {
  note: noteText,
  header: headerText,
  transcript: transcriptText,
  staffMessage: staffMessageReply,
  faqAnswer: faqSnippetReply,
  pin: (locale, decoded, radio) => pinReply(locale, decoded, radio),
  ticketClosed: ticketClosedReply,
};
