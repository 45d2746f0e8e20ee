import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Platform, parseUserKey, userKey, userKeyOf } from "../../src/core/user-key.js";

const platform = fc.constantFrom<Platform>("console", "telegram", "discord", "web");

describe("user keys", () => {
  it("GIVEN any platform and non-empty id THEN parseUserKey(userKey(p, id)) gives them back", () => {
    fc.assert(
      fc.property(platform, fc.string({ minLength: 1 }), (p, id) => {
        expect(parseUserKey(userKey(p, id))).toEqual({ platform: p, id });
        expect(userKeyOf({ platform: p, id })).toBe(userKey(p, id));
      }),
    );
  });

  it("GIVEN a numeric id THEN the key is the usual spelling", () => {
    expect(userKey("telegram", 12345)).toBe("telegram:12345");
    expect(userKey("telegram", -1001234567890)).toBe("telegram:-1001234567890");
    expect(parseUserKey("web:abc:def")).toEqual({ platform: "web", id: "abc:def" });
  });

  it("GIVEN no platform, an unknown one or an empty id THEN parseUserKey gives undefined", () => {
    for (const key of ["", "12345", ":12345", "telegram:", "slack:1", "consolex", "Telegram:1"]) {
      expect(parseUserKey(key)).toBeUndefined();
    }
  });
});
