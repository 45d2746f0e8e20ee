/**
 * Send limits as GCRA lanes (the generic cell rate algorithm: one "theoretical arrival time" per
 * lane instead of a token count, so "when may the next one go?" is a subtraction, not a sleep).
 * A lane of `perSecond` with `burst` lets `burst` messages go at once, then one every
 * 1/perSecond s — the same shape as a token bucket of capacity `burst`.
 */
export interface LaneLimit {
  /** Which lane: e.g. `telegram:chat:123`, `telegram:group:-100…`. */
  readonly key: string;
  /** Minimum spacing between sends once the burst is used (ms). */
  readonly intervalMs: number;
  /** Sends allowed back to back from idle (≥ 1). */
  readonly burst: number;
}

export function lane(key: string, perPeriod: number, periodMs: number, burst = 1): LaneLimit {
  return { key, intervalMs: periodMs / perPeriod, burst: Math.max(1, Math.floor(burst)) };
}

/** Theoretical arrival times of the lanes in use; idle lanes are forgotten. */
export class Lanes {
  private readonly tat = new Map<string, number>();

  /** The earliest time a send on all these lanes is allowed (>= now). */
  readyAt(limits: readonly LaneLimit[], now: number): number {
    let at = now;
    for (const l of limits) {
      const tat = this.tat.get(l.key);
      if (tat === undefined) continue;
      const allowedFrom = tat - l.intervalMs * (l.burst - 1);
      if (allowedFrom > at) at = allowedFrom;
    }
    return at;
  }

  /** Records a send at `now` on every lane. */
  take(limits: readonly LaneLimit[], now: number): void {
    for (const l of limits) {
      const tat = this.tat.get(l.key);
      this.tat.set(l.key, Math.max(tat ?? now, now) + l.intervalMs);
    }
  }

  /** The platform said "wait": nothing goes on this lane before `until`. */
  holdUntil(key: string, until: number, limit?: LaneLimit): void {
    const tol = limit ? limit.intervalMs * (limit.burst - 1) : 0;
    const current = this.tat.get(key) ?? 0;
    this.tat.set(key, Math.max(current, until + tol));
  }

  /** Forgets lanes whose arrival time has passed (they are back to a full burst). */
  prune(now: number): void {
    for (const [key, tat] of this.tat) if (tat <= now) this.tat.delete(key);
  }

  get size(): number {
    return this.tat.size;
  }
}
