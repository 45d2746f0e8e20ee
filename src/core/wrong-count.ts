/**
 * How many wrong codes a message says were entered: "I typed the wrong code 3 times", "dreimal
 * falsch eingegeben", "am greșit codul de 2 ori", "üçüncü denemede de olmadı". The bot answers
 * such a message with the wait after that many wrong codes (the lockout schedule), not with a
 * guess at a question. Six languages, folded (no accents, lower case) as the FAQ folds them.
 *
 * A count is read only where the text also says the codes were wrong, the tries failed or the
 * radio locked: a number alone ("I have 2 cars", "hold button 6 for 10 seconds") is no count,
 * nor one more still to come ("if I get it wrong once more"), nor "between two tries". Numbers
 * in a pre-code (V284) or a four-digit code are never read as one.
 */
import { fold } from "./faq/normalize.js";

/** The most a message may state; more is not a count of tries ("20 minutes", "2019"). */
const MAX_COUNT = 20;

/** Number words 1–12 in the six languages (folded), as they stand before "times" or "codes". */
const NUMBER_WORDS = numbered([
  "one un une ein eine einen einem uno una o bir bi",
  "two deux zwei dos doua iki both",
  "three trois drei tres trei uc",
  "four quatre vier cuatro patru dort",
  "five cinq funf fuenf cinco cinci bes",
  "six sechs seis sase alti",
  "seven sept sieben siete sapte yedi",
  "eight eigth huit acht ocho opt sekiz",
  "nine neuf neun nueve noua dokuz",
  "ten dix zehn diez zece dizaine",
  "eleven onze elf once unsprezece",
  "twelve douze zwolf doce doisprezece douasprezece",
]);
/** Larger counts people write out: fifteen, twenty. */
const LARGE_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...["fifteen", "quinze", "funfzehn", "fuenfzehn", "quince", "cincisprezece"].map((w) => [w, 15]),
  ...["twenty", "vingt", "zwanzig", "veinte", "douazeci", "yirmi"].map((w) => [w, 20]),
]);
/** "a", "un", "ein", "bir": a number only before "times" or "tries" ("une fois"), not "a wrong code". */
const ARTICLES = new Set(["un", "une", "ein", "eine", "einen", "einem", "uno", "una", "o", "bir", "bi"]);

/** Ordinals 1–10 (folded): "third try", "troisième fois", "dritten Mal", "üçüncü kez". */
const ORDINAL_WORDS = numbered([
  "first premier premiere erste ersten erstes erster primer primera primero prima ilk birinci",
  "second deuxieme seconde doilea zweite zweiten zweites zweiter segunda segundo doua ikinci ikincisi",
  "third troisieme dritte dritten drittes dritter tercer tercera tercero treia treilea ucuncu ucuncusu",
  "fourth quatrieme vierte vierten viertes vierter cuarta cuarto patra patrulea dorduncu dorduncusu",
  "fifth cinquieme funfte funften funfter fuenfte fuenften quinta quinto cincea cincilea besinci besincisi",
  "sixth sixieme sechste sechsten sechster sexta sexto sasea saselea altinci altincisi",
  "seventh septieme siebte siebten siebter septima septimo saptea yedinci",
  "eighth huitieme achte achten octava octavo opta sekizinci",
  "ninth neuvieme neunte neunten novena noveno noua dokuzuncu",
  "tenth dixieme zehnte zehnten decima decimo zecea onuncu",
]);

/** One word that is a count of times: "twice", "dreimal" ("once" is read unfolded: Turkish "önce"). */
const TIMES_WORDS: Readonly<Record<string, number>> = {
  twice: 2,
  thrice: 3,
  einmal: 1,
  zweimal: 2,
  dreimal: 3,
  viermal: 4,
  funfmal: 5,
  fuenfmal: 5,
  sechsmal: 6,
  siebenmal: 7,
  achtmal: 8,
  neunmal: 9,
  zehnmal: 10,
};

const TIMES_WORD = new RegExp(`\\b(${Object.keys(TIMES_WORDS).join("|")})\\b`, "g");
const ONCE = /\b(once)\b/g;

