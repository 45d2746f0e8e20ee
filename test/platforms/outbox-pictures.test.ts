/**
 * Pictures in waiting outbox rows: a faceplate picture is stored as its recipe (a few bytes), not
 * its ~170 KB of base64, and the platform's sender draws the same picture again when the row
 * leaves. A picture that cannot be drawn any more fails its row for good (never an empty upload).
 */
import { afterAll, describe, expect, it } from "vitest";
import { createImageServices } from "../../src/images/services.js";
import { discordRow } from "../../src/platforms/discord/outbox.js";
import { isPlatformError } from "../../src/platforms/errors.js";
import { fileCall } from "../../src/platforms/telegram/files.js";
import { callOf, createTelegramSender, telegramRow } from "../../src/platforms/telegram/outbox.js";
import type { OutboxRow } from "../../src/store/types.js";

const images = createImageServices({ size: 1 });
afterAll(() => images.close());
const limits = { globalPerSecond: 30, perChatPerSecond: 1, perChatBurst: 3, perGroupPerMinute: 20 };

function asRow(row: ReturnType<typeof telegramRow>): OutboxRow {
  // Through JSON, as the store keeps it.
  const payload = JSON.parse(JSON.stringify(row.payload));
  return {
    id: 1,
    platform: row.platform,
    conversation: row.conversation,
    seq: 1,
    userKey: row.userKey ?? null,
    kind: row.kind,
    payload,
    meta: null,
    attempts: 0,
    createdAt: 0,
    resumed: false,
  };
}

describe("outbox rows keep a picture's recipe, not its bytes", () => {
  it("Telegram: the row is small and the sender uploads the very same picture", async () => {
    const picture = await images.faceplate("radio-cd", "4727", "fr");
    expect(picture?.recipe).toEqual({ kind: "faceplate", radio: "radio-cd", pin: "4727", locale: "fr" });
    if (!picture) return;
    const row = telegramRow(fileCall({ chatId: 42 }, picture, "Code 4727"), { kind: "reply" });
    const stored = JSON.stringify(row.payload);
    expect(stored.length).toBeLessThan(400);
    expect(stored).not.toContain(Buffer.from(picture.data).toString("base64").slice(0, 40));

    const calls: { method: string; params: Record<string, unknown> }[] = [];
    const sender = createTelegramSender({
      api: async (method, params) => {
        calls.push({ method, params: params as Record<string, unknown> });
        return { message_id: 9 };
      },
      botId: "1",
      limits,
      services: images,
    });
    expect(await sender.send(asRow(row))).toBe("9");
    const photo = calls[0]?.params.photo as { source: Buffer; filename: string };
    expect(calls[0]?.method).toBe("sendPhoto");
    expect(Buffer.compare(photo.source, Buffer.from(picture.data))).toBe(0);
    expect(photo.filename).toBe("radio-code-4727.png");
    expect(calls[0]?.params.caption).toBe("Code 4727");
  });

  it("Telegram: a row re-queued from its decoded call (a deleted desk topic) keeps the recipe", async () => {
    const picture = await images.faceplate("plug-radio", "0086", "tr");
    if (!picture) throw new Error("no picture");
    const first = asRow(telegramRow(fileCall({ chatId: -100 }, picture), { kind: "desk" }));
    const { method, params } = callOf(first);
    const again = telegramRow({ method, payload: { ...params, message_thread_id: 5 } }, { kind: "desk" });
    expect(JSON.stringify(again.payload)).toContain('"recipe"');
    expect(JSON.stringify(again.payload).length).toBeLessThan(400);
  });

  it("Telegram: a picture that cannot be drawn fails the row with a final error", async () => {
    const picture = await images.faceplate("radio-cd", "1234", "en");
    if (!picture) throw new Error("no picture");
    const row = asRow(telegramRow(fileCall({ chatId: 42 }, picture), { kind: "reply" }));
    let called = false;
    const sender = createTelegramSender({
      api: async () => {
        called = true;
        return { message_id: 1 };
      },
      botId: "1",
      limits,
      services: { faceplate: async () => undefined },
    });
    const error = await sender.send(row).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isPlatformError(error, "refused")).toBe(true);
    expect(called).toBe(false);
  });

  it("Discord: the row keeps the recipe and no base64", async () => {
    const picture = await images.faceplate("radio-cd", "4727", "de");
    if (!picture) throw new Error("no picture");
    const row = discordRow(
      { op: "dm", userId: "5" },
      { body: { content: "x" }, files: [picture] },
      { kind: "reply" },
    );
    const stored = JSON.stringify(row.payload);
    expect(stored).toContain('"recipe"');
    expect(stored.length).toBeLessThan(400);
  });
});
