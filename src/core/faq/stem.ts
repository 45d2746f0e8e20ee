/**
 * Per-language stemming with the Snowball stemmers (a maintained port of the reference
 * algorithms): "batteries" and "battery" meet at "batteri", French "changé"/"changer" at "chang",
 * Turkish "radyonun" at "radyo". Words are folded first (no accents) on both sides, so a stem is
 * always computed from the same spelling in the index and in a question.
 */
import { newStemmer } from "snowball-stemmers";
import type { Locale } from "../i18n/locales.js";

const ALGORITHM: Readonly<Record<Locale, string>> = {
  en: "english",
  fr: "french",
  de: "german",
  es: "spanish",
  ro: "romanian",
  tr: "turkish",
};

const stemmers = new Map<Locale, { stem(word: string): string }>();
/** Stems are pure functions of the word: cache them (bounded, cleared when full). */
const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/** The stem of a folded word in `locale`; words with digits are kept whole ("0000", "a0xx"). */
export function stemFor(locale: Locale, word: string): string {
  if (/\d/.test(word) || word.length < 3) return word;
  const key = `${locale}:${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let stemmer = stemmers.get(locale);
  if (!stemmer) {
    stemmer = newStemmer(ALGORITHM[locale]);
    stemmers.set(locale, stemmer);
  }
  const stem = stemmer.stem(word) || word;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, stem);
  return stem;
}
