/**
 * Wait after a wrong code (MR-413 86A-9): 1 minute after the first error, 2 after the second,
 * 4 after the third, doubling, 32 minutes maximum on most units. Some owners report up to 64
 * minutes on other units, so replies say "usually up to 32, some units longer".
 */
export const LOCKOUT_CAP_MINUTES = 32;
/** Attempts beyond this are treated as this many (the wait no longer grows). */
const MAX_TRACKED_ATTEMPTS = 20;

/** Minutes to wait after the `attempt`-th wrong entry (1-based). */
export function lockoutMinutes(attempt: number): number {
  const n = clampAttempt(attempt);
  return Math.min(2 ** (n - 1), LOCKOUT_CAP_MINUTES);
}

export function clampAttempt(attempt: number): number {
  if (!Number.isFinite(attempt)) return 1;
  return Math.min(Math.max(1, Math.floor(attempt)), MAX_TRACKED_ATTEMPTS);
}

/** The first `count` waits, e.g. [1, 2, 4, 8, 16, 32]. */
export function lockoutSchedule(count = 6): number[] {
  return Array.from({ length: count }, (_, i) => lockoutMinutes(i + 1));
}

/** When the radio should accept a new try, given when the wrong entry happened. */
export function retryAt(attempt: number, wrongAt: Date): Date {
  return new Date(wrongAt.getTime() + lockoutMinutes(attempt) * 60_000);
}
