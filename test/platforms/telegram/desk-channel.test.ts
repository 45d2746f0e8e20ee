/**
 * The Telegram desk channel on its own (real telegraf client → delivery layer → fake Bot API):
 * topic names, escaping and splitting, files, deleted topics (ThreadGone), closing, the log chat
 * and the group's message pace.
 */
import { Telegraf } from "telegraf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDelivery } from "../../../src/platforms/telegram/delivery.js";
import { createTelegramDeskChannel } from "../../../src/platforms/telegram/desk.js";
import { createDownloader, DOWNLOAD_LIMIT_BYTES, filesOf } from "../../../src/platforms/telegram/files.js";
import type { ApiCall, TgMessage } from "../../../src/platforms/telegram/types.js";
import type { DeskPost, RelayAttachment, TicketHeader } from "../../../src/support/desk/types.js";
import { ThreadGone } from "../../../src/support/errors.js";
import { sampleImage } from "../../fakes/image-bytes.js";
import { createFakeTelegram, type FakeTelegram } from "../../fakes/telegram/index.js";
import { memoryLogger } from "../../support/logger.js";
import { api as rawApi } from "./desk-helpers.js";
import { TOKEN } from "./e2e-scenarios.js";

const GROUP = -1009000000555;
const LOG = -1009000000556;
let fake: FakeTelegram;
const { logger } = memoryLogger("silent");

function deliveryWith(limits: Record<string, number>) {
  const telegraf = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot, webhookReply: false } });
  const api: ApiCall = (method, payload, signal) =>
    telegraf.telegram.callApi(method as never, payload as never, { signal } as never);
  return createDelivery({ api, logger, limits });
}

function channelWith(limits: Record<string, number>) {
  const telegraf = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot, webhookReply: false } });
  const api: ApiCall = (method, payload, signal) =>
    telegraf.telegram.callApi(method as never, payload as never, { signal } as never);
  const delivery = createDelivery({ api, logger, limits });
  return createTelegramDeskChannel({ delivery, groupChatId: GROUP, logChatId: LOG, logger });
}
const FAST = { perChatPerSecond: 1000, perChatBurst: 1000, perGroupPerMinute: 60_000, globalPerSecond: 1000 };

const header = (title: string): TicketHeader => ({
  ticketId: 12,
  title,
  lines: ["User: <b>Jane</b> & co (telegram)", "Last pre-code: V284 → code 4727"],
  user: { key: "telegram:42", platform: "telegram", displayName: "Jane" },
  locale: "en",
  source: "command",
  wrongAttempts: 0,
  recreated: false,
});
const userPost = (text: string, attachments: readonly RelayAttachment[] = []): DeskPost => ({
  kind: "user",
  text,
  message: { ticketId: 12, user: { key: "telegram:42", platform: "telegram" }, text, attachments, at: 0 },
});
const topicOf = (threadId: string) => Number(threadId.split(":")[2]);
const inTopic = (threadId: string) =>
  fake.sentMessages(GROUP).filter((m) => m.message_thread_id === topicOf(threadId));

beforeAll(async () => {
  // Flood limits off: these tests post ~40 messages into one group through a delivery layer set
  // faster than Telegram allows (FAST); the pacing test checks the delivery layer's own limit.
  fake = await createFakeTelegram({ token: TOKEN, limits: "off" });
  fake.addChat({ id: GROUP, type: "supergroup", title: "Staff", isForum: true });
  fake.addChat({ id: LOG, type: "supergroup", title: "Log", isForum: false });
});
afterAll(() => fake.close());

