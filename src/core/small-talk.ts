/**
 * Small talk: a message that is only a greeting ("bonjour", "merhaba"), thanks ("thx, it
 * worked!", "danke schön"), a goodbye, an "ok" or a call for help ("help", "hilfe bitte",
 * "yardım edin"), in any of the six languages. Such a message is no
 * question for the FAQ: it gets a friendly word back instead of "I don't have an answer for that".
 * A message with anything else in it ("hello my radio says CODE") is not small talk.
 *
 * The language comes from the words when they belong to one language only ("bonjour" is French,
 * "salut" French or Romanian, "ok" anyone's).
 */
import { tokenize } from "./faq/normalize.js";
import { LOCALES, type Locale } from "./i18n/locales.js";

export type SmallTalkKind = "greeting" | "thanks" | "bye" | "ack" | "help";

export interface SmallTalk {
  readonly kind: SmallTalkKind;
  /** The languages its words belong to, in `LOCALES` order; empty when they could be any. */
  readonly locales: readonly Locale[];
}

type WordKind = SmallTalkKind | "filler";

/** Folded words (no accents, lower case) by what they say and the language that uses them. */
const LISTS: Readonly<Record<WordKind, Readonly<Record<Locale, string>>>> = {
  greeting: {
    en: "hi hello hey hiya howdy morning evening afternoon",
    fr: "bonjour bonsoir coucou cc salut",
    de: "hallo moin servus guten tag morgen abend gruss gott gruezi",
    es: "hola buenas buenos dias tardes noches",
    ro: "salut salutare buna ziua seara neata servus",
    tr: "merhaba selam selamlar slm mrb gunaydin iyi gunler aksamlar",
  },
  thanks: {
    en: "thanks thank thx ty tks cheers worked works",
    fr: "merci mrc mersi beaucoup parfait marche fonctionne",
    de: "danke dankeschon vielen dank funktioniert geklappt klappt",
    es: "gracias muchas funciona funciono",
    ro: "multumesc multumim multumiri mersi mult merge mers",
    tr: "tesekkurler tesekkur tesekkurederim ederim sagol sagolun eyvallah tsk tskler oldu calisti",
  },
  bye: {
    en: "bye goodbye cya",
    fr: "revoir bientot",
    de: "tschuss tschau wiedersehen",
    es: "adios chao",
    ro: "revedere",
    tr: "hoscakal gorusuruz gorusmek",
  },
  ack: {
    en: "ok okay alright got",
    fr: "accord daccord dac",
    de: "klar alles gut",
    es: "vale entendido",
    ro: "bine bn",
    tr: "tamam anladim",
  },
  help: {
    en: "help helpme commands menu",
    fr: "aide aidez aider",
    de: "hilfe helfen hilf",
    es: "ayuda ayudame ayudar ayudenme",
    ro: "ajutor ajutati ajuta",
    tr: "yardim yardimci",
  },
  filler: {
    en: "good you very much so a lot it bot there all great perfect me please pls plz i need",
    fr: "ca au a d tous tout le monde bien vous toi top super genial moi svp stp j ai besoin",
    de: "schon sehr es hat auf perfekt toll super alle mir bitte ich brauche",
    es: "mil ya perfecto genial todo bien hasta luego pronto que tal me por favor necesito",
    ro: "foarte frumos la perfect super tuturor a va rog am nevoie de",
    tr: "cok sag ol harika super hepinize edin eder misiniz lutfen lazim",
  },
};

/** Words of every language ("ok", "ciao"): they never decide the language. */
const ANYONE: Readonly<Record<string, WordKind>> = {
  ok: "ack",
  okay: "ack",
  oki: "ack",
  okey: "ack",
  lol: "filler",
  xd: "filler",
  ciao: "bye",
};

interface Word {
  kind: WordKind;
  /** Empty: any language. */
  readonly langs: Set<Locale>;
}

