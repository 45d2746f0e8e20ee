import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import pino from "pino";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { migrationProvider } from "../../src/store/migrations/index.js";
import { openPostgres } from "../../src/store/postgres.js";
import { storeContract } from "./store-contract.js";

const DATABASE_URL = process.env.TEST_DATABASE_URL;
if (!DATABASE_URL) console.log("PostgreSQL suite skipped: TEST_DATABASE_URL is not set");

/** Every Store gets its own schema under this run's prefix; all are dropped at the end. */
const PREFIX = `store_test_${process.pid}_${randomBytes(3).toString("hex")}`;
const schemas = new WeakMap<Store, string>();
let count = 0;

async function openIn(schema: string): Promise<Store> {
  // `?schema=` (not the option) so the URL path is what gets exercised.
  const url = new URL(DATABASE_URL ?? "");
  url.searchParams.set("schema", schema);
  const store = await openStore(url.toString(), { poolSize: 5 });
  schemas.set(store, schema);
  return store;
}

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const suite = DATABASE_URL ? describe : describe.skip;

suite("PostgreSQL", () => {
  afterAll(async () => {
    const rows = await query<{ nspname: string }>("select nspname from pg_namespace where nspname like $1", [
      `${PREFIX}%`,
    ]);
    for (const { nspname } of rows) await query(`drop schema "${nspname}" cascade`);
  });

  storeContract("postgres (two pools)", () => openIn(`${PREFIX}_${++count}`), {
    peer: (store) => {
      const schema = schemas.get(store);
      if (!schema) throw new Error("store was not opened by this suite");
      return openIn(schema);
    },
  });

  describe("PostgreSQL specifics", () => {
    it("GIVEN six processes opening one new schema at once THEN migrations run exactly once", async () => {
      const schema = `${PREFIX}_race`;
      const stores = await Promise.all(Array.from({ length: 6 }, () => openIn(schema)));
      try {
        expect(stores.every((s) => s.dialect === "postgres")).toBe(true);
        const applied = await query(`select name from "${schema}".kysely_migration order by name`);
        // Each migration once (not six times), whatever migrations exist.
        const names = Object.keys(await migrationProvider("postgres").getMigrations()).sort();
        expect(applied).toEqual(names.map((name) => ({ name })));
        const results = await Promise.all(stores.map((s) => s.updates.claim("telegram", "same")));
        expect(results.filter(Boolean)).toHaveLength(1);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    it("GIVEN two schemas THEN their data is isolated and timestamps are bigint columns", async () => {
      const a = await openIn(`${PREFIX}_iso_a`);
      const b = await openIn(`${PREFIX}_iso_b`);
      try {
        await a.profiles.update("telegram:1", { lastWrongAt: 8_000_000_000_000 });
        expect(await b.profiles.get("telegram:1")).toBeNull();
        expect((await a.profiles.get("telegram:1"))?.lastWrongAt).toBe(8_000_000_000_000);
        const types = await query<{ data_type: string }>(
          "select data_type from information_schema.columns where table_schema = $1 and table_name = 'reminders' and column_name = 'due_at'",
          [`${PREFIX}_iso_a`],
        );
        expect(types).toEqual([{ data_type: "bigint" }]);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it("GIVEN the server ends a connection held by a transaction THEN the error is logged, not thrown", async () => {
      // A restart (or an admin) ends every backend; a client checked out between two statements
      // gets an 'error' event with no query to fail. Unhandled, it would end the process.
      const lines: string[] = [];
      const logger = pino({ level: "warn" }, { write: (line: string) => void lines.push(line) });
      const url = new URL(DATABASE_URL ?? "");
      const db = await openPostgres(url.toString(), logger, { schema: `${PREFIX}_kill`, poolSize: 2 });
      try {
        const outcome = await db
          .transaction()
          .execute(async (trx) => {
            const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
            await query("select pg_terminate_backend($1)", [rows[0]?.pid]);
            await vi.waitFor(() => expect(lines.join("")).toContain("PostgreSQL connection in use failed"));
            await sql`select 1`.execute(trx); // the dead connection: this fails, the caller decides
            return "committed";
          })
          .catch(() => "failed");
        expect(outcome).toBe("failed");
        expect(lines.join("")).toContain("PostgreSQL connection in use failed");
        // The pool still serves the next statement on a fresh connection.
        const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
        expect(rows).toEqual([{ one: 1 }]);
      } finally {
        await db.destroy();
      }
    });

    it("GIVEN the connection dies inside an update's claim transaction THEN it is run again: claimed once, its reply queued", async () => {
      // A restart mid-intake: the server rolls the transaction back; failing it would answer the
      // webhook 500 and the reply would wait for a redelivery. A trigger ends its own backend on
      // the first claim (a sequence, not a table: the kill rolls back any table write).
      const schema = `${PREFIX}_claimkill`;
      const store = await openIn(schema);
      try {
        await query(`create sequence "${schema}".kill_once`);
        await query(`create function "${schema}".kill_first() returns trigger language plpgsql as $$
          begin
            if nextval('"${schema}".kill_once') = 1 then perform pg_terminate_backend(pg_backend_pid()); end if;
            return new;
          end $$`);
        await query(`create trigger kill_first before insert on "${schema}".processed_updates
          for each row execute function "${schema}".kill_first()`);
        const reply = {
          platform: "telegram",
          conversation: "tg:1",
          userKey: "telegram:1",
          kind: "reply",
          payload: { method: "sendMessage", params: { text: "0086" } },
        };
        const result = await store.outbox.enqueue([reply], { claim: { source: "telegram", updateId: "42" } });
        expect(result.accepted).toBe(true);
        expect(result.ids).toHaveLength(1);
        const [{ n } = { n: "0" }] = await query<{ n: string }>(
          `select nextval('"${schema}".kill_once') as n`,
        );
        expect(Number(n)).toBe(3); // the killed attempt, the one that went through, this check
        expect(await store.updates.claim("telegram", "42", Date.now())).toBe(false);
        expect((await store.outbox.stats(Date.now())).pending).toBe(1);
      } finally {
        await store.close();
      }
    });

    it("GIVEN an invalid schema name THEN openStore rejects before touching the database", async () => {
      const url = new URL(DATABASE_URL ?? "");
      url.searchParams.set("schema", 'x"; drop table y; --');
      await expect(openStore(url.toString())).rejects.toMatchObject({ code: "store.bad-url" });
    });
  });
});
