/**
 * Finds the FAQ entry a free-text question is about, in any of the bot's languages.
 *
 * Each language has its own lexicon (lexicon.ts) and stemmer: a French question meets the French
 * wording best, but cross-language hits still count ("radio CODE LOCK" is the same everywhere).
 * An entry's score is its best language's score (score.ts); whether to answer outright follows
 * from the lead over the runner-up and how much of the question the entry explains
 * (thresholds.ts). The answer is given in the language the question was written in.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales.js";
import { detectLanguage } from "./detect-language.js";
import { FAQ_ENTRIES } from "./entries/index.js";
import { followUpTopics } from "./follow-up.js";
import { buildLexicons, type LearnedPhrasing, verbatimKey } from "./lexicon.js";
import { fold, tokenize } from "./normalize.js";
import { contentTerms } from "./query-terms.js";
import type { FaqEntry } from "./schema.js";
import { type EntryScore, scoreEntries } from "./score.js";
import { stemFor } from "./stem.js";
import { decideLevel, type MatchLevel } from "./thresholds.js";

export type { LearnedPhrasing } from "./lexicon.js";
export type { MatchLevel } from "./thresholds.js";

export interface FaqScore {
  readonly id: string;
  readonly score: number;
}

export interface FaqMatch {
  /** Language of the question; falls back to `opts.locale`, then English. */
  readonly lang: Locale;
  /** Whether `lang` was read from the question itself (not the fallback). */
  readonly detected: boolean;
  /**
   * The question is in a language the bot does not speak (detect-language.ts `other`): nothing
   * is matched (`level` none, no suggestions); `lang` is the fallback.
   */
  readonly other?: string;
  /** The top entry; absent exactly when `level` is `none`. */
  readonly best?: FaqScore & { readonly confident: boolean };
  /** Up to three top entries, best first (includes `best`), for "Did you mean…". May be
   * non-empty at level `none` (weak hits), so callers decide whether to show them. */
  readonly suggestions: readonly FaqScore[];
  readonly level: MatchLevel;
}

export interface FaqTitle {
  readonly id: string;
  readonly title: string;
}

export interface MatchOptions {
  /** The user's locale, used when the question's language can't be told. */
  readonly locale?: Locale;
  /**
   * What the bot answered just before (an entry id, or `decode`; see follow-up.ts): a question
   * the matcher is unsure about is read as a follow-up to it when that fits.
   */
  readonly previous?: string;
}

export interface FaqMatcher {
  match(question: string, opts?: MatchOptions): FaqMatch;
  get(id: string): FaqEntry | undefined;
  /** Every entry's title in `locale`, in knowledge-base order (e.g. for autocomplete). */
  titles(locale: Locale): FaqTitle[];
  /** Titles for a partly typed query (Discord autocomplete): at most `limit`, best first. */
  search(prefix: string, locale: Locale, limit?: number): FaqTitle[];
  answer(id: string, locale: Locale): string | undefined;
}

/** Long pastes are cut: questions are short, and look-up cost grows with every term. */
const MAX_QUESTION_CHARS = 400;
const MAX_TERMS = 24;
const SUGGESTIONS = 3;
const MIN_VERBATIM_WORDS = 3;
/** A follow-up topic moves first only with at least this share of the top score. */
const FOLLOW_UP_SHARE = 0.5;
/** Discord allows at most 25 autocomplete choices. */
const DEFAULT_TITLE_LIMIT = 25;

/**
 * `learned`: phrasings staff taught (see src/support/faq/learning.ts); they are searched like
 * the entries' own questions. Build a new matcher when they change (cheap: a few ms).
 */
