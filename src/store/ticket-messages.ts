import { cleanName, cleanText } from "../core/text.js";
import type { RepoContext } from "./context.js";
import { toTicketMessage } from "./ticket-rows.js";
import type { AnonymiseResult, TicketRepository } from "./types.js";

/** Who closes a ticket when its user invokes /forget. */
export const FORGET_CLOSER = "system:forget";

type MessageMethods = Pick<TicketRepository, "addMessage" | "messages" | "anonymise">;

export function createTicketMessageMethods({ db }: RepoContext): MessageMethods {
  return {
    async addMessage(message) {
      const createdAt = message.createdAt ?? Date.now();
      const row = await db
        .insertInto("ticket_messages")
        .values({
          ticket_id: message.ticketId,
          direction: message.direction,
          author_key: message.authorKey,
          // Staff messages reach the store without passing the bot's boundary: clean them here too
          // (PostgreSQL refuses NUL in text).
          author_name: message.authorName === null ? null : cleanName(message.authorName),
          text: cleanText(message.text),
          attachments: JSON.stringify(message.attachments ?? []),
          anonymous: message.anonymous ? 1 : 0,
          created_at: createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      // Last activity, for "stale ticket" views. Best effort by design: a lost update here only
      // makes the timestamp slightly older.
      await db
        .updateTable("tickets")
        .set({ updated_at: createdAt })
        .where("id", "=", message.ticketId)
        .where("updated_at", "<", createdAt)
        .execute();
      return toTicketMessage(row);
    },

    async messages(ticketId) {
      // created_at alone is not enough: a user and a staff message can share a millisecond, and
      // the id (monotonic per table) keeps insertion order for those.
      const rows = await db
        .selectFrom("ticket_messages")
        .selectAll()
        .where("ticket_id", "=", ticketId)
        .orderBy("created_at", "asc")
        .orderBy("id", "asc")
        .execute();
      return rows.map(toTicketMessage);
    },

    async anonymise(userKey, at = Date.now()): Promise<AnonymiseResult> {
      // One transaction so a crash cannot leave a ticket closed but still carrying the user's
      // identity, or the user's words erased from only some tickets.
      return db.transaction().execute(async (trx) => {
        // Every statement selects by user_key (not by ids read earlier), so a ticket opened
        // concurrently is either fully included or not touched at all.
        // The user's own words: everything they authored, plus every user-direction message on
        // their tickets (relayed messages may lack an author key). Staff replies are kept.
        const erased = await trx
          .updateTable("ticket_messages")
          .set({ text: "", author_key: null, author_name: null, attachments: "[]" })
          .where((eb) =>
            eb.or([
              eb("author_key", "=", userKey),
              eb.and([
                eb("direction", "=", "user"),
                eb("ticket_id", "in", eb.selectFrom("tickets").select("id").where("user_key", "=", userKey)),
              ]),
            ]),
          )
          .executeTakeFirst();
        const closed = await trx
          .updateTable("tickets")
          .set({ status: "closed", closed_at: at, closed_by: FORGET_CLOSER, close_at: null })
          .where("user_key", "=", userKey)
          .where("status", "=", "open")
          .returning("id")
          .execute();
        const cleared = await trx
          .updateTable("tickets")
          .set({ user_key: null, conversation: null, subject: null, context: "{}", updated_at: at })
          .where("user_key", "=", userKey)
          .returning("id")
          .execute();
        return {
          tickets: cleared.length,
          messages: Number(erased.numUpdatedRows),
          closedTicketIds: closed.map((row) => Number(row.id)),
        };
      });
    },
  };
}
