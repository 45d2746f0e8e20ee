import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Database } from "./schema.js";
import type { StoreDialect } from "./types.js";

/** What every repository receives: one database handle plus the few tunables it needs. */
export interface RepoContext {
  db: Kysely<Database>;
  dialect: StoreDialect;
  logger: Logger;
  reminderLeaseMs: number;
  reminderMaxAttempts: number;
}
