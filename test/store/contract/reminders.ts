import { describe, expect, it } from "vitest";
import {
  DEFAULT_REMINDER_LEASE_MS,
  DEFAULT_REMINDER_MAX_ATTEMPTS,
  type NewReminder,
  type Store,
} from "../../../src/store/index.js";
import { type Harness, T0, user } from "./harness.js";

function reminder(n: number | string, dueAt: number, extra: Partial<NewReminder> = {}): NewReminder {
  return { ...user(n), platform: "telegram", locale: "en", dueAt, kind: "lockout", at: T0, ...extra };
}

/** Claims in batches until the queue is empty, as a delivery loop would. */
async function drain(store: Store, instanceId: string, now: number, batch: number): Promise<number[]> {
  const ids: number[] = [];
  for (;;) {
    const claimed = await store.reminders.claimDue(now, batch, instanceId);
    if (claimed.length === 0) return ids;
    for (const r of claimed) {
      expect(r.claimedBy).toBe(instanceId);
      ids.push(r.id);
    }
  }
}

export function remindersContract(h: Harness): void {
  describe("reminders", () => {
    it("GIVEN scheduled reminders THEN only due ones are claimed, once, in due order", async () => {
      const store = await h.open();
      const late = await store.reminders.schedule(reminder(1, T0 + 300, { payload: { waitMinutes: 60 } }));
      const early = await store.reminders.schedule(reminder(2, T0 + 100));
      const future = await store.reminders.schedule(reminder(3, T0 + 10_000));
      expect(await store.reminders.countPending()).toBe(3);

      const claimed = await store.reminders.claimDue(T0 + 300, 10, "a");
      expect(claimed.map((r) => r.id)).toEqual([early, late]);
      expect(claimed[1]).toMatchObject({
        userKey: "telegram:1",
        conversation: "telegram:1",
        kind: "lockout",
        payload: { waitMinutes: 60 },
        dueAt: T0 + 300,
        status: "pending",
        attempts: 0,
        claimedBy: "a",
        claimedAt: T0 + 300,
      });
      expect(await store.reminders.claimDue(T0 + 300, 10, "b")).toEqual([]);
      expect(await store.reminders.claimDue(T0 + 300, 0, "b")).toEqual([]);

      expect(await store.reminders.markSent(early, T0 + 301)).toBe(true);
      expect(await store.reminders.markSent(early, T0 + 302)).toBe(false);
      expect(await store.reminders.get(early)).toMatchObject({ status: "sent", sentAt: T0 + 301 });
      expect(await store.reminders.countPending()).toBe(2);
      expect((await store.reminders.get(future))?.claimedBy).toBeNull();
    });

    it("GIVEN cancelFor THEN cancelled reminders are never claimed; replace keeps only the newest", async () => {
      const store = await h.open();
      await store.reminders.schedule(reminder(1, T0));
      await store.reminders.schedule(reminder(1, T0, { kind: "ticket-followup" }));
      await store.reminders.schedule(reminder(2, T0));
      expect(await store.reminders.cancelFor("telegram:1", "lockout")).toBe(1);
      expect(await store.reminders.cancelFor("telegram:1", "lockout")).toBe(0);
      expect((await store.reminders.claimDue(T0, 10, "a")).map((r) => [r.userKey, r.kind])).toEqual([
        ["telegram:1", "ticket-followup"],
        ["telegram:2", "lockout"],
      ]);

      await store.reminders.schedule(reminder(3, T0 + 10));
      await store.reminders.schedule(reminder(3, T0 + 20, { kind: "other" }));
      const newest = await store.reminders.schedule(reminder(3, T0 + 30, { replace: true }));
      const due = await store.reminders.claimDue(T0 + 100, 10, "a");
      expect(due.map((r) => [r.id, r.kind])).toEqual([
        [due[0]?.id, "other"],
        [newest, "lockout"],
      ]);
      await store.reminders.schedule(reminder(4, T0));
      await store.reminders.schedule(reminder(4, T0, { kind: "other" }));
      expect(await store.reminders.cancelFor("telegram:4")).toBe(2);
    });

    it("GIVEN 1,000 due reminders and two instances draining concurrently THEN each is claimed exactly once", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      const scheduled = new Set<number>();
      for (let i = 0; i < 1000; i += 100) {
        const ids = await Promise.all(
          Array.from({ length: 100 }, (_, j) =>
            store.reminders.schedule(reminder(i + j, T0 + ((i + j) % 17))),
          ),
        );
        for (const id of ids) scheduled.add(id);
      }
      expect(scheduled.size).toBe(1000);

      const [a, b] = await Promise.all([
        drain(store, "instance-a", T0 + 100, 25),
        drain(other, "instance-b", T0 + 100, 25),
      ]);
      const all = [...a, ...b];
      expect(all).toHaveLength(1000);
      expect(new Set(all)).toEqual(scheduled);
    });

    it("GIVEN a claim whose instance died THEN another instance takes it over only after the lease", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      const id = await store.reminders.schedule(reminder(1, T0));
      expect((await store.reminders.claimDue(T0, 10, "crashed")).map((r) => r.id)).toEqual([id]);
      expect(await other.reminders.claimDue(T0 + DEFAULT_REMINDER_LEASE_MS - 1, 10, "b")).toEqual([]);
      const taken = await other.reminders.claimDue(T0 + DEFAULT_REMINDER_LEASE_MS + 1, 10, "b");
      expect(taken.map((r) => [r.id, r.claimedBy])).toEqual([[id, "b"]]);
      expect(await store.reminders.claimDue(T0 + DEFAULT_REMINDER_LEASE_MS + 2, 10, "c")).toEqual([]);
    });

    it("GIVEN failed sends THEN release retries at retryAt and gives up after the maximum attempts", async () => {
      const store = await h.open();
      const id = await store.reminders.schedule(reminder(1, T0));
      let now = T0;
      for (let attempt = 1; attempt < DEFAULT_REMINDER_MAX_ATTEMPTS; attempt++) {
        expect((await store.reminders.claimDue(now, 1, "a")).map((r) => r.id)).toEqual([id]);
        expect(await store.reminders.release(id, { retryAt: now + 1000, error: `429 #${attempt}` })).toBe(
          "pending",
        );
        // Released: not claimable before retryAt even though nobody holds it.
        expect(await store.reminders.claimDue(now + 999, 1, "a")).toEqual([]);
        now += 1000;
        expect(await store.reminders.get(id)).toMatchObject({
          attempts: attempt,
          lastError: `429 #${attempt}`,
          dueAt: now,
          claimedBy: null,
        });
      }
      expect(await store.reminders.claimDue(now, 1, "a")).toHaveLength(1);
      expect(await store.reminders.release(id, { retryAt: now + 1000, error: "blocked" })).toBe("failed");
      expect(await store.reminders.claimDue(now + 10 ** 9, 1, "a")).toEqual([]);
      expect(await store.reminders.get(id)).toMatchObject({
        status: "failed",
        attempts: DEFAULT_REMINDER_MAX_ATTEMPTS,
      });
      expect(await store.reminders.release(id, { retryAt: now, error: "again" })).toBeNull();
      expect(await store.reminders.countPending()).toBe(0);
    });

    it("GIVEN an unreachable recipient THEN markFailed gives the claimed reminder up at once, and only a pending one", async () => {
      const store = await h.open();
      const id = await store.reminders.schedule(reminder(1, T0));
      const other = await store.reminders.schedule(reminder(2, T0));
      expect((await store.reminders.claimDue(T0, 1, "a")).map((r) => r.id)).toEqual([id]);
      expect(await store.reminders.markFailed(id, "403: bot was blocked by the user", T0 + 5)).toBe(true);
      expect(await store.reminders.get(id)).toMatchObject({
        status: "failed",
        attempts: 0,
        lastError: "403: bot was blocked by the user",
        claimedBy: null,
      });
      expect(await store.reminders.claimDue(T0 + 10 ** 9, 5, "b")).toMatchObject([{ id: other }]);
      expect(await store.reminders.markFailed(id, "again")).toBe(false);
      expect(await store.reminders.markSent(id)).toBe(false);
      expect(await store.reminders.countPending()).toBe(1);
    });
  });
}
