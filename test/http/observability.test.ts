/**
 * The metrics hooks without a process: Telegram delivery events (429, 5xx retry, network retry,
 * final failure) land in the right counters; handled events use known names only.
 */
import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import { createObservability } from "../../src/http/observability.js";
import { PlatformError } from "../../src/platforms/errors.js";
import { createDelivery } from "../../src/platforms/telegram/delivery.js";
import { memoryLogger } from "../support/logger.js";

async function value(text: Promise<string>, line: RegExp): Promise<number> {
  const m = (await text).match(line);
  return m?.[1] === undefined ? 0 : Number(m[1]);
}

const rateLimited = () =>
  new PlatformError("rate-limited", "sendMessage: 429", {
    platform: "telegram",
    method: "sendMessage",
    retryAfterMs: 1,
  });

describe("observability hooks", () => {
  it("GIVEN a 429, a 5xx, a network error, then a final 400 THEN rate_limited, retries by reason and failures count", async () => {
    const ops = await createObservability(memoryLogger().logger, { defaultMetrics: false });
    const answers: unknown[] = [
      rateLimited(),
      new TelegramError({ error_code: 502, description: "Bad Gateway" }),
      new Error("ECONNRESET"),
    ];
    const delivery = createDelivery({
      api: async () => {
        const next = answers.shift();
        if (next) throw next;
        return { message_id: 1 };
      },
      logger: memoryLogger().logger,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      limits: { perChatPerSecond: 1000, perChatBurst: 1000, globalPerSecond: 1000 },
      onEvent: ops.onTelegramDelivery,
    });
    await delivery.call({ method: "sendMessage", payload: { chat_id: 1, text: "hi" } });
    const metrics = ops.metrics;
    if (!metrics) throw new Error("metrics are on by default");
    const text = () => metrics.registry.metrics();
    expect(await value(text(), /dokker_rate_limited_total\{platform="telegram"\} (\d+)/)).toBe(1);
    expect(await value(text(), /dokker_retries_total\{platform="telegram",reason="429"\} (\d+)/)).toBe(1);
    expect(await value(text(), /dokker_retries_total\{platform="telegram",reason="5xx"\} (\d+)/)).toBe(1);
    // A plain Error is no answer from Telegram: a network failure.
    expect(await value(text(), /dokker_retries_total\{platform="telegram",reason="network"\} (\d+)/)).toBe(1);

    const failing = createDelivery({
      api: async () => {
        throw rateLimited();
      },
      logger: memoryLogger().logger,
      retry: { maxAttempts: 2 },
      limits: { perChatPerSecond: 1000, perChatBurst: 1000, globalPerSecond: 1000 },
      onEvent: ops.onTelegramDelivery,
    });
    await expect(
      failing.call({ method: "sendMessage", payload: { chat_id: 2, text: "x" } }),
    ).rejects.toThrow();
    expect(await value(text(), /dokker_delivery_failures_total\{platform="telegram"\} (\d+)/)).toBe(1);
    expect(await value(text(), /dokker_rate_limited_total\{platform="telegram"\} (\d+)/)).toBe(3);
  });

  it("GIVEN handled events THEN unknown names become 'other' and latency is observed in seconds", async () => {
    const ops = await createObservability(memoryLogger().logger, { defaultMetrics: false });
    ops.onHandled({ platform: "discord", kind: "command", name: "dokker", outcome: "ok", ms: 3 });
    ops.onHandled({ platform: "discord", kind: "command", name: "<script>", outcome: "x", ms: 1 });
    ops.onHandled({ platform: "discord", kind: "action", name: "dk.r", outcome: "ok", ms: 1 });
    const text = await ops.metrics?.registry.metrics();
    expect(text).toContain('name="dokker"');
    expect(text).toContain('name="other"');
    expect(text).toContain('name="dk.r"');
    expect(text).not.toContain("script");
    expect(text).toMatch(/dokker_reply_latency_seconds_sum\{platform="discord",kind="command"\} 0\.004/);
  });
});
