import { describe, expect, it } from "vitest";
import type { NewOutboxRow } from "../../../src/store/index.js";
import { type Harness, T0 } from "./harness.js";

const row = (conversation: string, text: string, extra: Partial<NewOutboxRow> = {}): NewOutboxRow => ({
  platform: "telegram",
  conversation,
  userKey: `user:${conversation}`,
  kind: "reply",
  payload: { method: "sendMessage", params: { text } },
  ...extra,
});

const claimAll = (store: Awaited<ReturnType<Harness["open"]>>, now: number, owner = "a", limit = 100) =>
  store.outbox.claim({ now, limit, owner, platforms: ["telegram"], leaseMs: 30_000 });

export function outboxContract(h: Harness): void {
  describe("outbox", () => {
    it("GIVEN rows with a claim THEN both are written; the same claim again writes nothing", async () => {
      const store = await h.open();
      const first = await store.outbox.enqueue([row("c1", "a"), row("c1", "b")], {
        claim: { source: "telegram", updateId: "7" },
        at: T0,
      });
      expect(first.accepted).toBe(true);
      expect(first.ids).toHaveLength(2);
      const again = await store.outbox.enqueue([row("c1", "c")], {
        claim: { source: "telegram", updateId: "7" },
        at: T0,
      });
      expect(again).toEqual({ accepted: false, ids: [] });
      expect((await store.outbox.stats(T0)).pending).toBe(2);
      // The claim is the update repository's: it too sees the update as handled.
      expect(await store.updates.claim("telegram", "7", T0)).toBe(false);
    });

    it("GIVEN three rows of one conversation THEN only the head is claimable until it is sent", async () => {
      const store = await h.open();
      await store.outbox.enqueue([row("c1", "1"), row("c1", "2"), row("c2", "x")], { at: T0 });
      const first = await claimAll(store, T0);
      expect(first.map((r) => r.payload.params)).toEqual([{ text: "1" }, { text: "x" }]);
      expect(await claimAll(store, T0)).toEqual([]); // leased, and the second row waits behind its head
      await store.outbox.markSent(first[0]?.id ?? 0, "m1", T0 + 1);
      const second = await claimAll(store, T0 + 2);
      expect(second.map((r) => r.payload.params)).toEqual([{ text: "2" }]);
      expect(second[0]?.seq).toBe(2);
      // A later update's row follows the conversation's last one, and other conversations start at 1.
      await store.outbox.enqueue([row("c1", "3"), row("c3", "y")], { at: T0 + 3 });
      await store.outbox.markSent(second[0]?.id ?? 0, null, T0 + 4);
      const third = await claimAll(store, T0 + 5);
      expect(third.map((r) => [r.conversation, r.seq, r.payload.params])).toEqual([
        ["c1", 3, { text: "3" }],
        ["c3", 1, { text: "y" }],
      ]);
    });

    it("GIVEN a sent row THEN its text is gone and only the message id stays", async () => {
      const store = await h.open();
      await store.outbox.enqueue([row("c9", "secret words")], { at: T0 });
      const [r] = await claimAll(store, T0);
      await store.outbox.markSent(r?.id ?? 0, "4242", T0 + 5);
      expect(await claimAll(store, T0 + 10)).toEqual([]);
      expect(await store.outbox.stats(T0 + 10)).toEqual({ pending: 0, oldestDueMs: 0 });
      expect(await store.outbox.purgeFinishedBefore(T0 + 6)).toBe(1);
    });

    it("GIVEN a rescheduled row THEN it is due again only at its time, and a lost lease comes back flagged", async () => {
      const store = await h.open();
      await store.outbox.enqueue([row("c3", "r")], { at: T0 });
      const [r] = await claimAll(store, T0);
      await store.outbox.reschedule(r?.id ?? 0, T0 + 1000, "429");
      expect(await claimAll(store, T0 + 999)).toEqual([]);
      expect(await store.outbox.nextDueAt(["telegram"])).toBe(T0 + 1000);
      const [again] = await claimAll(store, T0 + 1000);
      expect(again?.attempts).toBe(1);
      expect(again?.resumed).toBe(false);
      // The instance holding it dies: after the lease it is claimable again, flagged resumed.
      const [lost] = await claimAll(store, T0 + 1000 + 30_001, "b");
      expect(lost?.id).toBe(again?.id);
      expect(lost?.resumed).toBe(true);
    });

    it("GIVEN failed and erased rows THEN failed rows stop the queue no more and erase removes a user's rows", async () => {
      const store = await h.open();
      await store.outbox.enqueue([row("c4", "1"), row("c4", "2"), row("c5", "other", { userKey: "u5" })], {
        at: T0,
      });
      const [head] = await claimAll(store, T0, "a", 1);
      await store.outbox.finish(head?.id ?? 0, "failed", "forbidden: blocked", T0);
      const next = await claimAll(store, T0);
      expect(next.map((r) => r.payload.params)).toEqual([{ text: "2" }, { text: "other" }]);
      expect(await store.outbox.eraseUser("u5")).toBe(1);
      expect(await store.outbox.eraseUser("user:c4")).toBe(2);
    });

    it("GIVEN leases renewed THEN the rows stay with their owner past the first lease", async () => {
      const store = await h.open();
      await store.outbox.enqueue([row("c7", "1")], { at: T0 });
      expect(await claimAll(store, T0, "a")).toHaveLength(1);
      expect(await store.outbox.renewLeases("a", T0 + 60_000)).toBe(1);
      expect(await claimAll(store, T0 + 30_001, "b")).toEqual([]);
      expect(await claimAll(store, T0 + 60_001, "b")).toHaveLength(1);
    });

    it("GIVEN leases released THEN the rows are claimable at once (restart of a single instance)", async () => {
      const store = await h.open();
      await store.outbox.enqueue([row("c6", "1")], { at: T0 });
      expect(await claimAll(store, T0, "dead")).toHaveLength(1);
      expect(await store.outbox.releaseLeases()).toBe(1);
      expect(await claimAll(store, T0, "alive")).toHaveLength(1);
    });

    it("GIVEN budget reservations THEN slots never overlap, also from two instances", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      const firsts = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : store).outbox.reserve("tg:bot", 3, 10, T0)),
      );
      const slots = firsts.flatMap((f) => [f, f + 10, f + 20]).sort((a, b) => a - b);
      expect(new Set(slots).size).toBe(60);
      expect(slots[0]).toBe(T0);
      expect(slots.at(-1)).toBe(T0 + 590);
    });

    it("GIVEN two instances claiming at once THEN every row is leased to exactly one of them", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      await store.outbox.enqueue(
        Array.from({ length: 60 }, (_, i) => row(`k${i}`, String(i))),
        { at: T0 },
      );
      const [a, b] = await Promise.all([claimAll(store, T0, "a", 40), claimAll(other, T0, "b", 40)]);
      const ids = [...(a ?? []), ...(b ?? [])].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(60);
    });
  });
}
