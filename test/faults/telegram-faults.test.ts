/**
 * Fault tests (issue #7) for the whole bot process in Telegram webhook mode:
 * - the Bot API answers 502 to everything for 10 s while users keep writing → after recovery
 *   every reply is delivered exactly once and the process is still up;
 * - connections reset on sendMessage → every reply delivered exactly once.
 * Replies are retried by the delivery layer (backoff, bounded); the metrics count the retries.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { beforeMarker, MARKER_PRECODE } from "../support/markers.js";
import { freePort, postUpdate, probe, textUpdate } from "../support/net.js";
import { type BotProcess, spawnBot, tempDatabaseUrl } from "../support/spawn-bot.js";

const SECRET = "faults_secret-1";
let fake: FakeTelegram;
let bot: BotProcess;
let url: string;
let base: string;
let nextUpdate = 500_000_000;

beforeAll(async () => {
  fake = await createFakeTelegram({ token: TOKEN });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  url = `${base}/telegram/webhook`;
  bot = await spawnBot({
    DATABASE_URL: tempDatabaseUrl(),
    HTTP_PORT: String(port),
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: url,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    LOG_LEVEL: "info",
  });
});
afterAll(async () => {
  if (bot && bot.child.exitCode === null) await bot.stop("SIGKILL");
  await fake?.close();
});

/** One user per chat writes `text`; resolves when the webhook accepted every update. */
async function write(chats: number[], text: string): Promise<void> {
  // These users are writing to the bot, so Telegram knows their chats.
  for (const c of chats) fake.addChat({ id: c, type: "private" });
  const res = await Promise.all(chats.map((c) => postUpdate(url, SECRET, textUpdate(nextUpdate++, c, text))));
  expect(res.map((r) => r.status)).toEqual(chats.map(() => 200));
}

/** Exactly one reply per chat: counted up to the answer to a later marker message (no sleep). */
async function expectOneReplyEach(chats: number[]): Promise<void> {
  const before = await beforeMarker(fake, chats, (c) => write([c], MARKER_PRECODE));
  for (const c of chats) {
    const sent = before.get(c) ?? [];
    expect(sent, `chat ${c}`).toHaveLength(1);
    expect(sent[0]?.text).toContain("0086");
  }
}

describe("Telegram faults against the bot process", () => {
  it("GIVEN a 10 s Bot API outage (502) while users write THEN every reply arrives once after recovery", async () => {
    const chats = Array.from({ length: 20 }, (_, i) => 81_000 + i);
    fake.outage({ durationMs: 10_000, status: 502 });
    const until = Date.now() + 10_000;
    // Users keep writing through the outage: 5 waves, 2 s apart.
    for (let wave = 0; wave < 5; wave += 1) {
      await write(chats.slice(wave * 4, wave * 4 + 4), "A123");
      await new Promise((r) => setTimeout(r, 2000));
    }
    expect(Date.now()).toBeGreaterThanOrEqual(until - 500);
    await fake.waitFor(() => chats.every((c) => fake.sentMessages(c).length > 0) || undefined, 25_000);
    await expectOneReplyEach(chats);
    expect(bot.child.exitCode).toBeNull();
    expect((await probe(`${base}/healthz`)).status).toBe(200);
    const metrics = (await probe(`${base}/metrics`)).body;
    expect(metrics).toMatch(/dokker_retries_total\{platform="telegram",reason="5xx"\} [1-9]/);
    expect(metrics).not.toMatch(/dokker_delivery_failures_total\{platform="telegram"\} [1-9]/);
  }, 45_000);

  it("GIVEN connection resets on sendMessage THEN every reply arrives exactly once", async () => {
    const chats = Array.from({ length: 10 }, (_, i) => 82_000 + i);
    fake.resetConnections("sendMessage", 6);
    await write(chats, "A123");
    await fake.waitFor(() => chats.every((c) => fake.sentMessages(c).length > 0) || undefined, 20_000);
    await expectOneReplyEach(chats);
    expect(fake.stats.connectionResets).toBeGreaterThanOrEqual(6);
    const metrics = (await probe(`${base}/metrics`)).body;
    expect(metrics).toMatch(/dokker_retries_total\{platform="telegram",reason="network"\} [1-9]/);
    expect(bot.child.exitCode).toBeNull();
  }, 30_000);
});
