/**
 * In-process rate limits for the web endpoints: a fixed window per key (conversation or IP).
 * Fixed windows admit at most `limit` per window; across a window edge a burst of 2 × limit is
 * possible, which is fine for abuse protection (the bot's own per-user limits apply as well).
 * Old windows are dropped as the map is used, so memory stays bounded by the active keys.
 */
export interface RateLimiter {
  /** True when the request may go ahead (and counts it). */
  take(key: string, now?: number): boolean;
}

export function createRateLimiter(opts: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = opts.maxKeys ?? 100_000;
  return {
    take(key, now = Date.now()) {
      let w = windows.get(key);
      if (!w || now - w.start >= opts.windowMs || now < w.start) {
        windows.delete(key);
        if (windows.size >= maxKeys) {
          // The first key has the oldest window (a new window re-inserts its key at the end).
          const oldest = windows.keys().next().value;
          if (oldest !== undefined) windows.delete(oldest);
        }
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      if (w.count >= opts.limit) return false;
      w.count += 1;
      return true;
    },
  };
}

/** Counts open streams per key with a ceiling (concurrent SSE connections per conversation / IP). */
export interface Gauge {
  acquire(key: string): boolean;
  release(key: string): void;
}

export function createGauge(max: number): Gauge {
  const counts = new Map<string, number>();
  return {
    acquire(key) {
      const n = counts.get(key) ?? 0;
      if (n >= max) return false;
      counts.set(key, n + 1);
      return true;
    },
    release(key) {
      const n = (counts.get(key) ?? 1) - 1;
      if (n <= 0) counts.delete(key);
      else counts.set(key, n);
    },
  };
}