/** "times" after a number: "3 times", "3 fois", "à 3 reprises", "3 mal", "3 veces", "de 3 ori", "3 kez". */
const TIMES =
  "(?:times?|tims|occasions?|fois|reprises|mal|veces|vez|vecs|ocasiones|ocasion|ori|oara|data|kez|kere|kre|defa|sefer|seferde|kere?de|kezde)";
/** Tries, counted or ranked: "3 attempts", "3 essais", "3 Versuche", "3 deneme". */
const TRIES =
  "(?:tries|try|attempts?|goes|go|strikes|essais?|tentatives?|versuch(?:e|en)?|fehlversuch(?:e|en)?|intentos?|incercari|incercare|incercarea|deneme[a-z]*)";
/** Errors counted: "2 mistakes", "deux erreurs", "5 Fehleingaben", "2 greșeli", "5 hatalı giriş". */
const FAILS =
  "(?:errors?|erreurs?|fehler|fehleingaben?|fallos?|greseli|erori|hata|fails?|failures?|mistakes?|echecs?|entry|entries|ones|saisies|eingaben|entradas|introduceri|giris)";
/** Codes counted only as wrong ones: "5 wrong codes", "11 codes faux", not "I have 3 codes". */
const CODE_NOUNS = "(?:codes?|codigos?|coduri|cod|kod[a-z]*|sifre)";
const WRONG_AFTER =
  "(?:\\s+(?:wrong|faux|fausses?|errone(?:e?s)?|incorrects?|refuses|falsch[a-z]*|falsos?|malos?|mal|erroneos|incorrectos?|gresite|gresit|yanlis|hatali))";
/** Words that may stand between a number and what it counts: "3 wrong codes", "5 tane yanlış kod". */
const BETWEEN =
  "(?:(?:wrong|wrng|incorrect|bad|false|failed|unsuccessful|different|diff|diffrent|falsche[nrs]?|ungultige[nrs]?|erfolglose[n]?|fehlgeschlagene[n]?|verschiedene[n]?|mauvais|faux|fausses?|differents|errones|malos|distintos|diferentes|incorrectos|fallidos|erroneos|gresite|diferite|esuate|yanlis|hatali|farkli|basarisiz|tane|de)\\s+){0,2}";
/** A wrong code counted: "3 wrong codes" (a word between), "11 codes faux" (a word after). */
const QUALIFIED =
  "(?:(?:wrong|wrng|incorrect|bad|false|failed|different|diff|diffrent|falsche[nrs]?|ungultige[nrs]?|verschiedene[n]?|mauvais|faux|differents|errones|malos|distintos|diferentes|incorrectos|erroneos|falsos|gresite|diferite|yanlis|hatali|farkli|tane)\\s+){1,2}";
/** Ordinal endings after a digit: 3rd, 3e, 3ème, 3., 3er, 3ª, 2do, 4-a, al 2-lea. */
const ORDINAL_SUFFIX = "(?:st|nd|rd|th|e|eme|er|re|ere|a|o|do|ro|to|ter|ten|te|\\.|-a|-lea|-ea)";

const DIGITS = "(\\d{1,2})";
const WORD = "([a-z]+)";
/** Not part of a longer number, a time or a date. */
const ALONE = "(?<![\\d.,:/-])";

/** What a number counts: times, tries, errors, or wrong codes. */
const COUNTS = `(?:${TIMES}|${TRIES}|${FAILS})\\b|${QUALIFIED}${CODE_NOUNS}\\b|${CODE_NOUNS}${WRONG_AFTER}\\b`;

/** Count patterns: the number (digits or a number word) is the first group. */
const COUNTED: readonly RegExp[] = [
  // "3 times", "3x", "de 3 ori", "à 3 reprises", "3 attempts", "3 wrong codes", "5 coduri gresite".
  new RegExp(`${ALONE}${DIGITS}\\s*(?:x\\b|${BETWEEN}(?:${COUNTS}))`, "g"),
  new RegExp(`\\b${WORD}\\s+${BETWEEN}(?:${COUNTS})`, "g"),
  new RegExp(`\\bx\\s*${DIGITS}\\b`, "g"),
  // "Failed attempts: 4", "Fehlversuche: 4", "Intentos fallidos: 4".
  new RegExp(`(?:${TRIES}|${FAILS})(?:\\s+[a-z]+)?\\s*[:=]\\s*${DIGITS}(?![\\d,:/]|\\.\\d)`, "g"),
];

