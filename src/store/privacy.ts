/**
 * Erasure and export of one user's data (/forget, /mydata). Erasure deletes, it does not blank:
 * the profile, every ticket of the user (its messages go with it, ON DELETE CASCADE), messages
 * they wrote in any other ticket, their reminders (all states), their outbox rows (the lead's
 * durable outbox, when present). Their tickets' transcripts already sent to the log channel are
 * outbox rows of kind `transcript` owned by the user: their message ids are returned
 * (`logMessages`) for the desk to delete there. Blocks are kept (a moderation decision that expires; /forget
 * must not lift it). On SQLite `secure_delete` (set at open) zeroes the freed bytes and a
 * TRUNCATE checkpoint empties the WAL, so the file holds no copy; on PostgreSQL a plain DELETE
 * leaves dead tuples until (auto)VACUUM reclaims them (see README "Privacy").
 */
import { type Kysely, sql } from "kysely";
import { parseUserKey } from "../core/user-key.js";
import type { RepoContext } from "./context.js";
import { toNullableNumber, toNumber } from "./json.js";
import type { Database } from "./schema.js";
import { toTicket, toTicketMessage } from "./ticket-rows.js";
import type { ErasedUser, JsonObject, LogMessageRef, PrivacyRepository } from "./types.js";

/** Tables another migration may not have created yet on this database. */
async function hasTable(db: Kysely<Database>, name: string): Promise<boolean> {
  const tables = await db.introspection.getTables();
  return tables.some((t) => t.name === name);
}

/** The ticket a transcript row was for (`meta.transcriptOf`, kept when sent). */
function transcriptTicket(meta: string | null): number | null {
  if (meta === null) return null;
  try {
    const id = (JSON.parse(meta) as { transcriptOf?: unknown }).transcriptOf;
    return typeof id === "number" ? id : null;
  } catch {
    return null;
  }
}

