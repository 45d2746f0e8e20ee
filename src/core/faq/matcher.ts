/**
 * Finds the FAQ entry a free-text question is about, in any of the bot's languages.
 *
 * One MiniSearch document per (entry, locale): a French question meets the French wording
 * best, but cross-language hits still count ("radio CODE LOCK" is the same in every language).
 * Each entry's score is its best document's score; the answer is then given in the language
 * the question was written in.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.js";
import { isAnchor, isMetaWord } from "./anchors.js";
import { detectLanguage } from "./detect-language.js";
import { FAQ_ENTRIES } from "./entries/index.js";
import { fold } from "./normalize.js";
import { contentTerms, stemOf } from "./query-terms.js";
import type { FaqEntry } from "./schema.js";
import { decideLevel, type MatchLevel } from "./thresholds.js";

export type { MatchLevel } from "./thresholds.js";

export interface FaqScore {
  readonly id: string;
  readonly score: number;
}

export interface FaqMatch {
  /** Language of the question; falls back to `opts.locale`, then English. */
  readonly lang: Locale;
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

/** Long pastes are cut: questions are short, and fuzzy search cost grows with every term. */
const MAX_QUESTION_CHARS = 400;
const MAX_TERMS = 24;
const SUGGESTIONS = 3;
/** Discord allows at most 25 autocomplete choices. */
const DEFAULT_TITLE_LIMIT = 25;

const FIELD_BOOST = { questions: 1, keywords: 1.3, title: 1.5 };
/** Stems are a rough guess at the base word, so their hits count for less. */
const STEM_BOOST = 0.4;
/**
 * Words nearly every user types but few entries contain: the brand ("dacia", "renault") and
 * "where/find". Left at full weight, "codul radio dacia unde e" goes to the Dokker entry just
 * because its title says Dacia. Folded prefixes.
 */
const LOW_INFORMATION = /^(?:dacia|renault|where|unde|wo$|donde|nerede|find|trouv|finde|encontr|gases|bul)/;
const LOW_INFORMATION_BOOST = 0.4;

interface Doc {
  readonly id: string;
  readonly entryId: string;
  readonly questions: string;
  readonly keywords: string;
  readonly title: string;
}

export function createFaqMatcher(entries: readonly FaqEntry[] = FAQ_ENTRIES): FaqMatcher {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index = buildIndex(entries);

  function match(question: string, opts: MatchOptions = {}): FaqMatch {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const lang = detectLanguage(text).locale ?? opts.locale ?? DEFAULT_LOCALE;
    const terms = [...new Set(contentTerms(text))].slice(0, MAX_TERMS);
    if (terms.length === 0) return { lang, suggestions: [], level: "none" };

    const stems = new Map<string, string>();
    for (const t of terms) {
      const s = stemOf(t);
      if (s && !terms.includes(s)) stems.set(s, t);
    }
    const results = index.search([...terms, ...stems.keys()].join(" "), {
      // The terms are already processed: don't tokenise or fold them a second time.
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      boostTerm: (term) =>
        stems.has(term) ? STEM_BOOST : LOW_INFORMATION.test(term) ? LOW_INFORMATION_BOOST : 1,
      fuzzy: (term) => (stems.has(term) || /\d/.test(term) ? false : fuzziness(term)),
      prefix: (term) => term.length >= 3,
    });

    const ranked = rankEntries(results);
    const [top, runnerUp] = ranked;
    if (!top) return { lang, suggestions: [], level: "none" };

    const matched = new Set<string>();
    for (const q of top.result.queryTerms) matched.add(stems.get(q) ?? q);
    const level = decideLevel({
      score: top.score,
      runnerUpScore: runnerUp?.score ?? 0,
      coverage: matched.size / terms.length,
      termCount: terms.length,
      hasAnchor: terms.some(isAnchor),
      hasMetaWord: terms.some(isMetaWord),
    });
    const suggestions = ranked.slice(0, SUGGESTIONS).map(({ id, score }) => ({ id, score }));
    if (level === "none") return { lang, suggestions, level };
    return {
      lang,
      best: { id: top.id, score: top.score, confident: level === "confident" },
      suggestions,
      level,
    };
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

/** One typo for medium words, two for long ones; none for short words ("code" ≠ "mode"). */
function fuzziness(term: string): number | false {
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return false;
}

function buildIndex(entries: readonly FaqEntry[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>({
    fields: ["questions", "keywords", "title"],
    storeFields: ["entryId"],
    tokenize: (text) => contentTerms(text),
    // Terms arrive already folded and filtered by `contentTerms`.
    processTerm: (term) => term,
    searchOptions: { boost: FIELD_BOOST },
  });
  const docs: Doc[] = entries.flatMap((e) =>
    (Object.keys(e.title) as Locale[]).map((locale) => ({
      id: `${e.id}:${locale}`,
      entryId: e.id,
      questions: e.questions[locale].join("\n"),
      keywords: e.keywords[locale].join("\n"),
      title: e.title[locale],
    })),
  );
  index.addAll(docs);
  return index;
}

interface RankedEntry {
  readonly id: string;
  readonly score: number;
  readonly result: SearchResult;
}

/** Best document per entry, entries sorted by that score. */
function rankEntries(results: readonly SearchResult[]): RankedEntry[] {
  const best = new Map<string, RankedEntry>();
  for (const result of results) {
    const id = String(result.entryId);
    const current = best.get(id);
    if (!current || result.score > current.score) best.set(id, { id, score: result.score, result });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