/** Ordinals beside a try, a time or a code: "third try", "the 2nd wrong code", "a treia oară". */
const RANKED = new RegExp(
  `(?:${ALONE}${DIGITS}${ORDINAL_SUFFIX}\\s*|\\b${WORD}\\s+)${BETWEEN}(?:${TIMES}|${TRIES}|${FAILS}|${CODE_NOUNS})\\b`,
  "g",
);
/** Any ordinal, once one was found beside a try: "1st try wrong, 2nd wrong, 3rd wrong" → 3. */
const ANY_ORDINAL = new RegExp(`(?:${ALONE}${DIGITS}${ORDINAL_SUFFIX}(?![\\d])|\\b${WORD}\\b)`, "g");

/** "one single time", "une seule fois", "only one wrong try", "solo un fallo", "sadece bir hata": 1. */
const SINGLE = new RegExp(
  `\\b(?:(one|a|un|une|uno|una|o|ein|eine|einen|bir)\\s+(?:single|seule?|sola|solo|singura|einzige[nrs]?|tek)|(?:only|just|solo|doar|sadece|nur|seulement|juste)\\s+(a|one|un|une|una|o|bir|ein|eine|einen)\\s+${BETWEEN}(?:${FAILS}|${TRIES}|${CODE_NOUNS}))\\b`,
  "g",
);
/** "4 codes from the internet, all wrong", "6 codes, aucun ne marche": codes counted as wrong ones. */
const ALL_FAILED =
  /\b(?:all wrong|all refused|none|neither|tous faux|tous refuses|alle abgelehnt|todos rechazados|toutes fausses|aucun|alle falsch|keiner|todos mal|ninguno|toate gresite|niciunul|hicbiri|hepsi yanlis)\b/;
const ANY_CODES = new RegExp(`${ALONE}\\b(\\d{1,2}|[a-z]+)\\s+${CODE_NOUNS}\\b`, "g");

/** "between two tries", "entre deux essais", "iki deneme arasında": no count of one's own. */
const BEFORE_NO_COUNT = /\b(?:between|(?<!\b(?:j ai|ai|as|a|avons|avez|ont)\s)entre|zwischen|intre)\s+$/;
const AFTER_NO_COUNT = /^\s*\S+\s+aras/;
/** One more still to come: "one more wrong code", "encore une fois", "una vez más", "bir kere daha". */
const MORE_AFTER = /^\s*(?:[a-z]+\s+)?(?:more|mas|daha|de plus|en plus|encore|again)\b/;
/** Switching off and on again is no wrong code: "turned it off and on three times". */
const RESTART =
  /\b(?:off and on|on and off|aus und (?:an|ein)|an und aus|eteint et rallume|apague y encendi|oprit si pornit|kapatip act|called|phoned|appele|angerufen|llame|sunat|aradim)/;
/**
 * More tries on top of a count, by someone else or later: "3 wrong codes, then I one more",
 * "2 fois, et moi 2 fois aussi", "una vez hoy y otra ayer". The total is not said: the bot asks.
 */
const MORE_TRIES =
  /\b(?:more|another|too|also|otra|otras|otro|noch|nochmal|nochmals|auch|encore|aussi|inca|yine|tambien|si eu|et moi|und ich|dann ich|y yo|and i|then i|puis moi|luego yo|apoi eu|ben de|eu de)\b/;
const MORE_BEFORE = /\b(?:encore|noch|another|again|mai|inca)\s+(?:\S+\s+){0,2}$/;

/**
 * Words that say a code was wrong, a try failed or the radio locked (folded stems). One of them
 * must be in the message for a count to be read.
 */
