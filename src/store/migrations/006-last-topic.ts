/**
 * Follow-up questions (`profiles.last_topic`, `profiles.last_topic_at`): what the bot last
 * answered the user about — an FAQ entry id, or `decode` after a pre-code — and when. A short
 * follow-up ("how long?", "still ERROR") is read with it for a while (src/core/faq/follow-up.ts).
 * An id the bot chose, never the user's words; `/forget` deletes it with the profile.
 */
import type { Kysely, Migration } from "kysely";

export function lastTopicMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable("profiles").addColumn("last_topic", "text").execute();
      await db.schema.alterTable("profiles").addColumn("last_topic_at", "bigint").execute();
    },
  };
}
