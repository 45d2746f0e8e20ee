/**
 * End to end through the Discord fake and the whole bot process (real discord.js client): a photo
 * of a radio label given to `/dokker`, to the "Decode pre-code" menu on a message, or sent in the
 * bot's DM → "Is it U784?" with [Yes, decode] → tap → the PIN with the entry steps and the
 * faceplate picture, uploaded as a PNG and shown in the embed. A file that is no picture, or a photo
 * over the size cap, gets a friendly reply. The label is the held-out generator's seed 1 (tuning range), read confidently.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord, type InteractionResponse } from "../fakes/discord/index.js";
import { imageFormat } from "../fakes/image-bytes.js";
import { generateLabel } from "../labels/generate.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

const TOKEN = "e2e-discord-photo-token.SECRET-0123456789";
const EPHEMERAL = 64;
/** Seed 1 of test/labels/generate.ts: a part-number label printed "…TU784" (U784 → PIN 5273). */
const SEED = 1;
const PRECODE = "U784";
const PIN = "5273";
const OCR_WAIT_MS = 60_000;

let fake: FakeDiscord;
let bot: BotProcess;
let label: Buffer;

const textOf = (r: { embeds: Record<string, unknown>[] }) =>
  r.embeds.map((e) => `${String(e.title ?? "")}\n${String(e.description ?? "")}`).join("\n");
const customIds = (r: { components: Record<string, unknown>[] }) =>
  r.components.flatMap((row) => (row.components as { custom_id?: string }[]).map((b) => b.custom_id));
const labelFile = () => ({ filename: "label.jpg", data: label, contentType: "image/jpeg" });

beforeAll(async () => {
  const generated = await generateLabel(SEED);
  expect(generated.truth).toBe(PRECODE);
  label = generated.jpeg;
  fake = await createFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 1000 });
  bot = await spawnBot({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API: fake.api,
    DATABASE_URL: tempDatabaseUrl(),
  });
  await bot.waitForLog((l) => l.msg === "discord ready");
}, 60_000);

afterAll(async () => {
  await bot?.stop("SIGKILL");
  await fake?.close();
});

/** A file sent alone in the bot's DM; resolves with the text of the bot's answer that contains `marker`. */
async function fileInDm(
  user: { id: string; username: string },
  file: { filename: string; data: Buffer; contentType: string },
  marker: string,
): Promise<string> {
  fake.messageCreate({ dm: true, author: user, content: "", attachments: [file] });
  const answer = await fake.waitFor(
    () => fake.dmMessages(user.id).find((m) => textOf(m as never).includes(marker)),
    15_000,
    `for the answer to ${file.filename} in the DM`,
  );
  return textOf(answer as never);
}

/** The proposal: "Is it U784?" with [Yes, decode] [No], and no PIN yet. */
function expectProposal(r: { embeds: Record<string, unknown>[]; components: Record<string, unknown>[] }) {
  expect(textOf(r)).toContain(`Is it ${PRECODE}?`);
  expect(customIds(r)).toEqual([`dk.d:${PRECODE}`, "lb.n"]);
  expect(textOf(r)).not.toContain(PIN);
}

/** The decode after the tap: PIN, steps and the faceplate PNG shown in the embed by its upload name. */
async function expectDecodeWithPicture(r: InteractionResponse) {
  const text = textOf(r);
  expect(text).toContain(`\`${PIN}\``);
  expect(text).toContain("Press button 1 until the first digit shows 5");
  expect(r.files).toHaveLength(1);
  const [file] = r.files;
  expect(file?.filename).toBe(`radio-code-${PIN}.png`);
  expect(imageFormat(file?.data ?? Buffer.alloc(0))).toBe("png");
  expect((await sharp(file?.data).metadata()).format).toBe("png");
  const shown = r.embeds.map((e) => (e.image as { url?: string } | undefined)?.url).filter(Boolean);
  expect(shown).toEqual([`attachment://${file?.filename}`]);
  // Alt text for the picture: the caption naming the code.
  expect(JSON.stringify(r.body)).toContain(`"description":"Code ${PIN}: buttons 1–4 pressed as marked`);
}

async function tap(customId: string, where: { dm?: boolean; message?: string } = {}) {
  const { id } = fake.button({
    customId,
    ...(where.dm ? { dm: true } : {}),
    ...(where.message ? { message: where.message } : {}),
  });
  return fake.waitForResponse(id, (r) => textOf(r).includes(PIN), 15_000);
}

