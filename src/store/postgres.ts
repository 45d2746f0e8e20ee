import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Logger } from "pino";
import { isUniqueViolation, StoreError } from "./errors.js";
import { migrateToLatest } from "./migrate.js";
import { resilientPool } from "./pg-resilient.js";
import type { Database } from "./schema.js";

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Timestamps are `bigint` (int8), which node-postgres returns as strings because int8 can exceed
 * 2^53. Ms epochs and our ids are far below that, so parse them as numbers - per pool, not via the
 * process-global `pg.types.setTypeParser`, which would change behaviour for every other pg user.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 && format !== "binary"
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

function splitSchema(databaseUrl: string, schemaOption?: string): { url: string; schema?: string } {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch (cause) {
    throw new StoreError("store.bad-url", "DATABASE_URL is not a valid postgres:// URL", { cause });
  }
  const schema = schemaOption ?? url.searchParams.get("schema") ?? undefined;
  url.searchParams.delete("schema");
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreError("store.bad-url", `invalid PostgreSQL schema name: ${JSON.stringify(schema)}`);
  }
  return schema === undefined ? { url: url.toString() } : { url: url.toString(), schema };
}

async function ensureSchema(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    // Two processes racing on IF NOT EXISTS can still hit the catalog's unique index.
    const duplicate =
      typeof error === "object" && error !== null && "code" in error && error.code === "42P06";
    if (!duplicate && !isUniqueViolation(error)) throw error;
  }
}

export async function openPostgres(
  databaseUrl: string,
  logger: Logger,
  options: { schema?: string | undefined; poolSize?: number | undefined },
): Promise<Kysely<Database>> {
  const { url, schema } = splitSchema(databaseUrl, options.schema);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types,
    // search_path as a startup parameter applies to every pooled connection before its first
    // query, unlike a `SET` issued from the pool's "connect" event.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Without a listener, a client losing its connection (server restart) crashes the process.
  // The pool listens only while a client is idle; a client checked out between two statements of
  // a transaction is on its own, so every client gets a listener of its own for its whole life.
  // (The statement that then runs fails and its caller decides, as for any failed statement.)
  pool.on("error", (error) => logger.warn({ err: error }, "idle PostgreSQL connection failed"));
  pool.on("connect", (client) =>
    client.on("error", (error) => logger.warn({ err: error }, "PostgreSQL connection in use failed")),
  );
  // Issue #7: connect retries and re-runs of a statement whose connection died (pg-resilient.ts).
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: resilientPool(pool, logger) }) });
  try {
    if (schema) await ensureSchema(db, schema);
    const current = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    const migrationSchema = schema ?? current.rows[0]?.schema ?? "public";
    await migrateToLatest(db, "postgres", logger, migrationSchema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
