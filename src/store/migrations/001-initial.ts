/**
 * Initial schema. Written with Kysely's schema builder so one file serves SQLite and PostgreSQL;
 * the only dialect difference is how an auto-increment primary key is spelled.
 *
 * Never edit a migration that has shipped: add `002-….ts` instead.
 */
import { type CreateTableBuilder, type Kysely, type Migration, sql } from "kysely";
import type { StoreDialect } from "../types.js";

// Timestamps are ms epochs: `bigint` on PostgreSQL (int4 overflows in 2038 for seconds, at once for
// ms), INTEGER affinity on SQLite. Booleans are 0/1 integers and JSON is text, on both dialects.
const TS = "bigint";

function withId<T extends string>(
  table: CreateTableBuilder<T, never>,
  dialect: StoreDialect,
): CreateTableBuilder<T, "id"> {
  return dialect === "postgres"
    ? table.addColumn("id", "bigint", (col) => col.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn("id", "integer", (col) => col.primaryKey().autoIncrement());
}

export function initialMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("profiles")
        .addColumn("user_key", "text", (col) => col.primaryKey())
        .addColumn("locale", "text")
        .addColumn("last_precode", "text")
        .addColumn("last_pin", "text")
        .addColumn("radio_type", "text")
        .addColumn("wrong_attempts", "integer", (col) => col.notNull().defaultTo(0))
        .addColumn("last_wrong_at", TS)
        .addColumn("display_name", "text")
        .addColumn("platform_data", "text", (col) => col.notNull().defaultTo("{}"))
        .addColumn("created_at", TS, (col) => col.notNull())
        .addColumn("updated_at", TS, (col) => col.notNull())
        .execute();

      // Primary key (source, update_id) is what makes `updates.claim` exactly-once.
      await db.schema
        .createTable("processed_updates")
        .addColumn("source", "text", (col) => col.notNull())
        .addColumn("update_id", "text", (col) => col.notNull())
        .addColumn("received_at", TS, (col) => col.notNull())
        .addPrimaryKeyConstraint("processed_updates_pk", ["source", "update_id"])
        .execute();
      await db.schema
        .createIndex("processed_updates_received_at")
        .on("processed_updates")
        .column("received_at")
        .execute();

      await withId(db.schema.createTable("tickets"), dialect)
        .addColumn("user_key", "text")
        .addColumn("platform", "text", (col) => col.notNull())
        .addColumn("conversation", "text")
        .addColumn("locale", "text", (col) => col.notNull())
        .addColumn("subject", "text")
        .addColumn("context", "text", (col) => col.notNull().defaultTo("{}"))
        .addColumn("status", "text", (col) =>
          col.notNull().defaultTo("open").check(sql`status in ('open', 'closed')`),
        )
        .addColumn("desk_thread_id", "text")
        .addColumn("claimed_by", "text")
        .addColumn("claimed_at", TS)
        .addColumn("close_at", TS)
        .addColumn("close_silent", "integer", (col) => col.notNull().defaultTo(0))
        .addColumn("closed_at", TS)
        .addColumn("closed_by", "text")
        .addColumn("created_at", TS, (col) => col.notNull())
        .addColumn("updated_at", TS, (col) => col.notNull())
        .execute();
      // THE invariant of the desk: at most one open ticket per user. Application-level locks
      // cannot see other processes; this partial unique index can. `openFor` and `reopen` rely
      // on it raising a unique violation when they lose a race. Raw SQL because DDL cannot take
      // bound parameters and both dialects accept this exact statement.
      await sql`create unique index tickets_one_open_per_user on tickets (user_key) where status = 'open'`.execute(
        db,
      );
      // Not unique on purpose: a failed/duplicated thread binding must never make a relay throw;
      // `findByDeskThread` picks the newest ticket.
      await db.schema.createIndex("tickets_desk_thread").on("tickets").column("desk_thread_id").execute();
      await db.schema.createIndex("tickets_user").on("tickets").column("user_key").execute();
      await db.schema
        .createIndex("tickets_status_close_at")
        .on("tickets")
        .columns(["status", "close_at"])
        .execute();
      await db.schema
        .createIndex("tickets_status_closed_at")
        .on("tickets")
        .columns(["status", "closed_at"])
        .execute();

      await withId(db.schema.createTable("ticket_messages"), dialect)
        .addColumn("ticket_id", dialect === "postgres" ? "bigint" : "integer", (col) =>
          col.notNull().references("tickets.id").onDelete("cascade"),
        )
        .addColumn("direction", "text", (col) =>
          col.notNull().check(sql`direction in ('user', 'staff', 'note', 'system')`),
        )
        .addColumn("author_key", "text")
        .addColumn("author_name", "text")
        .addColumn("text", "text", (col) => col.notNull())
        .addColumn("attachments", "text", (col) => col.notNull().defaultTo("[]"))
        .addColumn("anonymous", "integer", (col) => col.notNull().defaultTo(0))
        .addColumn("created_at", TS, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex("ticket_messages_transcript")
        .on("ticket_messages")
        .columns(["ticket_id", "created_at", "id"])
        .execute();
      await db.schema
        .createIndex("ticket_messages_author")
        .on("ticket_messages")
        .column("author_key")
        .execute();

      await db.schema
        .createTable("blocks")
        .addColumn("user_key", "text", (col) => col.primaryKey())
        .addColumn("until", TS)
        .addColumn("blocked_by", "text", (col) => col.notNull())
        .addColumn("created_at", TS, (col) => col.notNull())
        .execute();

      await withId(db.schema.createTable("reminders"), dialect)
        .addColumn("user_key", "text", (col) => col.notNull())
        .addColumn("platform", "text", (col) => col.notNull())
        .addColumn("conversation", "text", (col) => col.notNull())
        .addColumn("locale", "text", (col) => col.notNull())
        .addColumn("kind", "text", (col) => col.notNull())
        .addColumn("payload", "text", (col) => col.notNull().defaultTo("{}"))
        .addColumn("due_at", TS, (col) => col.notNull())
        .addColumn("status", "text", (col) =>
          col.notNull().defaultTo("pending").check(sql`status in ('pending', 'sent', 'failed', 'cancelled')`),
        )
        .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
        .addColumn("last_error", "text")
        .addColumn("claimed_by", "text")
        .addColumn("claimed_at", TS)
        .addColumn("created_at", TS, (col) => col.notNull())
        .addColumn("updated_at", TS, (col) => col.notNull())
        .addColumn("sent_at", TS)
        .execute();
      await db.schema
        .createIndex("reminders_status_due")
        .on("reminders")
        .columns(["status", "due_at"])
        .execute();
      await db.schema
        .createIndex("reminders_user_kind")
        .on("reminders")
        .columns(["user_key", "kind"])
        .execute();
    },
  };
}
