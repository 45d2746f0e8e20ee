/**
 * Self-test of the fake Telegram Bot API, driven by the REAL telegraf client over HTTP.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Telegraf, TelegramError } from "telegraf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram } from "./index.js";

const TOKEN = "123456:TEST-token";
let fake: FakeTelegram;
let bot: Telegraf;

beforeEach(async () => {
  fake = await createFakeTelegram({ webhookRetryDelayMs: 30 });
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
      const f = await createFakeTelegram({ seed: 7 });
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
    const group = -1001234567890;
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
