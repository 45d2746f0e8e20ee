import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createReminderWorker } from "../../src/app-support.js";
import { createBot } from "../../src/bot/index.js";
import { replyToPlainText } from "../../src/core/reply.js";
import { openStore, type Store } from "../../src/store/index.js";
import { createLockoutReminders } from "../../src/support/reminders/schedule.js";
import { memoryLogger } from "../support/logger.js";
import { dropSchemas, FakeMessenger, openTestStore, PG_URL, PREFIX, pgUrlFor, T0 } from "./harness.js";

afterAll(dropSchemas);

const { logger } = memoryLogger("silent");
const MIN = 60_000;

function userCtx(store: Store, now: number) {
  return {
    locale: "fr" as const,
    user: { platform: "telegram" as const, id: "42" },
    conversation: "telegram:42",
    chat: "private" as const,
    now: new Date(now),
    services: { reminders: createLockoutReminders(store) },
  };
}

function worker(store: Store, messenger: FakeMessenger, instanceId = "test-1", batch = 50) {
  return createReminderWorker({ store, messenger, logger, instanceId, pollMs: 60_000, batch });
}

describe("lockout reminders", () => {
  it("GIVEN the 'Wrong code' button THEN a reminder is stored for now + the wait, and sent then with the PIN", async () => {
    const store = await openTestStore("sqlite");
    const bot = createBot({ logger });
    const reply = await bot.runAction("lo.w:3.V284", userCtx(store, T0));
    expect(reply.outcome).toBe("lockout.ok");
    const messenger = new FakeMessenger();
    const w = worker(store, messenger);

    expect(await w.tick(T0 + 4 * MIN - 1)).toBe(0);
    expect(messenger.sent).toHaveLength(0);
    expect(await w.tick(T0 + 4 * MIN)).toBe(1);
    const [sent] = messenger.sent;
    expect(sent?.conversation).toBe("telegram:42");
    expect(sent?.reply.locale).toBe("fr");
    const body = replyToPlainText(sent?.reply ?? { locale: "en", sections: [], actions: [], outcome: "" });
    expect(body).toContain("4727");
    expect(body).toContain("V284");
    expect(sent?.reply.actions.map((a) => `${a.id}:${a.payload}`)).toEqual(["lo.w:4.V284"]);
    expect(await w.tick(T0 + 10 * MIN)).toBe(0);
    expect(messenger.sent).toHaveLength(1);
    await store.close();
  });

  it("GIVEN /lockout 3 THEN no reminder yet but a 'Remind me' button; its tap stores one, sent when the wait is over", async () => {
    const store = await openTestStore("sqlite");
    const bot = createBot({ logger });
    const info = await bot.runText("/lockout 3", userCtx(store, T0));
    expect(info?.outcome).toBe("lockout.ok");
    expect(info?.actions.map((a) => a.label)).toEqual([
      "Me le rappeler dans 4 minutes",
      "Encore refusé (code erroné 4)",
    ]);
    const messenger = new FakeMessenger();
    const w = worker(store, messenger);
    expect(await w.tick(T0 + 60 * MIN)).toBe(0);

    const remind = info?.actions[0];
    const tapped = await bot.runAction(`${remind?.id}:${remind?.payload}`, userCtx(store, T0 + MIN));
    expect(replyToPlainText(tapped)).toContain("Je vous enverrai un message");
    expect(tapped.actions.map((a) => a.label)).toEqual(["Encore refusé (code erroné 4)"]);
    expect(await w.tick(T0 + 5 * MIN - 1)).toBe(0);
    expect(await w.tick(T0 + 5 * MIN)).toBe(1);
    expect(messenger.sent[0]?.conversation).toBe("telegram:42");
    await store.close();
  });

  it("GIVEN a newer wrong code THEN it replaces the pending reminder", async () => {
    const store = await openTestStore("sqlite");
    const bot = createBot({ logger });
    await bot.runAction("lo.w:1.V284", userCtx(store, T0));
    await bot.runAction("lo.w:2.V284", userCtx(store, T0 + 30_000));
    expect(await store.reminders.countPending()).toBe(1);
    const messenger = new FakeMessenger();
    expect(await worker(store, messenger).tick(T0 + MIN)).toBe(0); // the 1-minute one was replaced
    expect(await worker(store, messenger).tick(T0 + 30_000 + 2 * MIN)).toBe(1);
    expect(
      replyToPlainText(messenger.sent[0]?.reply ?? { locale: "en", sections: [], actions: [], outcome: "" }),
    ).toMatch(/n° 2/);
    await store.close();
  });

  it("GIVEN a restart THEN a new worker on the same database sends overdue reminders at once", async () => {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), "dokker-rem-")), "bot.db")}`;
    const before = await openStore(url);
    await createBot({ logger }).runAction("lo.w:1.A123", userCtx(before, T0));
    await before.close(); // "crash" before the reminder was due

    const after = await openStore(url);
    const messenger = new FakeMessenger();
    const w = createReminderWorker({
      store: after,
      messenger,
      logger,
      instanceId: "restarted",
      pollMs: 60_000,
      clock: () => T0 + 60 * MIN,
    });
    w.start(); // the first round runs immediately
    await w.stop();
    expect(messenger.sent).toHaveLength(1);
    expect(
      replyToPlainText(messenger.sent[0]?.reply ?? { locale: "en", sections: [], actions: [], outcome: "" }),
    ).toContain("0086");
    expect(await after.reminders.countPending()).toBe(0);
    await after.close();
  });

  it("GIVEN the user blocked the bot THEN the reminder is marked failed and not retried", async () => {
    const store = await openTestStore("sqlite");
    await createBot({ logger }).runAction("lo.w:1", userCtx(store, T0));
    const messenger = new FakeMessenger();
    messenger.unreachable.add("telegram:42");
    const w = worker(store, messenger);
    expect(await w.tick(T0 + MIN)).toBe(0);
    messenger.unreachable.clear();
    expect(await w.tick(T0 + 365 * 24 * 60 * MIN)).toBe(0);
    expect(messenger.sent).toHaveLength(0);
    expect(await store.reminders.countPending()).toBe(0);
    expect((await store.reminders.get(1))?.status).toBe("failed");
    await store.close();
  });

  it("GIVEN a transient send error THEN the reminder is retried later", async () => {
    const store = await openTestStore("sqlite");
    await createBot({ logger }).runAction("lo.w:1", userCtx(store, T0));
    let fail = true;
    const flaky = new FakeMessenger();
    const original = flaky.send.bind(flaky);
    flaky.send = async (c, r) => {
      if (fail) throw new Error("429 Too Many Requests");
      return original(c, r);
    };
    const w = worker(store, flaky);
    expect(await w.tick(T0 + MIN)).toBe(0);
    fail = false;
    expect(await w.tick(T0 + MIN + 1_000)).toBe(0); // backoff: not yet
    expect(await w.tick(T0 + MIN + 30_000)).toBe(1);
    expect((await store.reminders.get(1))?.attempts).toBe(1);
    await store.close();
  });

  (PG_URL ? it : it.skip)(
    "GIVEN two instances on one PostgreSQL database and 1,000 due reminders THEN each is sent exactly once",
    async () => {
      const schema = `${PREFIX}_two`;
      const a = await openTestStore("postgres", schema);
      const b = await openStore(pgUrlFor(schema), { poolSize: 4 });
      for (let i = 0; i < 1000; i += 100) {
        await Promise.all(
          Array.from({ length: 100 }, (_, j) =>
            a.reminders.schedule({
              userKey: `telegram:${i + j}`,
              platform: "telegram",
              conversation: `telegram:${i + j}`,
              locale: "en",
              dueAt: T0,
              kind: "lockout",
              payload: { attempt: 1, precode: "V284" },
            }),
          ),
        );
      }
      const messenger = new FakeMessenger(); // one recorder shared by both instances
      const wa = worker(a, messenger, "instance-a", 40);
      const wb = worker(b, messenger, "instance-b", 40);
      const drain = async (w: ReturnType<typeof worker>) => {
        let total = 0;
        for (;;) {
          const n = await w.tick(T0 + MIN);
          total += n;
          if (n === 0 && (await a.reminders.countPending()) === 0) return total;
        }
      };
      const [na, nb] = await Promise.all([drain(wa), drain(wb)]);
      expect(na + nb).toBe(1000);
      expect(na).toBeGreaterThan(0);
      expect(nb).toBeGreaterThan(0);
      const conversations = messenger.sent.map((s) => s.conversation);
      expect(conversations).toHaveLength(1000);
      expect(new Set(conversations).size).toBe(1000);
      await b.close();
      await a.close();
    },
    60_000,
  );
});
