/**
 * Survives a PostgreSQL restart (issue #7, fault tests). node-postgres's Pool drops dead idle
 * connections by itself, but while the server is down or starting, `connect()` fails
 * (ECONNREFUSED, 57P03), and a statement running when the server went away fails with
 * "Connection terminated". Without help each of those becomes a failed request — a lost reply.
 * - `connect()` is retried with a short backoff for up to `maxWaitMs` (a restart takes seconds).
 * - A single statement outside a transaction that failed because its connection died is run once
 *   more on a fresh connection: the server rolled it back when the connection ended. (A commit that
 *   reached the server just before the connection died could run twice; our writes are upserts or
 *   ON CONFLICT DO NOTHING, so at worst an update is seen as already handled.)
 * Inside a transaction nothing is retried: Kysely's transaction fails and the caller decides.
 */
import type { PostgresPool, PostgresPoolClient } from "kysely";
import type pg from "pg";
import type { Logger } from "pino";
import { isConnectionLost } from "./errors.js";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function resilientPool(pool: pg.Pool, logger: Logger, maxWaitMs = 20_000): PostgresPool {
  async function connectRaw(): Promise<pg.PoolClient> {
    const deadline = Date.now() + maxWaitMs;
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
    let client = first;
    let inTransaction = false;
    const track = (sql: string) => {
      const head = sql.trimStart().slice(0, 12).toLowerCase();
      if (head.startsWith("begin") || head.startsWith("start")) inTransaction = true;
      else if (head.startsWith("commit") || head.startsWith("rollback")) inTransaction = false;
    };
    return {
      async query(sql: string, parameters: readonly unknown[]) {
        track(sql);
        try {
          return await client.query(sql, parameters as unknown[]);
        } catch (error) {
          if (inTransaction || !isConnectionLost(error)) throw error;
          logger.warn({ err: error }, "PostgreSQL connection lost during a statement; running it again");
          client.release(error as Error); // destroys the dead connection instead of pooling it
          client = await connectRaw();
          return client.query(sql, parameters as unknown[]);
        }
      },
      release() {
        client.release();
      },
      // Kysely's other overload (cursors, for streaming) is not used by this project.
    } as unknown as PostgresPoolClient;
  }

  return {
    connect: async () => wrap(await connectRaw()),
    end: () => pool.end(),
  };
}
