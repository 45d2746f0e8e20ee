/**
 * Web chat (issue #15): the conversation history of each web visitor, and the adapter's settings
 * (the cookie-signing secret when WEB_SECRET is not set, shared by every replica on PostgreSQL).
 * The history IS the web platform's delivery: a reply is "sent" once it is a row here; open pages
 * are pushed the new row, a page opened later reads it.
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { StoreDialect } from "../types.js";

const TS = "bigint";

export function webMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const table = db.schema.createTable("web_messages");
      await (dialect === "postgres"
        ? table.addColumn("id", "bigint", (col) => col.primaryKey().generatedByDefaultAsIdentity())
        : table.addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
      )
        .addColumn("conversation", "text", (col) => col.notNull())
        .addColumn("direction", "text", (col) => col.notNull().check(sql`direction in ('user', 'bot')`))
        // The rendered message (JSON, see src/platforms/web/render.ts) or the user's own text.
        .addColumn("body", "text", (col) => col.notNull())
        .addColumn("created_at", TS, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex("web_messages_conversation")
        .on("web_messages")
        .columns(["conversation", "id"])
        .execute();
      await db.schema
        .createIndex("web_messages_created_at")
        .on("web_messages")
        .column("created_at")
        .execute();

      await db.schema
        .createTable("web_settings")
        .addColumn("name", "text", (col) => col.primaryKey())
        .addColumn("value", "text", (col) => col.notNull())
        .addColumn("created_at", TS, (col) => col.notNull())
        .execute();
    },
  };
}
