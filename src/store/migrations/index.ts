import type { Migration, MigrationProvider } from "kysely";
import type { StoreDialect } from "../types.js";
import { initialMigration } from "./001-initial.js";
import { outboxMigration } from "./002-outbox.js";
import { faqLearningMigration } from "./003-faq-learning.js";
import { limitsMigration } from "./004-limits.js";
import { webMigration } from "./005-web.js";
import { lastTopicMigration } from "./006-last-topic.js";

/**
 * In-code provider (no filesystem scanning, so it works from `tsx`, `dist/` and bundles alike).
 * Kysely runs migrations in the lexical order of these keys.
 */
export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        "001-initial": initialMigration(dialect),
        "002-outbox": outboxMigration(dialect),
        "003-faq-learning": faqLearningMigration(dialect),
        "004-limits": limitsMigration(),
        "005-web": webMigration(dialect),
        "006-last-topic": lastTopicMigration(),
      };
    },
  };
}
