/**
 * Any text a user may send in a private chat, through the whole free-text pipeline (pre-codes,
 * wrong-code counts, VINs, small talk, the FAQ) with a real store: it is answered or left
 * silent, never throws; an answer is in one of the six languages; and a PIN is only ever given
 * for a message that holds a pre-code (never one guessed from other text without a tap).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { LOCALES } from "../../src/core/i18n/locales.js";
import { parsePrecode } from "../../src/core/precode.js";
import { openStore } from "../../src/store/index.js";
import { createProfileService } from "../../src/support/privacy/profiles.js";
import { createLockoutReminders } from "../../src/support/reminders/schedule.js";
import { testContext } from "../support/context.js";
import { memoryLogger } from "../support/logger.js";

const store = await openStore("sqlite::memory:");
afterAll(() => store.close());
const bot = createBot({ logger: memoryLogger("silent").logger });
const services = { profiles: createProfileService(store), reminders: createLockoutReminders(store) };

/** Words users write, mixed with arbitrary text: makes the domain paths reachable. */
const WORDS = [
  "radio",
  "code",
  "wrong",
  "3 times",
  "twice",
  "falsch",
  "dreimal",
  "de 2 ori",
  "kez",
  "yanlış",
  "V284",
  "v 2 8 4",
  "A000",
  "T V284",
  "2008",
  "logan",
  "🙏",
  "hello",
  "merci",
  "help",
  "pré-code",
  "VF1FW0ZBC12345678",
  "0000",
  "CODE LOCK",
  "ERROR",
  "?",
  "!",
  "between two tries",
  "1st",
  "wait",
];
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 12 })
    .map((w) => w.join(" ")),
);

describe("any text in a private chat", () => {
  it("is answered in one of the six languages or left silent, never throws, and decodes only a pre-code it holds", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, async (message) => {
        const ctx = testContext({ services, user: { platform: "telegram", id: String(++n) } });
        const reply = await bot.runText(message, ctx);
        if (reply === undefined) return;
        expect(LOCALES).toContain(reply.locale);
        if (reply.outcome === "dokker.ok") expect(parsePrecode(message).ok, message).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
