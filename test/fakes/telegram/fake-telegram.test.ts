/**
 * Self-test of the fake Telegram Bot API, driven by the REAL telegraf client over HTTP.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Telegraf, TelegramError } from "telegraf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleImage } from "../image-bytes.js";
import { createFakeTelegram, type FakeTelegram } from "./index.js";

const TOKEN = "123456:TEST-token";
let fake: FakeTelegram;
let bot: Telegraf;

const GROUP = -1001234567890;

beforeEach(async () => {
  // Chats the tests below post into; anything else is "chat not found", as in Telegram.
  const chats = [1, 5, 6, 77].map((id) => ({ id }));
  fake = await createFakeTelegram({
    token: TOKEN,
    webhookRetryDelayMs: 30,
    chats: [...chats, { id: GROUP, type: "supergroup", title: "Staff", isForum: true }],
  });
  bot = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot } });
});
afterEach(async () => {
  await fake.close();
});

/** Expects the promise to reject with a TelegramError and returns it. */
async function telegramError(promise: Promise<unknown>): Promise<TelegramError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TelegramError);
  return error as TelegramError;
}

describe("polling", () => {
  it("GIVEN a launched bot WHEN a user writes THEN the echo arrives and stop() confirms the offset", async () => {
    bot.on("text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    const launched = bot.launch();
    // Inject while the long poll is parked, so the wake-up path is what gets tested.
    await fake.waitFor(() => fake.calls.some((c) => c.method === "getUpdates" && c.outcome === "pending"));
    const update = fake.userMessage({ text: "hello" });
    const reply = await fake.waitFor(() => fake.sentMessages(424242).find((m) => m.text === "echo: hello"));
    expect(reply.message.chat.id).toBe(424242);
    expect(fake.calls.map((c) => c.method).slice(0, 2)).toEqual(["getMe", "deleteWebhook"]);

    bot.stop("test");
    await launched;
    const confirm = fake.callsTo("getUpdates").at(-1);
    expect(confirm?.params).toMatchObject({ offset: update.update_id + 1, limit: 1 });
    expect(fake.pendingUpdates()).toEqual([]);
  });

  it("GIVEN a webhook is set WHEN getUpdates is called THEN 409 Conflict", async () => {
    await bot.telegram.setWebhook("http://127.0.0.1:9/tg");
    const error = await telegramError(bot.telegram.getUpdates(0, 100, 0, undefined));
    expect(error.code).toBe(409);
  });

  it("GIVEN a parked getUpdates WHEN a second one arrives THEN the older one gets 409", async () => {
    const first = bot.telegram.callApi("getUpdates", { timeout: 5 });
    await fake.waitFor(() => fake.calls.some((c) => c.method === "getUpdates"));
    const second = bot.telegram.callApi("getUpdates", { timeout: 0 });
    expect((await telegramError(first)).code).toBe(409);
    await expect(second).resolves.toEqual([]);
  });
});

describe("webhook", () => {
  let server: Server;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function listen(): Promise<string> {
    const callback = bot.webhookCallback("/tg", { secretToken: "right_secret-1" });
    server = createServer((req, res) => void callback(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/tg`;
  }

  it("GIVEN a wrong secret THEN deliveries get 403 and are retried until the right secret is set", async () => {
    bot.on("text", (ctx) =>
      ctx.reply("got it", { reply_markup: { inline_keyboard: [[{ text: "OK", callback_data: "ok" }]] } }),
    );
    bot.on("callback_query", (ctx) => ctx.answerCbQuery("done"));
    const url = await listen();
    await bot.telegram.setWebhook(url, { secret_token: "wrong" });
    const update = fake.userMessage({ text: "hi" });
    const refused = await fake.waitFor(() => {
      const done = fake.webhookDeliveries.filter((d) => d.update_id === update.update_id && d.status !== 0);
      return done.length >= 2 && done;
    });
    expect(refused.map((d) => d.status)).toEqual([403, 403]);
    expect(fake.sentMessages()).toHaveLength(0);
    expect((await bot.telegram.getWebhookInfo()).last_error_message).toContain("403");

    await bot.telegram.setWebhook(url, { secret_token: "right_secret-1" });
    const reply = await fake.waitFor(() => fake.sentMessages(424242)[0]);
    expect(reply.text).toBe("got it");
    await fake.waitFor(() => fake.pendingUpdates().length === 0);

    // answerCbQuery is returned in the webhook response body; the fake executes it.
    const press = fake.callbackQuery({ message: reply, data: "ok" });
    const answer = await fake.waitForCall("answerCallbackQuery");
    expect(answer.via).toBe("webhook-reply");
    expect(fake.queryAnswer(press.callback_query?.id ?? "")).toMatchObject({ text: "done" });
  });

  it("rejects a secret_token with characters outside [A-Za-z0-9_-]", async () => {
    const error = await telegramError(
      bot.telegram.setWebhook("http://127.0.0.1:9/tg", { secret_token: "bad secret!" }),
    );
    expect(error.code).toBe(400);
  });
});

describe("fault injection", () => {
  it("GIVEN failNext 429 THEN telegraf throws TelegramError with retry_after and nothing is sent", async () => {
    fake.failNext("sendMessage", { status: 429, retryAfter: 3 });
    const error = await telegramError(bot.telegram.sendMessage(1, "x"));
    expect(error.code).toBe(429);
    expect(error.parameters?.retry_after).toBe(3);
    expect(fake.sentMessages(1)).toHaveLength(0);
    expect(fake.callsTo("sendMessage")[0]?.status).toBe(429);
    await bot.telegram.sendMessage(1, "y");
    expect(fake.sentMessages(1).map((m) => m.text)).toEqual(["y"]);
  });

  it("GIVEN limits perChatPerSecond 1 THEN a burst to one chat gets 429 and is counted", async () => {
    fake.setLimits({ perChatPerSecond: 1, perGroupPerMinute: 20 });
    await bot.telegram.sendMessage(5, "first");
    const error = await telegramError(bot.telegram.sendMessage(5, "second"));
    expect(error.code).toBe(429);
    expect(error.parameters?.retry_after).toBeGreaterThanOrEqual(1);
    await bot.telegram.sendMessage(6, "other chat is fine");
    expect(fake.stats.tooManyRequests).toBe(1);
    expect(fake.sentMessages(5).map((m) => m.text)).toEqual(["first"]);
  });

  it("GIVEN failRate with a seed THEN the same calls fail on every run", async () => {
    const run = async (): Promise<number[]> => {
      // Flood limits off: this test counts injected 502s only.
      const f = await createFakeTelegram({ token: TOKEN, seed: 7, limits: "off", chats: [{ id: 1 }] });
      f.failRate("sendMessage", { ratio: 0.3, status: 502 });
      const b = new Telegraf(TOKEN, { telegram: { apiRoot: f.apiRoot } });
      for (let i = 0; i < 20; i += 1) await b.telegram.sendMessage(1, `m${i}`).catch(() => undefined);
      const statuses = f.calls.map((c) => c.status);
      await f.close();
      return statuses;
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(a.filter((s) => s === 502).length).toBeGreaterThan(0);
    expect(a.filter((s) => s === 200).length).toBeGreaterThan(0);
  });

  it("resetConnections drops the socket; outage answers 502 for every method", async () => {
    fake.resetConnections("getMe", 1);
    await expect(bot.telegram.getMe()).rejects.toThrow();
    expect(fake.calls[0]?.outcome).toBe("reset");
    await expect(bot.telegram.getMe()).resolves.toMatchObject({ username: "DokkerTestBot" });
    fake.outage({ durationMs: 60_000 });
    expect((await telegramError(bot.telegram.getChat(1))).code).toBe(502);
  });
});

describe("validation", () => {
  it("rejects unclosed HTML and accepts escaped tags", async () => {
    const error = await telegramError(bot.telegram.sendMessage(1, "<b>unclosed", { parse_mode: "HTML" }));
    expect(error.description).toMatch(/^Bad Request: can't parse entities: /);
    const ok = await bot.telegram.sendMessage(1, "&lt;b&gt; <i>fine</i>", { parse_mode: "HTML" });
    expect(ok.text).toBe("<b> fine");
    expect(ok.entities).toEqual([{ type: "italic", offset: 4, length: 4 }]);
  });

  it("counts the 4096 limit after entity parsing", async () => {
    await bot.telegram.sendMessage(1, "&amp;".repeat(4096), { parse_mode: "HTML" });
    const error = await telegramError(
      bot.telegram.sendMessage(1, "&amp;".repeat(4097), { parse_mode: "HTML" }),
    );
    expect(error.description).toBe("Bad Request: message is too long");
  });

  it("rejects callback_data over 64 bytes (not characters)", async () => {
    const markup = (data: string) => ({
      reply_markup: { inline_keyboard: [[{ text: "x", callback_data: data }]] },
    });
    await bot.telegram.sendMessage(1, "ok", markup("é".repeat(32)));
    const error = await telegramError(bot.telegram.sendMessage(1, "too long", markup("é".repeat(33))));
    expect(error.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("blocked users answer 403; wrong token answers 401; unknown method 404", async () => {
    fake.blockUser(77);
    expect((await telegramError(bot.telegram.sendMessage(77, "hi"))).description).toBe(
      "Forbidden: bot was blocked by the user",
    );
    const strict = await createFakeTelegram({ token: "1:right" });
    const wrong = new Telegraf("1:wrong", { telegram: { apiRoot: strict.apiRoot } });
    expect((await telegramError(wrong.telegram.getMe())).code).toBe(401);
    await strict.close();
    expect((await telegramError(bot.telegram.callApi("noSuchMethod" as "getMe", {}))).code).toBe(404);
  });
});

describe("messages, topics, files", () => {
  it("creates a forum topic, posts into it, and refuses the thread once deleted", async () => {
    const group = GROUP;
    const topic = await bot.telegram.createForumTopic(group, "Ticket #1");
    const sent = await bot.telegram.sendMessage(group, "hello staff", {
      message_thread_id: topic.message_thread_id,
    });
    expect(sent.message_thread_id).toBe(topic.message_thread_id);
    expect(fake.sentMessages(group).map((m) => [m.text, m.message_thread_id])).toEqual([
      ["hello staff", topic.message_thread_id],
    ]);
    await bot.telegram.deleteForumTopic(group, topic.message_thread_id);
    const error = await telegramError(
      bot.telegram.sendMessage(group, "again", { message_thread_id: topic.message_thread_id }),
    );
    expect(error.description).toBe("Bad Request: message thread not found");
  });

  it("edits: updates the stored message, refuses an identical edit", async () => {
    const sent = await bot.telegram.sendMessage(1, "v1");
    await bot.telegram.editMessageText(1, sent.message_id, undefined, "<b>v2</b>", { parse_mode: "HTML" });
    expect(fake.chat(1)[0]).toMatchObject({ text: "<b>v2</b>", edits: 1 });
    const error = await telegramError(
      bot.telegram.editMessageText(1, sent.message_id, undefined, "<b>v2</b>", { parse_mode: "HTML" }),
    );
    expect(error.description).toMatch(/message is not modified/);
  });

  it("records multipart uploads and serves them through getFile", async () => {
    const sent = await bot.telegram.sendDocument(1, { source: Buffer.from("PIN-LOG"), filename: "log.txt" });
    expect(fake.sentMessages(1)[0]?.files[0]?.bytes.toString()).toBe("PIN-LOG");
    const link = await bot.telegram.getFileLink(sent.document.file_id);
    const body = await fetch(link).then((r) => r.text());
    expect(body).toBe("PIN-LOG");
  });

  it("stores command lists per (scope, language_code)", async () => {
    await bot.telegram.setMyCommands([{ command: "pin", description: "Get the PIN" }]);
    await bot.telegram.setMyCommands([{ command: "pin", description: "PIN holen" }], { language_code: "de" });
    expect(await bot.telegram.getMyCommands({ language_code: "de" })).toEqual([
      { command: "pin", description: "PIN holen" },
    ]);
    expect(fake.myCommands()).toEqual([{ command: "pin", description: "Get the PIN" }]);
    expect(await bot.telegram.getMyCommands({ scope: { type: "all_private_chats" } })).toEqual([]);
  });
});

describe("as strict as Telegram", () => {
  it("refuses unknown chats until the user has written to the bot or the test registered the chat", async () => {
    const error = await telegramError(bot.telegram.sendMessage(4040, "hi"));
    expect([error.code, error.description]).toEqual([400, "Bad Request: chat not found"]);
    expect(fake.sentMessages(4040)).toEqual([]);
    fake.userMessage({ from: { id: 4040 }, text: "/start" });
    await bot.telegram.sendMessage(4040, "hi");
    fake.addChat({ id: -100777, type: "supergroup", title: "Registered" });
    await bot.telegram.sendMessage(-100777, "hello group");
    expect(fake.sentMessages().map((m) => m.text)).toEqual(["hi", "hello group"]);
  });

  it("checks the token on every call and every file download", async () => {
    const wrong = new Telegraf("123456:WRONG-token", { telegram: { apiRoot: fake.apiRoot } });
    const error = await telegramError(wrong.telegram.getMe());
    expect([error.code, error.description]).toEqual([401, "Unauthorized"]);
    const photo = fake.userMessage({ from: { id: 5 }, photo: await sampleImage("png") }).message;
    const fileId = photo?.photo?.at(-1)?.file_id ?? "";
    const { file_path } = await bot.telegram.getFile(fileId);
    expect((await fetch(`${fake.apiRoot}/file/bot123456:WRONG-token/${file_path}`)).status).toBe(401);
    expect((await fetch(`${fake.apiRoot}/file/bot${TOKEN}/${file_path}`)).status).toBe(200);
  });

  it("applies Telegram's flood limits by default: a burst of 3 per chat, then 429 with retry_after", async () => {
    for (const text of ["a", "b", "c"]) await bot.telegram.sendMessage(5, text);
    const error = await telegramError(bot.telegram.sendMessage(5, "d"));
    expect(error.code).toBe(429);
    expect(error.parameters?.retry_after).toBe(1);
    await bot.telegram.sendMessage(6, "another chat has its own allowance");
    expect(fake.sentMessages(5).map((m) => m.text)).toEqual(["a", "b", "c"]);
    fake.setLimits("off");
    await bot.telegram.sendMessage(5, "d");
    expect(fake.sentMessages(5)).toHaveLength(4);
  });

  it("limits a group to 20 messages a minute", async () => {
    fake.setLimits({ perGroupPerMinute: 20 });
    for (let i = 0; i < 20; i += 1) await bot.telegram.sendMessage(GROUP, `m${i}`);
    const error = await telegramError(bot.telegram.sendMessage(GROUP, "m20"));
    expect(error.code).toBe(429);
    expect(error.parameters?.retry_after).toBe(3);
  });

  it("refuses photo bytes that are not an image and keeps the size of a real one", async () => {
    // Refusals go to chat 6: refused calls still count against chat 1's flood allowance.
    const error = await telegramError(bot.telegram.sendPhoto(6, { source: Buffer.from("not a photo") }));
    expect([error.code, error.description]).toEqual([400, "Bad Request: IMAGE_PROCESS_FAILED"]);
    const png = await sampleImage("png", 64, 48);
    const truncated = await telegramError(bot.telegram.sendPhoto(6, { source: png.subarray(0, 60) }));
    expect(truncated.description).toBe("Bad Request: IMAGE_PROCESS_FAILED");
    // A document is any file, as in Telegram, even when its name says .png.
    await bot.telegram.sendDocument(1, { source: Buffer.from("text"), filename: "label.png" });
    const sent = await bot.telegram.sendPhoto(1, { source: png });
    expect(sent.photo.at(-1)).toMatchObject({ width: 64, height: 48 });
    expect(fake.sentMessages(1).map((m) => m.method)).toEqual(["sendDocument", "sendPhoto"]);
    expect(fake.sentMessages(6)).toEqual([]);
  });

  it("serves a photo a user sent through getFile, with its real size", async () => {
    const jpeg = await sampleImage("jpeg", 120, 80);
    const message = fake.userMessage({ from: { id: 5 }, photo: jpeg }).message;
    const largest = message?.photo?.at(-1);
    expect(largest).toMatchObject({ width: 120, height: 80 });
    const link = await bot.telegram.getFileLink(largest?.file_id ?? "");
    const body = Buffer.from(await (await fetch(link)).arrayBuffer());
    expect(body.equals(jpeg)).toBe(true);
    expect(() => fake.userMessage({ from: { id: 5 }, photo: Buffer.from("text") })).toThrow(/must be/);
  });

  it("deleteMessage: its own message within 48 h; not older, not another member's without can_delete_messages", async () => {
    const mine = await bot.telegram.sendMessage(GROUP, "transcript");
    const old = await bot.telegram.sendMessage(GROUP, "old transcript");
    const stored = fake.sentMessages(GROUP).find((m) => m.message_id === old.message_id);
    if (stored) stored.message.date -= 49 * 3600; // as if sent 49 hours ago
    const tooOld = await telegramError(bot.telegram.deleteMessage(GROUP, old.message_id));
    expect([tooOld.code, tooOld.description]).toEqual([400, "Bad Request: message can't be deleted"]);
    const theirs = fake.userMessage({ chatId: GROUP, chatType: "supergroup", from: { id: 77 }, text: "hi" });
    fake.setRights(GROUP, fake.bot.id, { can_delete_messages: false });
    const noRight = await telegramError(bot.telegram.deleteMessage(GROUP, theirs.message?.message_id ?? 0));
    expect(noRight.description).toBe("Bad Request: message can't be deleted");
    expect(await bot.telegram.deleteMessage(GROUP, mine.message_id)).toBe(true);
    const again = await telegramError(bot.telegram.deleteMessage(GROUP, mine.message_id));
    expect(again.description).toBe("Bad Request: message to delete not found");
    fake.setRights(GROUP, fake.bot.id, { can_delete_messages: true });
  });

  it("deleteForumTopic needs can_delete_messages; createForumTopic needs can_manage_topics", async () => {
    const topic = await bot.telegram.createForumTopic(GROUP, "Ticket #2");
    fake.setRights(GROUP, fake.bot.id, { can_delete_messages: false });
    const error = await telegramError(bot.telegram.deleteForumTopic(GROUP, topic.message_thread_id));
    expect(error.description).toBe("Bad Request: not enough rights to delete a topic");
    const member = await bot.telegram.getChatMember(GROUP, fake.bot.id);
    expect(member).toMatchObject({ status: "administrator", can_delete_messages: false });
    fake.setRights(GROUP, fake.bot.id, { can_delete_messages: true, can_manage_topics: false });
    expect((await telegramError(bot.telegram.createForumTopic(GROUP, "Ticket #3"))).description).toBe(
      "Bad Request: not enough rights to create a topic",
    );
    await bot.telegram.deleteForumTopic(GROUP, topic.message_thread_id);
    expect(fake.topics(GROUP).map((t) => t.deleted)).toEqual([true]);
  });
});
