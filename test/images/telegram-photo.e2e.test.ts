/**
 * End to end through the Telegram fake and the real bot process: a label photo in a private chat
 * → "Is it V284?" with [Yes, decode] → tap → the PIN with the entry steps, and the faceplate
 * picture uploaded as a photo (bytes, never a link).
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram, type StoredMessage } from "../fakes/telegram/index.js";
import { botEnv, TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";
import { renderOwnLabel } from "./own-labels.js";

let fake: FakeTelegram;
let bot: BotProcess;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN });
  bot = await spawnBot(botEnv(fake.apiRoot, tempDatabaseUrl()));
}, 60_000);
afterAll(async () => {
  if (bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake.close();
});

const buttons = (m: StoredMessage) =>
  (m.reply_markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data }));

describe("Telegram: label photo → proposed pre-code → tap → PIN, steps and picture", () => {
  it("works through the fake Bot API", async () => {
    const user = 7301;
    const photo = await renderOwnLabel({
      lines: ["DACIA RADIO CD", "PRE CODE: V284"],
      angle: 5,
      barcode: true,
    });
    fake.userMessage({ from: { id: user }, photo });
    const proposal = await fake.waitFor(
      () => fake.sentMessages(user).find((m) => (m.text ?? "").includes("Is it V284?")),
      30_000,
    );
    expect(buttons(proposal)).toEqual([
      { text: "Yes, decode", data: "dk.d:V284" },
      { text: "No", data: "lb.n" },
    ]);
    expect(fake.sentMessages(user).some((m) => (m.text ?? "").includes("4727"))).toBe(false);

    fake.callbackQuery({ message: proposal, data: "dk.d:V284", from: { id: user } });
    const pin = await fake.waitFor(
      () => fake.sentMessages(user).find((m) => (m.text ?? "").includes("4727")),
      15_000,
    );
    expect(pin.text).toContain("Press button 1 until the first digit shows 4");
    const picture = await fake.waitFor(
      () => fake.sentMessages(user).find((m) => m.method === "sendPhoto"),
      15_000,
    );
    const bytes = Buffer.from(picture.files[0]?.bytes ?? []);
    expect((await sharp(bytes).metadata()).format).toBe("png");
  });
});
