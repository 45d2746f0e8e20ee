/**
 * Token buckets for Telegram's send limits: about 1 message/s per chat (short bursts tolerated),
 * 20 messages/min per group, about 30 messages/s overall. Sending slower than the limits avoids
 * most 429s; the retry layer handles the rest.
 * @see https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 */

class TokenBucket {
  private tokens: number;
  private last: number;

  /** `capacity` tokens at most (the burst); `perSecond` tokens are added each second. */
  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.last);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.perSecond) / 1000);
    this.last = now;
  }

  /** Milliseconds until one token is available (0 = now). */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  /** Tokens available now (fractional). */
  level(now: number): number {
    this.refill(now);
    return this.tokens;
  }

  /** Puts one token back (at most up to capacity). */
  give(now: number): void {
    this.refill(now);
    this.tokens = Math.min(this.capacity, this.tokens + 1);
  }

  /** True when the bucket is full again (it can be forgotten). */
  idle(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }
}

export interface ThrottleLimits {
  readonly perChatPerSecond: number;
  readonly perChatBurst: number;
  readonly perGroupPerMinute: number;
  readonly globalPerSecond: number;
}

export interface Throttle {
  /** Waits until a message to `chatId` may be sent under every applicable limit, then takes it. */
  acquire(chatId: number | string | undefined, group: boolean): Promise<void>;
  /**
   * The message `acquire` was for got a 429. When that chat had just used its burst (another
   * message within the last second), the 429 is blamed on the chat's 1/s: Telegram posted
   * nothing, so the global token is given back instead of wasting one of the ~30/s. Otherwise it
   * may be the overall limit, and the token stays taken (giving it back would push harder). The
   * chat's token always stays taken; the retry waits `retry_after` anyway.
   */
  rejected(chatId: number | string | undefined): void;
}

export function createThrottle(
  limits: ThrottleLimits,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> },
): Throttle {
  const global = new TokenBucket(Math.max(1, limits.globalPerSecond), limits.globalPerSecond, clock.now());
  const chats = new Map<string, TokenBucket>();
  const groups = new Map<string, TokenBucket>();

  function bucket(map: Map<string, TokenBucket>, key: string, make: () => TokenBucket): TokenBucket {
    let b = map.get(key);
    if (!b) {
      // Forget full buckets now and then so the maps don't grow with every chat ever seen.
      if (map.size > 10_000) for (const [k, v] of map) if (v.idle(clock.now())) map.delete(k);
      b = make();
      map.set(key, b);
    }
    return b;
  }

  return {
    async acquire(chatId, group) {
      const buckets = [global];
      if (chatId !== undefined) {
        const key = String(chatId);
        buckets.push(
          bucket(
            chats,
            key,
            () => new TokenBucket(limits.perChatBurst, limits.perChatPerSecond, clock.now()),
          ),
        );
        if (group) {
          buckets.push(
            bucket(
              groups,
              key,
              () => new TokenBucket(limits.perChatBurst, limits.perGroupPerMinute / 60, clock.now()),
            ),
          );
        }
      }
      for (;;) {
        const now = clock.now();
        const wait = Math.max(...buckets.map((b) => b.waitMs(now)));
        if (wait === 0) {
          for (const b of buckets) b.take(now);
          return;
        }
        await clock.sleep(wait);
      }
    },
    rejected(chatId) {
      const chat = chatId === undefined ? undefined : chats.get(String(chatId));
      const now = clock.now();
      if (chat && chat.level(now) < chat.capacity - 1) global.give(now);
    },
  };
}
