/**
 * Two instances, one limit (issue #10): two of our bot processes on ONE PostgreSQL schema (fresh,
 * dropped afterwards) share the outbox and the bot's 30/s budget. N first-time users (distinct
 * chats) write /dokker once each, alternately to either instance (a load balancer), against a fake
 * Telegram with its real flood limits. Measured: the combined send rate from the first POST to the
 * last delivered reply ÷ 30/s, 429s ÷ sends, replies lost, and how the sends split between the two.
 * Database: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
 */
import pg from "pg";
import { createFakeTelegram } from "../test/fakes/telegram/index.js";
import { textUpdate } from "../test/support/net.js";
import { TG_SECRET, TG_TOKEN } from "./lib/fixtures.js";
import { round } from "./lib/measure.js";
import { startTelegramBot } from "./lib/telegram-bot.js";
import { until } from "./telegram-webhook.js";

export interface TwoInstancesRun {
  readonly users: number;
  readonly delivered: number;
  /** Faceplate pictures delivered (one per /dokker reply). */
  readonly photos: number;
  readonly lost: number;
  readonly sends: number;
  readonly tooManyRequests: number;
  readonly tooManyRatio: number;
  readonly seconds: number;
  readonly sendRate: number;
  readonly rateRatio: number;
  /** CPU time each instance used from the first POST to the last reply. */
  readonly cpuMsA: number;
  readonly cpuMsB: number;
}

const GLOBAL = 30;

function benchDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
}

export async function runTwoInstances(users: number): Promise<TwoInstancesRun> {
  const base = benchDatabaseUrl();
  const schema = `bench2_${process.pid}_${Date.now().toString(36)}`;
  const u = new URL(base);
  u.searchParams.set("schema", schema);
  const chats = Array.from({ length: users }, (_, i) => 80_000_000 + i);
  const fake = await createFakeTelegram({
    token: TG_TOKEN,
    maxRecordedCalls: 4 * users + 100,
    chats: chats.map((id) => ({ id, type: "private" as const })),
  });
  const bots = [];
  try {
    for (const id of ["bench-a", "bench-b"]) {
      bots.push(
        await startTelegramBot("ours", fake.apiRoot, {
          DATABASE_URL: u.toString(),
          INSTANCE_ID: id,
          OUTBOX_POLL_MS: "200",
        }),
      );
    }
    const [a, b] = bots;
    if (!a || !b) throw new Error("two bots expected");
    const sendsBefore = fake.callsTo("sendMessage").length;
    const okBefore = fake.callsTo("sendMessage").filter((c) => c.outcome === "ok").length;
    const limitedBefore = fake.stats.tooManyRequests;
    const cpuA = a.proc.cpuMs();
    const cpuB = b.proc.cpuMs();
    const started = Date.now();
    let next = 0;
    // 64 in flight, alternating instances.
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < users) {
          const i = next++;
          const res = await fetch((i % 2 === 0 ? a : b).url, {
            method: "POST",
            headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET },
            body: JSON.stringify(textUpdate(900_000_000 + i, chats[i] ?? 0, "/dokker V284")),
          });
          await res.arrayBuffer();
        }
      }),
    );
    const ok = () => fake.callsTo("sendMessage").filter((c) => c.outcome === "ok");
    // Replies that have not arrived by then count as lost (the row says so) instead of aborting.
    await until(() => ok().length - okBefore >= users, (users / GLOBAL) * 1000 * 3 + 30_000).catch(() => {});
    const delivered = ok().slice(okBefore);
    // Every /dokker reply also carries a faceplate picture: it uses the same 30/s, so it is a send.
    const photos = fake.callsTo("sendPhoto").filter((c) => c.outcome === "ok" && c.at >= started);
    const lastAt = Math.max(...delivered.map((c) => c.at), ...photos.map((c) => c.at));
    const seconds = Math.max(0.001, (lastAt - started) / 1000);
    const okSends = delivered.length + photos.length;
    const sends =
      fake.callsTo("sendMessage").length -
      sendsBefore +
      fake.callsTo("sendPhoto").filter((c) => c.at >= started).length;
    const limited = fake.stats.tooManyRequests - limitedBefore;
    const answered = new Set(delivered.map((c) => Number(c.params.chat_id)));
    return {
      users,
      delivered: delivered.length,
      lost: chats.filter((c) => !answered.has(c)).length,
      sends,
      tooManyRequests: limited,
      tooManyRatio: round(limited / Math.max(1, sends), 4),
      seconds: round(seconds, 2),
      photos: photos.length,
      sendRate: round(okSends / seconds, 2),
      rateRatio: round(okSends / seconds / GLOBAL, 3),
      cpuMsA: round(a.proc.cpuMs() - cpuA, 0),
      cpuMsB: round(b.proc.cpuMs() - cpuB, 0),
    };
  } finally {
    await Promise.all(bots.map((b) => b.proc.stop()));
    await fake.close();
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}
