/**
 * The per-user limits gate against the real store (SQLite in memory): over the limit exactly one
 * notice, then silence for messages; buttons always get the (ephemeral) notice; staff and the
 * terminal are not limited; support requests per day.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandContext } from "../../commands/types.js";
import { createBot } from "../../src/bot/index.js";
import { createRateGate } from "../../src/bot/rate-gate.js";
import { openStore, type Store } from "../../src/store/index.js";
import { memoryLogger } from "../support/logger.js";

let store: Store;
beforeAll(async () => {
  store = await openStore("sqlite::memory:");
});
afterAll(() => store.close());

const { logger } = memoryLogger("silent");
const T0 = Date.UTC(2026, 10, 24, 10, 0, 0);

function ctx(id: string, over: Partial<CommandContext> = {}): CommandContext {
  return {
    locale: "en",
    user: { platform: "telegram", id },
    conversation: `telegram:${id}`,
    chat: "private",
    now: new Date(T0),
    services: {},
    ...over,
  };
}

describe("per-user limits", () => {
  it("GIVEN n messages in one minute THEN min(n, limit) answers, one notice when over, the rest silent", async () => {
    let user = 1000;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 20 }), async (limit, n) => {
        user += 1;
        const gate = createRateGate(
          store.limits,
          { messagesPerMinute: limit, photosPerMinute: 99, ticketsPerDay: 99 },
          logger,
        );
        const bot = createBot({ logger, gate });
        const outcomes: string[] = [];
        for (let i = 0; i < n; i += 1) {
          const reply = await bot.runText("A123", ctx(String(user)));
          outcomes.push(reply?.outcome ?? "silent");
        }
        expect(outcomes.filter((o) => o === "dokker.ok")).toHaveLength(Math.min(n, limit));
        expect(outcomes.filter((o) => o === "limit.messages")).toHaveLength(n > limit ? 1 : 0);
        expect(outcomes.filter((o) => o === "silent")).toHaveLength(Math.max(0, n - limit - 1));
      }),
      { numRuns: 25 },
    );
  });

  it("GIVEN the next minute THEN the user is answered again; buttons over the limit get the notice", async () => {
    const gate = createRateGate(
      store.limits,
      { messagesPerMinute: 2, photosPerMinute: 99, ticketsPerDay: 99 },
      logger,
    );
    const bot = createBot({ logger, gate });
    for (let i = 0; i < 4; i += 1) await bot.runText("A123", ctx("77"));
    const button = await bot.runAction("hp", ctx("77"));
    expect(button).toMatchObject({ outcome: "limit.messages", ephemeral: true });
    const later = await bot.runText("A123", ctx("77", { now: new Date(T0 + 60_000) }));
    expect(later?.outcome).toBe("dokker.ok");
  });

  it("GIVEN photos beyond the per-minute limit THEN one notice, then silence; plain text still counts separately", async () => {
    const gate = createRateGate(
      store.limits,
      { messagesPerMinute: 99, photosPerMinute: 2, ticketsPerDay: 99 },
      logger,
    );
    const bot = createBot({ logger, gate });
    const photo = { name: "label.jpg", contentType: "image/jpeg", size: 3, data: new Uint8Array([1, 2, 3]) };
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const reply = await bot.runText("", ctx("66", { attachments: [photo] }));
      outcomes.push(reply?.outcome ?? "silent");
    }
    expect(outcomes.slice(2)).toEqual(["limit.photos", "silent"]);
    expect(outcomes.slice(0, 2)).not.toContain("limit.photos");
    expect((await bot.runText("A123", ctx("66")))?.outcome).toBe("dokker.ok");
  });

  it("GIVEN staff or the terminal THEN no limit", async () => {
    const gate = createRateGate(
      store.limits,
      { messagesPerMinute: 1, photosPerMinute: 1, ticketsPerDay: 1 },
      logger,
    );
    const bot = createBot({ logger, gate });
    for (let i = 0; i < 5; i += 1) {
      expect((await bot.runText("A123", ctx("88", { staff: true })))?.outcome).toBe("dokker.ok");
      const console = ctx("local", { user: { platform: "console", id: "local" } });
      expect((await bot.runText("A123", console))?.outcome).toBe("dokker.ok");
    }
  });

  it("GIVEN support requests beyond the daily limit THEN a notice naming the limit", async () => {
    const gate = createRateGate(
      store.limits,
      { messagesPerMinute: 99, photosPerMinute: 99, ticketsPerDay: 2 },
      logger,
    );
    const bot = createBot({ logger, gate });
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i += 1)
      outcomes.push((await bot.runText("/support help", ctx("99")))?.outcome ?? "");
    expect(outcomes.slice(0, 2)).not.toContain("limit.tickets");
    expect(outcomes[2]).toBe("limit.tickets");
  });

  it("GIVEN a display name with bidi overrides and NUL THEN handlers see it cleaned", async () => {
    const seen: string[] = [];
    const bot = createBot({
      logger,
      textHandlers: [
        (text, c) => {
          seen.push(`${c.user.displayName}|${text}`);
          return "silent";
        },
      ],
    });
    await bot.runText(
      "hi\u0000 there\u001b[2J",
      ctx("5", { user: { platform: "telegram", id: "5", displayName: "\u202Egnp.exe\u0000 Bob" } }),
    );
    expect(seen).toEqual(["gnp.exe Bob|hi there[2J"]);
  });
});
