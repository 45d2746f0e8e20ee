/**
 * Soak (issue #10): N updates through our bot (webhook, SQLite, compiled, as in production), each
 * from a new chat (first-time users, the usual mix), 64 in flight, every reply awaited. The fake's
 * flood limits are off and the bot's own limits raised, so the outbox drains as fast as the bot
 * can send (at 30/s, 100k replies would take an hour); faceplate pictures are off (see below).
 * Measured: RSS after the first 10% and after all updates, each read once every reply so far has
 * arrived and after a 1 s pause, then again after two full GCs (bench/lib/gc-probe.mjs; the
 * ratio is of these: between collections V8 lets old space fill with garbage, and one reading
 * swung between 157 and 280 MiB with the same live heap), and throughput.
 * BENCH_MEM_PROBE=1 also loads bench/lib/mem-probe.mjs into the bot, which logs V8 heap figures
 * on stderr every 5 s (for finding what grows).
 */
import { createFakeTelegram } from "../test/fakes/telegram/index.js";
import { textUpdate } from "../test/support/net.js";
import { mixText, TG_SECRET, TG_TOKEN } from "./lib/fixtures.js";
import { closedLoop, round, Waiters } from "./lib/measure.js";
import { startTelegramBot } from "./lib/telegram-bot.js";

export interface SoakRun {
  readonly updates: number;
  readonly checkpoint: number;
  readonly perSecond: number;
  /** Median of the steps' p50 latencies, and the worst step's p99 (POST → reply seen). */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly rssIdleMiB: number;
  /** RSS after two full GCs (gc-probe.mjs): what the process keeps. The ratio is of these. */
  readonly rssAtCheckpointMiB: number;
  readonly rssAfterMiB: number;
  readonly rssRatio: number;
  /** The same moments read without a GC first (where V8's collection cycle happens to be). */
  readonly rawRssAtCheckpointMiB: number;
  readonly rawRssAfterMiB: number;
  readonly rawRssRatio: number;
  readonly errors: number;
}

const CONCURRENCY = 64;

export async function runSoak(total: number, log: (line: string) => void = () => {}): Promise<SoakRun> {
  const checkpoint = Math.round(total / 10);
  const fake = await createFakeTelegram({ token: TG_TOKEN, limits: "off", maxRecordedCalls: 1000 });
  const seen = new Waiters<number>();
  // The fake records every call synchronously on arrival: observe sendMessage there.
  const push = fake.calls.push.bind(fake.calls);
  fake.calls.push = (...records) => {
    for (const r of records) if (r.method === "sendMessage") seen.fire(Number(r.params.chat_id));
    return push(...records);
  };
  const { proc, url } = await startTelegramBot(
    "ours",
    fake.apiRoot,
    {
      TELEGRAM_RATE_PER_CHAT: "1000",
      TELEGRAM_RATE_PER_GROUP_MINUTE: "100000",
      TELEGRAM_RATE_GLOBAL: "1000000",
      // Faceplate pictures off: rendering one costs ~20 ms of CPU (resvg), which would stretch 100k
      // updates past an hour; the picture path is covered by the CPU benchmarks instead.
      FACEPLATE_PICTURES: "off",
    },
    ["--expose-gc", "--import", "./bench/lib/gc-probe.mjs"],
  );
  /** RSS after the bot ran two full GCs (it answers SIGUSR2 with "gc-probe done"). */
  const rssAfterGc = async (): Promise<number> => {
    const before = proc.count("gc-probe done");
    proc.child.kill("SIGUSR2");
    const deadline = performance.now() + 10_000;
    while (proc.count("gc-probe done") === before) {
      if (performance.now() > deadline) throw new Error("the bot did not answer the GC probe");
      await sleep(20);
    }
    return proc.rssMiB();
  };
  let errors = 0;
  let updateId = 1;
  const one = async (i: number): Promise<number> => {
    const chatId = 100_000_000 + i;
    fake.addChat({ id: chatId, type: "private" });
    const t0 = performance.now();
    const answered = seen.wait(chatId);
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET },
      body: JSON.stringify(textUpdate(updateId++, chatId, mixText(i))),
    });
    await res.arrayBuffer();
    if (res.status !== 200) errors += 1;
    return (await answered) - t0;
  };
  try {
    await sleep(1000);
    const rssIdleMiB = proc.rssMiB();
    const t0 = performance.now();
    await closedLoop(checkpoint, CONCURRENCY, one);
    await sleep(1000);
    const rawRssAtCheckpointMiB = proc.rssMiB();
    const rssAtCheckpointMiB = await rssAfterGc();
    log(
      `  soak ${checkpoint}: RSS ${round(rawRssAtCheckpointMiB, 1)} MiB, after GC ${round(rssAtCheckpointMiB, 1)}`,
    );
    // The rest in steps of one checkpoint each, logging RSS and rate as it goes.
    const latencies = { p50: [] as number[], p99: [] as number[] };
    for (let done = checkpoint; done < total; ) {
      const step = Math.min(checkpoint, total - done);
      const from = done;
      const part = await closedLoop(step, CONCURRENCY, (i) => one(from + i));
      done += step;
      latencies.p50.push(part.p50Ms);
      latencies.p99.push(part.p99Ms);
      log(`  soak ${done}: RSS ${round(proc.rssMiB(), 1)} MiB, ${part.perSecond}/s`);
    }
    const seconds = (performance.now() - t0 - 1000) / 1000;
    await sleep(1000);
    const rawRssAfterMiB = proc.rssMiB();
    const rssAfterMiB = await rssAfterGc();
    log(`  soak ${total}: RSS ${round(rawRssAfterMiB, 1)} MiB, after GC ${round(rssAfterMiB, 1)}`);
    return {
      updates: total,
      checkpoint,
      perSecond: round(total / seconds, 0),
      p50Ms: median(latencies.p50),
      p99Ms: Math.max(...latencies.p99),
      rssIdleMiB: round(rssIdleMiB, 1),
      rssAtCheckpointMiB: round(rssAtCheckpointMiB, 1),
      rssAfterMiB: round(rssAfterMiB, 1),
      rssRatio: round(rssAfterMiB / rssAtCheckpointMiB, 3),
      rawRssAtCheckpointMiB: round(rawRssAtCheckpointMiB, 1),
      rawRssAfterMiB: round(rawRssAfterMiB, 1),
      rawRssRatio: round(rawRssAfterMiB / rawRssAtCheckpointMiB, 3),
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
