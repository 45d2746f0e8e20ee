/**
 * The delivery layer against the fake Bot API through the real telegraf client: 429 honoured,
 * 5xx and connection resets retried, per-chat order kept, throttle rates held, final failures
 * logged (never silent), drain waits for queued calls.
 */
import { Telegram } from "telegraf";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createDelivery,
  type DeliveryLimits,
  type RetryPolicy,
} from "../../../src/platforms/telegram/delivery.js";
import type { ApiCall } from "../../../src/platforms/telegram/types.js";
import { createFakeTelegram, type FakeTelegram } from "../../fakes/telegram/index.js";
import { memoryLogger } from "../../support/logger.js";

const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";
const FAST: Partial<RetryPolicy> = { baseDelayMs: 10, maxDelayMs: 50 };
const UNTHROTTLED: Partial<DeliveryLimits> = {
  perChatPerSecond: 1000,
  perChatBurst: 1000,
  globalPerSecond: 1000,
};

const CHATS = [
  ...[1001, 1002, 1003, 1004, 1005, 1006, 1007, 2001, 2002, 2003, 3001, 3002, 5001],
  ...Array.from({ length: 10 }, (_, i) => 4000 + i),
  -1003001,
].map((id) => ({ id }));

let fake: FakeTelegram;
beforeAll(async () => {
  // Flood limits off: these tests measure the delivery layer's own throttle (set per test, often
  // faster than Telegram's) and its retries on injected faults only.
  fake = await createFakeTelegram({ token: TOKEN, limits: "off", chats: CHATS });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function setup(opts: { limits?: Partial<DeliveryLimits>; retry?: Partial<RetryPolicy> } = {}) {
  const log = memoryLogger();
  const telegram = new Telegram(TOKEN, { apiRoot: fake.apiRoot });
  const api: ApiCall = (method, payload, signal) =>
    telegram.callApi(method as never, payload as never, { signal } as never);
  const delivery = createDelivery({
    api,
    logger: log.logger,
    limits: opts.limits ?? UNTHROTTLED,
    retry: { ...FAST, ...opts.retry },
  });
  const send = (chatId: number, text: string) =>
    delivery.call({ method: "sendMessage", payload: { chat_id: chatId, text } });
  return { delivery, send, log };
}

const texts = (chatId: number) => fake.sentMessages(chatId).map((m) => m.text);

describe("delivery: retries", () => {
  it("GIVEN a 429 with retry_after 1 THEN it waits about 1 s, sends once and logs the retry", async () => {
    const { send, log } = setup();
    fake.failNext("sendMessage", { status: 429, retryAfter: 1 });
    const started = Date.now();
    await send(1001, "hello");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(texts(1001)).toEqual(["hello"]);
    expect(fake.stats.tooManyRequests).toBe(1);
    const retry = log.lines().find((l) => l.msg === "telegram call retried");
    expect(retry).toMatchObject({ chat: 1001, method: "sendMessage", attempt: 1, kind: "rate-limited" });
    expect(retry?.retryAfterMs).toBeGreaterThanOrEqual(1000);
  });

  it("GIVEN two 502s THEN it backs off and sends exactly once", async () => {
    const { send, log } = setup();
    fake.failNext("sendMessage", { status: 502, times: 2 });
    await send(1002, "after 502");
    expect(texts(1002)).toEqual(["after 502"]);
    expect(fake.callsTo("sendMessage").map((c) => c.status)).toEqual([502, 502, 200]);
    expect(log.lines().filter((l) => l.msg === "telegram call retried")).toHaveLength(2);
  });

  it("GIVEN connection resets THEN it retries as a network error and sends once", async () => {
    const { send, log } = setup();
    fake.resetConnections("sendMessage", 2);
    await send(1003, "after reset");
    expect(texts(1003)).toEqual(["after reset"]);
    expect(fake.stats.connectionResets).toBe(2);
    const retries = log.lines().filter((l) => l.msg === "telegram call retried");
    expect(retries.map((l) => l.kind)).toEqual(["network", "network"]);
  });

  it("GIVEN a 400 THEN it does not retry, rejects, and logs chat and reason at error", async () => {
    const { send, log } = setup();
    fake.failNext("sendMessage", { status: 400, description: "Bad Request: something is wrong" });
    await expect(send(1004, "x")).rejects.toMatchObject({ kind: "refused" });
    expect(fake.callsTo("sendMessage")).toHaveLength(1);
    const failed = log.lines().find((l) => l.msg === "telegram call failed for good");
    expect(failed).toMatchObject({ level: 50, chat: 1004, method: "sendMessage" });
    expect(String(failed?.reason)).toContain("something is wrong");
  });

  it("GIVEN a user who blocked the bot THEN unreachable is final and logged", async () => {
    const { send, log } = setup();
    fake.blockUser(1005);
    await expect(send(1005, "x")).rejects.toMatchObject({ kind: "unreachable", reason: "blocked" });
    expect(log.lines().some((l) => l.msg === "telegram call failed for good" && l.chat === 1005)).toBe(true);
  });

  it("GIVEN a lasting outage THEN it gives up after maxAttempts and logs the failure", async () => {
    const { send, log } = setup({ retry: { maxAttempts: 4 } });
    fake.outage({ durationMs: 60_000, status: 503 });
    await expect(send(1006, "x")).rejects.toMatchObject({ kind: "network", status: 503 });
    expect(fake.callsTo("sendMessage")).toHaveLength(4);
    expect(log.lines().filter((l) => l.msg === "telegram call retried")).toHaveLength(3);
    expect(log.raw()).not.toContain(TOKEN);
  });

  it("GIVEN 'message is not modified' on an edit THEN it counts as success", async () => {
    const { delivery, send } = setup();
    const sent = (await send(1007, "same")) as { message_id: number };
    const result = await delivery.call({
      method: "editMessageText",
      payload: { chat_id: 1007, message_id: sent.message_id, text: "same" },
    });
    expect(result).toBe(true);
  });

  it("GIVEN a 429 on a call without a chat (setMyCommands) THEN it is retried too", async () => {
    const { delivery } = setup();
    fake.failNext("setMyCommands", { status: 429, retryAfter: 0 });
    await delivery.call({
      method: "setMyCommands",
      payload: { commands: [{ command: "a", description: "b" }] },
    });
    expect(fake.callsTo("setMyCommands").map((c) => c.status)).toEqual([429, 200]);
  });
});

describe("delivery: order and throttling", () => {
  it("GIVEN 30% of sends fail with 429/502 THEN each chat gets every message once, in order", async () => {
    const { send } = setup();
    fake.failRate("sendMessage", { ratio: 0.3, status: 502 });
    fake.failNext("sendMessage", { status: 429, retryAfter: 1 });
    const chats = [2001, 2002, 2003];
    const expected = (c: number) => Array.from({ length: 15 }, (_, i) => `${c}-${i}`);
    await Promise.all(chats.flatMap((c) => expected(c).map((t) => send(c, t))));
    for (const c of chats) expect(texts(c)).toEqual(expected(c));
    expect(fake.stats.injectedFaults).toBeGreaterThan(5);
  });

  it("GIVEN 10 messages/s per chat with burst 3 THEN 13 messages take about 1 s", async () => {
    const { send } = setup({ limits: { perChatPerSecond: 10, perChatBurst: 3, globalPerSecond: 1000 } });
    await Promise.all(Array.from({ length: 13 }, (_, i) => send(3001, `m${i}`)));
    const at = fake.callsTo("sendMessage").map((c) => c.at);
    const span = (at.at(-1) ?? 0) - (at[0] ?? 0);
    // 3 at once (burst), then 10 more at 10/s: ~1000 ms.
    expect(span).toBeGreaterThanOrEqual(900);
    expect(span).toBeLessThan(1600);
    expect(texts(3001)).toHaveLength(13);
  });

  it("GIVEN a group limit of 120/min THEN a group gets ~2 messages/s while a private chat is not slowed", async () => {
    const { send } = setup({
      limits: { perChatPerSecond: 1000, perChatBurst: 2, perGroupPerMinute: 120, globalPerSecond: 1000 },
    });
    const started = Date.now();
    const group = Promise.all(Array.from({ length: 4 }, (_, i) => send(-1003001, `g${i}`)));
    await Promise.all(Array.from({ length: 4 }, (_, i) => send(3002, `p${i}`)));
    const privateDone = Date.now() - started;
    await group;
    const groupDone = Date.now() - started;
    expect(privateDone).toBeLessThan(500);
    // burst 2, then 2 more at 2/s: ~1000 ms.
    expect(groupDone).toBeGreaterThanOrEqual(900);
    expect(texts(-1003001)).toEqual(["g0", "g1", "g2", "g3"]);
  });

  it("GIVEN a global limit of 20/s THEN 30 messages over 10 chats take about 0.5 s", async () => {
    const { send } = setup({ limits: { perChatPerSecond: 1000, perChatBurst: 1000, globalPerSecond: 20 } });
    const started = Date.now();
    await Promise.all(Array.from({ length: 30 }, (_, i) => send(4000 + (i % 10), `x${i}`)));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(1500);
  });

  it("drain() waits until queued calls have settled", async () => {
    const { delivery, send } = setup({
      limits: { perChatPerSecond: 20, perChatBurst: 1, globalPerSecond: 1000 },
    });
    for (let i = 0; i < 5; i += 1) void send(5001, `d${i}`);
    expect(delivery.pending()).toBe(5);
    expect(await delivery.drain(5000)).toBe(true);
    expect(delivery.pending()).toBe(0);
    expect(texts(5001)).toEqual(["d0", "d1", "d2", "d3", "d4"]);
  });
});
