/**
 * Per-user limits (issue #11): fixed-window counters shared by every instance on the database,
 * so a limit holds across replicas and restarts. `key` is `<kind>:<sha-256 of the user key>`
 * (no user id in clear: the rows outlive /forget on purpose, or /forget would reset the ticket
 * limit); rows are purged once their window is over.
 */
import type { Kysely, Migration } from "kysely";

export function limitsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("rate_counters")
        .addColumn("key", "text", (col) => col.notNull())
        .addColumn("window_start", "bigint", (col) => col.notNull())
        .addColumn("count", "integer", (col) => col.notNull())
        .addPrimaryKeyConstraint("rate_counters_pk", ["key", "window_start"])
        .execute();
      await db.schema
        .createIndex("rate_counters_window")
        .on("rate_counters")
        .column("window_start")
        .execute();
    },
  };
}