describe("Telegram desk channel", () => {
  it("GIVEN a long title THEN the topic name fits 128 characters and the header is escaped in the topic", async () => {
    const channel = channelWith(FAST);
    const threadId = await channel.openThread(header(`#12 · telegram · ${"J".repeat(200)}`));
    expect(threadId).toMatch(new RegExp(`^telegram:${GROUP}:\\d+$`));
    const topic = fake.topics(GROUP).find((t) => t.message_thread_id === topicOf(threadId));
    expect(topic?.name.startsWith("🟢 #12")).toBe(true);
    expect(topic?.name.length).toBeLessThanOrEqual(128);
    const [first] = inTopic(threadId);
    expect(first?.text).toContain("User: &lt;b&gt;Jane&lt;/b&gt; &amp; co");
    expect(first?.message.text).toContain("User: <b>Jane</b> & co");
  });

  it("GIVEN user text over 4096 characters THEN it is split into valid messages, all in the topic", async () => {
    const channel = channelWith(FAST);
    const threadId = await channel.openThread(header("#13 · telegram · Long"));
    const long = `${"a&<b> ".repeat(900)}\n\n${"z".repeat(3000)}`;
    await channel.post(threadId, userPost(long));
    const parts = inTopic(threadId).slice(1);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) expect((p.message.text ?? "").length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.message.text).join("")).toContain("a&<b> a&<b>");
  });

  it("re-uploads images as photos and other files as documents", async () => {
    const channel = channelWith(FAST);
    const threadId = await channel.openThread(header("#14 · telegram · Files"));
    const png = await sampleImage("png");
    const pdf = Buffer.from("%PDF-1.4 bytes");
    await channel.post(
      threadId,
      userPost("", [
        { name: "label.png", contentType: "image/png", size: png.length, data: png },
        { name: 'we"ird\nname.pdf', contentType: "application/pdf", size: pdf.length, data: pdf },
      ]),
    );
    const files = inTopic(threadId).filter((m) => m.files.length > 0);
    expect(files.map((m) => m.method)).toEqual(["sendPhoto", "sendDocument"]);
    expect(files.map((m) => m.files[0]?.bytes.toString("hex"))).toEqual([
      png.toString("hex"),
      pdf.toString("hex"),
    ]);
    expect(files[1]?.files[0]?.filename).toBe("we_ird_name.pdf");
  });

  it("GIVEN a deleted topic THEN post and setState throw ThreadGone", async () => {
    const channel = channelWith(FAST);
    const threadId = await channel.openThread(header("#15 · telegram · Gone"));
    await rawApi(fake, "deleteForumTopic", { chat_id: GROUP, message_thread_id: topicOf(threadId) });
    await expect(channel.post(threadId, userPost("hello?"))).rejects.toBeInstanceOf(ThreadGone);
    await expect(channel.setState(threadId, "closed")).rejects.toBeInstanceOf(ThreadGone);
  });

  it("closes and reopens a topic (✅/🟢), tolerating a repeated state", async () => {
    const channel = channelWith(FAST);
    const threadId = await channel.openThread(header("#16 · telegram · State"));
    const topic = () => fake.topics(GROUP).find((t) => t.message_thread_id === topicOf(threadId));
    await channel.setState(threadId, "closed");
    await channel.setState(threadId, "closed"); // TOPIC_NOT_MODIFIED is not an error
    expect(topic()).toMatchObject({ closed: true, name: "✅ #16 · telegram · State" });
    await channel.setState(threadId, "open");
    expect(topic()).toMatchObject({ closed: false, name: "🟢 #16 · telegram · State" });
    // Admins (the bot) may still post into a closed topic.
    await channel.setState(threadId, "closed");
    await channel.post(threadId, { kind: "note", event: "closed", text: "closed & done" });
    expect(inTopic(threadId).at(-1)?.message.text).toContain("closed & done");
  });

  it("sends transcripts to the log chat as a document", async () => {
    const channel = channelWith(FAST);
    const data = new TextEncoder().encode("Transcript of ticket #17\n");
    await channel.postToLog?.({
      kind: "transcript",
      ticketId: 17,
      text: "Transcript of ticket #17 (1 messages)",
      file: { name: "ticket-17.txt", contentType: "text/plain; charset=utf-8", size: data.length, data },
    });
    const [doc] = fake.sentMessages(LOG);
    expect(doc?.method).toBe("sendDocument");
    expect(doc?.message.caption).toContain("Transcript of ticket #17");
    expect(doc?.files[0]?.bytes.toString()).toBe("Transcript of ticket #17\n");
  });

  it("paces posts with the group limit of the delivery layer", async () => {
    // 120 a minute = one every 500 ms after a burst of 3: 6 posts take at least ~1.5 s.
    const channel = channelWith({ ...FAST, perChatBurst: 3, perGroupPerMinute: 120 });
    const threadId = await channel.openThread(header("#18 · telegram · Pace"));
    const started = Date.now();
    for (let i = 0; i < 5; i++) await channel.post(threadId, userPost(`message ${i}`));
    const ms = Date.now() - started;
    expect(ms).toBeGreaterThanOrEqual(1_400);
    expect(inTopic(threadId)).toHaveLength(6);
  });
});

