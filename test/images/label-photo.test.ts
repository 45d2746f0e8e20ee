import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { LABEL_NO_ID, type LabelPhotoOutcome, labelPhotoReply } from "../../commands/label-photo.js";
import { encodeAction } from "../../commands/replies/action-ids.js";
import { createBot } from "../../src/bot/index.js";
import { LOCALES } from "../../src/core/i18n/locales.js";
import { type Reply, replyToPlainText } from "../../src/core/reply.js";
import { createImageServices } from "../../src/images/services.js";
import { testContext } from "../support/context.js";
import { memoryLogger } from "../support/logger.js";
import { renderOwnLabel } from "./own-labels.js";

const ok = (value: Partial<Extract<LabelPhotoOutcome, { ok: true }>["value"]>): LabelPhotoOutcome => ({
  ok: true,
  value: { precode: null, confident: false, candidates: [], medianav: false, ...value },
});

describe("labelPhotoReply", () => {
  it("GIVEN a confident reading THEN 'Is it V284?' with [Yes, decode] (the decode action) and [No]", () => {
    const r = labelPhotoReply(
      "en",
      ok({ precode: "V284", confident: true, candidates: [{ precode: "V284", score: 0.9 }] }),
    );
    expect(replyToPlainText(r)).toContain("Is it V284?");
    expect(r.actions.map((a) => [a.label, encodeAction(a.id, a.payload)])).toEqual([
      ["Yes, decode", "dk.d:V284"],
      ["No", LABEL_NO_ID],
    ]);
    expect(replyToPlainText(r)).not.toContain("4727"); // never decoded without the tap
  });

  it("GIVEN a confident O, Q, C or G THEN a check of the letter and its look-alike's pre-code as a button, in every language", () => {
    const r = labelPhotoReply(
      "en",
      ok({ precode: "O302", confident: true, candidates: [{ precode: "O302", score: 0.9 }] }),
    );
    expect(replyToPlainText(r)).toContain("Is it O302?");
    expect(replyToPlainText(r)).toContain("O and Q look alike: check the letter on the label");
    expect(r.actions.map((a) => [a.label, encodeAction(a.id, a.payload), a.style])).toEqual([
      ["Yes, decode", "dk.d:O302", "primary"],
      ["Q302", "dk.d:Q302", "secondary"],
      ["No", LABEL_NO_ID, "secondary"],
    ]);
    for (const locale of LOCALES) {
      const g = labelPhotoReply(
        locale,
        ok({ precode: "G190", confident: true, candidates: [{ precode: "G190", score: 0.9 }] }),
      );
      const text = replyToPlainText(g);
      expect(text, locale).toMatch(/\bG\b[^\n]*\bC\b/);
      expect(text, locale).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(g.actions.map((a) => encodeAction(a.id, a.payload))).toEqual([
        "dk.d:G190",
        "dk.d:C190",
        LABEL_NO_ID,
      ]);
    }
  });

  it("GIVEN an unsure reading THEN the candidates as buttons and a tip for a better photo", () => {
    const r = labelPhotoReply(
      "en",
      ok({
        precode: "V284",
        candidates: [
          { precode: "V284", score: 0.4 },
          { precode: "V234", score: 0.3 },
        ],
      }),
    );
    expect(r.outcome).toBe("label.unsure");
    expect(r.actions.map((a) => encodeAction(a.id, a.payload))).toEqual([
      "dk.d:V284",
      "dk.d:V234",
      LABEL_NO_ID,
    ]);
    expect(replyToPlainText(r)).toContain("Tip for a better photo");
  });

  it("GIVEN nothing, a MediaNav label or a refused image THEN what to do next, in every language", () => {
    for (const locale of LOCALES) {
      const outcomes: LabelPhotoOutcome[] = [
        ok({}),
        ok({ medianav: true }),
        { ok: false, code: "image.too-large", context: { maxMb: "10" } },
        { ok: false, code: "image.unreadable", context: {} },
        { ok: false, code: "image.timeout", context: {} },
        { ok: false, code: "image.too-many-pixels", context: { maxMp: "40" } },
      ];
      for (const o of outcomes) {
        const text = replyToPlainText(labelPhotoReply(locale, o));
        expect(text, `${locale} ${JSON.stringify(o)}`).not.toMatch(
          /\{[a-zA-Z]+\}|\blabel\.[a-z]|\bimage\.[a-z]/,
        );
        expect(text.length).toBeGreaterThan(20);
      }
    }
    expect(labelPhotoReply("en", ok({ medianav: true })).actions[0]?.id).toBe("sp.o");
    // Without a support desk: no dead-end button, the official ways to a code instead.
    const noDesk = labelPhotoReply("en", ok({ medianav: true }), false);
    expect(noDesk.actions).toEqual([]);
    expect(replyToPlainText(noDesk)).toContain("C.A.R. card");
    expect(replyToPlainText(noDesk)).not.toMatch(/support/i);
  });
});

