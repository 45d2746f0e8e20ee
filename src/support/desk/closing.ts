/**
 * Closing a ticket: the store decides who wins (`tickets.close` only succeeds for one caller, so a
 * staff /close racing a scheduled close on another instance produces one transcript, not two),
 * then the transcript - built from the store - goes to the thread and the log channel, the thread
 * is marked closed, and the user is told unless the close is silent.
 */

import { isUnreachable } from "../../platforms/errors.js";
import type { Ticket } from "../../store/index.js";
import { asLocale } from "../locale.js";
import { type DeskContext, deskNote } from "./relay.js";
import { transcriptPost } from "./transcript.js";
import type { StaffRef } from "./types.js";

/** Who closes a ticket when its scheduled close comes due. */
export const SCHEDULED_CLOSER: StaffRef = { key: "system:scheduled-close", name: "scheduled close" };

export async function closeTicket(
  dc: DeskContext,
  ticket: Ticket,
  by: StaffRef,
  options: { silent: boolean; announce: boolean },
): Promise<Ticket | null> {
  const closed = await dc.store.tickets.close(ticket.id, { by: by.key, at: dc.clock() });
  if (!closed) return null; // someone else closed it first (or it was already closed)
  // The note is stored before the transcript is read, so the transcript ends with it.
  await deskNote(
    dc,
    closed,
    { kind: "closed", staff: by.name, silent: options.silent },
    { post: options.announce },
  );

  const transcript = transcriptPost(dc, closed, await dc.store.tickets.messages(closed.id));
  // A closed ticket's deleted thread is not recreated just to receive its transcript.
  await dc.threads.post(closed, transcript, { recreate: false });
  if (closed.deskThreadId) {
    await dc.channel
      .setState(closed.deskThreadId, "closed")
      .catch((error: unknown) =>
        dc.logger.warn({ err: error, ticketId: closed.id }, "setState closed failed"),
      );
  }
  if (dc.channel.postToLog) {
    await dc.channel
      .postToLog(transcript)
      .catch((error: unknown) => dc.logger.error({ err: error, ticketId: closed.id }, "log post failed"));
  }

  if (!options.silent && closed.conversation) {
    const reply = dc.words.ticketClosed(asLocale(closed.locale), closed.id);
    await dc.messenger.send(closed.conversation, reply).catch((error: unknown) => {
      // Nothing to retry: the ticket is closed either way. Staff see the close in the thread.
      const level = isUnreachable(error) ? "info" : "warn";
      dc.logger[level]({ err: error, ticketId: closed.id }, "close notice not delivered");
    });
  }
  dc.logger.info({ ticketId: closed.id, by: by.key, silent: options.silent }, "ticket closed");
  return closed;
}
