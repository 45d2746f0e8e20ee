/**
 * Guesses the language of a short chat message. People write in their own language regardless
 * of the app's locale, so the answer follows the question; when the text is too short or too
 * mixed to tell, the result has no locale and the caller keeps the user's locale.
 */
import { LOCALES, type Locale } from "../i18n/locales.js";
import { FAQ_ENTRIES } from "./entries/index.js";
import { fold, tokenize } from "./normalize.js";
import { OTHER_LANGUAGE_LETTERS, OTHER_LANGUAGE_WORDS, OTHER_SCRIPTS } from "./other-languages.js";
import { GREETINGS, STOP_WORDS } from "./stop-words.js";

export interface DetectedLanguage {
  readonly locale?: Locale;
  /**
   * Set when the message is clearly in a language the bot does not speak (other-languages.ts):
   * its code ("it", "pl"…) or script ("cyrillic", "arabic"…). `locale` is then absent.
   */
  readonly other?: string;
  /** 0…1: how far the winner is ahead of the runner-up. 0 when there is no evidence. */
  readonly confidence: number;
  /**
   * The likeliest languages: `[locale]` when detected, else those sharing the top score (empty
   * when there is no evidence at all). A hint for reading ambiguous words, never an answer.
   */
  readonly leading: readonly Locale[];
}

/**
 * Words typical of one language in this domain (folded, so "değiştirdim" and "degistirdim"
 * both count). Worth more than stop words, which are short and shared between languages.
 */
const MARKER_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  en: [
    "battery",
    "changed",
    "change",
    "ask",
    "asks",
    "asking",
    "after",
    "find",
    "enter",
    "wrong",
    "doesnt",
    "work",
    "says",
    "locked",
  ].concat(["shows", "display", "delete", "free", "talk", "human", "legal", "bought", "used", "sound"]),
  fr: ["batterie", "apres", "trouver", "trouve", "demande", "changer", "change", "autoradio", "marche"]
    .concat(["faire", "entrer", "rentrer", "bloque", "attendre", "voiture", "carte", "affiche", "ecran"])
    .concat(["supprimer", "donnees", "parler", "quelqu", "gratuit", "payant", "allume", "etiquette", "son"])
    .concat(["dit"]),
  de: ["batterie", "nach", "wechsel", "batteriewechsel", "finde", "eingeben", "gesperrt", "warten"]
    .concat(["geht", "zeigt", "steht", "auto", "funktioniert", "falsch", "kostet", "ich", "nicht"])
    .concat(["loschen", "daten", "menschen", "reden", "kostenlos", "aufkleber", "gebrauchtes", "ton"])
    .concat(["sagt", "meldet"]),
  es: ["bateria", "despues", "cambie", "cambiar", "pide", "codigo", "encuentro", "donde", "como"]
    .concat(["coche", "carro", "funciona", "sale", "pone", "esperar", "tarjeta", "pantalla", "tengo"])
    .concat(["borrar", "datos", "hablar", "persona", "quiero", "esto", "enciende", "etiqueta", "sonido"])
    .concat(["dice", "muestra", "aparece"]),
  ro: ["baterie", "bateria", "dupa", "schimbat", "cere", "codul", "gasesc", "masina", "masinii"]
    .concat(["radioul", "functioneaza", "merge", "introduc", "blocat", "unde", "cum", "aflu", "trebuie"])
    .concat(["sterge", "datele", "vorbesc", "vreau", "scrie", "porneste", "ceva", "eticheta", "sunetul"])
    .concat(["arata", "afiseaza", "zice", "spune"]),
  tr: ["aku", "radyo", "radyoyu", "radyonun", "kod", "kodu", "kodunu", "degistirdim", "istiyor"]
    .concat(["istiyo", "yaziyor", "nerede", "nasil", "araba", "arabanin", "calismiyor", "hata", "sonra"])
    .concat(["verilerimi", "sil", "konusmak", "istiyorum", "yasal", "ucretli", "ekranda", "etiket", "ses"]),
};

/**
 * Turkish is agglutinative: few whole words repeat, but the present-continuous ending "-yor"
 * (also typed "-yo") and the question particles are everywhere ("istiyo", "yazıyor", "olur mu").
 */
const TURKISH_ENDING = /(?:iyor|uyor|yor|iyo|uyo|miyor|muyor)$/;

/** Letters that exist in only one or two of our languages. Checked before folding. */
const MARKER_LETTERS: ReadonlyArray<readonly [RegExp, readonly Locale[]]> = [
  [/[ğı]/, ["tr"]],
  [/[ş]/, ["tr", "ro"]], // Romanians often type the cedilla ş for ș
  [/[ășț]/, ["ro"]],
  [/[âî]/, ["ro", "fr"]],
  [/[ßä]/, ["de"]],
  [/[öü]/, ["de", "tr"]],
  [/[ç]/, ["fr", "tr"]],
  [/[èêàùœë]/, ["fr"]],
  [/[é]/, ["fr", "es"]],
  [/[ñ¿¡áíóú]/, ["es"]],
];

const WORD_WEIGHT = 1;
const MARKER_WORD_WEIGHT = 2;
const LETTER_WEIGHT = 3;
/** Less evidence than this (e.g. one shared stop word) is a guess: return no locale. */
const MIN_SCORE = 2;
/** The winner must lead the runner-up by this much, or the text is too mixed to call. */
const MIN_LEAD = 1.5;

const lexicon: ReadonlyMap<string, ReadonlyArray<readonly [Locale, number]>> = buildLexicon();

