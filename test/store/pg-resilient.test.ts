/**
 * pg-resilient.ts against a stand-in for node-postgres's Pool (the driver's side, not ours): each
 * client answers from a script, so the connection losses of a PostgreSQL restart can be replayed in
 * the order that lost replies before — a second dead connection, a COMMIT whose connection died.
 */
import type pg from "pg";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { resilientPool } from "../../src/store/pg-resilient.js";

type Step = "ok" | "lost" | "refused" | "bad";

const lost = () => new Error("Connection terminated unexpectedly");
const refused = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const bad = () => Object.assign(new Error('syntax error at or near "selec"'), { code: "42601" });

/** `script`: what each connect() gives, in order: "refused", or a client whose queries follow `steps`. */
function fakePool(script: (Step | Step[])[]) {
  const log: string[] = [];
  let released = 0;
  let destroyed = 0;
  let n = 0;
  const pool = {
    async connect() {
      const next = script[n++] ?? ["ok"];
      if (next === "refused") throw refused();
      const steps = Array.isArray(next) ? [...next] : [next];
      const id = n;
      let done = false;
      return {
        async query(sql: string) {
          log.push(`${id}:${sql}`);
          const step = steps.shift() ?? "ok";
          if (step === "lost") throw lost();
          if (step === "bad") throw bad();
          return { rows: [{ client: id }], command: "SELECT", rowCount: 1 };
        },
        release(error?: Error) {
          if (done) throw new Error("Release called on client which has already been released");
          done = true;
          if (error) destroyed += 1;
          else released += 1;
        },
      };
    },
    async end() {},
  };
  return {
    pool: pool as unknown as pg.Pool,
    log,
    counts: () => ({ released, destroyed, connects: n }),
  };
}

const quiet = pino({ level: "silent" });

describe("resilientPool", () => {
  it("GIVEN a statement whose connection died and whose next connection is dead too THEN it runs on a third", async () => {
    const fake = fakePool([["lost"], ["lost"], ["ok"]]);
    const client = await resilientPool(fake.pool, quiet, 5_000).connect();
    const result = (await client.query("select 1", [])) as unknown as { rows: { client: number }[] };
    expect(result.rows[0]?.client).toBe(3);
    client.release();
    expect(fake.counts()).toEqual({ released: 1, destroyed: 2, connects: 3 });
  });

  it("GIVEN the server refuses connections for a while THEN the statement waits and runs", async () => {
    const fake = fakePool([["lost"], "refused", "refused", ["ok"]]);
    const client = await resilientPool(fake.pool, quiet, 5_000).connect();
    await expect(client.query("update t set a = 1", [])).resolves.toBeDefined();
    client.release();
    expect(fake.counts().connects).toBe(4);
  });

  it("GIVEN the COMMIT's connection died THEN it fails (never 'committed' on a fresh connection)", async () => {
    const fake = fakePool([["ok", "ok", "lost", "lost"], ["ok"]]);
    const client = await resilientPool(fake.pool, quiet, 5_000).connect();
    await client.query("begin", []);
    await client.query("insert into t values (1)", []);
    await expect(client.query("commit", [])).rejects.toThrow(/Connection terminated/);
    await expect(client.query("rollback", [])).rejects.toThrow(/Connection terminated/);
    client.release();
    expect(fake.log).toEqual(["1:begin", "1:insert into t values (1)", "1:commit", "1:rollback"]);
  });

  it("GIVEN a statement inside a transaction whose connection died THEN it fails, not run elsewhere", async () => {
    const fake = fakePool([["ok", "lost"], ["ok"]]);
    const client = await resilientPool(fake.pool, quiet, 5_000).connect();
    await client.query("begin", []);
    await expect(client.query("insert into t values (1)", [])).rejects.toThrow(/Connection terminated/);
    expect(fake.counts().connects).toBe(1);
  });

  it("GIVEN a BEGIN on a dead connection THEN it runs on a fresh one (nothing had happened yet)", async () => {
    const fake = fakePool([["lost"], ["ok", "ok", "ok"]]);
    const client = await resilientPool(fake.pool, quiet, 5_000).connect();
    await client.query("begin", []);
    await client.query("insert into t values (1)", []);
    await client.query("commit", []);
    expect(fake.log).toEqual(["1:begin", "2:begin", "2:insert into t values (1)", "2:commit"]);
  });

  it("GIVEN a bad statement THEN its error, at once", async () => {
    const fake = fakePool([["bad"]]);
    const client = await resilientPool(fake.pool, quiet, 5_000).connect();
    await expect(client.query("selec 1", [])).rejects.toThrow(/syntax error/);
    expect(fake.counts().connects).toBe(1);
  });

  it("GIVEN the server stays away past the wait THEN the statement fails and release is safe", async () => {
    const fake = fakePool([["lost"], ...Array.from({ length: 100 }, () => "refused" as const)]);
    const client = await resilientPool(fake.pool, quiet, 300).connect();
    await expect(client.query("select 1", [])).rejects.toThrow(/ECONNREFUSED/);
    expect(() => client.release()).not.toThrow();
  });
});
