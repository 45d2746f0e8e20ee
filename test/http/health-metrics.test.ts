/**
 * The operations endpoints of the real bot process (issue #7): /healthz answers as soon as the
 * process listens, /readyz is 503 until Telegram is connected (getMe is held back by the fake)
 * and 200 after, /metrics exposes every metric name and counts a handled update and an FAQ miss.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { botEnv, TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { freePort, probe } from "../support/net.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

let fake: FakeTelegram;
let bot: BotProcess;
let base: string;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN });
  // The adapter is not ready before getMe answers: hold it back so "not ready" is observable.
  fake.delay("getMe", 2500);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = await spawnBot(botEnv(fake.apiRoot, tempDatabaseUrl(), { HTTP_PORT: String(port) }), {
    waitReady: false,
  });
});
afterAll(async () => {
  if (bot && bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake?.close();
});

async function until<T>(f: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out\n${bot.stderr().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("health, readiness and metrics of the bot process", () => {
  it("GIVEN Telegram not connected yet THEN /healthz 200 and /readyz 503 naming telegram; once started /readyz 200", async () => {
    const health = await until(async () => {
      const r = await probe(`${base}/healthz`);
      return r.status === 0 ? undefined : r;
    });
    expect(health.status).toBe(200);
    const notReady = await probe(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(JSON.parse(notReady.body)).toMatchObject({
      status: "not ready",
      checks: { telegram: false, store: true },
    });
    await bot.waitForLog((l) => l.msg === "started", 15_000);
    const ready = await probe(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: "ready", checks: { telegram: true, store: true } });
  });

  it("GIVEN a command and an unmatched question THEN /metrics counts them; every metric name is exposed", async () => {
    await bot.waitForLog((l) => l.msg === "started", 15_000);
    fake.userMessage({ chatId: 501, from: { id: 501 }, text: "/dokker A123" });
    await fake.waitForCall("sendMessage", (c) => c.params.chat_id === 501, 10_000);
    fake.userMessage({ chatId: 502, from: { id: 502 }, text: "qwerty zxcvb plonk" });
    await fake.waitForCall("sendMessage", (c) => c.params.chat_id === 502, 10_000);
    const { status, body } = await probe(`${base}/metrics`);
    expect(status).toBe(200);
    for (const name of [
      "dokker_updates_total",
      "dokker_reply_latency_seconds",
      "dokker_rate_limited_total",
      "dokker_retries_total",
      "dokker_delivery_failures_total",
      "dokker_open_tickets",
      "dokker_pending_reminders",
      "dokker_faq_unmatched_total",
      "dokker_process_resident_memory_bytes",
    ]) {
      expect(body).toContain(`# TYPE ${name}`);
    }
    expect(body).toMatch(
      /dokker_updates_total\{platform="telegram",kind="command",name="dokker",outcome="[^"]+"\} 1/,
    );
    expect(body).toMatch(/dokker_reply_latency_seconds_count\{platform="telegram",kind="command"\} 1/);
    expect(body).toMatch(/dokker_faq_unmatched_total\{lang="en"\} 1/);
    expect(body).toContain("dokker_open_tickets 0");
    // The miss is counted (above); the question itself is logged at debug only (privacy).
    const miss = bot.logs().find((l) => l.msg === "faq question unmatched");
    expect(miss).toMatchObject({ level: 20, lang: "en", question: expect.stringContaining("plonk") });
  });

  it("GIVEN an unknown /command THEN its name is counted as 'other' (no label per user input)", async () => {
    fake.userMessage({ chatId: 503, from: { id: 503 }, text: "/zz_unknown_42" });
    await fake.waitForCall("sendMessage", (c) => c.params.chat_id === 503, 10_000);
    const { body } = await probe(`${base}/metrics`);
    expect(body).not.toContain("zz_unknown_42");
    expect(body).toMatch(/dokker_updates_total\{platform="telegram",kind="command",name="other"/);
  });

  it("GIVEN SIGTERM THEN the process exits 0", async () => {
    expect(await bot.stop()).toBe(0);
  });
});