const WRONG = new RegExp(
  `\\b(?:${[
    "wrong|wrng|incorrect|invalid|refus|reject|mistyp|mistake|false|bad|fail|error|lock|block|tried|try|tries|attempt|mess|screw",
    "mauvais|faux|fausse|erron|erreur|tromp|essai|essay|tentativ|bloqu|echec|rate|loupe|plant|foir",
    "falsch|falsh|verkehrt|ungultig|abgelehnt|angenommen|vertipp|vertan|fehler|gesperrt|sperr|versuch|fehlversuch|probiert|verbock|vermassel|verhau",
    "equivo|fall(?:e|o|a|i|ad|id)|intent|rechaz|cagad|cagu|mal[oa]s?\\b|prob[eo]",
    "gres|incorect|eronat|eroare|erori|blocat|blocheaza|incerc|respin|esuat|accept|in bara",
    "yanlis|ynlis|hatal|hata|kilit|dene|olmadi|reddet|kabul et|batir|basarisiz",
    "(?:didnt|didn t|doesnt|doesn t|none|not|no|ne|nu)\\s+(?:\\S+\\s+)?(?:work|worked|working|funciona|funciono|marche|fonctionne|merge|mers)",
    "(?:geht|funktioniert|klappt)\\s+(?:\\S+\\s+)?nicht",
    "calismadi|calismiyor|daneben|gresel|fals|fehleingab",
    // Random codes ("tapé n'importe quoi 7 fois"); "still says CODE" after the tries.
    "random|n importe quoi|irgendwas|al azar|la intamplare|aiurea|rastgele",
    "(?:still|toujours|immer noch|sigue|tot|hala)\\b.*\\bcode",
    "(?:aucun|ninguno|niciunul|keiner)\\s+(?:\\S+\\s+)?(?:marche|fonctionne|funciona|merge|geht|funktioniert|klappt)",
  ].join("|")})`,
);

/** Spanish "mal" (wrongly: "lo puse mal"), not German "mal" after a number ("3 mal", "noch mal"). */
const SPANISH_MAL =
  /(?<!\d\s?|\b(?:ein|zwei|drei|vier|funf|sechs|noch|jedes|zum|das|beim|erste[nr]?|zweite[nr]?|dritte[nr]?|vierte[nr]?)\s)\bmal\b/;

/** A letter and three digits (a pre-code) or four digits (a code): their digits are no count. */
const CODES = /\b[a-z]\s?\d{3}\b|\b\d{4,}\b/g;
/** "a couple of times", "un par de veces": 2. */
const COUPLE = /\b(?:a couple of|un par de)\b/g;
/** "a dozen wrong codes", "une douzaine de codes": 12. */
const DOZEN = /\b(?:(?:a|une|una|ein|o)\s+)?(?:dozen|douzaine|dutzend|docena|duzina)(?:\s+(?:de|of))?\b/g;
/**
 * A question about the rule, not one's own count: "is it true that after 10 wrong codes it locks
 * forever?". With such words, a number after "after" ("nach 10 Fehlversuchen", "10 hatadan
 * sonra") is no count.
 */
const RULE_QUESTION =
  /\b(?:what happens|qu est ce qui se passe|que se passe|was passiert|que pasa|ce se (?:intampla|intimpla)|ne olur)\b|\b(?:forever|for good|a vie|pour toujours|fur immer|para siempre|pe viata|pentru totdeauna|sonsuza|kalici)\b|\b(?:true|vrai|stimmt das|cierto|verdad|adevarat|dogru mu)\s*\??\s*$|\b(?:is it true|es verdad|es cierto|c est vrai|est ce vrai|stimmt es|e adevarat|dogru mu)\b/;
const AFTER_BEFORE = /\b(?:after|apres|nach|despues de|dupa)\s+$/;
const AFTER_AFTER = /^\s*(?:[a-z]+\s+){0,2}sonra\b/;

/** Turkish tens and units written apart: "on iki" is 12. */
const TURKISH_TEEN = /\bon\s+(bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz)\b/g;
const TURKISH_TEN = /\bon\s+(?=kez|kere|defa|sefer)/g;

/**
 * What a message says about its wrong codes: how many (`count`), or `unclear` when it names
 * several numbers that may add up or not ("my wife tried twice, then I once more", "1 or 2
 * times") or only one more still to come ("if I get it wrong once more"); undefined when it names
 * none.
 */
export type WrongCount = { readonly kind: "count"; readonly count: number } | { readonly kind: "unclear" };

interface Mention {
  readonly n: number;
  readonly more: boolean;
}

