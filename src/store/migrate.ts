import { type Kysely, Migrator } from "kysely";
import type { Logger } from "pino";
import { StoreError } from "./errors.js";
import { migrationProvider } from "./migrations/index.js";
import type { Database } from "./schema.js";
import type { StoreDialect } from "./types.js";

/**
 * Brings the schema up to date. On PostgreSQL Kysely's migrator runs everything in one
 * transaction under a session advisory lock, so processes starting together queue up and the
 * later ones find nothing left to do. SQLite callers wrap this in their own lock (see sqlite.ts).
 *
 * `migrationTableSchema` must be given on PostgreSQL: Kysely checks whether `kysely_migration`
 * exists by looking at ALL schemas, so without it a second schema in the same database (tests,
 * staging next to production) would be mistaken for an already-migrated one.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: StoreDialect,
  logger: Logger,
  migrationTableSchema?: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === "Success") logger.info({ migration: result.migrationName }, "migration applied");
    else if (result.status === "Error") logger.error({ migration: result.migrationName }, "migration failed");
  }
  if (error) {
    throw new StoreError("store.migration-failed", `database migration failed: ${String(error)}`, {
      cause: error,
    });
  }
}
