/**
 * Turns text into the terms the FAQ index works with, for documents and queries alike.
 */
import { tokenize } from "./normalize.js";
import { ALL_STOP_WORDS } from "./stop-words.js";

/**
 * Topic words of the index: stop words and single letters dropped ("j'ai" → "j", "ai" → gone),
 * digits kept ("1 and 6", "0000", "A0" pre-codes matter).
 */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => !ALL_STOP_WORDS.has(t) && (t.length > 1 || /\d/.test(t)))
    .map((t) => (NOT_ISSUED.test(t) ? NOT_ISSUED_TERM : t));
}

/**
 * A000–A099 are never issued (radio-facts). Any of them becomes one term, so "A050 rejected"
 * meets the entry that lists A000, A012 and A099.
 */
const NOT_ISSUED = /^a0\d\d$/;
const NOT_ISSUED_TERM = "a0xx";

/**
 * A crude, language-agnostic stem: the first ~60% of a long word. Used as an extra *prefix*
 * query so inflected forms meet the base word: Turkish "radyonun" → "radyo", "kodunu" → "kodu";
 * German "funktioniert" → "funktion". Returns undefined for short words, where
 * cutting would match too much. Five-letter words get no stem either: their 3-letter prefix query
 * expands to dozens of index terms (the largest cost of `match()`, `bench/faq-match.ts`) and the
 * eval (test/faq) scores as well or better without it; the word's own prefix/fuzzy search stays.
 */
export function stemOf(term: string): string | undefined {
  if (term.length < 6 || /\d/.test(term)) return undefined;
  return term.slice(0, Math.max(3, Math.ceil(term.length * 0.6)));
}
