/**
 * The searchable form of the knowledge base, one per language: every phrasing of an entry
 * (title, questions, keywords, learned phrasings) as a set of stems, the entry's union of them,
 * and how many entries use each stem (for its weight: a stem in one entry says more than "radio").
 */
import type { Locale } from "../i18n/locales.js";
import { LOCALES } from "../i18n/locales.js";
import { trigramSpace } from "./ngrams.js";
import { contentTerms } from "./query-terms.js";
import type { FaqEntry } from "./schema.js";
import { stemFor } from "./stem.js";

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
  /** Stem → weight: ln(1 + entries / entries using it). */
  readonly idf: ReadonlyMap<string, number>;
  /** Stems by length, for typo look-ups that only compare words of similar length. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  /** Character trigrams of each entry's words in this language (ngrams.ts). */
  readonly trigrams: ReturnType<typeof trigramSpace>;
}

function stemsOf(locale: Locale, text: string): Set<string> {
  return new Set(contentTerms(text).map((t) => stemFor(locale, t)));
}

export function buildLexicons(
  entries: readonly FaqEntry[],
  learned: readonly LearnedPhrasing[] = [],
): ReadonlyMap<Locale, LocaleLexicon> {
  const known = new Set(entries.map((e) => e.id));
  const out = new Map<Locale, LocaleLexicon>();
  for (const locale of LOCALES) {
    const phrasings: Phrasing[] = [];
    const words = new Map<string, string[]>();
    const addText = (entryId: string, text: string) => {
      phrasings.push({ entryId, stems: stemsOf(locale, text) });
      words.set(entryId, [...(words.get(entryId) ?? []), ...contentTerms(text)]);
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
    const df = new Map<string, number>();
    for (const doc of docs.values()) for (const s of doc) df.set(s, (df.get(s) ?? 0) + 1);
    const n = Math.max(1, entries.length);
    const idf = new Map([...df].map(([s, d]) => [s, Math.log(1 + n / d)]));
    const byLength = new Map<number, string[]>();
    for (const s of df.keys()) byLength.set(s.length, [...(byLength.get(s.length) ?? []), s]);
    const grouped = new Map<string, Phrasing[]>();
    for (const p of phrasings) {
      if (p.stems.size > 0) grouped.set(p.entryId, [...(grouped.get(p.entryId) ?? []), p]);
    }
    out.set(locale, { locale, docs, phrasings: grouped, idf, byLength, trigrams: trigramSpace(words) });
  }
  return out;
}
