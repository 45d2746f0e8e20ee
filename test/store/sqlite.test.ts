import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, type Store, StoreError } from "../../src/store/index.js";
import { migrationProvider } from "../../src/store/migrations/index.js";
import { storeContract } from "./store-contract.js";

const dir = mkdtempSync(join(tmpdir(), "dokker-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Which file each Store was opened on, so `peer` can open a second connection to it. */
const urls = new WeakMap<Store, string>();
let files = 0;

async function openFile(url: string): Promise<Store> {
  const store = await openStore(url);
  urls.set(store, url);
  return store;
}

storeContract("sqlite in-memory", () => openStore("sqlite::memory:"));

storeContract(
  "sqlite file (two connections)",
  () => openFile(`sqlite:${join(dir, `db-${++files}.sqlite`)}`),
  {
    peer: (store) => {
      const url = urls.get(store);
      if (!url) throw new Error("store was not opened by this suite");
      return openFile(url);
    },
  },
);

describe("SQLite specifics", () => {
  it("GIVEN a path in a missing directory THEN it is created and the database is in WAL mode", async () => {
    const file = join(dir, "nested", "deeper", "bot.db");
    const store = await openStore(`sqlite:${file}`);
    await store.profiles.update("telegram:1", { locale: "en" });
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(store.dialect).toBe("sqlite");
    await store.close();

    const raw = new BetterSqlite3(file, { readonly: true });
    try {
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").all();
      expect(tables.map((t) => (t as { name: string }).name)).toEqual(
        expect.arrayContaining(["blocks", "profiles", "reminders", "ticket_messages", "tickets"]),
      );
    } finally {
      raw.close();
    }
  });

  it("GIVEN several stores opening one new file at once THEN migrations run once and all work", async () => {
    const url = `sqlite:${join(dir, "concurrent.db")}`;
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(url)));
    try {
      await Promise.all(stores.map((s, i) => s.updates.claim("telegram", String(i))));
      const raw = new BetterSqlite3(url.slice("sqlite:".length), { readonly: true });
      const rows = raw.prepare("select name from kysely_migration").all();
      raw.close();
      // Each migration once, in order, although four stores migrated at the same time.
      const names = Object.keys(await migrationProvider("sqlite").getMigrations()).sort();
      expect(names[0]).toBe("001-initial");
      expect(rows).toEqual(names.map((name) => ({ name })));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("GIVEN an unsupported URL THEN openStore rejects with store.bad-url and no secret in the message", async () => {
    const error = await openStore("mysql://root:hunter2@db/bot").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: "store.bad-url" });
    expect(String((error as Error).message)).not.toContain("hunter2");
  });
});
