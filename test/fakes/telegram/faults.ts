/**
 * Fault injection and Telegram-like flood limits. `decide()` runs BEFORE a method is applied, so a
 * rejected call (429, 5xx, reset) changes no state — as with Telegram, where a 429'd sendMessage
 * was never delivered. Every rule accepts the method name `*` for "any method".
 *
 * Flood limits imitate https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 * with token buckets: ~1 msg/s per chat, 20 msg/min per group, ~30 msg/s overall. Exceeding one
 * answers 429 with `parameters.retry_after` (whole seconds, at least 1). They are on by default.
 */
import { ApiError, defaultDescription } from "./errors.js";
import type { FailRateSpec, FailSpec, OutageSpec, RateLimits } from "./types.js";

export interface Decision {
  delayMs: number;
  action: "pass" | "fail" | "reset";
  error?: ApiError;
  /** True when the failure came from the flood limiter (counted as tooManyRequests). */
  limited?: boolean;
}

/** Telegram's published limits: the fake's default. */
export const TELEGRAM_LIMITS: RateLimits = {
  perChatPerSecond: 1,
  perChatBurst: 3,
  perGroupPerMinute: 20,
  globalPerSecond: 30,
};

const DEFAULT_LIMITED_METHODS = [
  "sendMessage",
  "sendPhoto",
  "sendDocument",
  "sendVideo",
  "sendAudio",
  "sendVoice",
  "sendAnimation",
  "sendSticker",
  "sendMediaGroup",
  "copyMessage",
  "forwardMessage",
  "editMessageText",
  "editMessageCaption",
  "editMessageReplyMarkup",
];

/** mulberry32: tiny deterministic PRNG so failRate runs repeat exactly for a given seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }
  /** Milliseconds until one token is available (0 = available now). */
  waitMs(now: number): number {
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
  }
  take(): void {
    this.tokens -= 1;
  }
}

function makeError(
  status: number,
  retryAfter: number | undefined,
  description: string | undefined,
): ApiError {
  const retry = status === 429 ? (retryAfter ?? 1) : retryAfter;
  return new ApiError(
    status,
    description ?? defaultDescription(status, retry),
    retry !== undefined ? { retry_after: retry } : undefined,
  );
}

export class Faults {
  private failures = new Map<string, Array<FailSpec & { remaining: number }>>();
  private rates = new Map<string, FailRateSpec & { random: () => number }>();
  private delays = new Map<string, number>();
  private resets = new Map<string, number>();
  private outageUntil = 0;
  private outageStatus = 502;
  private limits: RateLimits | undefined;
  private buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly seed: number,
    limits?: RateLimits,
  ) {
    this.limits = limits;
  }

  failNext(method: string, spec: FailSpec): void {
    const list = this.failures.get(method) ?? [];
    list.push({ ...spec, remaining: spec.times ?? 1 });
    this.failures.set(method, list);
  }

  failRate(method: string, spec: FailRateSpec): void {
    this.rates.set(method, { ...spec, random: mulberry32(this.seed ^ hashString(method)) });
  }

  delay(method: string, ms: number): void {
    if (ms <= 0) this.delays.delete(method);
    else this.delays.set(method, ms);
  }

  resetConnections(method: string, times: number): void {
    this.resets.set(method, (this.resets.get(method) ?? 0) + times);
  }

  outage(spec: OutageSpec): void {
    this.outageUntil = spec.untilMs ?? Date.now() + (spec.durationMs ?? 1000);
    this.outageStatus = spec.status ?? 502;
  }

  setLimits(limits: RateLimits | undefined): void {
    this.limits = limits;
    this.buckets.clear();
  }

  clear(): void {
    this.failures.clear();
    this.rates.clear();
    this.delays.clear();
    this.resets.clear();
    this.outageUntil = 0;
    this.buckets.clear();
  }

  private lookup<T>(map: Map<string, T>, method: string): [string, T] | undefined {
    const exact = map.get(method);
    if (exact !== undefined) return [method, exact];
    const any = map.get("*");
    return any !== undefined ? ["*", any] : undefined;
  }

  decide(method: string, chat: { key?: string; isGroup: boolean }): Decision {
    const delayMs = this.lookup(this.delays, method)?.[1] ?? 0;
    const fail = (error: ApiError, limited = false): Decision => ({
      delayMs,
      action: "fail",
      error,
      limited,
    });

    if (Date.now() < this.outageUntil) return fail(makeError(this.outageStatus, undefined, undefined));

    const reset = this.lookup(this.resets, method);
    if (reset && reset[1] > 0) {
      if (reset[1] === 1) this.resets.delete(reset[0]);
      else this.resets.set(reset[0], reset[1] - 1);
      return { delayMs, action: "reset" };
    }

    const queued = this.lookup(this.failures, method);
    const next = queued?.[1][0];
    if (queued && next) {
      next.remaining -= 1;
      if (next.remaining <= 0) queued[1].shift();
      if (queued[1].length === 0) this.failures.delete(queued[0]);
      return fail(makeError(next.status, next.retryAfter, next.description));
    }

    const rate = this.lookup(this.rates, method)?.[1];
    if (rate && rate.random() < rate.ratio)
      return fail(makeError(rate.status, rate.retryAfter, rate.description));

    const waitMs = this.floodWait(method, chat);
    if (waitMs > 0) return fail(makeError(429, Math.max(1, Math.ceil(waitMs / 1000)), undefined), true);
    return { delayMs, action: "pass" };
  }

  /** Checks every applicable bucket first and only then takes a token from each (all-or-nothing). */
  private floodWait(method: string, chat: { key?: string; isGroup: boolean }): number {
    const limits = this.limits;
    if (!limits || !(limits.methods ?? DEFAULT_LIMITED_METHODS).includes(method)) return 0;
    const now = Date.now();
    const buckets: TokenBucket[] = [];
    const bucket = (key: string, capacity: number, perMs: number): void => {
      let b = this.buckets.get(key);
      if (!b) {
        b = new TokenBucket(capacity, perMs, now);
        this.buckets.set(key, b);
      }
      buckets.push(b);
    };
    if (limits.globalPerSecond) bucket("global", limits.globalPerSecond, limits.globalPerSecond / 1000);
    if (chat.key !== undefined && limits.perChatPerSecond) {
      const burst = limits.perChatBurst ?? limits.perChatPerSecond;
      bucket(`chat:${chat.key}`, burst, limits.perChatPerSecond / 1000);
    }
    if (chat.key !== undefined && chat.isGroup && limits.perGroupPerMinute) {
      bucket(`group:${chat.key}`, limits.perGroupPerMinute, limits.perGroupPerMinute / 60_000);
    }
    const wait = Math.max(0, ...buckets.map((b) => b.waitMs(now)));
    if (wait === 0) for (const b of buckets) b.take();
    return wait;
  }
}
