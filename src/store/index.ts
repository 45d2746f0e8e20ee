/**
 * Persistence for the bot: one `Store` over SQLite (single process) or PostgreSQL (any number of
 * processes). Every cross-request invariant - one open ticket per user, each update handled once,
 * each reminder sent by one instance - is enforced by the database, never by in-process locks.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { type Kysely, sql } from "kysely";
import { pino } from "pino";
import { createBlockRepository } from "./blocks.js";
import type { RepoContext } from "./context.js";
import { StoreError } from "./errors.js";
import { createFaqLearningRepository } from "./learned.js";
import { createLimitRepository } from "./limits.js";
import { createOutboxRepository } from "./outbox.js";
import { createPrivacyRepository } from "./privacy.js";
import { createProfileRepository } from "./profiles.js";
import {
  createReminderRepository,
  DEFAULT_REMINDER_LEASE_MS,
  DEFAULT_REMINDER_MAX_ATTEMPTS,
} from "./reminders.js";
import type { Database } from "./schema.js";
import { createTicketRepository } from "./tickets.js";
import type { OpenStoreOptions, Store, StoreDialect } from "./types.js";
import { createUpdateRepository } from "./updates.js";
import { createWebChatRepository } from "./web-chat.js";

export { StoreError } from "./errors.js";
export { DEFAULT_REMINDER_LEASE_MS, DEFAULT_REMINDER_MAX_ATTEMPTS } from "./reminders.js";
export { FORGET_CLOSER } from "./ticket-messages.js";
export type * from "./types.js";

function dialectOf(databaseUrl: string): StoreDialect {
  if (databaseUrl.startsWith("sqlite:")) return "sqlite";
  if (databaseUrl.startsWith("postgres://") || databaseUrl.startsWith("postgresql://")) return "postgres";
  // Never echo the URL: it may carry a password.
  throw new StoreError("store.bad-url", "DATABASE_URL must start with sqlite:, postgres:// or postgresql://");
}

export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  const dialect = dialectOf(databaseUrl);
  const logger = (options.logger ?? pino({ level: "silent" })).child({ component: "store", dialect });
  const instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const db: Kysely<Database> =
    dialect === "sqlite"
      ? await (await import("./sqlite.js")).openSqlite(databaseUrl, logger)
      : await (await import("./postgres.js")).openPostgres(databaseUrl, logger, {
          schema: options.schema,
          poolSize: options.poolSize,
        });

  const ctx: RepoContext = {
    db,
    dialect,
    logger,
    reminderLeaseMs: options.reminderLeaseMs ?? DEFAULT_REMINDER_LEASE_MS,
    reminderMaxAttempts: options.reminderMaxAttempts ?? DEFAULT_REMINDER_MAX_ATTEMPTS,
  };
  let closed: Promise<void> | undefined;

  logger.debug({ instanceId }, "store open");
  return {
    dialect,
    instanceId,
    profiles: createProfileRepository(ctx),
    updates: createUpdateRepository(ctx),
    tickets: createTicketRepository(ctx),
    blocks: createBlockRepository(ctx),
    reminders: createReminderRepository(ctx),
    limits: createLimitRepository(ctx),
    privacy: createPrivacyRepository(ctx),
    web: createWebChatRepository(ctx),
    outbox: createOutboxRepository(ctx),
    faqLearning: createFaqLearningRepository(ctx),
    async ping() {
      await sql`select 1`.execute(db);
    },
    close() {
      // Idempotent: shutdown hooks and tests may both call it.
      closed ??= db.destroy();
      return closed;
    },
  };
}