/**
 * The knowledge base's own words as a second, weaker signal: a word of four letters or more that
 * the entries' titles, questions and keywords use in one language only, worth a stop word. A
 * short question often has no marker word (a price question of two Spanish words), and without
 * this its language stayed undecided: the answer went out in the language of the conversation
 * before. Built from the entries, never from questions users asked.
 */
const KB_WORD_WEIGHT = 1;
const kbWords: ReadonlyMap<string, Locale> = buildKbWords();

function buildKbWords(): Map<string, Locale> {
  const seen = new Map<string, Set<Locale>>();
  for (const entry of FAQ_ENTRIES) {
    for (const locale of LOCALES) {
      const texts = [entry.title[locale], ...entry.questions[locale], ...entry.keywords[locale]];
      for (const token of texts.flatMap((t) => tokenize(t))) {
        if (token.length < 4 || /\d/.test(token)) continue;
        const locales = seen.get(token) ?? new Set<Locale>();
        locales.add(locale);
        seen.set(token, locales);
      }
    }
  }
  const words = new Map<string, Locale>();
  for (const [token, locales] of seen) {
    const [only] = locales;
    // A word of one language that another language has as a stop word or marker is no evidence.
    if (locales.size === 1 && only && !lexicon.get(token)?.some(([l]) => l !== only)) words.set(token, only);
  }
  return words;
}

function buildLexicon(): Map<string, Array<[Locale, number]>> {
  const map = new Map<string, Array<[Locale, number]>>();
  const add = (word: string, locale: Locale, weight: number) => {
    const list = map.get(word) ?? [];
    const existing = list.find(([l]) => l === locale);
    if (existing) existing[1] = Math.max(existing[1], weight);
    else list.push([locale, weight]);
    map.set(word, list);
  };
  for (const locale of LOCALES) {
    for (const w of STOP_WORDS[locale]) add(w, locale, WORD_WEIGHT);
    for (const w of GREETINGS[locale]) add(w, locale, WORD_WEIGHT);
    for (const w of MARKER_WORDS[locale]) add(fold(w), locale, MARKER_WORD_WEIGHT);
  }
  return map;
}

/** Words of the six languages that are in no stop-word or marker list but common in them. */
const SHARED_WORDS = new Set(["radio", "code", "codigo", "kod", "kodu", "radyo", "autoradio", "auto"]);

/**
 * Words of the other languages, without any word the six use (their stop words, greetings,
 * markers, or a knowledge-base word): such a word is no evidence against them.
 */
const otherWords: ReadonlyMap<string, readonly string[]> = buildOtherWords();

function buildOtherWords(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [language, list] of Object.entries(OTHER_LANGUAGE_WORDS)) {
    for (const w of list) {
      if (lexicon.has(w) || kbWords.has(w) || SHARED_WORDS.has(w)) continue;
      const langs = map.get(w) ?? [];
      if (!langs.includes(language)) langs.push(language);
      map.set(w, langs);
    }
  }
  return map;
}

/** Letters of the other scripts: most of the message's letters in one → another language. */
const LETTER = /\p{L}/gu;

function otherScript(sample: string): string | undefined {
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  for (const [pattern, name] of OTHER_SCRIPTS) {
    if ((sample.match(pattern)?.length ?? 0) * 2 > letters) return name;
  }
  return undefined;
}

/** Only the start of a huge message is looked at: language does not change halfway through. */
const MAX_CHARS = 2_000;

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, MAX_CHARS);
  const script = otherScript(sample);
  if (script) return { other: script, confidence: 1, leading: [] };
  const scores = new Map<Locale, number>(LOCALES.map((l) => [l, 0]));
  const bump = (l: Locale, by: number) => scores.set(l, (scores.get(l) ?? 0) + by);
  const others = new Map<string, number>();
  const bumpOther = (l: string, by: number) => others.set(l, (others.get(l) ?? 0) + by);

  const lower = sample.toLowerCase();
  for (const [pattern, locales] of MARKER_LETTERS) {
    if (pattern.test(lower)) for (const l of locales) bump(l, LETTER_WEIGHT);
  }
  for (const [pattern, languages] of OTHER_LANGUAGE_LETTERS) {
    if (pattern.test(lower)) for (const language of languages) bumpOther(language, LETTER_WEIGHT);
  }
  for (const token of tokenize(sample)) {
    const known = lexicon.get(token);
    for (const [l, weight] of known ?? []) bump(l, weight);
    const kb = known ? undefined : kbWords.get(token);
    if (kb) bump(kb, KB_WORD_WEIGHT);
    if (token.length > 4 && TURKISH_ENDING.test(token)) bump("tr", MARKER_WORD_WEIGHT);
    for (const language of otherWords.get(token) ?? []) bumpOther(language, MARKER_WORD_WEIGHT);
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const top = first?.[1] ?? 0;
  const runnerUp = second?.[1] ?? 0;
  const [other, otherScore = 0] = [...others.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  // Another language clearly ahead of all six: not one the bot can answer in.
  if (other && otherScore >= MIN_SCORE && otherScore - top >= MIN_LEAD) {
    return { other, confidence: (otherScore - top) / otherScore, leading: [] };
  }
  if (!first || top === 0) return { confidence: 0, leading: [] };
  const confidence = (top - runnerUp) / top;
  if (top < MIN_SCORE || top - runnerUp < MIN_LEAD) {
    return { confidence, leading: ranked.filter(([, score]) => score === top).map(([l]) => l) };
  }
  return { locale: first[0], confidence, leading: [first[0]] };
}
