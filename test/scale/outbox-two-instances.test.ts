/**
 * Two bot processes on ONE PostgreSQL database share one outbox (issue #10): updates arrive at
 * either process (a load balancer), replies wait in the shared outbox, each row is sent by one
 * instance, and both together stay under Telegram's ~30 messages/s for the bot (a budget shared
 * through the store). One process is killed with SIGKILL mid-burst: the other sends what it left
 * (once its leases run out). Needs TEST_DATABASE_URL (skipped with a message otherwise).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { TOKEN } from "../platforms/telegram/e2e-scenarios.js";
import { freePort, postUpdate, textUpdate } from "../support/net.js";
import { type BotProcess, spawnBot } from "../support/spawn-bot.js";

const DB = process.env.TEST_DATABASE_URL;
const SECRET = "outbox_secret-2";
const schema = `outbox2_${process.pid}_${Date.now().toString(36)}`;

if (!DB) console.warn("test/scale: TEST_DATABASE_URL not set — two-instance outbox test skipped");

function withSchema(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set("schema", name);
  return u.toString();
}

describe.skipIf(!DB)("two processes, one outbox on PostgreSQL", () => {
  let fake: FakeTelegram;
  const bots: { proc: BotProcess; url: string }[] = [];

  beforeAll(async () => {
    fake = await createFakeTelegram({ token: TOKEN });
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/telegram/webhook`;
      const proc = await spawnBot(
        {
          DATABASE_URL: withSchema(DB ?? "", schema),
          HTTP_PORT: String(port),
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: fake.apiRoot,
          TELEGRAM_WEBHOOK_URL: url,
          TELEGRAM_WEBHOOK_SECRET: SECRET,
          OUTBOX_POLL_MS: "200",
          OUTBOX_LEASE_MS: "3000",
          INSTANCE_ID: `outbox-${i}`,
        },
        { readyTimeoutMs: 30_000 },
      );
      bots.push({ proc, url });
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.proc.stop("SIGKILL")));
    await fake?.close();
    const client = new pg.Client({ connectionString: DB });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it("GIVEN 300 users over both processes and one killed mid-burst THEN every user is answered, under the shared limit", async () => {
    const N = 300;
    const users = Array.from({ length: N }, (_, i) => 840_000 + i);
    for (const u of users) fake.addChat({ id: u, type: "private" });
    const base = 700_000_000 + Math.floor(Math.random() * 1_000_000);
    const sendsBefore = fake.callsTo("sendMessage").length;
    const limitedBefore = fake.stats.tooManyRequests;
    const t0 = Date.now();
    const statuses = await Promise.all(
      users.map((u, i) =>
        postUpdate(bots[i % 2]?.url ?? "", SECRET, textUpdate(base + i, u, "/dokker V284")),
      ),
    );
    expect(statuses.every((r) => r.status === 200)).toBe(true);
    // Both processes send; kill one while most replies still wait (after the first 40 went out).
    await fake.waitFor(() => fake.callsTo("sendMessage").length - sendsBefore >= 40 || undefined, 20_000);
    await bots[0]?.proc.stop("SIGKILL");
    const answered = () =>
      users.filter((u) => fake.sentMessages(u).some((m) => (m.text ?? "").includes("4727")));
    await fake.waitFor(() => answered().length === N || undefined, 60_000);
    const seconds = (Date.now() - t0) / 1000;
    const sends = fake.callsTo("sendMessage").length - sendsBefore;
    const limited = fake.stats.tooManyRequests - limitedBefore;
    // Each answer is a text with the PIN and its faceplate picture: count the texts.
    const twice = users.filter(
      (u) => fake.sentMessages(u).filter((m) => (m.text ?? "").includes("4727")).length > 1,
    ).length;
    console.info(
      `two instances: ${N}/${N} answered in ${seconds.toFixed(1)} s (${(N / seconds).toFixed(1)}/s), ${limited} × 429 of ${sends} sends, ${twice} twice`,
    );
    expect(limited / sends).toBeLessThanOrEqual(0.02);
    // Only sends in flight at the kill (at most 32 per instance) can go twice, and each is logged.
    expect(twice).toBeLessThanOrEqual(32);
    const resumed = bots[1]?.proc.logs().filter((l) => String(l.msg).startsWith("outbox row resumed")) ?? [];
    expect(resumed.length).toBeGreaterThanOrEqual(twice);
  }, 120_000);
});