describe("label photo through the bot", () => {
  const images = createImageServices({ size: 1 });
  afterAll(() => images.close());
  const bot = createBot({ logger: memoryLogger().logger });
  const services = { labels: images.labels, faceplate: images.faceplate };

  it("GIVEN a photo of the radio's screen showing CODE (dark segments on a lit display) THEN it says so and where the pre-code is, in the user's language", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="300"><rect width="800" height="300" fill="#9c6"/><text x="150" y="190" font-family="DejaVu Sans Mono" font-size="140" fill="#123">CODE</text></svg>`;
    const jpeg = await sharp(Buffer.from(svg)).jpeg().toBuffer();
    const photo = { name: "photo.jpg", contentType: "image/jpeg", size: jpeg.length, data: jpeg };
    const user = { platform: "telegram" as const, id: "7" };
    const en = await bot.runText("", testContext({ services, user, attachments: [photo] }));
    expect(en?.outcome).toBe("label.display");
    const text = replyToPlainText(en as Reply);
    expect(text).toContain("This looks like the radio's display, not its label.");
    expect(text).toContain("holding buttons 1 and 6");
    expect(en?.actions.map((a) => a.label)).toEqual(["Where do I find the pre-code?"]);
    const fr = await bot.runText("", testContext({ locale: "fr", services, user, attachments: [photo] }));
    expect(replyToPlainText(fr as Reply)).toContain("On dirait l'écran de l'autoradio");
  });

  it("GIVEN label photos are read THEN /help, /start and a hello say a photo of the label works too — not in the terminal chat", async () => {
    const telegram = testContext({ services, user: { platform: "telegram", id: "42" } });
    for (const input of ["/help", "/start", "hello"]) {
      expect(replyToPlainText((await bot.runText(input, telegram)) as Reply), input).toMatch(
        /photo of the radio's label/,
      );
    }
    const terminal = testContext({ services, user: { platform: "console", id: "local" } });
    for (const input of ["/help", "hello"]) {
      expect(replyToPlainText((await bot.runText(input, terminal)) as Reply), input).not.toMatch(/photo/);
    }
    const withoutReader = testContext({ user: { platform: "telegram", id: "42" } });
    expect(replyToPlainText((await bot.runText("/help", withoutReader)) as Reply)).not.toMatch(/photo/);
  });

  it("GIVEN a photo in a private chat THEN proposed pre-code → tap Yes → PIN, steps and the faceplate picture", async () => {
    const jpeg = await renderOwnLabel({
      lines: ["DACIA RADIO CD", "PRE CODE: V284", "SN 7711 2233 4455"],
      angle: -7,
      barcode: true,
    });
    const photo = { name: "photo.jpg", contentType: "image/jpeg", size: jpeg.length, data: jpeg };
    const proposal = await bot.runText("", testContext({ services, attachments: [photo] }));
    expect(proposal?.outcome).toBe("label.confident");
    const yes = proposal?.actions[0];
    expect(yes && encodeAction(yes.id, yes.payload)).toBe("dk.d:V284");
    const answer = await bot.runAction(
      encodeAction(yes?.id ?? "", yes?.payload ?? ""),
      testContext({ services }),
    );
    expect(answer.outcome).toBe("dokker.ok");
    const text = replyToPlainText(answer);
    expect(text).toContain("4727");
    expect(text).toContain("Press button 1 until the first digit shows 4");
    const picture = answer.attachments?.[0];
    expect(picture).toMatchObject({ contentType: "image/png", name: "radio-code-4727.png" });
    expect((await sharp(picture?.data ?? Buffer.alloc(0)).metadata()).format).toBe("png");
  });

  it("GIVEN a photo captioned with a pre-code THEN the typed pre-code is decoded; chatter as caption still reads the photo", async () => {
    const jpeg = await renderOwnLabel({ lines: ["PRE CODE: V284"], angle: 2 });
    const photo = { name: "photo.jpg", contentType: "image/jpeg", size: jpeg.length, data: jpeg };
    const typed = await bot.runText("A123", testContext({ services, attachments: [photo] }));
    expect([
      typed?.outcome,
      replyToPlainText(typed ?? labelPhotoReply("en", ok({}))).includes("0086"),
    ]).toEqual(["dokker.ok", true]);
    const chatter = await bot.runText("this is my label", testContext({ services, attachments: [photo] }));
    expect(chatter?.outcome).toBe("label.confident");
  });

  it("GIVEN random bytes as a photo THEN a friendly reply, no crash", async () => {
    const junk = Buffer.from("not an image at all");
    const reply = await bot.runText(
      "",
      testContext({
        services,
        attachments: [{ name: "x.jpg", contentType: "image/jpeg", size: junk.length, data: junk }],
      }),
    );
    expect(reply?.outcome).toBe("label.image.unreadable");
    expect(replyToPlainText(reply ?? labelPhotoReply("en", ok({})))).toContain("JPEG or PNG");
  });

  it("GIVEN /dokker with a photo and no pre-code (Discord's photo option, the context menu) THEN the proposal; a typed pre-code wins", async () => {
    const jpeg = await renderOwnLabel({ lines: ["PRE CODE: V284"], angle: 3 });
    const photo = { name: "label.jpg", contentType: "image/jpeg", size: jpeg.length, data: jpeg };
    const group = { services, attachments: [photo], chat: "group" as const };
    const proposal = await bot.runCommand("dokker", {}, testContext(group));
    expect(proposal.outcome).toBe("label.confident");
    expect(replyToPlainText(proposal)).not.toContain("4727");
    // The context menu passes the message's text: chatter is no pre-code, so the photo is read.
    const menu = await bot.runCommand("dokker", { precode: "here is my label" }, testContext(group));
    expect(menu.outcome).toBe("label.confident");
    const typed = await bot.runCommand("dokker", { precode: "A123" }, testContext(group));
    expect([typed.outcome, replyToPlainText(typed).includes("0086")]).toEqual(["dokker.ok", true]);
  });

  it("GIVEN /dokker with a file that is no picture THEN 'send a JPEG or PNG photo', in the user's language", async () => {
    const pdf = Buffer.from("%PDF-1.4 label");
    const file = { name: "label.pdf", contentType: "application/pdf", size: pdf.length, data: pdf };
    const en = await bot.runCommand("dokker", {}, testContext({ services, attachments: [file] }));
    expect(en.outcome).toBe("label.image.unreadable");
    expect(replyToPlainText(en)).toContain("JPEG or PNG");
    const de = await bot.runCommand(
      "dokker",
      {},
      testContext({ services, attachments: [file], locale: "de" }),
    );
    expect(replyToPlainText(de)).not.toContain("JPEG or PNG photo");
    // Without files, /dokker alone still asks for the pre-code with an example.
    const empty = await bot.runCommand("dokker", {}, testContext({ services }));
    expect(empty.outcome).toBe("precode.empty");
  });

  it("GIVEN the No button THEN how to type the pre-code", async () => {
    const reply = await bot.runAction(LABEL_NO_ID, testContext({ services }));
    expect(replyToPlainText(reply)).toContain("exactly as it is printed");
  });
});
