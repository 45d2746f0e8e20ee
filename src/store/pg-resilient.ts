/**
 * Survives a PostgreSQL restart (issue #7, fault tests). node-postgres's Pool drops dead idle
 * connections by itself, but while the server is down or starting, `connect()` fails
 * (ECONNREFUSED, 57P03), and a statement running when the server went away fails with
 * "Connection terminated". Without help each of those becomes a failed request — a lost reply.
 * - `connect()` is retried with a short backoff for up to `maxWaitMs` (a restart takes seconds).
 * - A single statement outside a transaction that failed because its connection died is run
 *   again on a fresh connection, until `maxWaitMs`: the server rolled it back when the connection
 *   ended. (A commit that reached the server just before the connection died could run twice; our
 *   writes are upserts or ON CONFLICT DO NOTHING, so at worst an update is seen as already handled.)
 * Inside a transaction nothing is retried, its COMMIT included: Kysely's transaction fails and the
 * caller decides (the outbox's intake runs the whole transaction again).
 */
import type { PostgresPool, PostgresPoolClient } from "kysely";
import type pg from "pg";
import type { Logger } from "pino";
import { isConnectionLost } from "./errors.js";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function resilientPool(pool: pg.Pool, logger: Logger, maxWaitMs = 20_000): PostgresPool {
  async function connectRaw(deadline = Date.now() + maxWaitMs): Promise<pg.PoolClient> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await pool.connect();
      } catch (error) {
        if (!isConnectionLost(error) || Date.now() >= deadline) throw error;
        if (attempt === 1) logger.warn({ err: error }, "PostgreSQL unavailable; retrying");
        await sleep(Math.min(1000, 100 * attempt));
      }
    }
  }

  function wrap(first: pg.PoolClient): PostgresPoolClient {
    let client: pg.PoolClient | undefined = first;
    let inTransaction = false;
    /** Updates `inTransaction`; true when the statement may run again on another connection. */
    const track = (sql: string): boolean => {
      const before = inTransaction;
      const head = sql.trimStart().slice(0, 12).toLowerCase();
      const ends = head.startsWith("commit") || head.startsWith("rollback");
      if (head.startsWith("begin") || head.startsWith("start")) inTransaction = true;
      else if (ends) inTransaction = false;
      // Not a statement inside a transaction, nor its COMMIT or ROLLBACK: the COMMIT of a
      // transaction whose connection died would "succeed" on a fresh connection (no transaction
      // there) while the server had rolled it back. BEGIN may: nothing had happened yet.
      return !before && !ends;
    };
    return {
      async query(sql: string, parameters: readonly unknown[]) {
        const mayRunAgain = track(sql);
        const deadline = Date.now() + maxWaitMs;
        for (let attempt = 1; ; attempt += 1) {
          if (!client) client = await connectRaw(deadline);
          try {
            return await client.query(sql, parameters as unknown[]);
          } catch (error) {
            if (!mayRunAgain || !isConnectionLost(error) || Date.now() >= deadline) throw error;
            if (attempt === 1) {
              logger.warn({ err: error }, "PostgreSQL connection lost during a statement; running it again");
            }
            // Destroys the dead connection instead of pooling it. The next one may be dead too (an
            // idle connection whose end the pool has not seen yet): again until the deadline.
            client.release(error as Error);
            client = undefined;
            if (attempt > 1) await sleep(Math.min(1000, 100 * attempt));
          }
        }
      },
      release() {
        client?.release();
        client = undefined;
      },
      // Kysely's other overload (cursors, for streaming) is not used by this project.
    } as unknown as PostgresPoolClient;
  }

  return {
    connect: async () => wrap(await connectRaw()),
    end: () => pool.end(),
  };
}
