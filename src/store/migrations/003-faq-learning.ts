/**
 * FAQ learning (issue #13):
 * - `faq_learned`: questions staff taught as phrasings of an FAQ entry (`/snippet`, `/teach`).
 *   Only the question text and its language are kept — never who asked it.
 * - `faq_misses`: questions no entry matched, one row each (counted per question for review).
 *   Also without any user id.
 * - `profiles.conversation_locale`: the language the user last wrote a question in. It sets the
 *   language of the replies that follow; an explicit `/language` (`profiles.locale`) still wins.
 */
import type { Kysely, Migration } from "kysely";
import type { StoreDialect } from "../types.js";

const TS = "bigint";

export function faqLearningMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const learned = db.schema.createTable("faq_learned");
      await (dialect === "postgres"
        ? learned.addColumn("id", "bigint", (col) => col.primaryKey().generatedByDefaultAsIdentity())
        : learned.addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
      )
        .addColumn("entry_id", "text", (col) => col.notNull())
        .addColumn("locale", "text", (col) => col.notNull())
        .addColumn("text", "text", (col) => col.notNull())
        .addColumn("created_at", TS, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex("faq_learned_unique")
        .on("faq_learned")
        .columns(["entry_id", "locale", "text"])
        .unique()
        .execute();

      const misses = db.schema.createTable("faq_misses");
      await (dialect === "postgres"
        ? misses.addColumn("id", "bigint", (col) => col.primaryKey().generatedByDefaultAsIdentity())
        : misses.addColumn("id", "integer", (col) => col.primaryKey().autoIncrement())
      )
        .addColumn("question", "text", (col) => col.notNull())
        .addColumn("locale", "text", (col) => col.notNull())
        .addColumn("created_at", TS, (col) => col.notNull())
        .execute();
      await db.schema.createIndex("faq_misses_created_at").on("faq_misses").column("created_at").execute();

      await db.schema.alterTable("profiles").addColumn("conversation_locale", "text").execute();
    },
  };
}