export function readWrongCount(
  text: string,
  /**
   * The bot has just asked how many wrong codes were entered: the message needs no word for a
   * wrong code ("3 times", "zweimal"), and a short one that is only a number ("4", "i think
   * 4", "dört") is that number.
   */
  { asked = false }: { asked?: boolean } = {},
): WrongCount | undefined {
  const folded = ` ${fold(text).replace(/['’`]/g, " ")} `
    .replace(CODES, " ")
    .replace(TURKISH_TEEN, (_, unit: string) => String(10 + (NUMBER_WORDS[unit] ?? 0)))
    .replace(TURKISH_TEN, "10 ")
    .replace(DOZEN, " 12 ")
    .replace(COUPLE, " 2 ");
  // Asked how many, a short reply needs no word for a wrong code ("3 times"); a longer one that
  // has none counts something else ("changed the battery twice this year"). "5 times, how long
  // now?" starts with its count.
  const first = folded.split(/[,.;:!?]/)[0] ?? "";
  const opening = wordsOf(first);
  const short =
    wordsOf(folded).length <= SHORT_REPLY ||
    (opening.length <= 3 && opening.some((w) => /^\d+$/.test(w) || isNumberWord(w) || w in TIMES_WORDS));
  if (!(asked && short) && !WRONG.test(folded) && !SPANISH_MAL.test(folded)) return undefined;
  if (RESTART.test(folded)) return undefined;
  const read = readCounts(folded, { englishOnce: /\bonce\b/.test(text.toLowerCase()), asked, short });
  if (read !== undefined || !asked) return read;
  const n = rankAlone(folded) ?? bareNumber(folded, text);
  return n === undefined ? undefined : { kind: "count", count: n };
}

/** The count patterns on a folded text (see `readWrongCount`). */
function readCounts(
  folded: string,
  { englishOnce, asked, short }: { englishOnce: boolean; asked: boolean; short: boolean },
): WrongCount | undefined {
  // One mention per place in the text: two patterns that read the same number count once.
  const mentions = new Map<number, Mention>();
  const mention = (m: Found, n: number | undefined) => {
    if (n !== undefined && n >= 1) mentions.set(m.at, { n, more: m.more });
  };
  // Asked how many, a question's number after "after" is the rule's ("et après 10 erreurs ?").
  const rule = RULE_QUESTION.test(folded) || (asked && folded.includes("?"));
  const find = (pattern: RegExp) => matches(folded, pattern, rule);
  // "a wrong code" is an article, not a count; asked how many ("un código mal"), one, if alone.
  const articles: Found[] = [];
  for (const pattern of COUNTED) {
    for (const m of find(pattern)) {
      const counted = m.rest;
      const article =
        ARTICLES.has(m.number) && !new RegExp(`^\\s*${BETWEEN}(?:${TIMES}|${TRIES})\\b`).test(counted);
      if (!article) mention(m, numberOf(m.number, NUMBER_WORDS));
      else if (asked && short) articles.push(m);
    }
  }
  for (const m of find(TIMES_WORD)) mention(m, TIMES_WORDS[m.number]);
  // English "once" (folded Turkish "önce", before, is no count; Spanish "once veces" is 11).
  if (englishOnce) for (const m of find(ONCE)) if (!mentions.has(m.at)) mention(m, 1);
  for (const m of find(SINGLE)) if (!mentions.has(m.at)) mention(m, 1);
  if (ALL_FAILED.test(folded)) {
    for (const m of find(ANY_CODES)) {
      if (!ARTICLES.has(m.number) && !mentions.has(m.at)) mention(m, numberOf(m.number, NUMBER_WORDS));
    }
  }
  const ranked = find(RANKED).filter((m) => ordinal(m.number) !== undefined);
  const rank = ranked.length > 0 ? Math.max(...find(ANY_ORDINAL).map((m) => ordinal(m.number) ?? 0)) : 0;
  const [article] = articles;
  if (mentions.size === 0 && rank === 0 && article && articles.length === 1 && !HOW_MANY.test(folded))
    mention(article, 1);

  const counts = [...mentions.values()];
  if (counts.length === 0 && rank === 0) return undefined;
  // "twice by her, once by me" says two numbers; "2 fois, et moi 2 fois aussi" one twice.
  const values = new Set([...counts.map((c) => c.n), ...(rank > 0 ? [rank] : [])]);
  if (counts.some((c) => c.more) || values.size > 1 || counts.length > 1) return { kind: "unclear" };
  const first = Math.min(...mentions.keys());
  if (counts.length === 1 && MORE_TRIES.test(folded.slice(first + 1).replace(/^\S*/, "")))
    return { kind: "unclear" };
  const [n = 0] = values;
  return n <= MAX_COUNT ? { kind: "count", count: n } : undefined;
}

/** Words a number is not a count before: units, buttons, money, things one has ("2 cars"). */
const NOT_COUNTED =
  /^(?:min\w*|mn|dk|dakika\w*|h|hours?|heures?|stunden?|horas?|ore|ora|saat\w*|s|secs?|seconds?|secondes?|sekunden?|segundos?|secunde|saniye\w*|years?|ans?|jahre?n?|anos|ani|yil\w*|km|kms|euros?|eur|lei|tl|lira|dollars?|cars?|voitures?|autos?|coches?|masini|arabam?|radios?|kids|enfants|kinder|ninos|copii|cocuk\w*|dacias?|renaults?|yas\w*|karakter\w*|characters?|caracteres?|zeichen|digits?|chiffres?|ziffern|cifre|rakam\w*|hane\w*|numara\w*|more|plus|mehr|mas|mai|daha|again|encore|nochmal|otra)$/;
/** Words a number is not a count after: a button, a position, a car model ("Clio 4"), a rule. */
const NOT_COUNTED_AFTER =
  /^(?:button|buttons|touche|taste|tasten|boton|buton|butonul|tasta|tastei|tecla|tus|tusu|key|preset|nr|no|number|numero|nummer|numarali|after|apres|nach|despues|dupa|than|als|decat|until|jusqu|bis|hasta|pana|level|model|version|gen|phase|mk|clio|logan|sandero|duster|dokker|lodgy|megane|kangoo|twingo|captur|scenic|laguna|symbol|modus|kadjar|master|trafic)$/;
/** "only one", "juste un", "nur ein", "solo uno", "doar unul", "sadece bir": one, not an article. */
const ONLY = /^(?:only|just|juste|seulement|nur|solo|solamente|doar|numai|sadece|yalnizca|tek)$/;
/** Waiting words: "i waited 5", "j'ai attendu 10", "5 dakika bekledim" count minutes, not codes. */
const WAITED = /\b(?:wait\w*|attend\w*|gewartet|wart\w*|esper\w*|astept\w*|bekle\w*|ago|il y a|vor|hace)\b/;
/** The most words a reply that is only a number may have ("i think it was 4 so far"). */
const BARE_WORDS = 6;
/** The most words of a reply that needs no word for a wrong code, asked how many. */
const SHORT_REPLY = 8;
/** "I don't know how many times": no count, even of "a wrong code". */
const HOW_MANY = /\b(?:how many|how often|combien|wie oft|wie viele|cuantas|cuantos|cate|cati|kac)\b/;
/** "between two tries": no count (folded words before a number). */
const BETWEEN_WORDS = /^(?:between|entre|zwischen|intre)$/;

function wordsOf(folded: string): string[] {
  return folded
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/**
 * A short reply that is a number and little else ("4", "i think 4", "dört", "juste un"), or
 * starts with one ("2, both from the paper"): after "how many wrong codes?", that number. None
 * when it names another number or a code, counts something else ("10 minutes", "button 6", "2
 * cars", "2 more"), or what the count patterns declined ("after 10 errors?").
 */
function bareNumber(folded: string, text: string): number | undefined {
  if (/\b[a-z]?\s?\d{3,}\b/i.test(fold(text)) || WAITED.test(folded)) return undefined;
  const leading = /^\s*(\d{1,2})\s*[,;:.!)-]/.exec(text);
  const words = wordsOf(folded);
  if (words.length === 0 || (words.length > BARE_WORDS && !leading)) return undefined;
  const at = words.flatMap((w, i) => (/^\d+$/.test(w) || isNumberWord(w) ? [i] : []));
  // "2, both wrong": one number, said twice.
  const values = new Set(at.map((i) => numberOf(words[i] ?? "", NUMBER_WORDS)));
  if (at.length === 0 || values.size !== 1) return undefined;
  const i = at[0] ?? 0;
  const word = words[i] ?? "";
  const before = words[i - 1] ?? "";
  const after = words[i + 1] ?? "";
  if (ARTICLES.has(word) && words.length > 1 && !ONLY.test(before)) return undefined;
  if (NOT_COUNTED.test(after) || NOT_COUNTED_AFTER.test(before)) return undefined;
  const rest = ` ${words.slice(i + 1).join(" ")}`;
  if (new RegExp(`^\\s*${BETWEEN}(?:${COUNTS})`).test(rest) || AFTER_AFTER.test(rest)) return undefined;
  const n = word === "unul" ? 1 : numberOf(word, NUMBER_WORDS);
  return n !== undefined && n >= 1 && n <= MAX_COUNT ? n : undefined;
}

function isNumberWord(word: string): boolean {
  return NUMBER_WORDS[word] !== undefined || LARGE_WORDS[word] !== undefined || word === "unul";
}

/**
 * "The fourth one was wrong as well", "üçüncü de yanlıştı": asked how many, the one ordinal of a
 * short message that says a code was wrong is the count.
 */
function rankAlone(folded: string): number | undefined {
  const words = wordsOf(folded);
  if (words.length > SHORT_REPLY || !(WRONG.test(folded) || SPANISH_MAL.test(folded))) return undefined;
  const ranks = words.flatMap((w, i) =>
    ORDINAL_WORDS[w] === undefined || BETWEEN_WORDS.test(words[i - 1] ?? "") ? [] : [ORDINAL_WORDS[w]],
  );
  return ranks.length === 1 ? ranks[0] : undefined;
}

/** The count a message states, when it states exactly one (see `readWrongCount`). */
export function wrongCodeCount(text: string): number | undefined {
  const read = readWrongCount(text);
  return read?.kind === "count" ? read.count : undefined;
}

interface Found {
  /** Where the number starts. */
  readonly at: number;
  /** The number as written: "3", "three", "third". */
  readonly number: string;
  /** The rest of the match after the number: " wrong codes". */
  readonly rest: string;
  /** One more still to come, or one more on top of others ("once more", "encore une fois"). */
  readonly more: boolean;
}

/** The pattern's matches, except a number "between" two things or in a question about the rule. */
function matches(text: string, pattern: RegExp, rule = RULE_QUESTION.test(text)): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(withIndices(pattern))) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 0;
    const number = m[group] ?? "";
    const at = group > 0 ? (m.indices?.[group]?.[0] ?? m.index) : m.index;
    const before = text.slice(0, at);
    const after = text.slice(at + number.length);
    if (rule && (AFTER_BEFORE.test(before) || AFTER_AFTER.test(after))) continue;
    if (BEFORE_NO_COUNT.test(before) || AFTER_NO_COUNT.test(after)) continue;
    const rest = at + number.length === m.index + m[0].length ? after : text.slice(m.index + m[0].length);
    found.push({
      at,
      number,
      rest: text.slice(at + number.length, m.index + m[0].length),
      more: MORE_BEFORE.test(before) || MORE_AFTER.test(rest),
    });
  }
  return found;
}

const WITH_INDICES = new WeakMap<RegExp, RegExp>();
/** The pattern with the `d` flag: where each group starts ("doar o încercare": the "o", not "doar"'s). */
function withIndices(pattern: RegExp): RegExp {
  let re = WITH_INDICES.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, `${pattern.flags}d`);
    WITH_INDICES.set(pattern, re);
  }
  return re;
}

/** An ordinal's number: "3" (from "3rd"), "third", "treia"; undefined for other words. */
function ordinal(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  return /^\d+$/.test(raw) ? Number.parseInt(raw, 10) : ORDINAL_WORDS[raw];
}

function numberOf(raw: string, words: Readonly<Record<string, number>>): number | undefined {
  return /^\d+$/.test(raw) ? Number.parseInt(raw, 10) : (words[raw] ?? LARGE_WORDS[raw]);
}

function numbered(lines: readonly string[]): Readonly<Record<string, number>> {
  return Object.fromEntries(lines.flatMap((words, i) => words.split(" ").map((w) => [w, i + 1])));
}
