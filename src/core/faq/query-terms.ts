/**
 * Turns text into the words the FAQ index works with, for phrasings and questions alike.
 *
 * Words are read in the text's language where it is known: a stop word of one language can be a
 * topic word of another (Turkish "para" is money, "tuş" a button, "ses" the sound; Spanish
 * "para", "tus", French "ses" are function words), and "ne" is a negation in French but "what"
 * in Turkish.
 */
import type { Locale } from "../i18n/locales.js";
import { LOCALES } from "../i18n/locales.js";
import { tokenize } from "./normalize.js";
import { ALL_STOP_WORDS, GREETINGS, STOP_WORDS } from "./stop-words.js";

/**
 * One term for "not / no / nothing / without" in every language. Negation says a lot in this
 * domain ("no label", "nothing on the screen", "no number buttons", "doesn't work") although
 * the words themselves are function words. It starts with "_", which no folded word can.
 */
export const NEGATION = "_neg";

/**
 * More function words, dropped from questions and phrasings like the stop words but not used as
 * evidence of a language (stop-words.ts feeds language detection, which these would tilt).
 */
const MORE_STOP_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  en: words(`
    up exactly instead still since before later even already yet maybe ever whats thats theres hes
    shes lol guys well though because cause cuz gonna wanna gotta able supposed all means guess
    think pretty kind sort else yeah hmm mate rn bit little straight away yesterday
    twice thrice
  `),
  fr: words(`
    comme ici jai cest ya deja encore aussi tout tous toute toutes tres avant depuis puis ensuite
    juste vraiment enfin voila bon ben bah hier aujourd hui cela ceci celui celle dont lequel
    laquelle chez vers suis es etes sommes avoir aurais serait faites font meme
    pourtant sinon soit parce exactement fois
  `),
  de: words(`
    seit dafur ins bis beim alle alles einfach genau statt damit dabei darauf dazu davon dort hier
    immer erst gerade sehr ganz also sonst trotzdem bereits vom um ob weil mehr heute gestern
    irgendwie irgendwo woran worauf wofur womit etwa ziemlich diese dieser dieses diesem diesen
    wurde wurden worden werden wird hatte hatten ihn ihm ihnen euch eure euer standig dauernd
    tun tue tut mache machen macht mach gemacht nen nem ner gibts seitdem fuer ueber koennen
    muessen moechte bj baujahr zweimal dreimal einmal angeblich per oft sondern danach obwohl ans
    ran bevor vollig eh eben bloss wohl irgendwann leider endlich trotz weiterhin sofort wirklich
    mittlerweile inzwischen grad grade momentan daher deshalb deswegen dies sowas sowieso evtl
    vielleicht eventuell bissl bisschen bischen gleich eigentliche eigentlichen
    wos is isch hob hoid oiso jede jeder jedem jeden jedes
    moglich total direkt aufs furs ubers vors ums durchs unters hinters dr di mi ganze ganzen ganzes
    vllt vlt mfg vg grusse grussen gruss geehrte geehrter geehrten damen herren
    kommt komme kommen kommst kam kamen gekommen
    konnt konnte konnten konntest konntet musst musste mussten sollte sollten solltest willst wollte
    wollten mochte mochten wegen mehrere mehreren mehrerer jedesmal rein hinein
  `),
  es: words(`
    todo toda todos todas luego eso aqui alli ahi tambien solo antes desde hasta aun todavia
    entonces bien cada misma tan tanto ayer hoy sea sido estoy estas he has ha han hemos fue mio mia
    vuestro vuestra os algun alguna algunos algunas varios varias cualquier porfa siquiera
    exactamente directamente veces
    podria podrian podrias podriamos podemos habia habian hubo haya habria tal debo debe
    debes deberia che saludos atentamente cordialmente tmb tb xfa xfavor estimados estimado estimada
    estimadas
  `),
  ro: words(`
    tot toata toate tota toti pana inca asa unele unii unor mai foarte doar chiar deja acolo aici
    iar apoi inainte ieri azi astazi fost ii ati ar as lucru lucrul nici oare cumva fie
    il l pt ori vreo vreun ala aia alea atunci desi parca incolo fel bine exact frate
    naiba iau dea stie puteti putem poate
  `),
  tr: words(`
    bunu bunun buna bunlar bunlari olan oldu olmus diye once artik hala hep her tum butun zaten
    sadece bile yoksa dun bugun misin musun miyim midir mudur musunuz misiniz miyiz bende sizde sizin onun
    bizim beni seni sizi ona onu sunu boyle soyle oyle
    abi tam tamam mesela halbuki bazi kere defa
  `),
};

