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
  // German power button: "Ein/Aus-Taste", "Ein-Aus-Knopf", "Power-Knopf" are the "Einschaltknopf".
  [/\b(?:ein\s*[/-]\s*aus|ein|power)\s*-\s*(?:knopf|taste|schalter)\b/g, "einschaltknopf"],
  [/\bein\s*\/\s*aus\s+(?:knopf|taste|schalter)\b/g, "einschaltknopf"],
  // The bot's command "/dokker" is not the Dokker car: "what does /dokker do" is about the bot.
  [/\/\s*dokker\b/g, " dokkercmd "],
];

const SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * Chat shorthand, read as the words it stands for (in the index, questions and language
 * detection alike). Only spellings that are no word of another of our languages: French SMS
 * ("jsp" je sais pas, "pk" pourquoi, "koi" quoi, "cmt" comment, "bcp" beaucoup, "qd" quand,
 * "tjrs" toujours, "g" j'ai is left out: a lone letter) and Turkish ("nrde" nerede, "nsl" nasıl,
 * "tmm" tamam, "bişey" bir şey), and Bavarian/Austrian "nimma", "nimmer" (nicht mehr: "geht
 * nimma"), "zoin" (bezahlen), German "wieviel", "wieviele" written as one word, and
 * Spanish "dnd" (dónde), "xq" (porque). Ambiguous ones ("pr", "ds", "vs") are read in French only (query-terms.ts).
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map(
  `jsp:je sais pas|jsais:je sais|jpense:je pense|jpeux:je peux|jveux:je veux|jdois:je dois|jsuis:je suis
  chui:je suis|chuis:je suis|pk:pourquoi|pq:pourquoi|pkoi:pourquoi|pourkoi:pourquoi|koi:quoi|kwa:quoi
  cmt:comment|cmnt:comment|koment:comment|bcp:beaucoup|qd:quand|tjrs:toujours|tjs:toujours
  pcq:parce que|psk:parce que|paske:parce que|esk:est ce que|eske:est ce que|mtn:maintenant
  mnt:maintenant|r1:rien|qqn:quelqu un|qqun:quelqu un|qqch:quelque chose|kel:quel|kelle:quelle
  kels:quels|ptet:peut etre|chepa:je sais pas|chaipa:je sais pas|keske:qu est ce que|dsl:desole|bjr:bonjour|slt:salut|tkt:t inquiete
  nimma:nicht mehr|nimmer:nicht mehr|nimmi:nicht mehr|nimmamehr:nicht mehr|zoin:bezahlen
  wieviel:wie viel|wieviele:wie viele|wievielen:wie vielen
  dnd:donde|xq:porque
  trb:trebuie|nrde:nerede|nerde:nerede|nsl:nasil|nasi:nasil|tmm:tamam|bisey:bir sey|bsy:bir sey|birsey:bir sey`
    .split(/[|\n]/)
    .map((pair) => pair.trim().split(":") as [string, string]),
);
const SHORTHAND_WORD = new RegExp(`\\b(?:${[...SHORTHAND.keys()].join("|")})\\b`, "g");
/** Turkish "napcam", "napıyim", "naptın": "ne yap-" (what shall I do), one word in chat. */
const TURKISH_NAP = /\bnap(?=[a-z])/g;

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
  s = s.replace(SHORTHAND_WORD, (w) => SHORTHAND.get(w) ?? w).replace(TURKISH_NAP, "ne yap");
  const tokens = s.split(SPLIT).filter((t) => t.length > 0);
  last = { text, tokens };
  return [...tokens];
}