describe("Discord: label photo → proposed pre-code → tap → PIN, steps and picture", () => {
  it("GIVEN /dokker with the photo option in a server THEN an ephemeral proposal; the tap decodes with the picture", async () => {
    const { id } = fake.slashCommand({ name: "dokker", attachments: { photo: labelFile() } });
    const proposal = await fake.waitForResponse(id, (r) => textOf(r).includes("Is it"), OCR_WAIT_MS);
    expectProposal(proposal);
    expect(proposal.flags & EPHEMERAL).toBe(EPHEMERAL);
    const answer = await tap(`dk.d:${PRECODE}`);
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    await expectDecodeWithPicture(answer);

    // Another radio type: the message is updated in place, its picture replaced by that radio's.
    const { id: switchId } = fake.button({ customId: `dk.r:${PRECODE}.pr`, message: answer.messageId ?? "" });
    const switched = await fake.waitForResponse(switchId, (r) => textOf(r).includes("Plug & Radio"), 15_000);
    expect(switched.callbackType).toBe(7);
    await expectDecodeWithPicture(switched);
    expect(switched.files[0]?.data.equals(answer.files[0]?.data ?? Buffer.alloc(0))).toBe(false);
  });

  it("GIVEN 'Decode pre-code' on someone's message with the photo THEN the proposal; the tap decodes with the picture", async () => {
    const { id } = fake.messageContextMenu({
      name: "Decode pre-code",
      targetMessage: {
        content: "this is on my radio",
        author: { username: "asker" },
        attachments: [labelFile()],
      },
    });
    const proposal = await fake.waitForResponse(id, (r) => textOf(r).includes("Is it"), OCR_WAIT_MS);
    expectProposal(proposal);
    await expectDecodeWithPicture(await tap(`dk.d:${PRECODE}`));
  });

  it("GIVEN the photo sent in the bot's DM THEN the proposal arrives in the DM; the tap there decodes with the picture", async () => {
    const user = { id: "730100000000000001", username: "dm-photo-user" };
    fake.messageCreate({ dm: true, author: user, content: "", attachments: [labelFile()] });
    const proposal = await fake.waitFor(
      () => fake.dmMessages(user.id).find((m) => textOf(m as never).includes("Is it")),
      OCR_WAIT_MS,
      "for the proposal in the DM",
    );
    expectProposal(proposal as never);
    // While the photo was read, the DM showed "typing…" (the fake refuses it where the bot can't post).
    expect(
      fake.requests.some((r) => r.method === "POST" && /\/typing$/.test(r.path) && r.status === 204),
    ).toBe(true);
    const { id } = fake.button({ customId: `dk.d:${PRECODE}`, dm: true, user, message: String(proposal.id) });
    const answer = await fake.waitForResponse(id, (r) => textOf(r).includes(PIN), 15_000);
    expect(answer.flags & EPHEMERAL).toBe(0);
    await expectDecodeWithPicture(answer);
  });

  it("GIVEN /dokker with a file that is no picture THEN a friendly reply asking for a JPEG or PNG photo", async () => {
    const pdf = {
      filename: "label.pdf",
      data: Buffer.from("%PDF-1.4 not a photo"),
      contentType: "application/pdf",
    };
    const { id } = fake.slashCommand({ name: "dokker", attachments: { photo: pdf } });
    const r = await fake.waitForResponse(id, (x) => x.embeds.length > 0, 15_000);
    expect(textOf(r)).toContain("Send a JPEG or PNG photo of the label");
    expect(customIds(r)).toEqual([]);
    expect(r.files).toEqual([]);
  });
  it("GIVEN a PDF sent in the bot's DM (no support desk) THEN the hint: label photos are read, type the pre-code instead; never /support", async () => {
    const user = { id: "730100000000000002", username: "dm-pdf-user" };
    const pdf = {
      filename: "manual.pdf",
      data: Buffer.from("%PDF-1.4 manual"),
      contentType: "application/pdf",
    };
    const hint = await fileInDm(user, pdf, "not other files");
    expect(hint).toContain("I can read a photo of the radio's label, but not other files");
    expect(hint).toContain("Type the pre-code from the label");
    // With a desk it names /support (test/platforms/telegram/desk.e2e.test.ts); this bot has none.
    expect(hint).not.toContain("/support");
  });

  it("GIVEN a voice message in the bot's DM THEN what to send instead (type or photograph the pre-code)", async () => {
    const user = { id: "730100000000000003", username: "dm-voice-user" };
    const voice = {
      filename: "voice-message.ogg",
      data: Buffer.concat([Buffer.from("OggS"), Buffer.alloc(300, 3)]),
      contentType: "audio/ogg",
    };
    const hint = await fileInDm(user, voice, "V284");
    expect(hint).toContain("I can't listen to voice messages");
  });

  // Over the cap (10 MB for a command's files, 8 MB in a DM, which may go on to the support desk):
  // the fake announces the size and would serve all of it; the adapter answers from the size alone.
  const bigPhoto = (size: number) => ({ ...labelFile(), filename: "big-label.jpg", size });

  it("GIVEN /dokker with a 12 MB photo in German THEN 'too large (over 10 MB)': a smaller photo, or type the pre-code", async () => {
    const fetched = fake.attachmentFetches().length;
    const { id } = fake.slashCommand({
      name: "dokker",
      locale: "de",
      attachments: { photo: bigPhoto(12 * 1024 * 1024) },
    });
    const r = await fake.waitForResponse(id, (x) => x.embeds.length > 0, 15_000);
    expect(textOf(r)).toContain(
      "Dieses Bild ist zu groß (über 10 MB). Senden Sie ein kleineres Foto des Etiketts.",
    );
    expect(textOf(r)).toContain("Geben Sie den Vorcode vom Etikett ein");
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(customIds(r)).toEqual([]);
    expect(
      fake
        .attachmentFetches()
        .slice(fetched)
        .filter((k) => k.endsWith("/big-label.jpg")),
    ).toEqual([]);
  });

  it("GIVEN a 9 MB photo in the bot's DM after a French question THEN 'trop grande (plus de 8 Mo)' in French, in the DM", async () => {
    const user = { id: "730100000000000003", username: "dm-big-photo-user" };
    fake.messageCreate({
      dm: true,
      author: user,
      content: "Bonjour, où trouver le pré-code de mon autoradio ?",
    });
    await fake.waitFor(() => fake.dmMessages(user.id).length > 0, 15_000, "for the answer to the question");
    fake.messageCreate({ dm: true, author: user, content: "", attachments: [bigPhoto(9 * 1024 * 1024)] });
    const answer = await fake.waitFor(
      () => fake.dmMessages(user.id).find((m) => textOf(m as never).includes("trop grande")),
      15_000,
      "for the too-large answer in the DM",
    );
    expect(textOf(answer as never)).toContain(
      "Cette image est trop grande (plus de 8 Mo). Envoyez une photo plus petite de l'étiquette.",
    );
    expect(textOf(answer as never)).toContain("Tapez le pré-code de l'étiquette");
  });
});
