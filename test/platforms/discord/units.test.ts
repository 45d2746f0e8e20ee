/** Small pure pieces: conversation ids, error mapping and the 3-second deadline helper. */
import { DiscordAPIError } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDiscord } from "../../../src/platforms/discord/errors.js";
import { decodeConversation, encodeConversation } from "../../../src/platforms/discord/ids.js";
import { withDeadline } from "../../../src/platforms/discord/respond.js";

const snowflake = fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }).map(String);
const apiError = (status: number, code: number) =>
  new DiscordAPIError({ code, message: "x" }, code, status, "POST", "https://discord.test/api/v10/x", {});

describe("Discord conversation ids", () => {
  it("GIVEN any channel or DM target THEN decode(encode(x)) is x", () => {
    fc.assert(
      fc.property(snowflake, fc.boolean(), (id, dm) => {
        const c = dm ? ({ kind: "dm", userId: id } as const) : ({ kind: "channel", channelId: id } as const);
        expect(decodeConversation(encodeConversation(c))).toEqual(c);
      }),
      { seed: 11 },
    );
  });

  it("GIVEN the documented forms THEN they encode as discord:{channelId} and discord:dm:{userId}", () => {
    expect(encodeConversation({ kind: "channel", channelId: "42" })).toBe("discord:42");
    expect(encodeConversation({ kind: "dm", userId: "7" })).toBe("discord:dm:7");
  });

  it("GIVEN ids of other platforms or malformed ones THEN decode returns undefined", () => {
    for (const bad of [
      "telegram:1",
      "discord:",
      "discord:dm:",
      "discord:abc",
      "discord:1:2",
      "console:local",
    ]) {
      expect(decodeConversation(bad)).toBeUndefined();
    }
  });
});

describe("Discord errors", () => {
  it("GIVEN 50007 THEN unreachable (dms-closed); 401 THEN unauthorized; 50013 refused; other failures network", () => {
    expect(fromDiscord(apiError(403, 50007), { method: "dm" })).toMatchObject({
      kind: "unreachable",
      reason: "dms-closed",
      platform: "discord",
      method: "dm",
    });
    expect(fromDiscord(apiError(401, 0)).kind).toBe("unauthorized");
    expect(fromDiscord(apiError(403, 50013))).toMatchObject({
      kind: "refused",
      reason: "missing-permissions",
    });
    expect(fromDiscord(apiError(403, 50083))).toMatchObject({ kind: "refused", reason: "thread-archived" });
    expect(fromDiscord(new TypeError("fetch failed")).kind).toBe("network");
  });
});

describe("withDeadline", () => {
  const sleep = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

  it("GIVEN fast work THEN no defer", async () => {
    let deferred = 0;
    const out = await withDeadline(sleep(5, "ok"), 200, async () => {
      deferred += 1;
    });
    expect(out).toEqual({ value: "ok", deferred: false });
    expect(deferred).toBe(0);
  });

  it("GIVEN slow work THEN defer once, before the value is returned", async () => {
    const events: string[] = [];
    const work = sleep(80, "late").then((v) => {
      events.push("work");
      return v;
    });
    const out = await withDeadline(work, 20, async () => {
      events.push("defer");
    });
    expect(out).toEqual({ value: "late", deferred: true });
    expect(events).toEqual(["defer", "work"]);
  });

  it("GIVEN failing work THEN the error is rethrown (after a defer if it was slow)", async () => {
    await expect(withDeadline(Promise.reject(new Error("boom")), 50, async () => {})).rejects.toThrow("boom");
    let deferred = false;
    const slowFail = sleep(40, 0).then(() => {
      throw new Error("late boom");
    });
    await expect(
      withDeadline(slowFail, 10, async () => {
        deferred = true;
      }),
    ).rejects.toThrow("late boom");
    expect(deferred).toBe(true);
  });
});