describe("Telegram file downloads", () => {
  it("downloads a user's photo (largest size) and document as bytes; skips files over 20 MB", async () => {
    const downloader = createDownloader({
      delivery: deliveryWith(FAST),
      token: TOKEN,
      apiRoot: fake.apiRoot,
      logger,
    });
    const photoBytes = await sampleImage("jpeg");
    const photo = fake.userMessage({ from: { id: 9101 }, photo: photoBytes, caption: "c" }).message;
    const doc = fake.userMessage({
      from: { id: 9101 },
      document: { bytes: "doc-bytes", fileName: "manual.pdf", mimeType: "application/pdf" },
    }).message;
    if (!photo || !doc) throw new Error("no message");
    const got = await downloader.download([
      ...filesOf(photo as unknown as TgMessage),
      ...filesOf(doc as unknown as TgMessage),
    ]);
    expect(got.map((f) => [f.name, f.contentType, Buffer.from(f.data).toString("hex")])).toEqual([
      [`photo-${photo.message_id}.jpg`, "image/jpeg", photoBytes.toString("hex")],
      ["manual.pdf", "application/pdf", Buffer.from("doc-bytes").toString("hex")],
    ]);
    const calls = fake.callsTo("getFile").length;
    const big = await downloader.download([
      { fileId: "x", name: "huge.mp4", contentType: "video/mp4", size: DOWNLOAD_LIMIT_BYTES + 1 },
    ]);
    expect(big).toEqual([]);
    expect(fake.callsTo("getFile")).toHaveLength(calls); // not even asked for
  });

  it("reports a file over 20 MB without bytes when asked to, from the announced size or getFile's refusal", async () => {
    const downloader = createDownloader({
      delivery: deliveryWith(FAST),
      token: TOKEN,
      apiRoot: fake.apiRoot,
      logger,
    });
    const size = DOWNLOAD_LIMIT_BYTES + 1;
    const doc = fake.userMessage({
      from: { id: 9102 },
      document: { bytes: "first-bytes", fileName: "scan.png", mimeType: "image/png", size },
    }).message;
    if (!doc) throw new Error("no message");
    const [ref] = filesOf(doc as unknown as TgMessage);
    if (!ref) throw new Error("no file");
    expect(ref.size).toBe(size);
    const tooLarge = { maxBytes: DOWNLOAD_LIMIT_BYTES };
    const calls = fake.callsTo("getFile").length;
    expect(await downloader.download([ref], { reportTooLarge: true })).toEqual([
      { name: "scan.png", contentType: "image/png", size, data: new Uint8Array(0), tooLarge },
    ]);
    expect(fake.callsTo("getFile")).toHaveLength(calls);
    // Without a size in the message, getFile is asked and refuses ("file is too big").
    const unsized = { fileId: ref.fileId, name: ref.name, contentType: ref.contentType };
    expect(await downloader.download([unsized], { reportTooLarge: true })).toEqual([
      { name: "scan.png", contentType: "image/png", size: 0, data: new Uint8Array(0), tooLarge },
    ]);
    expect(fake.callsTo("getFile")).toHaveLength(calls + 1);
    expect(await downloader.download([unsized])).toEqual([]);
  });
});
