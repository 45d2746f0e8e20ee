/**
 * A ticket's transcript, built from OUR store (not from platform history, which staff can edit or
 * delete and which is gone with a deleted thread). Plain UTF-8 text, one line per message, UTC
 * times; files are listed by name (their bytes are not kept in the store).
 */

import { formatUtc } from "../../core/durations.js";
import { t } from "../../core/i18n/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Ticket, TicketMessage } from "../../store/index.js";
import type { DeskPost } from "./types.js";

function author(m: TicketMessage, L: Locale): string {
  const role = t(L, `desk.transcript.${m.direction}`);
  const name = m.authorName ?? "";
  if (m.direction === "staff" && m.anonymous) {
    return `${role}${name ? ` ${name}` : ""} (${t(L, "desk.transcript.anonymous")})`;
  }
  return name && m.direction !== "system" ? `${role} ${name}` : role;
}

function transcriptText(ticket: Ticket, messages: readonly TicketMessage[], L: Locale): string {
  const lines = [t(L, "desk.transcript.title", { ticket: ticket.id, count: messages.length }), ""];
  for (const m of messages) {
    const body = m.text.replace(/\r?\n/g, "\n    ");
    lines.push(`[${formatUtc(m.createdAt)}] ${author(m, L)}: ${body}`);
    if (m.attachments.length > 0) {
      lines.push(
        `    ${t(L, "desk.transcript.files", { names: m.attachments.map((a) => a.name).join(", ") })}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

export function transcriptPost(ticket: Ticket, messages: readonly TicketMessage[], L: Locale): DeskPost {
  const data = new TextEncoder().encode(transcriptText(ticket, messages, L));
  return {
    kind: "transcript",
    ticketId: ticket.id,
    text: t(L, "desk.transcript.title", { ticket: ticket.id, count: messages.length }),
    file: {
      name: `ticket-${ticket.id}.txt`,
      contentType: "text/plain; charset=utf-8",
      size: data.byteLength,
      data,
    },
  };
}
