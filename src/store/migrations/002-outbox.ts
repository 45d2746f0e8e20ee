/**
 * The durable outbox (issue #10): every outgoing message that is not the immediate answer to an
 * interaction waits here until a scheduler has sent it. Rows are one platform call each (a
 * rendered payload), ordered per conversation by `seq`. Once sent, the payload is cleared and only
 * the platform's message id is kept (privacy: a sent row holds no text).
 *
 * `outbox_budget` holds one GCRA "theoretical arrival time" per bot, so several instances on one
 * PostgreSQL share one send budget (e.g. Telegram's ~30 messages/s per bot).
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { StoreDialect } from "../types.js";

const TS = "bigint";

export function outboxMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let table = db.schema.createTable("outbox");
      table =
        dialect === "postgres"
          ? table.addColumn("id", "bigint", (col) => col.primaryKey().generatedByDefaultAsIdentity())
          : table.addColumn("id", "integer", (col) => col.primaryKey().autoIncrement());
      await table
        .addColumn("platform", "text", (col) => col.notNull())
        .addColumn("conversation", "text", (col) => col.notNull())
        .addColumn("seq", TS, (col) => col.notNull())
        .addColumn("user_key", "text")
        .addColumn("kind", "text", (col) => col.notNull())
        .addColumn("payload", "text")
        .addColumn("meta", "text")
        .addColumn("state", "text", (col) => col.notNull().defaultTo("pending"))
        .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
        // Leases taken; more leases than attempts + 1 means a lease ran out without a result.
        .addColumn("leases", "integer", (col) => col.notNull().defaultTo(0))
        .addColumn("next_at", TS, (col) => col.notNull())
        .addColumn("lease_owner", "text")
        .addColumn("lease_until", TS)
        .addColumn("message_id", "text")
        .addColumn("error", "text")
        .addColumn("created_at", TS, (col) => col.notNull())
        .addColumn("done_at", TS)
        .execute();
      await db.schema
        .createIndex("outbox_conversation_seq")
        .on("outbox")
        .columns(["conversation", "seq"])
        .unique()
        .execute();
      await db.schema.createIndex("outbox_due").on("outbox").columns(["state", "next_at"]).execute();
      await db.schema.createIndex("outbox_user").on("outbox").column("user_key").execute();
      await db.schema
        .createTable("outbox_budget")
        .addColumn("key", "text", (col) => col.primaryKey())
        .addColumn("tat", TS, (col) => col.notNull())
        .execute();
      // Keep the planner honest on PostgreSQL for the head-of-conversation sub-select.
      if (dialect === "postgres") await sql`analyze outbox`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable("outbox_budget").execute();
      await db.schema.dropTable("outbox").execute();
    },
  };
}
