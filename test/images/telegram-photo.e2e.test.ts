/**
 * End to end through the Telegram fake and the real bot process: a label photo in a private chat
 * → "Is it …?" with [Yes, decode] → tap → the faceplate picture uploaded as a photo (bytes, never a
 * link) whose caption names the code, then the PIN with the entry steps and the buttons.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram, type StoredMessage } from "../fakes/telegram/index.js";
import { generateLabel } from "../labels/generate.js";
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
    // While the photo was read, the chat showed "typing…" (the fake checks chat and action).
    await fake.waitFor(() =>
      fake
        .callsTo("sendChatAction")
        .some((c) => c.outcome === "ok" && Number(c.params.chat_id) === user && c.params.action === "typing"),
    );

    fake.callbackQuery({ message: proposal, data: "dk.d:V284", from: { id: user } });
    await expectPictureThenSteps(user, "V284", "4727", "Press button 1 until the first digit shows 4");
  });

  it("works for a generated label photo (seed 10 of test/labels, a part-number label: Q565)", async () => {
    const user = 7302;
    const label = await generateLabel(10);
    expect(label.truth).toBe("Q565");
    fake.userMessage({ from: { id: user }, photo: label.jpeg });
    const proposal = await fake.waitFor(
      () => fake.sentMessages(user).find((m) => (m.text ?? "").includes("Is it Q565?")),
      60_000,
    );
    // Q and O look alike on photos: the O one is a tap away.
    expect(proposal.text).toContain("Q and O look alike");
    expect(buttons(proposal)).toEqual([
      { text: "Yes, decode", data: "dk.d:Q565" },
      { text: "O565", data: "dk.d:O565" },
      { text: "No", data: "lb.n" },
    ]);
    fake.callbackQuery({ message: proposal, data: "dk.d:Q565", from: { id: user } });
    await expectPictureThenSteps(user, "Q565", "9401", "Press button 1 until the first digit shows 9");
    // Nothing was decoded before the tap: the only messages naming the PIN came after it.
    const sent = fake.sentMessages(user);
    expect(sent.slice(0, sent.indexOf(proposal) + 1).some((m) => (m.text ?? "").includes("9401"))).toBe(
      false,
    );

    // Another radio type: the text is edited in place and that radio's picture follows it.
    const steps = sent.find((m) => m.method === "sendMessage" && (m.text ?? "").includes("9401"));
    const photos = () => fake.sentMessages(user).filter((m) => m.method === "sendPhoto");
    expect(photos()).toHaveLength(1);
    fake.callbackQuery({ message: steps as StoredMessage, data: "dk.r:Q565.pr", from: { id: user } });
    const second = await fake.waitFor(() => photos()[1], 15_000);
    expect(second.caption).toContain("Code 9401");
    expect(steps?.edits).toBe(1);
    expect(steps?.text).toContain("Plug &amp; Radio");
  });
  it("reads a label sent as an image file (document), not only as a photo", async () => {
    const user = 7303;
    const label = await generateLabel(1);
    fake.userMessage({
      from: { id: user },
      document: { bytes: label.jpeg, fileName: "IMG_2031.jpg", mimeType: "image/jpeg" },
    });
    const proposal = await fake.waitFor(
      () => fake.sentMessages(user).find((m) => (m.text ?? "").includes("Is it U784?")),
      60_000,
    );
    expect(buttons(proposal)[0]).toEqual({ text: "Yes, decode", data: "dk.d:U784" });
  });

  it("answers an image file over the 20 MB bot download limit with 'too large' in the user's language", async () => {
    const user = 7304;
    const label = await generateLabel(1);
    const gets = fake.callsTo("getFile").length;
    fake.userMessage({
      from: { id: user },
      languageCode: "es",
      document: {
        bytes: label.jpeg,
        fileName: "IMG_2032.jpg",
        mimeType: "image/jpeg",
        size: 25 * 1024 * 1024,
      },
    });
    const answer = await fake.waitFor(
      () => fake.sentMessages(user).find((m) => (m.text ?? "").includes("demasiado grande")),
      15_000,
    );
    expect(answer.text).toContain(
      "Esta imagen es demasiado grande (más de 20 MB). Envíe una foto más pequeña de la etiqueta.",
    );
    expect(answer.text).toContain("Escriba el precódigo de la etiqueta");
    expect(fake.callsTo("getFile")).toHaveLength(gets); // the announced size was enough
  });
});

/**
 * The decode's two messages, in this order: the faceplate PNG as a photo captioned "Code 9401: …",
 * then the text with the PIN, the entry steps and the radio-type buttons.
 */
async function expectPictureThenSteps(user: number, precode: string, pin: string, firstStep: string) {
  const text = await fake.waitFor(
    () => fake.sentMessages(user).find((m) => m.method === "sendMessage" && (m.text ?? "").includes(pin)),
    15_000,
  );
  const sent = fake.sentMessages(user);
  const picture = sent.find((m) => m.method === "sendPhoto" && (m.caption ?? "").includes(pin));
  expect(picture?.caption).toBe(`Code ${pin}: buttons 1–4 pressed as marked, then hold the red button.`);
  expect(sent.indexOf(picture as StoredMessage)).toBe(sent.indexOf(text) - 1);
  const bytes = Buffer.from(picture?.files[0]?.bytes ?? []);
  expect((await sharp(bytes).metadata()).format).toBe("png");
  expect(text.text).toContain(firstStep);
  expect(buttons(text).map((b) => b.data)).toContain(`dk.r:${precode}.pr`);
}