const WORDS: ReadonlyMap<string, Word> = (() => {
  const words = new Map<string, Word>();
  for (const [kind, byLang] of Object.entries(LISTS) as [WordKind, Record<Locale, string>][]) {
    for (const [lang, list] of Object.entries(byLang) as [Locale, string][]) {
      for (const w of list.split(" ")) {
        const word = words.get(w) ?? { kind, langs: new Set<Locale>() };
        if (word.kind === "filler") word.kind = kind; // a word that says something wins
        word.langs.add(lang);
        words.set(w, word);
      }
    }
  }
  for (const [w, kind] of Object.entries(ANYONE)) words.set(w, { kind, langs: new Set() });
  return words;
})();

/** At most this many words: a longer message says something more. */
const MAX_WORDS = 6;

/** Emoji that say thanks, hello or "ok" on their own (a thumbs-up after the code arrived). */
const EMOJI: Readonly<Record<string, SmallTalkKind>> = {
  "🙏": "thanks",
  "❤": "thanks",
  "😍": "thanks",
  "🥰": "thanks",
  "🤗": "thanks",
  "💪": "thanks",
  "🎉": "thanks",
  "👋": "greeting",
  "👍": "ack",
  "👌": "ack",
  "🙂": "ack",
  "😊": "ack",
  "😀": "ack",
  "😃": "ack",
  "😄": "ack",
  "😁": "ack",
  "✅": "ack",
  "👏": "ack",
};

/** Skin tones, joiners and variation selectors: parts of an emoji, not emoji of their own. */
const EMOJI_PARTS = /[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0e|\ufe0f/gu;

/** A message of only the emoji above (and spaces, "!"): their strongest kind; others: undefined. */
function emojiTalk(text: string): SmallTalk | undefined {
  const symbols = [...text.replace(EMOJI_PARTS, "").replace(/[\s!.]+/g, "")];
  if (symbols.length === 0 || symbols.length > MAX_WORDS) return undefined;
  let kind: SmallTalkKind | undefined;
  for (const symbol of symbols) {
    const said = EMOJI[symbol];
    if (!said) return undefined;
    if (rank(said) > rank(kind)) kind = said;
  }
  return kind ? { kind, locales: [] } : undefined;
}

/** The small talk `text` is, or undefined when it says anything else. */
export function smallTalk(text: string): SmallTalk | undefined {
  if (/\p{Extended_Pictographic}/u.test(text) && !/[\p{L}\p{N}]/u.test(text)) return emojiTalk(text);
  // The FAQ's own tokens: folded, chat shorthand spelled out ("bjr" → bonjour, "bcp" → beaucoup).
  const words = tokenize(text);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  let kind: SmallTalkKind | undefined;
  let langs: Set<Locale> | undefined;
  for (const word of words) {
    const known = WORDS.get(word) ?? WORDS.get(word.replace(/(.)\1+$/u, "$1")); // "hiii", "merciii"
    if (!known) return undefined;
    // Thanks wins over a greeting in the same message ("hi, thanks!"); a goodbye over both; a
    // call for help over all of them.
    if (known.kind !== "filler" && rank(known.kind) > rank(kind)) kind = known.kind;
    if (known.langs.size > 0) {
      const seen = langs;
      const next = seen ? new Set([...known.langs].filter((l) => seen.has(l))) : new Set(known.langs);
      // Words of different languages ("merci thanks"): keep what was seen so far.
      if (next.size > 0) langs = next;
    }
  }
  if (!kind) return undefined;
  return { kind, locales: LOCALES.filter((l) => langs?.has(l)) };
}

/** A call for help wins over everything else in the message ("hi, help please"). */
const RANK: Readonly<Record<SmallTalkKind, number>> = { ack: 1, greeting: 2, thanks: 3, bye: 4, help: 5 };

function rank(kind: SmallTalkKind | undefined): number {
  return kind ? RANK[kind] : 0;
}
