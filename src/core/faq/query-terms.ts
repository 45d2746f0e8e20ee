/**
 * Turns text into the words the FAQ index works with, for phrasings and questions alike.
 */
import { tokenize } from "./normalize.js";
import { ALL_STOP_WORDS } from "./stop-words.js";

/**
 * Topic words: stop words and single letters dropped ("j'ai" → "j", "ai" → gone), digits kept
 * ("1 and 6", "0000", "A0" pre-codes matter).
 */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => !ALL_STOP_WORDS.has(t) && (t.length > 1 || /\d/.test(t)))
    .map((t) => (NOT_ISSUED.test(t) ? NOT_ISSUED_TERM : t));
}

/**
 * A000–A099 are never issued (radio-facts). Any of them becomes one term, so a question naming
 * one meets the entry that lists A000, A012 and A099.
 */
const NOT_ISSUED = /^a0\d\d$/;
const NOT_ISSUED_TERM = "a0xx";
