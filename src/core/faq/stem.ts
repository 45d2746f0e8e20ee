/**
 * Per-language stemming with the Snowball stemmers (a maintained port of the reference
 * algorithms): "batteries" and "battery" meet at "batteri", French "changé"/"changer" at "chang",
 * Turkish "radyonun" at "radyo". Words are folded first (no accents) on both sides, so a stem is
 * always computed from the same spelling in the index and in a question.
 */
import { newStemmer } from "snowball-stemmers";
import type { Locale } from "../i18n/locales.js";
import { SYNONYMS } from "./synonyms.js";
import { turkishStem } from "./turkish-stem.js";

/** Turkish has its own stemmer for folded text (turkish-stem.ts). */
const ALGORITHM: Readonly<Record<Exclude<Locale, "tr">, string>> = {
  en: "english",
  fr: "french",
  de: "german",
  es: "spanish",
  ro: "romanian",
};

const stemmers = new Map<Locale, { stem(word: string): string }>();
/** Stems are pure functions of the word: cache them (bounded, cleared when full). */
const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/**
 * The stem of a folded word in `locale`, read as its synonym group's first word (synonyms.ts);
 * words with digits are kept whole ("0000", "a0xx"), and so are made-up terms ("_neg",
 * query-terms.ts).
 */
export function stemFor(locale: Locale, word: string): string {
  if (/\d/.test(word) || word.length < 3 || word.startsWith("_")) return word;
  const key = `${locale}:${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const raw = rawStem(locale, word);
  const stem = synonymsOf(locale).get(raw) ?? raw;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, stem);
  return stem;
}

/** Stems before synonyms, cached the same way: synonym groups and texts share most words. */
const rawCache = new Map<string, string>();

function rawStem(locale: Locale, word: string): string {
  const key = `${locale}:${word}`;
  const hit = rawCache.get(key);
  if (hit !== undefined) return hit;
  const stem = computeRawStem(locale, word);
  if (rawCache.size >= CACHE_MAX) rawCache.clear();
  rawCache.set(key, stem);
  return stem;
}

function computeRawStem(locale: Locale, word: string): string {
  let stemmer = stemmers.get(locale);
  if (!stemmer) {
    stemmer = locale === "tr" ? { stem: turkishStem } : newStemmer(ALGORITHM[locale]);
    stemmers.set(locale, stemmer);
  }
  const base =
    locale === "de"
      ? germanVerbT(germanUmlautBase(germanParticipleBase(germanUmlautBase(word))))
      : locale === "fr"
        ? frenchFeminineBase(word)
        : locale === "es"
          ? spanishNounEnding(spanishStemVowels(word))
          : word;
  const whole =
    locale === "fr"
      ? FRENCH_WHOLE.find(([pattern]) => pattern.test(word))
      : locale === "es"
        ? SPANISH_WHOLE.find(([pattern]) => pattern.test(word))
        : locale === "ro"
          ? ROMANIAN_WHOLE.find(([pattern]) => pattern.test(word))
          : locale === "de"
            ? GERMAN_WHOLE.find(([pattern]) => pattern.test(word))
            : undefined;
  if (whole) return whole[1];
  let stem = stemmer.stem(base) || base;
  if (locale === "es" && stem === base) stem = spanishPreterite(stem);
  if (locale === "es") stem = spanishEarVerb(stem);
  return locale === "ro" ? romanianVerbRoot(stem) : locale === "es" ? spanishSpelling(stem) : stem;
}

/**
 * French words the Snowball stemmer cuts to another word's stem: "données" (data) to "donner"
 * (give), "saisir" (enter the code) to "sais" (I know), "série" (serial number) to "sers" (tu
 * sers à quoi, what are you for). Kept apart.
 */
const FRENCH_WHOLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^donnees?$/, "donnees"],
  [/^saisi/, "saisir"],
  [/^series?$/, "serie"],
];

/**
 * Spanish "sirves" (what are you, the bot, for) is not "sirve" (it works: "el código no sirve",
 * "¿sirve para mi Clio?"): kept apart, as French "sers" is from "sert".
 */
const SPANISH_WHOLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^sirves$/, "sirves"],
  // The irregular forms of "dar" (give) and "ver" (see), which the stemmer leaves as they are
  // ("diste", "das", "veo"): "el código que me diste", "¿me das el código?", "¿dónde veo mi VIN?"
  // meet "dar", "ver" as the other phrasings say them. "vino" (came) would meet the VIN: "venir".
  [
    /^(?:doy|das|dan|dio|diste|dimos|disteis|dieron|diera|dieran|dado|dada|dados|dadas|dando|dame|darme|darle|darte|daria|darian|darias)$/,
    "dar",
  ],
  [
    /^(?:veo|ves|vemos|vi|viste|vio|vimos|vieron|visto|vista|vea|vean|veas|viendo|verlo|verla|verlos|verlas)$/,
    "ver",
  ],
  [/^(?:vino|vinieron|viniste)$/, "ven"],
  // Short verbs lie outside the part of the word the stemmer cuts: "uso", "usa", "usas" stayed
  // apart from "usar".
  [/^(?:uso|usa|usas|usan|usamos|use|uses|usen|usarlo|usarla|usando|usado|usada)$/, "usar"],
  // …and "leer" (read): "no se lee", "¿cómo leo la etiqueta?", "no se puede leer" are one verb.
  [/^(?:lee|leo|lees|leen|leemos|lei|leyo|leido|leida|leyendo|leerlo|leerla)$/, "leer"],
  // "costado" (side) would meet "cuesta" (costs) at "cost": it is the radio's side.
  [/^costados?$/, "lateral"],
  // "seguridad" ("el código de seguridad", the radio code; a card's security code) is not the
  // "seguro" (safe) of the legal entry, which the stemmer made it.
  [/^seguridad(?:es)?$/, "seguridad"],
];

/**
 * German "Sender" (a radio station, "die Sendertasten") would stem with "senden" (to send), which
 * a synonym makes "schicken": kept apart.
 */
const GERMAN_WHOLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^sender[ns]?$/, "sender"],
  // Strong verbs the stemmer leaves apart from their infinitive: "wo findet man", "nicht
  // gefunden" are "finden"; "wie liest man das Etikett" is "lesen".
  [/^(?:findet|findest|fand|fanden|gefunden)$/, "find"],
  [/^(?:liest|liesst)$/, "les"],
];

/**
 * Romanian "vină", "vine", "venit" (to come: "trebuia să vină cu mașina") stem to "vin", which
 * is the VIN ("VIN-ul") everywhere in this domain. Kept apart, as the verb "veni".
 */
const ROMANIAN_WHOLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:vina|vine|veni|venit[aie]?|venea)$/, "veni"],
  // "aparat" (the device) would lose its "-at" like a participle and meet "apare" (appears).
  [/^aparat(?:ul|ului|e|ele|elor)?$/, "aparat"],
];

/**
 * German keyboards without umlauts write "ae", "oe", "ue" ("Knoepfe", "koennen", "druecken"),
 * which folding of "ä", "ö", "ü" does not give: read as "a", "o", "u" on both sides. The rare
 * German words with a real "ue" ("aktuell") lose it in the index and in questions alike. Not after
 * "a" or "e": "eu", "au" and an "e" ("neue", "neuen", "teuer", "bauen") are no umlaut, and read
 * so "neuen", "neuer" became "neun", "neur" apart from "neu".
 */
const UMLAUT_PAIR = /(?<![ae])([aou])e/g;
function germanUmlautBase(word: string): string {
  return /[aou]e/.test(word) ? word.replace(UMLAUT_PAIR, "$1") : word;
}

/**
 * Spanish verbs change their stem vowel when stressed: "puedo"/"poder", "pruebo"/"probar",
 * "vuelve"/"volver", "enciende"/"encender", "quiero"/"querer". "ue" is read as "o" and "ie" as
 * "e" everywhere (not the silent "u" of "que", "gue"), in the index and in questions alike.
 */
function spanishStemVowels(word: string): string {
  if (!/ue|ie/.test(word)) return word;
  // Past endings that start with "ie" ("salieron", "encendieron", "pidiera") are the stemmer's
  // to strip, not a stressed stem vowel: kept as they are. (Gerunds in "-iendo" are left to the
  // old reading: "diciendo" → "dic" flipped a near tie between two entries on tuning set 4.)
  const ending = SPANISH_IE_ENDING.exec(word)?.[0] ?? "";
  const stem = word.slice(0, word.length - ending.length);
  return `${stem.replace(/(?<![qg])ue/g, "o").replace(/ie/g, "e")}${ending}`;
}
const SPANISH_IE_ENDING = /(?<=\p{L})(?:ieron|ieras?|ieran|ieramos|iese[sn]?)$/u;

/**
 * The Snowball stemmer strips Spanish "-ación", "-ución" only with their accent, which folding
 * (and many people) leave out: "ubicacion", "documentacion", "reparacion" were kept whole, apart
 * from "ubica", "documento", "reparar". The accent is put back before stemming.
 */
function spanishNounEnding(word: string): string {
  return word.length >= 7 && /[au]cion$/.test(word) ? `${word.slice(0, -3)}ión` : word;
}

/**
 * The Spanish preterite of "-er", "-ir" verbs ends in a stressed "-í" ("encendí", "perdí",
 * "recibí"), which the Snowball stemmer strips only with its accent: without it the word was
 * left whole. A word of four letters or more ending so ("metí", not "casi") loses the "i".
 */
const NOT_PRETERITE = new Set(["casi", "taxi", "wifi", "mini", "kiwi", "bici"]);
function spanishPreterite(word: string): string {
  return word.length >= 4 && /[^aeiou]i$/.test(word) && !NOT_PRETERITE.has(word) ? word.slice(0, -1) : word;
}

/**
 * Verbs in "-ear" keep their "e" before an ending the stemmer strips once: "estropea", "estropee",
 * "bloquea", "bloqueo" stem to "estrope", "bloque", the infinitive and participle to "estrop",
 * "bloqu". A stem ending in a consonant and "e" loses the "e".
 */
function spanishEarVerb(stem: string): string {
  return stem.length >= 6 && /(?:[^aeiou]|[qg]u)e$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * Spanish spells "c", "g" as "qu", "gu" before "e": "me equivoqué" is "equivocar", "pagué"
 * "pagar". A stem ending so is read with the plain letter.
 */
function spanishSpelling(stem: string): string {
  return stem.length >= 4 && /[qg]u$/.test(stem)
    ? `${stem.slice(0, -2)}${stem.at(-2) === "q" ? "c" : "g"}`
    : stem;
}

/**
 * French feminine participles lose their accent to folding ("bloquée" → "bloquee"), and Snowball
 * then keeps an "e" it strips from "bloqué": the feminine ending goes first.
 */
function frenchFeminineBase(word: string): string {
  return word.length >= 6 && /ees?$/.test(word) ? word.replace(/es?$/, "") : word;
}

/**
 * The Romanian Snowball stemmer strips "-ează", "-ește" only with their accents, which people
 * leave out ("porneste", "functioneaza"), and keeps participles apart from the verb ("pornit",
 * "blocat"). What it leaves of such a verb is cut back to the root, keeping four letters at
 * least: "pornest", "pornesc", "pornit" → "porn".
 */
const ROMANIAN_VERB_ENDING = /(?:eaz|ez|est|esc|it|at|ut)$/;
const ROMANIAN_MIN_ROOT = 4;

function romanianVerbRoot(stem: string): string {
  const m = ROMANIAN_VERB_ENDING.exec(stem);
  let root = m && stem.length - m[0].length >= ROMANIAN_MIN_ROOT ? stem.slice(0, m.index) : stem;
  // Without "ă", "ț", the stemmer leaves plural and case endings it would strip: "coduri",
  // "radiouri" → "codur", "radiour"; "etichetei" → "etichete".
  if (/ur$/.test(root) && root.length >= 5) root = root.slice(0, -2);
  else if (/[aei]$/.test(root) && root.length >= 6) root = root.slice(0, -1);
  // "c", "g" are spelled "ch", "gh" before e and i: "blochează", "deblochez" are "blocat".
  return root.length >= 5 && /[cg]h$/.test(root) ? root.slice(0, -1) : root;
}

/**
 * German past participles wrap the verb in "ge-…-t/-en", after a separable prefix if any: the
 * Snowball stemmer leaves them apart from the verb ("gesperrt" ≠ "sperren", "eingegeben" ≠
 * "eingeben", "ausgebaut" ≠ "ausbauen", "freigeschaltet" ≠ "freischalten"). The verb's infinitive
 * is rebuilt before stemming, also from the participle used as an adjective ("die gesperrte
 * Anzeige", "ein geklautes Radio"). "gebraucht" stays whole: it means second-hand, not "needed".
 */
const GERMAN_PARTICIPLE =
  /^(ab|an|auf|aus|ein|nach|um|vor|weg|zu|zuruck|frei|rein|raus|rum|her|hin|los|fest|durch)?ge(\p{L}{3,}?)(?:et|t|en)(?:e[mnrs]?)?$/u;
const NOT_PARTICIPLES = new Set([
  "gebraucht",
  "gebrauchte",
  "gebrauchten",
  "gebrauchtem",
  "gebrauchter",
  "gebrauchtes",
  "gerat",
  "geraten",
]);

function germanParticipleBase(word: string): string {
  if (NOT_PARTICIPLES.has(word)) return word;
  const m = GERMAN_PARTICIPLE.exec(word);
  return m ? `${m[1] ?? ""}${m[2]}en` : word;
}

/**
 * The Snowball stemmer keeps the "-t" of German verbs in "-ieren" and "-igen" ("funktioniert",
 * "reagiert", "bestätigt", "beschädigt"), which their infinitives lose ("funktionieren" →
 * "funktioni", "bestätigen" → "bestat"): those forms (and their past, "funktionierte") are read
 * as the infinitive. Nouns do not end so. Not "-eigt" ("anzeigt"): "anzeigen" would become the
 * stem of "Anzeige" (the display), which a synonym reads as "Display".
 */
const GERMAN_VERB_T = /(ier|(?<!e)ig)t(?:e[nmrst]?|est)?$/;

function germanVerbT(word: string): string {
  return word.length >= 7 ? word.replace(GERMAN_VERB_T, "$1en") : word;
}

const synonymMaps = new Map<Locale, ReadonlyMap<string, string>>();

/** Stem → the stem of its group's first word. */
function synonymsOf(locale: Locale): ReadonlyMap<string, string> {
  let map = synonymMaps.get(locale);
  if (!map) {
    const built = new Map<string, string>();
    for (const [head, ...rest] of SYNONYMS[locale]) {
      if (!head) continue;
      const target = rawStem(locale, head);
      for (const w of rest) {
        const s = rawStem(locale, w);
        if (s !== target) built.set(s, target);
      }
    }
    map = built;
    synonymMaps.set(locale, map);
  }
  return map;
}