export function createFaqMatcher(
  entries: readonly FaqEntry[] = FAQ_ENTRIES,
  learned: readonly LearnedPhrasing[] = [],
): FaqMatcher {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const lexicons = buildLexicons(entries, learned);
  const mustMention = new Map(
    entries.flatMap((e) => (e.confidentOnlyWith ? [[e.id, stemsOf(e.confidentOnlyWith)] as const] : [])),
  );

  function match(question: string, opts: MatchOptions = {}): FaqMatch {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const detection = detectLanguage(text);
    const detectedLocale = detection.locale;
    const lang = detectedLocale ?? opts.locale ?? DEFAULT_LOCALE;
    const detected = detectedLocale !== undefined;
    if (detection.other) return { lang, detected, other: detection.other, suggestions: [], level: "none" };
    const known = (word: string) => detection.leading.some((l) => lexicons.get(l)?.words.has(word));
    const terms = [...new Set(contentTerms(text, detection.leading, known))].slice(0, MAX_TERMS);
    const ranked = terms.length > 0 ? rankEntries(scoreEntries(lexicons, terms, entries.length)) : [];

    const verbatim = verbatimEntry(text);
    if (verbatim) {
      const score = ranked.find((s) => s.id === verbatim)?.score ?? ranked[0]?.score ?? 1;
      const others = ranked.filter((s) => s.id !== verbatim).map(({ id, score }) => ({ id, score }));
      return {
        lang,
        detected,
        best: { id: verbatim, score, confident: true },
        suggestions: [{ id: verbatim, score }, ...others].slice(0, SUGGESTIONS),
        level: "confident",
      };
    }
    const [top, runnerUp] = ranked;
    if (!top) return { lang, detected, suggestions: [], level: "none" };
    const level = decideLevel({
      score: top.score,
      runnerUpScore: runnerUp?.score ?? 0,
      coverage: top.coverage,
      matched: top.matched,
      exact: top.exact,
    });
    if (level === "unsure" && opts.previous) {
      const followUp = asFollowUp(ranked, opts.previous);
      if (followUp) return { lang, detected, ...followUp, level };
    }
    const suggestions = ranked.slice(0, SUGGESTIONS).map(({ id, score }) => ({ id, score }));
    if (level === "none") return { lang, detected, suggestions, level };
    const sure = level === "confident" && mentionsWhatItNeeds(top.id, terms);
    return {
      lang,
      detected,
      best: { id: top.id, score: top.score, confident: sure },
      suggestions,
      level: sure ? "confident" : "unsure",
    };
  }

  /**
   * An unsure question read after an answer: of its top three suggestions, the first that the
   * previous answer leads to comes first, if it scores at least half the top one ("how long?"
   * after ERROR: the wait, not an unrelated topic that shares "long"). It is still only offered:
   * a follow-up read this way is right too rarely to answer outright (README, "Follow-ups").
   */
  function asFollowUp(
    ranked: readonly EntryScore[],
    previous: string,
  ): Pick<FaqMatch, "best" | "suggestions"> | undefined {
    const near = followUpTopics(previous, byId);
    const floor = (ranked[0]?.score ?? 0) * FOLLOW_UP_SHARE;
    const hit = ranked.slice(0, SUGGESTIONS).find((s) => near.includes(s.id) && s.score >= floor);
    if (!hit || hit === ranked[0]) return undefined;
    const suggestions = [hit, ...ranked.filter((s) => s !== hit)].slice(0, SUGGESTIONS);
    return {
      best: { id: hit.id, score: hit.score, confident: false },
      suggestions: suggestions.map(({ id, score }) => ({ id, score })),
    };
  }

  /** Whether the question has one of the words the entry needs to be answered outright. */
  function mentionsWhatItNeeds(id: string, terms: readonly string[]): boolean {
    const needed = mustMention.get(id);
    return !needed || terms.some((t) => LOCALES.some((l) => needed.has(`${l}:${stemFor(l, t)}`)));
  }

  /**
   * The one entry that has the question word for word as a phrasing, of three words at least
   * (not counting single letters): "what can you do" is a question, "what is" or "how much" are
   * not yet, and go through the scoring like any other.
   */
  function verbatimEntry(text: string): string | undefined {
    const key = verbatimKey(text);
    if (key.split(" ").filter((w) => w.length > 1).length < MIN_VERBATIM_WORDS) return undefined;
    const ids = new Set<string>();
    for (const lex of lexicons.values()) for (const id of lex.verbatim.get(key) ?? []) ids.add(id);
    return ids.size === 1 ? [...ids][0] : undefined;
  }

  function titles(locale: Locale): FaqTitle[] {
    return entries.map((e) => ({ id: e.id, title: e.title[locale] }));
  }

  function search(prefix: string, locale: Locale, limit = DEFAULT_TITLE_LIMIT): FaqTitle[] {
    const all = titles(locale);
    const typed = fold(prefix.slice(0, MAX_QUESTION_CHARS))
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (typed.length === 0) return all.slice(0, limit);
    // Titles where every typed word starts a word come first, even a one-letter last word that
    // is still being typed ("code l" → "…CODE LOCK"); then the matcher's suggestions.
    const direct = all.filter((t) => {
      const words = fold(t.title).split(/[^\p{L}\p{N}]+/u);
      return typed.every((w) => words.some((word) => word.startsWith(w)));
    });
    const fromMatch = match(prefix, { locale }).suggestions.flatMap((s) => all.filter((t) => t.id === s.id));
    const seen = new Set<string>();
    return [...direct, ...fromMatch].filter((t) => !seen.has(t.id) && seen.add(t.id)).slice(0, limit);
  }

  return {
    match,
    get: (id) => byId.get(id),
    titles,
    search,
    answer: (id, locale) => byId.get(id)?.answer[locale],
  };
}

/** "locale:stem" of every word of every language's list. */
function stemsOf(words: Readonly<Record<Locale, readonly string[]>>): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const l of LOCALES)
    for (const phrase of words[l]) for (const w of tokenize(phrase)) stems.add(`${l}:${stemFor(l, w)}`);
  return stems;
}

/** Best language per entry, entries sorted by that score. */
function rankEntries(scores: readonly EntryScore[]): EntryScore[] {
  const best = new Map<string, EntryScore>();
  for (const s of scores) {
    const current = best.get(s.id);
    if (!current || s.score > current.score) best.set(s.id, s);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
