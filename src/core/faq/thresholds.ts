/**
 * When a match is good enough to answer outright. The signals are general — how far the best
 * entry leads the next one, and how much of the question it explains — not lists of words.
 * The values are tuned on the tuning set (`test/faq/eval-questions.json`) only; the held-out set
 * (`test/faq/heldout/`) is measured, never tuned on.
 */
export type MatchLevel = "confident" | "unsure" | "none";

export interface MatchSignals {
  /** Score of the top entry (weights of the question's words it contains × phrase bonus). */
  readonly score: number;
  readonly runnerUpScore: number;
  /** Share of the question's weight the top entry explains (0…1). */
  readonly coverage: number;
  /** How many of the question's words the top entry contains. */
  readonly matched: number;
  /** …of them as written, not only through a typo or as part of a longer word. */
  readonly exact: number;
}

/** Below this the best hit shares only a common word or two with the question: `none`. */
const MIN_SCORE = 1;
/** …or explains too little of the question. */
const MIN_COVERAGE = 0.15;
/** Confident answers explain at least this share of the question… */
const CONFIDENT_COVERAGE = 0.7;
/** …and lead the runner-up by this share of their own score (1 − runnerUp / top)… */
const CONFIDENT_LEAD = 0.4;
/** …and score at least this… */
const CONFIDENT_SCORE = 3;
/** …with at least two of the question's words: one shared word is too little to be sure of. */
const CONFIDENT_WORDS = 2;

export function decideLevel(s: MatchSignals): MatchLevel {
  if (s.score < MIN_SCORE || s.coverage < MIN_COVERAGE) return "none";
  // Reached only through misspellings or parts of words ("recette" ~ "reset"): no topic at all.
  if (s.exact === 0) return "none";
  const lead = s.score > 0 ? 1 - s.runnerUpScore / s.score : 0;
  const confident =
    s.matched >= CONFIDENT_WORDS &&
    s.score >= CONFIDENT_SCORE &&
    s.coverage >= CONFIDENT_COVERAGE &&
    lead >= CONFIDENT_LEAD;
  return confident ? "confident" : "unsure";
}