export function createPrivacyRepository({ db, dialect }: RepoContext): PrivacyRepository {
  return {
    async eraseUser(userKey): Promise<ErasedUser> {
      const outbox = await hasTable(db, "outbox");
      const result = await db.transaction().execute(async (trx) => {
        const tickets = await trx
          .selectFrom("tickets")
          .select(["id", "desk_thread_id", "status"])
          .where("user_key", "=", userKey)
          .execute();
        const ids = tickets.map((t) => t.id);
        const messages = await trx
          .deleteFrom("ticket_messages")
          .where((eb) =>
            ids.length > 0
              ? eb.or([eb("author_key", "=", userKey), eb("ticket_id", "in", ids)])
              : eb("author_key", "=", userKey),
          )
          .executeTakeFirst();
        if (ids.length > 0) await trx.deleteFrom("tickets").where("id", "in", ids).execute();
        const reminders = await trx
          .deleteFrom("reminders")
          .where("user_key", "=", userKey)
          .executeTakeFirst();
        const profile = await trx.deleteFrom("profiles").where("user_key", "=", userKey).executeTakeFirst();
        let outboxRows = 0;
        let logMessages: LogMessageRef[] = [];
        if (outbox) {
          // Sent transcripts in the log channel: only their message ids are left here (the payload
          // was cleared when sent), and the desk deletes them there.
          const sent = await trx
            .selectFrom("outbox")
            .select(["platform", "conversation", "message_id", "meta"])
            .where("user_key", "=", userKey)
            .where("kind", "=", "transcript")
            .where("state", "=", "sent")
            .where("message_id", "is not", null)
            .orderBy("id")
            .execute();
          logMessages = sent.map((r) => ({
            platform: r.platform,
            conversation: r.conversation,
            messageId: String(r.message_id),
            ticketId: transcriptTicket(r.meta),
          }));
          const r = await sql`delete from outbox where user_key = ${userKey}`.execute(trx);
          outboxRows = Number(r.numAffectedRows ?? 0n);
        }
        // A web visitor's conversation is their user key (`web:…`): its history goes with them.
        if (parseUserKey(userKey)?.platform === "web")
          await trx.deleteFrom("web_messages").where("conversation", "=", userKey).execute();
        return {
          profile: profile.numDeletedRows > 0n,
          tickets: ids.length,
          messages: Number(messages.numDeletedRows),
          reminders: Number(reminders.numDeletedRows),
          outbox: outboxRows,
          deskThreads: tickets.flatMap((t) => (t.desk_thread_id ? [t.desk_thread_id] : [])),
          logMessages,
        };
      });
      // Move everything into the main file (zeroed by secure_delete) and empty the WAL.
      if (dialect === "sqlite") await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
      return result;
    },

    async purgeFinishedReminders(before) {
      const result = await db
        .deleteFrom("reminders")
        .where("status", "!=", "pending")
        .where("updated_at", "<", before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async purgeIdleProfiles(before) {
      const result = await db
        .deleteFrom("profiles")
        .where("updated_at", "<", before)
        // Users still waiting on something: an open ticket or a pending reminder.
        .where("user_key", "not in", (eb) =>
          eb
            .selectFrom("reminders")
            .select("reminders.user_key")
            .where("reminders.status", "=", "pending")
            .union(
              eb
                .selectFrom("tickets")
                .select("tickets.user_key")
                .where("tickets.status", "=", "open")
                // NOT IN over a NULL matches nothing: keep ownerless tickets out.
                .where("tickets.user_key", "is not", null)
                .$narrowType<{ user_key: string }>(),
            ),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async exportUser(userKey): Promise<JsonObject> {
      const profile = await db
        .selectFrom("profiles")
        .selectAll()
        .where("user_key", "=", userKey)
        .executeTakeFirst();
      const ticketRows = await db
        .selectFrom("tickets")
        .selectAll()
        .where("user_key", "=", userKey)
        .orderBy("id")
        .execute();
      const tickets = [];
      for (const row of ticketRows) {
        const ticket = toTicket(row);
        const messages = await db
          .selectFrom("ticket_messages")
          .selectAll()
          .where("ticket_id", "=", ticket.id)
          .orderBy("created_at")
          .orderBy("id")
          .execute();
        tickets.push({
          id: ticket.id,
          status: ticket.status,
          platform: ticket.platform,
          conversation: ticket.conversation,
          locale: ticket.locale,
          subject: ticket.subject,
          context: ticket.context,
          createdAt: new Date(ticket.createdAt).toISOString(),
          closedAt: ticket.closedAt === null ? null : new Date(ticket.closedAt).toISOString(),
          messages: messages.map(toTicketMessage).map((m) => ({
            direction: m.direction,
            author: m.anonymous ? "Support team" : m.authorName,
            text: m.text,
            files: m.attachments.map((a) => a.name),
            at: new Date(m.createdAt).toISOString(),
          })),
        });
      }
      const reminders = await db
        .selectFrom("reminders")
        .select(["kind", "conversation", "locale", "payload", "due_at", "status"])
        .where("user_key", "=", userKey)
        .orderBy("due_at")
        .execute();
      const block = await db
        .selectFrom("blocks")
        .selectAll()
        .where("user_key", "=", userKey)
        .executeTakeFirst();
      const iso = (ms: unknown) =>
        ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();
      // A web visitor's chat history (their conversation is their user key).
      const webChat =
        parseUserKey(userKey)?.platform === "web"
          ? (
              await db
                .selectFrom("web_messages")
                .select(["direction", "body", "created_at"])
                .where("conversation", "=", userKey)
                .orderBy("id")
                .execute()
            ).map((m) => ({
              from: m.direction === "user" ? "you" : "bot",
              message: m.direction === "user" ? m.body : (JSON.parse(m.body) as JsonObject),
              at: iso(m.created_at),
            }))
          : undefined;
      return {
        user: userKey,
        exportedAt: new Date().toISOString(),
        profile: profile
          ? {
              displayName: profile.display_name,
              locale: profile.locale,
              lastPrecode: profile.last_precode,
              lastPin: profile.last_pin,
              radioType: profile.radio_type,
              wrongAttempts: toNumber(profile.wrong_attempts),
              lastWrongAt: iso(toNullableNumber(profile.last_wrong_at)),
              platformData: JSON.parse(profile.platform_data) as JsonObject,
              conversationLocale: profile.conversation_locale,
              lastTopic: profile.last_topic,
              lastTopicAt: iso(toNullableNumber(profile.last_topic_at)),
              createdAt: iso(profile.created_at),
              updatedAt: iso(profile.updated_at),
            }
          : null,
        tickets,
        reminders: reminders.map((r) => ({
          kind: r.kind,
          conversation: r.conversation,
          locale: r.locale,
          payload: JSON.parse(r.payload) as JsonObject,
          dueAt: iso(r.due_at),
          status: r.status,
        })),
        block: block ? { until: iso(block.until), since: iso(block.created_at) } : null,
        ...(webChat ? { webChat } : {}),
      };
    },
  };
}
