/**
 * Two instances, one limit (issue #10): two of our bot processes on ONE PostgreSQL schema (fresh,
 * dropped afterwards) share the outbox and the bot's 30/s budget. N first-time users (distinct
 * chats) write /dokker once each, alternately to either instance (a load balancer), against a fake
 * Telegram with its real flood limits. Measured: the combined send rate from the first POST to the
 * last delivered reply ÷ 30/s, 429s ÷ sends, and per chat: chats that got no reply (lost), chats
 * that got their reply more than once (twice) and the extra copies in all (duplicates). Counted
 * per chat, not from send totals, where one duplicate hid one lost reply.
 * Database: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
 */
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { createFakeTelegram } from "../test/fakes/telegram/index.js";
import { textUpdate } from "../test/support/net.js";
import { TG_SECRET, TG_TOKEN } from "./lib/fixtures.js";
import { round } from "./lib/measure.js";
import { startTelegramBot } from "./lib/telegram-bot.js";
import { until } from "./telegram-webhook.js";

export interface TwoInstancesRun {
  readonly users: number;
  /** Chats that got their text reply (at least once). */
  readonly delivered: number;
  /** Chats that got their faceplate picture (one per /dokker reply; at least once). */
  readonly photos: number;
  /** Chats that got no text reply, or no picture. */
  readonly lost: number;
  /** Chats that got their text or their picture more than once. */
  readonly twice: number;
  /** Extra copies in all (texts and pictures sent to a chat beyond the first). */
  readonly duplicates: number;
  /** Rows the instances logged as resumed after a lost lease (each a possible duplicate). */
  readonly resumed: number;
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
/** How long after the last reply late copies are still counted. */
const SETTLE_MS = 3000;

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
    const RESUMED = "outbox row resumed";
    a.proc.count(RESUMED);
    b.proc.count(RESUMED);
    const sendsBefore = fake.callsTo("sendMessage").length;
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
    // Per chat: its text reply and its picture (fake.sentMessages keeps every message, not a
    // capped call log).
    const copies = (chat: number, method: string) =>
      fake.sentMessages(chat).filter((m) => m.method === method).length;
    const complete = () => chats.every((c) => copies(c, "sendMessage") > 0 && copies(c, "sendPhoto") > 0);
    // Replies that have not arrived by then count as lost (the row says so) instead of aborting.
    await until(complete, (users / GLOBAL) * 1000 * 3 + 30_000).catch(() => {});
    const okAfterStart = (method: string) =>
      fake.callsTo(method).filter((c) => c.outcome === "ok" && c.at >= started);
    // The clock stops at the first copy of the last reply to arrive (later copies are duplicates).
    const firstAt = new Map<string, number>();
    for (const method of ["sendMessage", "sendPhoto"])
      for (const c of okAfterStart(method)) {
        const key = `${method}:${Number(c.params.chat_id)}`;
        if (!firstAt.has(key)) firstAt.set(key, c.at);
      }
    const lastAt = Math.max(started, ...firstAt.values());
    const seconds = Math.max(0.001, (lastAt - started) / 1000);
    // Copies that come late (a row sent again after its lease ran out) still count as duplicates.
    await sleep(SETTLE_MS);
    let delivered = 0;
    let photos = 0;
    let lost = 0;
    let twice = 0;
    let duplicates = 0;
    for (const c of chats) {
      const t = copies(c, "sendMessage");
      const p = copies(c, "sendPhoto");
      if (t > 0) delivered += 1;
      if (p > 0) photos += 1;
      if (t === 0 || p === 0) lost += 1;
      if (t > 1 || p > 1) twice += 1;
      duplicates += Math.max(0, t - 1) + Math.max(0, p - 1);
    }
    // The rate counts each reply and picture once: duplicates are not throughput.
    const okSends = delivered + photos;
    const sends =
      fake.callsTo("sendMessage").length -
      sendsBefore +
      fake.callsTo("sendPhoto").filter((c) => c.at >= started).length;
    const limited = fake.stats.tooManyRequests - limitedBefore;
    return {
      users,
      delivered,
      lost,
      twice,
      duplicates,
      resumed: a.proc.count(RESUMED) + b.proc.count(RESUMED),
      sends,
      tooManyRequests: limited,
      tooManyRatio: round(limited / Math.max(1, sends), 4),
      seconds: round(seconds, 2),
      photos,
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
