/**
 * The adapter in-process against the fake: `send()` outside a request (reminders, support desk)
 * to `telegram:{chatId}[:{topicId}]`, long replies split with the keyboard on the last chunk,
 * failures surfaced (not swallowed), clean stop. Sends go through a real outbox (in-memory SQLite).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../../src/bot/index.js";
import type { Reply } from "../../../src/core/reply.js";
import type { FailedRow } from "../../../src/outbox/index.js";
import { createTelegramAdapter, type TelegramAdapter } from "../../../src/platforms/telegram/index.js";
import { createFakeTelegram, type FakeTelegram } from "../../fakes/telegram/index.js";
import { memoryLogger } from "../../support/logger.js";
import { memoryOutbox } from "../../support/outbox.js";
import { TOKEN } from "./e2e-scenarios.js";

let fake: FakeTelegram;
let adapter: TelegramAdapter;
let box: Awaited<ReturnType<typeof memoryOutbox>>;
const failed: FailedRow[] = [];
const log = memoryLogger();

const reply = (text: string, withButton = false): Reply => ({
  locale: "en",
  title: "Reminder",
  sections: [{ blocks: [{ kind: "paragraph", spans: [{ style: "plain", text }] }] }],
  actions: withButton ? [{ id: "lo.w", payload: "2", label: "Refused again" }] : [],
  outcome: "test",
});

beforeAll(async () => {
  // Users 6101 and 6102 have talked to the bot before (Telegram refuses chats it does not know).
  fake = await createFakeTelegram({ token: TOKEN, chats: [{ id: 6101 }, { id: 6102 }] });
  box = await memoryOutbox(log.logger);
  box.outbox.onFailed((f) => {
    failed.push(f);
  });
  adapter = createTelegramAdapter({
    outbox: box.outbox,
    token: TOKEN,
    apiRoot: fake.apiRoot,
    bot: createBot({ logger: log.logger }),
    services: {},
    logger: log.logger,
    defaultLocale: "en",
    limits: { perChatPerSecond: 100, perChatBurst: 10 },
    retry: { baseDelayMs: 10 },
  });
  await adapter.start();
  await box.outbox.start();
});
afterAll(async () => {
  await adapter.stop();
  await box.close();
  await fake.close();
});

describe("createTelegramAdapter", () => {
  it("is ready after start and knows its username", () => {
    expect(adapter.isReady()).toBe(true);
    expect(adapter.username()).toBe("DokkerTestBot");
  });

  it("send() reaches a private chat with rendered HTML", async () => {
    await adapter.send("telegram:6101", reply("Wait is over & you can try <again>"));
    const m = await fake.waitFor(() => fake.sentMessages(6101)[0]);
    expect(m?.text).toBe("<b>Reminder</b>\n\nWait is over &amp; you can try &lt;again&gt;");
  });

  it("send() to a forum topic keeps message_thread_id", async () => {
    const chatId = -1006100000001;
    fake.addChat({ id: chatId, type: "supergroup", isForum: true });
    const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/createForumTopic`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: chatId, name: "Ticket 1" }),
    });
    const topic = ((await res.json()) as { result: { message_thread_id: number } }).result.message_thread_id;
    await adapter.send(`telegram:${chatId}:${topic}`, reply("In the topic"));
    const m = await fake.waitFor(() =>
      fake.sentMessages(chatId).find((x) => x.text?.includes("In the topic")),
    );
    expect(m?.message_thread_id).toBe(topic);
  });

  it("a reply over 4096 characters arrives as several messages in order, keyboard on the last", async () => {
    const r: Reply = {
      ...reply("", true),
      sections: ["0", "1", "2"].map((d) => ({
        blocks: [{ kind: "paragraph" as const, spans: [{ style: "plain" as const, text: d.repeat(2000) }] }],
      })),
    };
    await adapter.send("telegram:6102", r);
    const sent = await fake.waitFor(() =>
      fake.sentMessages(6102).length === 2 ? fake.sentMessages(6102) : undefined,
    );
    expect(sent.length).toBe(2);
    for (const m of sent) expect((m.message.text ?? "").length).toBeLessThanOrEqual(4096);
    expect(sent[0]?.message.reply_markup).toBeUndefined();
    const keyboard = sent[1]?.message.reply_markup?.inline_keyboard ?? [];
    expect(keyboard.flat().map((b) => b.callback_data)).toEqual(["lo.w:2"]);
  });

  it("a message to a user who blocked the bot fails for good (unreachable), with its meta, and is logged (at warn: expected)", async () => {
    fake.blockUser(6103);
    await adapter.send("telegram:6103", reply("x"), { meta: { ticketId: 3 } });
    const f = await fake.waitFor(() => failed.find((x) => x.row.conversation === "telegram:6103"));
    expect(f.state).toBe("failed");
    expect(f.reason).toMatch(/^unreachable: .*blocked/);
    expect(f.error).toMatchObject({ kind: "unreachable", reason: "blocked", platform: "telegram" });
    expect(f.row.meta).toEqual({ ticketId: 3 });
    expect(log.lines().some((l) => l.level === 40 && l.msg === "outbox send refused for good")).toBe(true);
  });

  it("send() refuses a conversation that is not Telegram's", async () => {
    await expect(adapter.send("discord:123", reply("x"))).rejects.toMatchObject({
      kind: "refused",
      reason: "bad-conversation-id",
      message: expect.stringMatching(/not a Telegram conversation/),
    });
  });

  it("never logs the token", () => {
    expect(log.raw()).not.toContain(TOKEN);
  });
});
