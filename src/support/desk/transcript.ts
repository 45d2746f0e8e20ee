/**
 * A ticket's transcript, built from OUR store (not from platform history, which staff can edit or
 * delete and which is gone with a deleted thread): a plain UTF-8 `.txt` file, worded in the
 * desk's language by `DeskWords.transcript`. Files are listed by name (their bytes are not kept).
 */
import type { DeskWords } from "../../core/desk.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Ticket, TicketMessage } from "../../store/index.js";
import type { DeskPost } from "./types.js";

export function transcriptPost(
  dc: { readonly words: DeskWords; readonly deskLocale: Locale },
  ticket: Ticket,
  messages: readonly TicketMessage[],
): DeskPost {
  const { summary, text } = dc.words.transcript(dc.deskLocale, ticket.id, messages);
  const data = new TextEncoder().encode(text);
  return {
    kind: "transcript",
    ticketId: ticket.id,
    ...(ticket.userKey ? { userKey: ticket.userKey } : {}),
    text: summary,
    file: {
      name: `ticket-${ticket.id}.txt`,
      contentType: "text/plain; charset=utf-8",
      size: data.byteLength,
      data,
    },
  };
}
