/**
 * The whole bot process in webhook mode: the fake posts updates to the bot's HTTP port with the
 * secret header; the same scenarios as in polling mode, plus the webhook's own rules.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram } from "../../fakes/telegram/index.js";
import { beforeMarker, MARKER_PRECODE } from "../../support/markers.js";
import { freePort, textUpdate } from "../../support/net.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../../support/spawn-bot.js";
import {
  botEnv,
  countAfterLockoutAnswer,
  E2E_LIMITS,
  everyButton,
  everyCommand,
  followUpAfterCode,
  groups,
  inlineMode,
  MENU_COMMANDS,
  newMessages,
  TOKEN,
  throttledRun,
  userTextStaysValidHtml,
  voiceAndSticker,
  wrongCountInWords,
} from "./e2e-scenarios.js";

const SECRET = "webhook_Secret-123";
let fake: FakeTelegram;
let bot: BotProcess;
let port: number;
let url: string;

const post = (body: unknown, headers: Record<string, string>) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN, limits: E2E_LIMITS });
  port = await freePort();
  url = `http://127.0.0.1:${port}/telegram/webhook`;
  bot = await spawnBot(
    botEnv(fake.apiRoot, tempDatabaseUrl(), {
      HTTP_PORT: String(port),
      TELEGRAM_WEBHOOK_URL: url,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    }),
  );
});
afterAll(async () => {
  if (bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake.close();
});

describe("telegram e2e (webhook)", () => {
  it("sets the webhook with the secret on the configured URL and does not poll", async () => {
    const started = bot.logs().find((l) => l.msg === "started");
    expect(started?.httpPort).toBe(port);
    const [setWebhook] = fake.callsTo("setWebhook");
    expect(setWebhook?.params).toMatchObject({ url, secret_token: SECRET });
    expect(fake.webhookInfo()?.url).toBe(url);
    expect(fake.callsTo("getUpdates")).toEqual([]);
    expect(fake.myCommands()?.map((c) => c.command)).toEqual(MENU_COMMANDS);
  });

  it("builds the FAQ search right after start, before anyone asks", async () => {
    const ready = await bot.waitForLog((l) => l.msg === "faq search ready");
    expect(ready.ms).toEqual(expect.any(Number));
  });

  it("answers 403 to a missing or wrong secret, 400 to a body that is not an update", async () => {
    const chatId = 5701;
    fake.addChat({ id: chatId, type: "private" });
    const update = {
      update_id: 999_001,
      message: { message_id: 1, chat: { id: chatId, type: "private" }, text: "/help" },
    };
    expect((await post(update, {})).status).toBe(403);
    expect((await post(update, { "x-telegram-bot-api-secret-token": "wrong" })).status).toBe(403);
    expect((await post(update, { "x-telegram-bot-api-secret-token": `${SECRET}x` })).status).toBe(403);
    expect((await post({ hello: 1 }, { "x-telegram-bot-api-secret-token": SECRET })).status).toBe(400);
    // The refused /help was never answered: the only answer is the marker's.
    const before = await beforeMarker(fake, [chatId], () =>
      post(textUpdate(999_002, chatId, MARKER_PRECODE), { "x-telegram-bot-api-secret-token": SECRET }),
    );
    expect(before.get(chatId)).toEqual([]);
  });

  it("answers every command, the deep link and a bare pre-code", () => everyCommand(fake));

  it("keeps user text like <b> and & literal and the HTML valid", () => userTextStaysValidHtml(fake));

  it("answers a voice note with what to send instead and a 👍 sticker as small talk", () =>
    voiceAndSticker(fake));

  it("answers /dokker@DokkerTestBot in a forum topic, ignores @OtherBot and free text", () =>
    groups(fake, -1009000000002));

  it("offers the result in inline mode", () => inlineMode(fake));

  it("puts the wait for 'dreimal falsch' on the answer's first button; a story asks with one row of numbers", () =>
    wrongCountInWords(fake));

  it("reads 'radio does not beep' right after the code as a follow-up: entering the code first", () =>
    followUpAfterCode(fake));

  it("answers '3 mal' after the ERROR answer asked how many: the wait after 3", () =>
    countAfterLockoutAnswer(fake));

  it("handles every button: radio switch edits in place, wrong code advances, all answered", () =>
    everyButton(fake));

  it("answers a repeated update_id (webhook redelivery) once", async () => {
    const chatId = 5801;
    const update = {
      update_id: 999_100,
      message: {
        message_id: 77,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: "private", first_name: "R" },
        from: { id: chatId, is_bot: false, first_name: "R" },
        text: "A123",
      },
    };
    fake.addChat({ id: chatId, type: "private", first_name: "R" });
    const headers = { "x-telegram-bot-api-secret-token": SECRET };
    const statuses = [(await post(update, headers)).status, (await post(update, headers)).status];
    expect(statuses).toEqual([200, 200]);
    await newMessages(fake, chatId, 0);
    const before = await beforeMarker(fake, [chatId], () =>
      post(textUpdate(999_101, chatId, MARKER_PRECODE), headers),
    );
    expect(before.get(chatId)).toHaveLength(1);
    expect(
      bot.logs().some((l) => l.msg === "repeated telegram update ignored" && l.updateId === 999_100),
    ).toBe(true);
  });

  it("reuses its connections to the Bot API (keep-alive): one user after another, few new connections", async () => {
    const headers = { "x-telegram-bot-api-secret-token": SECRET };
    const connections = fake.stats.connections;
    const calls = fake.calls.length;
    for (let i = 0; i < 6; i += 1) {
      const chatId = 5901 + i;
      fake.addChat({ id: chatId, type: "private", first_name: "K" });
      await post(textUpdate(999_200 + i, chatId, "/dokker V284"), headers);
      await newMessages(fake, chatId, 0);
    }
    const made = fake.calls.length - calls;
    const opened = fake.stats.connections - connections;
    expect(made).toBeGreaterThanOrEqual(6);
    // A new connection per call (as before the fake's keep-alive fix) would open `made`.
    expect(opened).toBeLessThanOrEqual(2);
  });

  it("delivers every reply exactly once and in per-chat order while 20% of sends get 429", async () => {
    const { delivered, tooMany } = await throttledRun(fake);
    console.info(`20% 429 run (webhook): ${delivered} replies delivered, ${tooMany} answered 429`);
  }, 60_000);

  it("on SIGTERM finishes and exits 0, leaves the webhook set; the token is never logged", async () => {
    expect(await bot.stop("SIGTERM")).toBe(0);
    expect(fake.callsTo("deleteWebhook")).toEqual([]);
    expect(bot.logs().some((l) => l.msg === "outbox stopped")).toBe(true);
    expect(bot.stderr()).not.toContain(TOKEN);
    expect(bot.stderr()).not.toContain(SECRET);
  });
});