/** Folded negation words per language (most of them are stop words too). */
const NEGATIONS: Readonly<Record<Locale, readonly string[]>> = {
  en: words(`not no nothing none without never cannot cant dont doesnt didnt isnt wont aint havent
    hasnt wasnt arent couldnt wouldnt shouldnt doesn didn isn wasn aren haven hasn couldn
    wouldn shouldn weren`),
  fr: words("ne n pas rien aucun aucune sans jamais"),
  de: words(
    "nicht kein keine keinen keinem keiner keines nichts ohne nie niemals ned nich nix net nichtmal garnicht",
  ),
  es: words("no nada ningun ninguna ninguno sin nunca"),
  ro: words("nu nimic niciun nicio niciuna fara niciodata"),
  tr: words("yok yokmu degil degl diil deil hic hicbir hicbirsey hicbisey"),
};

/**
 * Number words become digits, so "four digits", "4 chiffres" and "vier Ziffern" meet. Only
 * 2–9: "one" is an article in most of our languages, and a few words are left out where they
 * also mean something else (French "neuf" new, Romanian "nouă" new/us, Turkish "altı" under).
 */
const NUMBERS: Readonly<Record<Locale, readonly string[]>> = {
  en: words("_ two three four five six seven eight nine"),
  fr: words("_ deux trois quatre cinq six sept huit _"),
  de: words("_ zwei drei vier funf sechs sieben acht neun"),
  es: words("_ dos tres cuatro cinco seis siete ocho nueve"),
  ro: words("_ doi trei patru cinci sase sapte opt _"),
  tr: words("_ iki uc dort bes _ yedi sekiz dokuz"),
};

/**
 * French words that folding would turn into a stop word: "où" (where) is not "ou" (or), "sûr"
 * (safe) is not "sur" (on). Read before folding, as the English word of the same meaning.
 */
const ACCENTED_HOMOGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\p{N}])où(?![\p{L}\p{N}])/giu, "where"],
  // Typed without its accent, "où" is still "where" before a verb of place: "ou est", "ou se
  // trouve", "ou trouver" ("or is" is rare).
  [
    /(?<![\p{L}\p{N}])ou(?=\s+(?:est|sont|se\s+trouve|trouver|chercher|il\s+est|elle\s+est)(?![\p{L}\p{N}]))/giu,
    "where",
  ],
  // …and after it, ending the question or before its subject: "il est ou", "elle est ou ?",
  // "il est ou le numéro", "ils sont ou".
  [
    /(?<=(?<![\p{L}\p{N}])(?:est|sont|c)\s+)ou(?=\s*(?:[?!.,;]|$|\s+(?:le|la|les|l|mon|ma|mes|ce|cette)\s))/giu,
    "where",
  ],
  [/(?<![\p{L}\p{N}])sûr(?:e|s|es)?(?![\p{L}\p{N}])/giu, "safe"],
];

/** Texts without these have no homograph to read (most of them). */
const HOMOGRAPH_LETTERS = /[ùûÙÛ]|(?<![\p{L}\p{N}])ou(?:\s|[?!.,;]|$)/iu;

/**
 * A capital letter standing alone names a letter on a label ("the 4 characters after the T",
 * "un T suivi de chiffres"): kept as a term ("_t"), where a lower-case single letter is dropped
 * ("j'ai", "t'as"). Not "I" (English "I"), nor vowels that are words (Spanish "Y", "O", "U",
 * Romanian "E", "O"; "A" pre-codes have their own term), nor initials ("C.A.R.").
 */
const LONE_CAPITAL = /(?<![\p{L}\p{N}'’]|\p{L}\.)[B-DF-HJ-NP-TV-XZ](?![\p{L}\p{N}'’]|\.\p{L})/gu;

/**
 * Turkish verbs say "not" with a suffix: "çalışmıyor", "açılmıyo", "okunmuyor", "olmaz", and
 * "without doing" too: "sökmeden"; and "it has not (been)": "kalmamış" (none is left), "yazmamış".
 */
