/**
 * Text folding shared by the index, the query and language detection. People type without
 * accents ("ou trouver le precode", "radyo kodu nerede"), so both sides are folded to plain
 * lower-case ASCII-ish letters before comparing.
 */

// Letters that NFKD does not decompose into base + accent.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ı: "i", // Turkish dotless i: "kapalı" must meet "kapali"
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ł: "l",
};

const COMBINING_MARKS = /\p{M}+/gu;
const SPECIAL = /[ıßæœøđł]/g;
const ASCII = /^[\x20-\x7e\s]*$/;

/** Lower-case and strip accents: "Ön Kodu İste" → "on kodu iste", "Mégane" → "megane". */
export function fold(text: string): string {
  // Plain ASCII has no accents to strip (most phrasings and questions): lower-casing is enough.
  if (ASCII.test(text)) return text.toLowerCase();
  // Lower-case first: "İ".toLowerCase() is "i̇" (i + combining dot), which NFKD then strips.
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(SPECIAL, (c) => SPECIAL_FOLDS[c] ?? c);
}

/**
 * Spellings of the same word that tokenising would split differently. "pre-code", "pré code"
 * and "precode" must be one term, or a query with one spelling misses entries with the other.
 */
const JOINS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpre[\s._-]*cod/g, "precod"],
  // Turkish "ön kod" (pre-code): keep "kod" too, Turkish users also say "kodu" for the pre-code.
  [/\bon[\s._-]*kod/g, "onkod kod"],
  [/\bc\.\s*a\.\s*r\.?/g, "car "], // the C.A.R. card
  [/\bcode[\s_-]*lock/g, "codelock"],
  [/\br[\s_-]*link\b/g, "rlink"],
  [/\bmedia[\s_-]*nav\b/g, "medianav"],
  [/\bhead[\s_-]*units?\b/g, "headunit"],
  [/\bplug\s*(?:&|and|n|et|und|y|si|ve)?\s*radio/g, "plugradio"],
  // The bot's command "/dokker" is not the Dokker car: "what does /dokker do" is about the bot.
  [/\/\s*dokker\b/g, " dokkercmd "],
];

const SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * The last text tokenized: a question is tokenized for language detection, its terms and the
 * verbatim look-up, a phrasing for its terms and its verbatim key.
 */
let last: { readonly text: string; readonly tokens: readonly string[] } = { text: "", tokens: [] };

/** Folded tokens (letters and digits only); empty strings removed. */
export function tokenize(text: string): string[] {
  if (text === last.text) return [...last.tokens];
  let s = fold(text);
  for (const [pattern, replacement] of JOINS) s = s.replace(pattern, replacement);
  const tokens = s.split(SPLIT).filter((t) => t.length > 0);
  last = { text, tokens };
  return [...tokens];
}
