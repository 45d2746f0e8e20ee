import { describe, expect, it } from "vitest";
import { type Harness, T0 } from "./harness.js";

export function updatesContract(h: Harness): void {
  describe("updates", () => {
    it("GIVEN the same update twice THEN only the first claim succeeds, per source", async () => {
      const store = await h.open();
      expect(await store.updates.claim("telegram", "1001", T0)).toBe(true);
      expect(await store.updates.claim("telegram", "1001", T0 + 1)).toBe(false);
      expect(await store.updates.claim("discord", "1001", T0)).toBe(true);
    });

    it("GIVEN 40 concurrent claims of one update from two instances THEN exactly one wins", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? other : store).updates.claim("telegram", "42", T0)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it("GIVEN purgeOlderThan THEN only older entries are removed and can be claimed again", async () => {
      const store = await h.open();
      await store.updates.claim("telegram", "old", T0);
      await store.updates.claim("telegram", "new", T0 + 1000);
      expect(await store.updates.purgeOlderThan(T0 + 1000)).toBe(1);
      expect(await store.updates.claim("telegram", "old", T0 + 2000)).toBe(true);
      expect(await store.updates.claim("telegram", "new", T0 + 2000)).toBe(false);
    });
  });
}

export function blocksContract(h: Harness): void {
  describe("blocks", () => {
    it("GIVEN a timed block THEN the user is blocked until, and not at, `until`", async () => {
      const store = await h.open();
      await store.blocks.block("telegram:5", T0 + 60_000, "discord:staff", T0);
      expect(await store.blocks.isBlocked("telegram:5", T0)).toBe(true);
      expect(await store.blocks.isBlocked("telegram:5", T0 + 59_999)).toBe(true);
      expect(await store.blocks.isBlocked("telegram:5", T0 + 60_000)).toBe(false);
      expect(await store.blocks.isBlocked("telegram:6", T0)).toBe(false);
      expect(await store.blocks.get("telegram:5")).toEqual({
        userKey: "telegram:5",
        until: T0 + 60_000,
        by: "discord:staff",
        createdAt: T0,
      });
    });

    it("GIVEN a permanent block, re-block and unblock THEN each takes effect", async () => {
      const store = await h.open();
      await store.blocks.block("discord:9", T0 + 1, "a", T0);
      await store.blocks.block("discord:9", null, "b", T0);
      expect(await store.blocks.isBlocked("discord:9", T0 + 10 ** 9)).toBe(true);
      expect((await store.blocks.get("discord:9"))?.by).toBe("b");
      expect(await store.blocks.unblock("discord:9")).toBe(true);
      expect(await store.blocks.isBlocked("discord:9", T0)).toBe(false);
      expect(await store.blocks.unblock("discord:9")).toBe(false);
    });
  });
}
