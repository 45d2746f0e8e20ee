/**
 * Follow-ups: the message right after an answer often leans on it ("how long?" after ERROR,
 * "still nothing" after the code, "where exactly?" after where the label is). For a while after
 * an answer, the topics it leads to — the answer itself, its related topics (the buttons under
 * it) — are read as the likelier meaning of a message the matcher alone is unsure about.
 */
import type { FaqEntry } from "./schema.js";

/** The last topic after a pre-code was decoded (the code, its entry steps and the lockout). */
export const DECODE_TOPIC = "decode";

/** The last topic after the wait after n wrong codes was told, or asked for ("How many?"). */
export const LOCKOUT_TOPIC = "lockout";

/** How long an answer stays the context of the next message. */
export const FOLLOW_UP_MS = 15 * 60_000;

/** What a user asks after getting their code: how to enter it, a refused code, the lockout. */
const AFTER_DECODE = [
  "enter-code",
  "code-not-working",
  "error-code-lock",
  "wait-between-attempts",
  "display-0000-code",
  "steering-wheel-entry",
  "code-after-battery",
];

/**
 * Answers after which the user has their code (the decode, entering it, a refused code, ERROR,
 * the wait): "still says CODE" then is about the display, not a request for the code — they are
 * not told again to send the pre-code.
 */
const HAS_CODE = new Set([
  DECODE_TOPIC,
  LOCKOUT_TOPIC,
  "enter-code",
  "code-not-working",
  "error-code-lock",
  "wait-between-attempts",
]);

export function hasCodeAfter(previous: string | undefined): boolean {
  return previous !== undefined && HAS_CODE.has(previous);
}

/** The topics a follow-up to `previous` is likely about, most likely first. */
export function followUpTopics(previous: string, byId: ReadonlyMap<string, FaqEntry>): readonly string[] {
  if (previous === DECODE_TOPIC) return AFTER_DECODE;
  const entry = byId.get(previous);
  return entry ? [entry.id, ...(entry.related ?? [])] : [];
}
