/**
 * The whole bot process (`src/main.ts`) in long-polling mode against the fake Bot API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../../src/core/i18n/locales.js";
import { createFakeTelegram, type FakeTelegram } from "../../fakes/telegram/index.js";
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
  TOKEN,
  throttledRun,
  userTextStaysValidHtml,
  voiceAndSticker,
  wrongCountInWords,
} from "./e2e-scenarios.js";

let fake: FakeTelegram;
let bot: BotProcess;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN, limits: E2E_LIMITS });
  bot = await spawnBot(botEnv(fake.apiRoot, tempDatabaseUrl()));
});
afterAll(async () => {
  if (bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake.close();
});

describe("telegram e2e (polling)", () => {
  it("starts: getMe, command menus for every locale + English default, deleteWebhook, getUpdates", async () => {
    const started = bot.logs().find((l) => l.msg === "started");
    expect(started?.platforms).toEqual(["telegram"]);
    expect(started?.httpPort).toEqual(expect.any(Number));
    expect(started?.httpPort).not.toBe(0);
    await fake.waitFor(() => fake.callsTo("getUpdates").length > 0 || undefined);
    // Command menus are set in the background: they never delay polling.
    await fake.waitFor(() => LOCALES.every((l) => fake.myCommands({ languageCode: l })) || undefined);
    expect(fake.callsTo("getMe")).toHaveLength(1);
    expect(fake.callsTo("deleteWebhook")).toHaveLength(1);
    const english = fake.myCommands();
    expect(english?.map((c) => c.command)).toEqual(MENU_COMMANDS);
    expect(MENU_COMMANDS).toEqual(expect.arrayContaining(["help", "dokker", "lockout", "vin"]));
    expect(MENU_COMMANDS).not.toContain("start");
    expect(english?.find((c) => c.command === "help")?.description).toBe("What this bot can do");
    for (const l of LOCALES) expect(fake.myCommands({ languageCode: l })).toHaveLength(MENU_COMMANDS.length);
    expect(fake.myCommands({ languageCode: "fr" })?.[0]?.description).not.toBe(english?.[0]?.description);
  });

  it("answers every command, the deep link and a bare pre-code", () => everyCommand(fake));

  it("keeps user text like <b> and & literal and the HTML valid", () => userTextStaysValidHtml(fake));

  it("answers a voice note with what to send instead and a 👍 sticker as small talk", () =>
    voiceAndSticker(fake));

  it("answers /dokker@DokkerTestBot in a forum topic, ignores @OtherBot and free text", () =>
    groups(fake, -1009000000001));

  it("offers the result in inline mode", () => inlineMode(fake));

  it("puts the wait for 'dreimal falsch' on the answer's first button; a story asks with one row of numbers", () =>
    wrongCountInWords(fake));

  it("reads 'radio does not beep' right after the code as a follow-up: entering the code first", () =>
    followUpAfterCode(fake));

  it("answers '3 mal' after the ERROR answer asked how many: the wait after 3", () =>
    countAfterLockoutAnswer(fake));

  it("handles every button: radio switch edits in place, wrong code advances, all answered", () =>
    everyButton(fake));

  it("delivers every reply exactly once and in per-chat order while 20% of sends get 429", async () => {
    const { delivered, tooMany } = await throttledRun(fake);
    const retried = bot
      .logs()
      .filter((l) => l.msg === "outbox send retried" && String(l.reason).startsWith("rate-limited: "));
    expect(retried.length).toBe(tooMany);
    expect(retried[0]).toMatchObject({ outboxId: expect.any(Number), kind: "reply", attempt: 1 });
    console.info(`20% 429 run (polling): ${delivered} replies delivered, ${tooMany} answered 429`);
  }, 60_000);

  it("on SIGTERM stops polling, confirms the offset and exits 0; the token is never logged", async () => {
    // One more update right before the signal: it must be answered and confirmed, not lost.
    const update = fake.userMessage({ from: { id: 5701 }, text: "/help" });
    await fake.waitFor(() => fake.sentMessages(5701).length === 1 || undefined);
    const code = await bot.stop("SIGTERM");
    expect(code).toBe(0);
    const confirm = fake.callsTo("getUpdates").at(-1);
    expect(confirm?.params).toMatchObject({ offset: update.update_id + 1, limit: 1 });
    expect(fake.pendingUpdates()).toEqual([]);
    expect(bot.logs().some((l) => l.msg === "telegram polling stopped, offset confirmed")).toBe(true);
    expect(bot.logs().some((l) => l.msg === "outbox stopped")).toBe(true);
    expect(bot.stderr()).not.toContain(TOKEN);
    expect(bot.stderr()).not.toContain(TOKEN.split(":")[1]);
  });
});
