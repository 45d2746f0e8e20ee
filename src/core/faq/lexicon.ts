/**
 * The searchable form of the knowledge base, one per language: every phrasing of an entry
 * (title, questions, keywords, learned phrasings) as a set of stems, the entry's union of them,
 * and how many entries use each stem (for its weight: a stem in one entry says more than "radio").
 */
import type { Locale } from "../i18n/locales.js";
import { LOCALES } from "../i18n/locales.js";
import { trigramSpace } from "./ngrams.js";
import { tokenize } from "./normalize.js";
import { contentTerms } from "./query-terms.js";
import type { FaqEntry } from "./schema.js";
import { stemFor } from "./stem.js";
import { GREETINGS } from "./stop-words.js";

/** A question staff taught the bot: stored text, its language, the entry it belongs to. */
export interface LearnedPhrasing {
  readonly entryId: string;
  readonly locale: Locale;
  readonly text: string;
}

export interface Phrasing {
  readonly entryId: string;
  readonly stems: ReadonlySet<string>;
}

export interface LocaleLexicon {
  readonly locale: Locale;
  /** Entry id → every stem of its phrasings in this language. */
  readonly docs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Entry id → its phrasings in this language, each as a set of stems. */
  readonly phrasings: ReadonlyMap<string, readonly Phrasing[]>;
  /** Stem → the entries using it. */
  readonly postings: ReadonlyMap<string, readonly string[]>;
  /** Stem → weight: ln(1 + entries / entries using it). */
  readonly idf: ReadonlyMap<string, number>;
  /** Stems by length, for typo look-ups that only compare words of similar length. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  /**
   * Each phrasing word for word (folded tokens, stop words included) → the entries that have it.
   * A question that is exactly one of them ("what can you do", a learned phrasing asked again)
   * needs no scoring, even when it consists of stop words only.
   */
  readonly verbatim: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word (folded, not stemmed) of this language's wording: its topic words. */
  readonly words: ReadonlySet<string>;
  /** Character trigrams of each entry's words in this language (ngrams.ts). */
  readonly trigrams: ReturnType<typeof trigramSpace>;
}

/** A text's words in order, greetings left out ("hi, what can you do?" → "what can you do"). */
export function verbatimKey(text: string): string {
  return tokenize(text)
    .filter((t) => !GREETING_WORDS.has(t))
    .join(" ");
}

const GREETING_WORDS: ReadonlySet<string> = new Set(Object.values(GREETINGS).flat());

export function buildLexicons(
  entries: readonly FaqEntry[],
  learned: readonly LearnedPhrasing[] = [],
): ReadonlyMap<Locale, LocaleLexicon> {
  const known = new Set(entries.map((e) => e.id));
  const out = new Map<Locale, LocaleLexicon>();
  for (const locale of LOCALES) {
    const phrasings: Phrasing[] = [];
    const words = new Map<string, string[]>();
    const verbatim = new Map<string, Set<string>>();
    const addText = (entryId: string, text: string) => {
      const key = verbatimKey(text);
      if (key) verbatim.set(key, (verbatim.get(key) ?? new Set()).add(entryId));
      const terms = contentTerms(text, [locale], () => true);
      phrasings.push({ entryId, stems: new Set(terms.map((t) => stemFor(locale, t))) });
      const list = words.get(entryId);
      if (list) list.push(...terms);
      else words.set(entryId, terms);
    };
    for (const e of entries) {
      for (const text of [e.title[locale], ...e.questions[locale], ...e.keywords[locale]])
        addText(e.id, text);
    }
    for (const l of learned) {
      if (l.locale === locale && known.has(l.entryId)) addText(l.entryId, l.text);
    }
    const docs = new Map<string, Set<string>>();
    for (const p of phrasings) {
      const doc = docs.get(p.entryId) ?? new Set<string>();
      for (const s of p.stems) doc.add(s);
      docs.set(p.entryId, doc);
    }
    const postings = new Map<string, string[]>();
    for (const [id, doc] of docs) {
      for (const s of doc) {
        const ids = postings.get(s);
        if (ids) ids.push(id);
        else postings.set(s, [id]);
      }
    }
    const df = new Map([...postings].map(([s, ids]) => [s, ids.length]));
    const n = Math.max(1, entries.length);
    const idf = new Map([...df].map(([s, d]) => [s, Math.log(1 + n / d)]));
    const byLength = new Map<number, string[]>();
    for (const s of df.keys()) {
      const same = byLength.get(s.length);
      if (same) same.push(s);
      else byLength.set(s.length, [s]);
    }
    const grouped = new Map<string, Phrasing[]>();
    for (const p of phrasings) {
      if (p.stems.size === 0) continue;
      const group = grouped.get(p.entryId);
      if (group) group.push(p);
      else grouped.set(p.entryId, [p]);
    }
    const allWords = new Set([...words.values()].flat());
    out.set(locale, {
      locale,
      docs,
      phrasings: grouped,
      postings,
      idf,
      byLength,
      verbatim,
      words: allWords,
      trigrams: trigramSpace(words),
    });
  }
  return out;
}