/** "bulamıyorum", "bulamadım": I can't find it, i.e. where is it (see `NOT_FINDING`). */
const TURKISH_NOT_FINDING = /^bula?m[aiu]/;
const TURKISH_NEGATIVE_VERB =
  /.{2}(?:m[iu]y?o(?:r|rum|m|n|z|lar)?|m[ae]z|m[ae]d[iu]m?|m[ae]d[ae]n|m[ae]m[iu]s(?:lar|ler)?)$/;

/**
 * French SMS spellings that are words or abbreviations elsewhere too ("vs", "pr", "ds"), read
 * as French only where French is a candidate; the unambiguous ones are read by `tokenize`.
 */
const FRENCH_SMS: ReadonlyMap<string, string> = new Map([
  ["pr", "pour"],
  ["ds", "dans"],
  ["vs", "vous"],
  ["ns", "nous"],
  ["tt", "tout"],
  ["ke", "que"],
  ["fo", "faut"],
  ["pb", "probleme"],
  ["pa", "pas"],
  ["mm", "meme"],
  ["ac", "avec"],
  ["avc", "avec"],
  ["tps", "temps"],
  ["ms", "mais"],
  ["nvl", "nouvelle"],
  ["nv", "nouveau"],
  ["msg", "message"],
]);

/**
 * French typed without apostrophes glues the elided article or pronoun to the word: "lecran"
 * (l'écran), "jarrive" (j'arrive), "quil" (qu'il). A word the knowledge base does not know is
 * read without that letter when the rest is a word it knows ("ecran") or a stop word ("il").
 */
const ELIDED = /^(?:qu|[jldnmtsc])(?=[aeiouyh])/;

