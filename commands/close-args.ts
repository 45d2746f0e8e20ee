/**
 * The one reader of `/close` arguments, for every way staff close a ticket: typed text puts
 * everything after `/close` into `delay` and `silent` in order (`/close silent` gives
 * delay="silent"), Discord gives two options (`delay:2h silent:silent`), so both are read as one
 * list of words, in any order: `/close 10m silent`, `/close silent`, `/close silent 1h 30m`.
 * Durations are the staff notation (src/core/durations.ts); several add up.
 */
import { parseDuration } from "../src/core/durations.js";

const SILENT = /^(silent|silently|quiet|-s)$/i;

export type CloseArgs =
  /** `delayMs` absent: close now. */
  | { readonly ok: true; readonly delayMs?: number; readonly silent: boolean }
  /** `value`: the first word that is neither a duration nor "silent". */
  | { readonly ok: false; readonly value: string };

/** `delay` and `silent` as the command received them (either may hold any of the words). */
export function parseCloseArgs(
  delay: string | number | undefined,
  silent: string | number | undefined,
): CloseArgs {
  let isSilent = false;
  let delayMs: number | undefined;
  const words = [delay, silent]
    .map((v) => String(v ?? "").trim())
    .join(" ")
    .split(/\s+/)
    .filter(Boolean);
  for (const word of words) {
    if (SILENT.test(word)) {
      isSilent = true;
      continue;
    }
    const ms = parseDuration(word);
    if (ms === undefined) return { ok: false, value: word };
    delayMs = (delayMs ?? 0) + ms;
  }
  return { ok: true, silent: isSilent, ...(delayMs !== undefined ? { delayMs } : {}) };
}
