import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile, ProfilePatch } from "../../../src/store/index.js";
import { type Harness, T0 } from "./harness.js";

const nullableText = fc.option(fc.string({ maxLength: 20 }), { nil: null });
const patchArb: fc.Arbitrary<ProfilePatch> = fc.record(
  {
    locale: fc.option(fc.constantFrom("en", "de", "fr", "ro"), { nil: null }),
    lastPrecode: nullableText,
    lastPin: fc.option(fc.stringMatching(/^\d{4}$/), { nil: null }),
    radioType: nullableText,
    wrongAttempts: fc.nat({ max: 1000 }),
    lastWrongAt: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: null }),
    displayName: nullableText,
    platformData: fc.dictionary(
      fc.stringMatching(/^[a-z]{1,8}$/),
      fc.oneof(fc.string(), fc.integer(), fc.boolean()),
    ),
    lastTopic: fc.option(fc.constantFrom("decode", "error-code-lock", "enter-code"), { nil: null }),
    lastTopicAt: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: null }),
  },
  { requiredKeys: [] },
);

type Model = Omit<Profile, "userKey" | "createdAt" | "updatedAt">;
const EMPTY: Model = {
  locale: null,
  lastPrecode: null,
  lastPin: null,
  radioType: null,
  wrongAttempts: 0,
  lastWrongAt: null,
  displayName: null,
  platformData: {},
  conversationLocale: null,
  lastTopic: null,
  lastTopicAt: null,
};

export function profilesContract(h: Harness): void {
  describe("profiles", () => {
    it("GIVEN an unknown user THEN get returns null", async () => {
      const store = await h.open();
      expect(await store.profiles.get("telegram:404")).toBeNull();
    });

    it("GIVEN partial patches THEN absent fields are kept, null clears, createdAt stays", async () => {
      const store = await h.open();
      expect(await store.profiles.update("discord:1", { locale: "de", lastPin: "1234" }, T0)).toBe(true);
      const first = await store.profiles.get("discord:1");
      expect(first).toMatchObject({ userKey: "discord:1", locale: "de", lastPin: "1234", wrongAttempts: 0 });
      expect(first?.createdAt).toBe(T0);

      expect(
        await store.profiles.update("discord:1", { wrongAttempts: 2, lastWrongAt: T0 + 5 }, T0 + 10),
      ).toBe(true);
      const second = await store.profiles.get("discord:1");
      expect(second).toMatchObject({ locale: "de", lastPin: "1234", wrongAttempts: 2, lastWrongAt: T0 + 5 });
      expect(second?.createdAt).toBe(T0);
      expect(second?.updatedAt).toBe(T0 + 10);

      await store.profiles.update("discord:1", { lastPin: null, platformData: { dm: "99" } }, T0 + 20);
      expect(await store.profiles.get("discord:1")).toMatchObject({
        locale: "de",
        lastPin: null,
        platformData: { dm: "99" },
      });
    });

    it("GIVEN a patch the profile already holds THEN nothing is written (updatedAt stays) and update says so", async () => {
      const store = await h.open();
      expect(await store.profiles.update("telegram:5", { lastPrecode: "V284", lastPin: "4727" }, T0)).toBe(
        true,
      );
      expect(
        await store.profiles.update("telegram:5", { lastPrecode: "V284", lastPin: "4727" }, T0 + 10),
      ).toBe(false);
      expect(await store.profiles.update("telegram:5", { lastPrecode: "V284" }, T0 + 20)).toBe(false);
      expect((await store.profiles.get("telegram:5"))?.updatedAt).toBe(T0);
      // One changed column among unchanged ones is written, with the rest.
      expect(await store.profiles.update("telegram:5", { lastPrecode: "V284", lastPin: null }, T0 + 30)).toBe(
        true,
      );
      expect(await store.profiles.get("telegram:5")).toMatchObject({ lastPin: null, updatedAt: T0 + 30 });
      expect(await store.profiles.update("telegram:5", { lastPin: null }, T0 + 40)).toBe(false);
    });

    it("GIVEN forget THEN the profile is gone and a second forget reports nothing to delete", async () => {
      const store = await h.open();
      await store.profiles.update("telegram:7", { locale: "en" });
      expect(await store.profiles.forget("telegram:7")).toBe(true);
      expect(await store.profiles.get("telegram:7")).toBeNull();
      expect(await store.profiles.forget("telegram:7")).toBe(false);
    });

    it("GIVEN concurrent first updates of different fields THEN none is lost", async () => {
      const store = await h.open();
      const other = await h.sibling(store);
      await Promise.all([
        store.profiles.update("telegram:8", { locale: "fr" }),
        other.profiles.update("telegram:8", { radioType: "Update List" }),
        store.profiles.update("telegram:8", { lastPrecode: "V123" }),
        other.profiles.update("telegram:8", { displayName: "Ana" }),
      ]);
      expect(await store.profiles.get("telegram:8")).toMatchObject({
        locale: "fr",
        radioType: "Update List",
        lastPrecode: "V123",
        displayName: "Ana",
      });
    });

    it("PROPERTY: any sequence of patches reads back as their left fold", async () => {
      const store = await h.open();
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(patchArb, { minLength: 1, maxLength: 5 }), async (patches) => {
          const userKey = `telegram:prop-${run++}`;
          let model: Model = { ...EMPTY };
          for (const patch of patches) {
            await store.profiles.update(userKey, patch);
            const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
            model = { ...model, ...defined };
          }
          const stored = await store.profiles.get(userKey);
          expect(stored).not.toBeNull();
          const { userKey: _k, createdAt: _c, updatedAt: _u, ...rest } = stored as Profile;
          expect(rest).toEqual(model);
        }),
        { numRuns: 40 },
      );
    });
  });
}
