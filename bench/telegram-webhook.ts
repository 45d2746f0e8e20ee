/**
 * Telegram webhook throughput: N updates (mix of /dokker, bare pre-codes, FAQ questions), each
 * from its own chat, posted to the bot with 64 in flight; latency from POST to the fake seeing the
 * chat's sendMessage. Our bot (store de-duplication, profiles, delivery layer with high limits)
 * against a bare telegraf bot replying a fixed string, against the same fake in the same run.
 * Also start-up time and RSS (idle, and after the run) of both processes.
 */
import { createFakeTelegram } from "../test/fakes/telegram/index.js";
import { textUpdate } from "../test/support/net.js";
import { mixText, TG_SECRET } from "./lib/fixtures.js";
import { closedLoop, type RunResult, round, Waiters } from "./lib/measure.js";
import { startTelegramBot } from "./lib/telegram-bot.js";

export interface TelegramRun extends RunResult {
  readonly startupMs: number;
  readonly rssIdleMiB: number;
  readonly rssAfterMiB: number;
  readonly errors: number;
}

const CONCURRENCY = 64;
const WARMUP = 1000;

export async function runTelegramWebhook(kind: "ours" | "baseline", total: number): Promise<TelegramRun> {
  const fake = await createFakeTelegram({ maxRecordedCalls: 1000 });
  const seen = new Waiters<number>();
  // The fake records every call synchronously on arrival: observe sendMessage there.
  const push = fake.calls.push.bind(fake.calls);
  fake.calls.push = (...records) => {
    for (const r of records) if (r.method === "sendMessage") seen.fire(Number(r.params.chat_id));
    return push(...records);
  };
  const { proc, url } = await startTelegramBot(kind, fake.apiRoot, {
    // Throughput run: limits far above the load so the throttle never waits.
    TELEGRAM_RATE_PER_CHAT: "1000",
    TELEGRAM_RATE_GLOBAL: "1000000",
  });
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const rssIdleMiB = proc.rssMiB();
    let errors = 0;
    let updateId = 1;
    const one = async (chatId: number, text: string): Promise<number> => {
      const t0 = performance.now();
      const answered = seen.wait(chatId);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET },
        body: JSON.stringify(textUpdate(updateId++, chatId, text)),
      });
      await res.arrayBuffer();
      if (res.status !== 200) errors += 1;
      return (await answered) - t0;
    };
    await closedLoop(WARMUP, CONCURRENCY, (i) => one(50_000_000 + i, mixText(i)));
    const result = await closedLoop(total, CONCURRENCY, (i) => one(60_000_000 + i, mixText(i)));
    await new Promise((r) => setTimeout(r, 500));
    return {
      ...result,
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
