/**
 * CPU per update (issue #10): a burst of N first-time users (distinct private chats, the usual mix
 * of /dokker, bare pre-codes and FAQ questions) posted to the webhook with 64 in flight, against a
 * fake Telegram with its real flood limits (1/s per chat, burst 3; 30/s per bot). Measured: the
 * bot process's CPU time (utime + stime from /proc) from the first POST until its work is done —
 * for ours until every reply has been delivered (the outbox drains at 30/s, so this includes the
 * scheduler's whole run), for the bare telegraf bot until its last send attempt (it has no queue:
 * most of its replies get 429 and are lost). Also the CPU until the last webhook answer (intake).
 * A third bot, the bare one with an in-memory queue at 30/s that delivers a picture and a text per
 * pre-code like ours (`baselines/telegraf-delivering.ts`), is timed like ours, for a report row.
 * Both processes get the same untimed warm-up (distinct users, fake limits off) first.
 */

import { TELEGRAM_LIMITS } from "../test/fakes/telegram/faults.js";
import { createFakeTelegram } from "../test/fakes/telegram/index.js";
import { textUpdate } from "../test/support/net.js";
import { mixText, TG_SECRET, TG_TOKEN } from "./lib/fixtures.js";
import { closedLoop, round } from "./lib/measure.js";
import { startTelegramBot, type TelegramKind } from "./lib/telegram-bot.js";

export interface BurstRun {
  readonly users: number;
  readonly delivered: number;
  /** Faceplate pictures delivered (sendPhoto; ours attaches one to every decode). */
  readonly photos: number;
  readonly tooManyRequests: number;
  /** Seconds from the first POST to the last webhook answer. */
  readonly intakeSeconds: number;
  /** Seconds from the first POST until the bot's work was done (see above). */
  readonly seconds: number;
  readonly cpuMs: number;
  readonly cpuPerUpdateMs: number;
  readonly intakeCpuPerUpdateMs: number;
  readonly startupMs: number;
  readonly rssIdleMiB: number;
  readonly rssAfterMiB: number;
  readonly errors: number;
}

const CONCURRENCY = 64;
const WARMUP = 150;

export async function runTelegramBurst(kind: TelegramKind, users: number): Promise<BurstRun> {
  const warmChats = Array.from({ length: WARMUP }, (_, i) => 50_000_000 + i);
  const burstChats = Array.from({ length: users }, (_, i) => 60_000_000 + i);
  const fake = await createFakeTelegram({
    token: TG_TOKEN,
    limits: "off",
    maxRecordedCalls: 4 * (users + WARMUP),
    chats: [...warmChats, ...burstChats].map((id) => ({ id, type: "private" as const })),
  });
  const { proc, url } = await startTelegramBot(kind, fake.apiRoot);
  const sends = () => fake.callsTo("sendMessage");
  const delivered = () => sends().filter((c) => c.outcome === "ok").length;
  const photos = () => fake.callsTo("sendPhoto").filter((c) => c.outcome === "ok").length;
  let updateId = 1;
  let errors = 0;
  const post = async (chatId: number, text: string): Promise<number> => {
    const t0 = performance.now();
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET },
      body: JSON.stringify(textUpdate(updateId++, chatId, text)),
    });
    await res.arrayBuffer();
    if (res.status !== 200) errors += 1;
    return performance.now() - t0;
  };
  try {
    await sleep(1000);
    const rssIdleMiB = proc.rssMiB();
    await closedLoop(WARMUP, 16, (i) => post(warmChats[i] ?? 0, mixText(i)));
    await until(() => delivered() >= WARMUP, 30_000);
    const warmSends = sends().length;
    fake.setLimits(TELEGRAM_LIMITS);
    const limitedBefore = fake.stats.tooManyRequests;
    const photosBefore = photos();
    errors = 0;

    const cpu0 = proc.cpuMs();
    const t0 = performance.now();
    await closedLoop(users, CONCURRENCY, (i) => post(burstChats[i] ?? 0, mixText(i)));
    const intakeCpu = proc.cpuMs() - cpu0;
    const intakeSeconds = (performance.now() - t0) / 1000;
    if (kind !== "baseline") {
      // Every reply must arrive (text, and the faceplate picture of a decode): at 30/s that is
      // about 5 sends per 3 users; then nothing more for 2 s (the last pictures).
      await until(() => delivered() - WARMUP >= users, (users / 30) * 1000 * 3 + 30_000);
      await quiet(() => fake.calls.length, 2000);
    } else {
      // The bare bot sends during the webhook call; wait until no attempt is still pending.
      await until(
        () => sends().length - warmSends >= users && sends().every((c) => c.outcome !== "pending"),
        30_000,
      );
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpuMs = proc.cpuMs() - cpu0;
    return {
      users,
      delivered: delivered() - WARMUP,
      photos: photos() - photosBefore,
      tooManyRequests: fake.stats.tooManyRequests - limitedBefore,
      intakeSeconds: round(intakeSeconds, 2),
      seconds: round(seconds, 2),
      cpuMs: round(cpuMs, 0),
      cpuPerUpdateMs: round(cpuMs / users, 3),
      intakeCpuPerUpdateMs: round(intakeCpu / users, 3),
      startupMs: round(proc.readyMs, 0),
      rssIdleMiB: round(rssIdleMiB, 1),
      rssAfterMiB: round(proc.rssMiB(), 1),
      errors,
    };
  } finally {
    await proc.stop();
    await fake.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Resolves once `count()` has not changed for `ms`. */
async function quiet(count: () => number, ms: number): Promise<void> {
  let last = count();
  let since = performance.now();
  while (performance.now() - since < ms) {
    await sleep(100);
    const now = count();
    if (now !== last) {
      last = now;
      since = performance.now();
    }
  }
}

/** Polls `done` every 100 ms; throws after `timeoutMs`. */
export async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`not done within ${Math.round(timeoutMs)} ms`);
    await sleep(100);
  }
}
