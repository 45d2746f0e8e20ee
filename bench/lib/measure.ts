/** Closed-loop load with a fixed number of requests in flight, and latency percentiles. */

export interface RunResult {
  readonly count: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/**
 * Runs `one(i)` for i in [0, total) with `concurrency` in flight; each resolves with its own
 * latency in ms. Throughput is completed requests over the wall time of the whole run.
 */
export async function closedLoop(
  total: number,
  concurrency: number,
  one: (i: number) => Promise<number>,
): Promise<RunResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  async function worker(): Promise<void> {
    while (next < total) {
      const i = next;
      next += 1;
      latencies.push(await one(i));
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    seconds: round(seconds, 2),
    perSecond: round(latencies.length / seconds, 0),
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
  };
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Waiters keyed by id, resolved by whoever observes the matching event. */
export class Waiters<K> {
  private readonly map = new Map<K, (at: number) => void>();
  wait(key: K, timeoutMs = 30_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.map.delete(key);
        reject(new Error(`no answer for ${String(key)} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.map.set(key, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  }
  /** Resolves the waiter for `key` (first observation only). */
  fire(key: K, at = performance.now()): void {
    const resolve = this.map.get(key);
    if (resolve) {
      this.map.delete(key);
      resolve(at);
    }
  }
}
