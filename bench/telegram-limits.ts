/**
 * Under Telegram's limits: 300 chats write at once (2 messages each) to a fake that enforces
 * ~30 msg/s overall and 1 msg/s per chat (burst 3) with 429s. Measures the achieved send rate against the
 * allowed 30/s (texts and pictures, from the first POST to the last delivered one), replies lost
 * and 429s received. Our bot (default throttle + retry) against the bare telegraf bot.
 */
import { TELEGRAM_LIMITS } from "../test/fakes/telegram/faults.js";
import { createFakeTelegram } from "../test/fakes/telegram/index.js";
import { textUpdate } from "../test/support/net.js";
import { TG_SECRET, TG_TOKEN } from "./lib/fixtures.js";
import { round } from "./lib/measure.js";
import { startTelegramBot } from "./lib/telegram-bot.js";

export interface LimitsRun {
  readonly messages: number;
  readonly delivered: number;
  /** Faceplate pictures delivered (ours attaches one to every decode). */
  readonly photos: number;
  readonly lost: number;
  readonly tooManyRequests: number;
  readonly seconds: number;
  readonly sendRate: number;
  readonly allowedRate: number;
  readonly rateRatio: number;
}

const CHATS = 300;
const PER_CHAT = 2;
const GLOBAL = 30;
/** Give up waiting this long after the last POST (a lost reply never comes). */
const SETTLE_MS = 45_000;

export async function runTelegramLimits(kind: "ours" | "baseline"): Promise<LimitsRun> {
  const fake = await createFakeTelegram({
    token: TG_TOKEN,
    // Telegram's limits as the other benchmarks use them: 30/s per bot, 1/s per chat with a short
    // burst (until 6 Dec this one allowed no burst per chat, stricter than Telegram).
    limits: { ...TELEGRAM_LIMITS, globalPerSecond: GLOBAL },
    chats: Array.from({ length: CHATS }, (_, c) => ({ id: 70_000_000 + c, type: "private" as const })),
  });
  const { proc, url } = await startTelegramBot(kind, fake.apiRoot);
  const messages = CHATS * PER_CHAT;
  try {
    const sentOk = () => fake.callsTo("sendMessage").filter((c) => c.outcome === "ok");
    // Our decode replies carry a faceplate picture: it uses the same limits, so it counts as a send.
    const allOk = () =>
      fake.calls.filter(
        (c) => (c.method === "sendMessage" || c.method === "sendPhoto") && c.outcome === "ok",
      );
    const started = performance.now();
    // Every chat sends its messages at once; 300 chats in parallel (the webhook answers after the
    // reply is queued for ours, after it was sent for the baseline).
    await Promise.all(
      Array.from({ length: CHATS }, async (_, c) => {
        for (let k = 0; k < PER_CHAT; k += 1) {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET },
            body: JSON.stringify(textUpdate(c * PER_CHAT + k + 1, 70_000_000 + c, "A123")),
          });
          await res.arrayBuffer();
        }
      }),
    );
    const deadline = performance.now() + SETTLE_MS;
    let lastCount = -1;
    let lastChange = performance.now();
    // Done when every reply arrived, or nothing new arrived for 5 s (the rest is lost).
    while (performance.now() < deadline) {
      const n = allOk().length;
      if (sentOk().length >= messages && performance.now() - lastChange > 2000) break;
      if (n !== lastCount) {
        lastCount = n;
        lastChange = performance.now();
      } else if (performance.now() - lastChange > 5000) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const ok = allOk();
    const replies = sentOk().length;
    const lastAt = Math.max(...ok.map((c) => c.at));
    const seconds = Math.max(0.001, (lastAt - (Date.now() - (performance.now() - started))) / 1000);
    const sendRate = ok.length / seconds;
    return {
      messages,
      delivered: replies,
      photos: ok.length - replies,
      lost: messages - replies,
      tooManyRequests: fake.stats.tooManyRequests,
      seconds: round(seconds, 2),
      sendRate: round(sendRate, 2),
      allowedRate: GLOBAL,
      rateRatio: round(sendRate / GLOBAL, 3),
    };
  } finally {
    await proc.stop();
    await fake.close();
  }
}
