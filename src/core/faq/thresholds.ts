/**
 * When a match is good enough to answer outright. Calibrated on `test/faq/eval-questions.json`
 * (numbers printed by `test/faq/eval.test.ts`); change them only with that test in view.
 */
export type MatchLevel = "confident" | "unsure" | "none";

export interface MatchSignals {
  /** MiniSearch (BM25+) score of the top entry. */
  readonly score: number;
  readonly runnerUpScore: number;
  /** Share of the question's topic words found in the top entry (0…1). */
  readonly coverage: number;
  /** Number of topic words in the question (after stop words). */
  readonly termCount: number;
  /** Whether the question contains a radio-domain word (see `anchors.ts`). */
  readonly hasAnchor: boolean;
  /** Whether it contains a word about the service: price, privacy, legality, a human. */
  readonly hasMetaWord: boolean;
}

/**
 * Below this the hit is fuzzy/prefix noise on one word ("weather in paris today" scores ~4,
 * "ce vreme e mâine" ~3): level `none`. Real questions in the eval set score 17 and up.
 */
export const MIN_SCORE = 5;
/** Confident answers need at least this score… */
export const CONFIDENT_SCORE = 10;
/** …and to cover at least this share of the question's topic words… */
export const CONFIDENT_COVERAGE = 0.5;
/** …and to beat the runner-up by this factor, or two topics are tied and we should ask. */
export const CONFIDENT_LEAD = 1.15;
/**
 * A one-word question is weak evidence: "radio" alone leads "Which radios…" by 1.4× only
 * because of the plural. It must point clearly at one entry ("CODE LOCK", "MediaNav").
 */
export const SINGLE_TERM_LEAD = 1.5;

export function decideLevel(s: MatchSignals): MatchLevel {
  if (s.score < MIN_SCORE) return "none";
  const lead = s.termCount === 1 ? SINGLE_TERM_LEAD : CONFIDENT_LEAD;
  const strong = s.score >= CONFIDENT_SCORE && s.score >= s.runnerUpScore * lead;
  // A radio word makes it a radio question; half the words matching is then enough (typos,
  // filler). Without one, only a question about the service whose every word matched counts:
  // "is it free" yes, "how much is bitcoin" no.
  const onTopic = s.hasAnchor ? s.coverage >= CONFIDENT_COVERAGE : s.hasMetaWord && s.coverage >= 1;
  return strong && onTopic ? "confident" : "unsure";
}
