/**
 * Staff durations: `10m`, `2h`, `1d`, `1w`, or combined `1h30m`. Language-neutral on purpose:
 * staff type them in commands in any locale. Pure functions.
 */

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
type Unit = keyof typeof UNIT_MS;
const PART = /(\d{1,6})\s*([smhdw])/gy;
/** One year: longer is almost certainly a typo (and JS dates stay comfortably in range). */
const MAX_DURATION_MS = 366 * UNIT_MS.d;

/** `10m` → 600000. Undefined when the text is not a duration (or is zero / over a year). */
export function parseDuration(input: string): number | undefined {
  const text = input.trim().toLowerCase();
  if (text === "") return undefined;
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let m = PART.exec(text); m !== null; m = PART.exec(text)) {
    total += Number(m[1]) * UNIT_MS[m[2] as Unit];
    consumed = PART.lastIndex;
    while (text[consumed] === " ") consumed += 1;
    PART.lastIndex = consumed;
  }
  if (consumed !== text.length || total <= 0 || total > MAX_DURATION_MS) return undefined;
  return total;
}

/** 5400000 → `1h30m` (the same notation staff type). */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms / 1000)) * 1000;
  const out: string[] = [];
  for (const unit of ["w", "d", "h", "m", "s"] as const) {
    const n = Math.floor(rest / UNIT_MS[unit]);
    if (n > 0) {
      out.push(`${n}${unit}`);
      rest -= n * UNIT_MS[unit];
    }
  }
  return out.length > 0 ? out.join("") : "0s";
}

/** A UTC timestamp staff can read anywhere: `2026-11-24 10:00 UTC`. */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
