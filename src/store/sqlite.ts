import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Logger } from "pino";
import { migrateToLatest } from "./migrate.js";
import type { Database } from "./schema.js";

const SQLITE_MEMORY = ":memory:";

/** `sqlite:data/bot.db`, `sqlite:///abs/bot.db`, `sqlite::memory:` → a file path or `:memory:`. */
export function sqlitePathFromUrl(databaseUrl: string): string {
  let path = databaseUrl.slice("sqlite:".length);
  if (path.startsWith("//")) path = path.slice(2);
  return path === SQLITE_MEMORY ? path : resolve(path);
}

/**
 * Migrations on one SQLite file must not interleave. Across processes `BEGIN IMMEDIATE` takes
 * the database write lock up front (waiting up to busy_timeout). Within one process that wait
 * would block the event loop while the lock holder cannot progress, so opens of the same file
 * are also queued here first.
 */
const migrationQueue = new Map<string, Promise<void>>();

async function serialised(path: string, task: () => Promise<void>): Promise<void> {
  const previous = migrationQueue.get(path) ?? Promise.resolve();
  const current = previous.then(task, task);
  const settled = current.catch(() => undefined);
  migrationQueue.set(path, settled);
  try {
    await current;
  } finally {
    if (migrationQueue.get(path) === settled) migrationQueue.delete(path);
  }
}

/**
 * Kysely's SQLite driver calls `prepare(sql)` on every query; preparing costs more than running
 * our small statements (profiled in `npm run bench`, issue #7). Statements are reusable, so keep
 * them per SQL text. Bounded: `in (?, ?, …)` lists of varying length make new texts.
 */
function cachedStatements(raw: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= 500) cache.clear();
        stmt = raw.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

export async function openSqlite(databaseUrl: string, logger: Logger): Promise<Kysely<Database>> {
  const path = sqlitePathFromUrl(databaseUrl);
  if (path !== SQLITE_MEMORY) mkdirSync(dirname(path), { recursive: true });
  const raw = new BetterSqlite3(path);
  // busy_timeout first: switching to WAL itself needs a lock another process may be holding.
  raw.pragma("busy_timeout = 5000");
  raw.pragma("journal_mode = WAL");
  // The usual setting with WAL: commits no longer fsync (only checkpoints do). A crash of the
  // process or the container loses nothing; a power loss or kernel crash may lose the last few
  // commits (never corrupts the file). FULL costs an fsync per write, on the path of every update.
  raw.pragma("synchronous = NORMAL");
  // Off by default in SQLite; ticket_messages rely on ON DELETE CASCADE.
  raw.pragma("foreign_keys = ON");
  // Deleted content is overwritten with zeros instead of lingering in free pages: /forget must
  // leave no copy of the user in the file (README "Privacy").
  raw.pragma("secure_delete = ON");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(raw) }) });
  try {
    await serialised(path, async () => {
      // Kysely's SQLite adapter runs migrations without a transaction or lock; this gives both.
      raw.exec("BEGIN IMMEDIATE");
      try {
        await migrateToLatest(db, "sqlite", logger);
        raw.exec("COMMIT");
      } catch (error) {
        if (raw.inTransaction) raw.exec("ROLLBACK");
        throw error;
      }
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