function withoutElision(r: Reading, word: string, known: (word: string) => boolean): string {
  if (!r.french || word.length < 4 || !ELIDED.test(word) || known(word) || r.stop.has(word)) return word;
  const rest = word.replace(ELIDED, "");
  return known(rest) || r.stop.has(rest) ? rest : word;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

interface Reading {
  readonly negations: ReadonlySet<string>;
  readonly numbers: ReadonlyMap<string, string>;
  /** Dropped outright. */
  readonly stop: ReadonlySet<string>;
  /** Dropped unless `known` says the word is a topic word of one of the languages. */
  readonly foreignStop: ReadonlySet<string>;
  readonly turkish: boolean;
  readonly french: boolean;
  readonly spanish: boolean;
  /** English "n't" is tokenized as "doesn" + "t", "can" + "t". */
  readonly english: boolean;
  /** German typed without umlauts ("ueberhaupt"): stop words are also looked up with them. */
  readonly german: boolean;
}

const readings = new Map<string, Reading>();

/** How to read words in `langs` (empty: language unknown, so every language's stop words). */
function readingFor(langs: readonly Locale[]): Reading {
  const key = langs.join(",");
  const cached = readings.get(key);
  if (cached) return cached;
  const greetings = Object.values(GREETINGS).flat();
  const among = langs.length > 0 ? langs : LOCALES;
  const negations = new Set(among.flatMap((l) => NEGATIONS[l]));
  // Language unknown or undecided: a word that is a negation in one of the candidate languages
  // and an ordinary word in another ("ne": French "not", Turkish "what") is not taken as a negation.
  if (among.length > 1) {
    for (const l of among) {
      for (const w of STOP_WORDS[l]) if (!NEGATIONS[l].includes(w)) negations.delete(w);
    }
  }
  const numbers = new Map<string, string>();
  for (const l of among) {
    NUMBERS[l].forEach((w, i) => {
      if (w !== "_") numbers.set(w, String(i + 1));
    });
  }
  const stopOf = (l: Locale) => new Set([...STOP_WORDS[l], ...MORE_STOP_WORDS[l]]);
  // Two or three candidate languages ("kaç para": Turkish or Spanish): a stop word of only some
  // of them is dropped unless it is a topic word of one of them (Turkish "para", money), like
  // a foreign stop word. Language unknown: every language's stop words are dropped.
  const sets = among.map(stopOf);
  const inAll = (w: string) => sets.every((set) => set.has(w));
  const candidates = langs.length > 1;
  const stop = new Set([
    ...greetings,
    ...sets.flatMap((set) => [...set]).filter((w) => !candidates || inAll(w)),
  ]);
  const foreignStop = new Set(
    [...ALL_STOP_WORDS, ...Object.values(MORE_STOP_WORDS).flat()].filter((w) => !stop.has(w)),
  );
  const reading = {
    negations,
    numbers,
    stop,
    foreignStop,
    turkish: among.includes("tr"),
    french: among.includes("fr"),
    spanish: among.includes("es"),
    english: among.includes("en"),
    german: among.includes("de"),
  };
  readings.set(key, reading);
  return reading;
}

/**
 * Topic words of `text` read in `langs` (see `readingFor`): stop words and single letters
 * dropped ("j'ai" → "j", "ai" → gone), digits kept ("1 and 6", "0000", "A0" pre-codes matter),
 * negations as one `NEGATION` term, number words as digits. `known(word)`: whether a stop word
 * of another language is a topic word of these languages after all (Turkish "para").
 */
export function contentTerms(
  text: string,
  langs: readonly Locale[] = [],
  known: (word: string) => boolean = () => false,
): string[] {
  const r = readingFor(langs);
  const out: string[] = [];
  let previous = "";
  let unfolded = text;
  if (HOMOGRAPH_LETTERS.test(text)) {
    for (const [pattern, word] of ACCENTED_HOMOGRAPHS) unfolded = unfolded.replace(pattern, word);
  }
  const tokens = withoutNotKnowing(tokenize(unfolded));
  for (const [i, raw] of tokens.entries()) {
    // "keeps asking", "kept beeping": "keep" says "again and again", not "store".
    if (r.english && KEEP.test(raw) && /ing$/.test(tokens[i + 1] ?? "")) continue;
    // "won't", "can't": the auxiliary was no topic word, the "n't" is a negation.
    const apostropheT = r.english && raw === "t" && previous.endsWith("n");
    if (apostropheT && out.at(-1) === previous) out.pop();
    previous = raw;
    const word = (r.french && FRENCH_SMS.get(raw)) || raw;
    if (r.spanish && SPANISH_CONTROL.test(raw) && isSpanishNoun(tokens, i)) {
      out.push(SPANISH_CONTROL_TERM);
      continue;
    }
    if (r.negations.has(word) || apostropheT) {
      out.push(NEGATION);
      continue;
    }
    const digits = r.german ? GERMAN_DIGITS.exec(word) : null;
    if (digits) {
      if (digits[1]) out.push(r.numbers.get(digits[1]) ?? digits[1]);
      out.push("ziffern");
      continue;
    }
    const t = r.numbers.get(word) ?? withoutElision(r, word, known);
    if (r.stop.has(t) || (r.foreignStop.has(t) && !known(t))) continue;
    if (r.german && GERMAN_UMLAUT_PAIR.test(t) && r.stop.has(t.replace(GERMAN_UMLAUT_PAIRS, "$1"))) continue;
    if (t.length < 2 && !/\d/.test(t)) continue;
    out.push(
      NOT_ISSUED.test(t)
        ? NOT_ISSUED_TERM
        : RADIO_CODE.test(t)
          ? RADIO_CODE_TERM
          : PRECODE.test(t)
            ? PRECODE_TERM
            : t,
    );
    if (r.turkish && TURKISH_NEGATIVE_VERB.test(t) && !TURKISH_NOT_FINDING.test(t)) out.push(NEGATION);
  }
  for (const [letter] of text.matchAll(LONE_CAPITAL)) out.push(`_${letter.toLowerCase()}`);
  if (SHOWN_CODE.test(text) && /\p{Ll}/u.test(text)) out.push(SHOWN_CODE_TERM);
  const joined = ` ${tokenize(unfolded).join(" ")} `;
  if (DEFINITION.test(joined)) out.push(DEFINITION_TERM);
  if (HOW_MUCH.test(joined)) out.push(HOW_MUCH_TERM);
  return out;
}

/**
 * German "vierstellig", "4-stellige Nummer" (of four digits) is "4 Ziffern", as it would be
 * written apart ("4-stellig" is tokenized "4" + "stellig").
 */
const GERMAN_DIGITS = /^(zwei|drei|vier|funf|fuenf|sechs|\d)?stellig(?:e[nmrs]?)?$/;

/**
 * German without umlaut keys: "ueberhaupt", "muessen", "koennte" are the stop words "überhaupt",
 * "müssen", "könnte" (folded "uberhaupt", "mussen", "konnte"). Read so, they are dropped like
 * the spelling with umlauts instead of weighing as words the knowledge base never saw.
 */
const GERMAN_UMLAUT_PAIR = /[aou]e/;
const GERMAN_UMLAUT_PAIRS = /([aou])e/g;

/**
 * A000–A099 are never issued (radio-facts). Any of them becomes one term, so a question naming
 * one meets the entry that lists A000, A012 and A099.
 */
const NOT_ISSUED = /^a0\d\d$/;
const NOT_ISSUED_TERM = "a0xx";

const KEEP = /^(?:keep|keeps|kept|keeping)$/;

/**
 * Spanish "mando" is the steering-wheel control ("el mando del volante") as well as "I send"
 * ("te mando el precódigo"), which the stemmer makes one word with "mandar". After an article
 * or a possessive, or before "del", "de", it is the noun: a term of its own.
 */
const SPANISH_CONTROL = /^mandos?$/;
const SPANISH_CONTROL_TERM = "_mando";
const SPANISH_DETERMINER = /^(?:el|los|del|al|un|unos|mi|mis|su|sus|tu|tus|ese|esos|este|estos)$/;

function isSpanishNoun(tokens: readonly string[], i: number): boolean {
  return SPANISH_DETERMINER.test(tokens[i - 1] ?? "") || /^(?:del|de)$/.test(tokens[i + 1] ?? "");
}

/**
 * "CODE" in capitals, on its own, is what a locked radio displays ("it just says CODE", "l'écran
 * marque CODE", "ekranda CODE yazıyor"), whatever verb the question uses for "shows": one term of
 * its own besides "code", which the entries that describe that display have too. Not "CODE LOCK",
 * another message, nor a question typed all in capitals.
 */
const SHOWN_CODE = /(?<![\p{L}\p{N}])CODE(?![\p{L}\p{N}]|[\s_-]*(?:LOCK|lock|Lock))/u;
export const SHOWN_CODE_TERM = "_shown";

/**
 * "I don't understand how / where / what…" says the same of the asker as "I don't know": the
 * first person only, before a question word. "The bot doesn't understand me" is left alone (it
 * asks for a person). Turkish first-person "anlamadım", "anlamıyorum" are dropped wherever.
 */
const NOT_UNDERSTANDING = [
  " (?:i )?(?:dont|do not|don t|didnt|didn t|cant|can t) (?:understand|get)(?= (?:how|where|what|why|which|if|whether) )",
  " (?:je )?(?:ne |n )?(?:comprends|pige|capte) (?:pas|rien)(?= (?:comment|ou|quoi|pourquoi|ce|quel|quelle|si) )",
  " (?:ich )?(?:verstehe|kapiere|check) (?:ich )?nicht(?= (?:wie|wo|was|warum|welche|welcher|ob) )",
  " no (?:entiendo|comprendo)(?= (?:como|donde|que|cual|por|si) )",
  " nu (?:inteleg|pricep)(?= (?:cum|unde|ce|care|daca|de ce) )",
  " anla(?:ya)?(?:madim|miyorum|miyom)",
].join("|");

/**
 * "I don't know how / where / what": the "not" is about the asker, not the topic, which a
 * negation term would change ("no sé cómo escribirlo" is how to enter the code, not that it
 * does not work). Dropped in every language, with the verb; Spanish "no se" only before a
 * question word, as "no se enciende" (it doesn't turn on) is a real negation.
 */
const NOT_KNOWING = new RegExp(
  ` (?:i )?(?:dont|do not|don t|didnt|didn t) know| dunno| idk| no idea| (?:je )?(?:ne |n )?(?:sais|sait) (?:pas|plus)| aucune idee| (?:ich )?(?:weiss|weis) (?:ich )?nicht| keine ahnung| no se(?= (?:como|donde|que|cual|cuanto|si|nada|por) | *$)|(?: no tengo)? ni idea| no tengo idea| nu (?:mai )?(?:stiu|stim)| habar n am| bil(?:e)?mi?yo(?:rum|ruz|m)?| bilmem| fikrim yok|${NOT_UNDERSTANDING}`,
  "g",
);

/**
 * "Nothing else" says "only" ("it shows CODE and nothing else", "rien d'autre", "başka bir şey
 * yok"): neither the negation nor the "other" is about the topic (a missing label, another
 * radio). Dropped in every language. Not "nichts mehr" (nothing any more), which is a blank display.
 */
const NOTHING_ELSE =
  / (?:nothing else|rien (?:d )?autres?|rien de plus|nichts (?:anderes|weiter)|sonst nichts|nada mas|nimic altceva|altceva nimic|baska (?:hic ?)?(?:bir ?)?(?:sey|yazi) (?:yok|yazmiyor|gostermiyor|cikmiyor))(?= )/g;

/**
 * "I can't find it" asks where it is: the "not" is about the asker, as in "I don't know where"
 * ("je trouve pas le pré-code", "ich finde den Vorcode nicht", "ön kodu bulamıyorum"). The
 * negation goes, the verb "find" stays. Turkish says it with a suffix (see `contentTerms`).
 */
const NOT_FINDING: ReadonlyArray<readonly [RegExp, string]> = [
  [/ (?:i )?(?:cant|can t|cannot|can not|couldnt|couldn t|dont|don t|didnt|didn t) find /g, " find "],
  [
    / (?:je )?(?:ne |n )?(?:trouve|trouves|trouvons|trouvez|trouvent|trouvais) (?:pas|plus|nulle part) /g,
    " trouve ",
  ],
  [/ (?:j )?(?:n )?arrive (?:pas|plus) a (?:le |la |les )?trouver /g, " trouver "],
  [/ (finde|findet|finden|gefunden)((?: (?!nicht )[a-z]+){0,3}) nicht /g, " $1$2 "],
  [/ no (?:lo |la |los |las )?(?:encuentro|encuentra|encontre|encuentras|encontramos) /g, " encuentro "],
  [/ nu (?:il |o |le |l )?(?:gasesc|gasim|gaseste|gasit|am gasit) /g, " gasesc "],
];
/**
 * German "zahlen" is "to pay" as well as "numbers" (the digits of a code): after a pronoun, a
 * modal or an amount ("muss ich zahlen", "was zahlen", "viel zahlen") it is the verb, read as
 * "bezahlen" like the price entry says it.
 */
const GERMAN_PAYING =
  / (ich|muss|man|soll|sollte|wir|zu|was|viel|nichts|etwas|extra|dafur|euch|ihnen) (?:zahlen|zahle|zahlt) /g;
/**
 * German verbs with a separable prefix put it at the end of the clause: "wie gibt man den Code
 * ein" is "eingeben", "ich baue das Radio aus" is "ausbauen". A form of a few such verbs with "ein"
 * or "aus" ending the question or a clause (before "und", "oder", "aber", "wenn", "weil", "damit", …) is
 * read as the whole verb.
 */
const GERMAN_INFINITIVE: Readonly<Record<string, string>> = {
  gibt: "geben",
  gebe: "geben",
  gibst: "geben",
  geben: "geben",
  gebt: "geben",
  baue: "bauen",
  baut: "bauen",
  bauen: "bauen",
  schalte: "schalten",
  schaltet: "schalten",
  schalten: "schalten",
  tippe: "tippen",
  tippt: "tippen",
  tippen: "tippen",
};
const GERMAN_SEPARATED =
  / (gibt|gebe|gibst|geben|gebt|baue|baut|bauen|schalte|schaltet|schalten|tippe|tippt|tippen)((?: (?!ein |aus )[a-z0-9]+){1,5}) (ein|aus)(?= (?:und|oder|aber|dann|bitte|wenn|weil|dass|damit|sobald|nachdem|bevor|ob|um) | $)/g;
/**
 * "Wie sieht das Etikett aus", "wie schaut so eine Nummer aus, …": "aussehen" (look like), not
 * "sehen" (see: "wer sieht meinen Vorcode"). The middle may hold "ein" ("so ein Vorcode"); an
 * "aus" before an article is the preposition ("sieht man das aus dem Fenster").
 */
const GERMAN_LOOKS_LIKE =
  / (?:sieht|sehen|seht|schaut|schauen)((?: (?!aus )[a-z0-9]+){1,5}) aus(?= )(?! (?:dem|der|den|des|einem|einer|meinem|meiner|diesem|dieser) )/g;
const GERMAN_LOOKS_HINT = / (?:sieht|sehen|seht|schaut|schauen) (?:.* )?aus /;
const FINDING_HINT = /trouv|find|fund|encu|encontr|gas/;
/**
 * Spoken French drops the "ne" of "il n'y a plus" (there is no more): "y a plus d'étiquette"
 * says it is gone, as "pas" would. Only after "y a", as "plus" alone is also "more" ("plus de 3
 * essais") and "ça marche plus" weighs a negation against what the sentence is about.
 */
const FRENCH_NO_MORE = / ((?:il )?y (?:en )?a) plus(?= )/g;

function withoutNotKnowing(tokens: string[]): string[] {
  let text = ` ${tokens.join(" ")} `;
  const notKnowing = NOT_KNOWING.test(text);
  NOT_KNOWING.lastIndex = 0;
  const nothingElse = NOTHING_ELSE.test(text);
  NOTHING_ELSE.lastIndex = 0;
  const finding = FINDING_HINT.test(text);
  const paying = text.includes(" zahl");
  const separated =
    / (?:ein|aus) $/.test(text) ||
    / (?:ein|aus) (?:und|oder|aber|dann|bitte|wenn|weil|dass|damit|sobald|nachdem|bevor|ob|um) /.test(text);
  const noMore = text.includes(" plus ");
  const looks = GERMAN_LOOKS_HINT.test(text);
  if (!notKnowing && !nothingElse && !finding && !paying && !separated && !noMore && !looks) return tokens;
  if (noMore) text = text.replace(FRENCH_NO_MORE, " $1 pas");
  if (notKnowing) text = text.replace(NOT_KNOWING, " ");
  if (nothingElse) text = text.replace(NOTHING_ELSE, " ");
  if (finding) for (const [pattern, word] of NOT_FINDING) text = text.replace(pattern, word);
  if (paying) text = text.replace(GERMAN_PAYING, " $1 bezahlen ");
  if (looks) text = text.replace(GERMAN_LOOKS_LIKE, (_, middle: string) => ` aussehen${middle} `);
  if (separated) {
    text = text.replace(
      GERMAN_SEPARATED,
      (_, verb: string, middle: string, particle: string) =>
        ` ${particle}${GERMAN_INFINITIVE[verb] ?? verb}${middle} `,
    );
  }
  return text.split(" ").filter(Boolean);
}

/**
 * A letter and three digits ("V284", "T123") is the user's pre-code: any of them becomes one
 * term, which weighs like "Renault" (score.ts) as it says what the question is about no more
 * than the car does. Read literally, the example "V284" in precode-format's keywords made "my
 * pre-code is V284, how do I enter the code?" a confident answer about the pre-code format.
 */
const PRECODE = /^[a-z]\d{3}$/;
export const PRECODE_TERM = "_pre";

/**
 * Four digits other than "0000" (what a locked radio shows) and a year ("Dokker 2014") are a
 * radio code the user has or typed ("I have 5190, now what"): any of them becomes one term, so
 * a question naming one meets the entries whose phrasings name an example code.
 */
const RADIO_CODE = /^(?!0000$)(?!(?:19|20)\d\d$)\d{4}$/;
const RADIO_CODE_TERM = "_code4";

/**
 * "What is …" asks what something is, in every language ("c'est quoi", "c koi", "was ist", "was heißt", "qué es",
 * "cómo es", "ce este", "nedir", "nasıl bir şey"): its words are all function words, so it is one term of its
 * own, and the entries that explain what something is (the VIN, the pre-code format) have it.
 */
const DEFINITION =
  / (?:what (?:is|s|are)|whats|est quoi|c quoi|cest quoi|(?:quest|qu est) ce (?:que|qu)(?! (?:je|j|tu|t|on|vous|il|nous|ils) )|was (?:ist|sind|bedeutet|heisst)|(?:que|como) (?:es|son)|ce (?:este|e|inseamna)|cum arata|nedir|ne demek|nasil bir sey|neye benz[a-z]*) /;
export const DEFINITION_TERM = "_what";

/**
 * "How much" asks a price unless it asks how long or how many ("c'est combien", "wie viel",
 * "ne kadar tutar", "kaç para"; not "combien de temps", "wie viele Versuche", "ne kadar
 * beklemeliyim"): its words are function words, so it is one term of its own, which the entry
 * about the price has. Not English: its "much" is a topic word already.
 */
const HOW_MUCH =
  / (?:combien(?! (?:de|d|des) )|wie ?viel(?! (?:zeit|versuche|minuten|stunden|stellen|ziffern|zeichen|mal) |e )|cuanto(?! (?:tiempo|hay que esperar|tengo que esperar|minutos|digitos|numeros|intentos|veces) )|ne kadar(?= [a-z])(?! (?:bekle|sure|surer|zaman|dakika|saat))|kac para|kaca) /;
export const HOW_MUCH_TERM = "_price";
