/**
 * Scores every entry against a question, in each language's lexicon:
 * - each question word is stemmed with that language's stemmer and looked up exactly, else with
 *   a typo or two (long words), else as part of a compound ("batteriewechsel" ↔ "batterie");
 * - an entry earns the weight of each word it contains (rare words weigh more; a word most of
 *   its phrasings use a little more);
 * - `coverage` is the share of the question's weight the entry explains; words the knowledge
 *   base has never seen ("garage", "pizza") weigh as much as a fairly rare topic word, so a
 *   question mostly about something else cannot reach high coverage through one shared word;
 * - a second signal rewards one phrasing that matches the question as a whole (weighted
 *   Jaccard), over words scattered across an entry's phrasings. A learned phrasing asked again
 *   word for word gets the full bonus.
 */
import type { Locale } from "../i18n/locales.js";
import { typoBudget, withinEdits } from "./edit-distance.js";
import type { LocaleLexicon } from "./lexicon.js";
import { DEFINITION_TERM, HOW_MUCH_TERM, NEGATION, PRECODE_TERM } from "./query-terms.js";
import { stemFor } from "./stem.js";

/**
 * Weight of a word no entry contains: about that of a word one or two of the 28 entries use. A
 * word the knowledge base never saw ("bitcoin" in "how much is the bitcoin price") says the
 * question is about something else as strongly as a rare topic word says it is about an entry
 * (2.3, a word of three entries, let such questions reach 70 % coverage; 3 keeps the tuning sets'
 * right-first share and makes confident answers 100 % right on both).
 */
const UNKNOWN_WEIGHT = 3;
const TYPO_QUALITY = 0.8;
const COMPOUND_QUALITY = 0.6;
const MIN_COMPOUND = 4;
/** Share of an unknown word's weight that a word matched only as a compound part still adds. */
const PART_UNEXPLAINED = 1;
/** How much the best single phrasing can add, relative to the bag-of-words score. */
const PHRASE_BONUS = 1;
/** Weight of the trigram similarity (0…1), in units of the question's total word weight. */
const TRIGRAM_WEIGHT = 0.5;
/**
 * Weight of a negation ("no label", "doesn't turn on", "sans démonter"). Counted like a word it
 * would weigh little, as a third of the entries have some "not" in some phrasing; but it always
 * changes what the question is about. About the weight of a word used by 6 of 27 entries.
 */
const NEGATION_WEIGHT = 1.5;
/**
 * "How much" (query-terms.ts) is only in the price entry, which would make it as heavy as its
 * rarest word; but "how much is the bitcoin price" is no question about the code's price. It
 * weighs like a negation: enough to offer the price entry for "c'est combien", too little to
 * answer confidently through it.
 */
const HOW_MUCH_WEIGHT = 1.5;
/**
 * The makes every question here is about: "my Dacia radio", "Renault code" name the car, not
 * the topic. A few entries name them (the Dokker, the supported cars), which would make them
 * rare and heavy; they weigh like a common word instead. So does a year ("my Kangoo 2012"): it
 * dates the car, whichever it is, although only the Dokker entry names its years.
 */
const CONTEXT_WORD = /^(?:renault|dacia|(?:19|20)\d\d$)/;
const CONTEXT_WEIGHT = 0.7;
/**
 * Car models: only supported-radios names them, which makes them its rarest words; but "the
 * radio of my Kangoo", "precode Clio where" name the car as context as often as they ask
 * whether it is supported. They weigh like a word of several entries instead: 1.5–2 gave the
 * tuning sets two more right first (1250/1274) and lost none; 0.7, like Renault, lost two
 * "ça marche pour une Mégane ?" questions.
 */
const MODEL_WORD =
  /^(?:logan|sandero|duster|lodgy|clio|megane|kangoo|twingo|scenic|trafic|master|captur|symbol|thalia)/;
const MODEL_WEIGHT = 1.75;
/**
 * How much more a word counts for an entry that uses it in all its phrasings than for one that
 * uses it once (linear in the share of phrasings). Only the score, which ranks entries, gets it;
 * coverage, which decides confidence, does not. It breaks near ties: 0.15–0.25 gave the tuning
 * sets 1014/1034 right first (1012 without), 0.35 and more fewer, and a near-domain question
 * answered confidently.
 */
const TF_WEIGHT = 0.2;
/** An entry that shares no word must be at least this similar in trigrams to be scored at all. */
const MIN_TRIGRAM_SIMILARITY = 0.2;

export interface EntryScore {
  readonly id: string;
  readonly score: number;
  /** Share of the question's weight this entry explains (0…1). */
  readonly coverage: number;
  /** How many of the question's words the entry contains. */
  readonly matched: number;
  /** How many of them it contains as written (or as both halves of a compound), not by a typo or a part. */
  readonly exact: number;
  readonly locale: Locale;
}

interface Candidate {
  readonly stem: string;
  readonly quality: number;
}

/** Look-ups are pure functions of a lexicon and a stem: remembered per lexicon (bounded). */
const lookups = new WeakMap<LocaleLexicon, Map<string, readonly Candidate[]>>();
const MAX_LOOKUPS = 20_000;

/** The memo of one lexicon in `memos`, made on first use. */
function memoOf<V>(memos: WeakMap<LocaleLexicon, Map<string, V>>, lex: LocaleLexicon): Map<string, V> {
  let memo = memos.get(lex);
  if (!memo) {
    memo = new Map();
    memos.set(lex, memo);
  }
  return memo;
}

function candidatesFor(lex: LocaleLexicon, stem: string): readonly Candidate[] {
  const memo = memoOf(lookups, lex);
  const hit = memo.get(stem);
  if (hit) return hit;
  const found = lookUp(lex, stem);
  if (memo.size >= MAX_LOOKUPS) memo.clear();
  memo.set(stem, found);
  return found;
}

function lookUp(lex: LocaleLexicon, stem: string): Candidate[] {
  if (lex.idf.has(stem)) return [{ stem, quality: 1 }];
  const budget = typoBudget(stem);
  const typos: Candidate[] = [];
  if (budget > 0) {
    for (let len = stem.length - budget; len <= stem.length + budget; len++) {
      for (const v of lex.byLength.get(len) ?? []) {
        if (withinEdits(stem, v, budget)) typos.push({ stem: v, quality: TYPO_QUALITY });
      }
    }
  }
  if (typos.length > 0) return typos;
  const split = compoundSplit(lex, stem);
  if (split.length > 0) return split;
  const parts: Candidate[] = [];
  // German compounds end in their head noun: "Zahlentasten" are "Tasten".
  const headLast = lex.locale === "de";
  if (stem.length >= MIN_COMPOUND) {
    for (const v of lex.idf.keys()) {
      if (
        v.length >= MIN_COMPOUND &&
        v !== stem &&
        (stem.startsWith(v) || v.startsWith(stem) || (headLast && stem.endsWith(v)))
      ) {
        parts.push({ stem: v, quality: COMPOUND_QUALITY });
      }
    }
  }
  return parts;
}

/**
 * German compounds of two words the knowledge base knows ("Batterietausch" = "Batterie" +
 * "Tausch", "Radiodisplay" = "Radio" + "Display"), with or without a linking letter ("-s-",
 * "-n-", "-e-"), are read as both words, nearly as surely as the words themselves: unlike a
 * word that merely starts with a known one ("Autoschlüssel"), nothing of them is left unexplained.
 */
const SPLIT_QUALITY = 0.9;
/** A modifier that adds nothing here: an "Autobatterie" is the battery, "Autoelektrik" wiring. */
const EMPTY_MODIFIER = "auto";
const MIN_SPLIT_PART = 3;
const LINKING = /(?:en|es|e|n|s)$/;

function compoundSplit(lex: LocaleLexicon, stem: string): Candidate[] {
  if (lex.locale !== "de" || stem.length < 2 * MIN_SPLIT_PART + 1) return [];
  for (let i = stem.length - MIN_SPLIT_PART; i >= MIN_SPLIT_PART; i--) {
    const tail = stem.slice(i);
    const tailStem = lex.idf.has(tail) ? tail : stemFor("de", tail);
    if (!lex.idf.has(tailStem)) continue;
    const head = stem.slice(0, i);
    const heads = [head, head.replace(LINKING, ""), stemFor("de", head)];
    const known = heads.find((h) => h.length >= MIN_SPLIT_PART && lex.idf.has(h));
    if (known === EMPTY_MODIFIER) return [{ stem: tailStem, quality: SPLIT_QUALITY }];
    if (known)
      return [
        { stem: known, quality: SPLIT_QUALITY },
        { stem: tailStem, quality: SPLIT_QUALITY },
      ];
  }
  return [];
}

interface Word {
  readonly cands: readonly Candidate[];
  readonly weight: number;
}

/**
 * Scores every entry in every language. A word's weight is global — how many entries use it in
 * any language — so an English word that is rare in the Turkish wording ("code") does not
 * count as rare.
 */
export function scoreEntries(
  lexicons: ReadonlyMap<Locale, LocaleLexicon>,
  terms: readonly string[],
  entryCount: number,
): EntryScore[] {
  const perLocale = [...lexicons.values()].map((lex) => ({
    lex,
    cands: terms.map((t) => candidatesFor(lex, stemFor(lex.locale, t))),
  }));
  // A word found only as part of a longer word ("autoschlussel" ↔ "auto") is most likely about
  // something else: it counts towards the question's weight (what an entry must explain) as
  // much as an unknown word, but an entry containing the part earns only the part's weight.
  const unexplained: number[] = [];
  const weights = terms.map((term, i) => {
    unexplained[i] = 0;
    if (term === NEGATION) return NEGATION_WEIGHT;
    if (term === HOW_MUCH_TERM) return HOW_MUCH_WEIGHT;
    // "What is …" weighs as little: it tips a question towards the entries that explain what
    // something is, but "what's the weather" must not reach any entry through it. So does the
    // user's own pre-code (query-terms.ts).
    if (CONTEXT_WORD.test(term) || term === DEFINITION_TERM || term === PRECODE_TERM) return CONTEXT_WEIGHT;
    if (MODEL_WORD.test(term)) return MODEL_WEIGHT;
    // Its users are those of its best reading: "codekarte" is a word of one German entry, not
    // a part of every entry's "code" in the other languages' lexicons.
    let quality = 0;
    for (const { cands } of perLocale) for (const c of cands[i] ?? []) quality = Math.max(quality, c.quality);
    const users = new Set<string>();
    for (const { lex, cands } of perLocale) {
      for (const c of cands[i] ?? []) {
        if (c.quality < quality) continue;
        for (const id of lex.postings.get(c.stem) ?? []) users.add(id);
      }
    }
    if (users.size === 0) return UNKNOWN_WEIGHT;
    const weight = quality * Math.log(1 + entryCount / users.size);
    if (quality <= COMPOUND_QUALITY) unexplained[i] = Math.max(0, PART_UNEXPLAINED * UNKNOWN_WEIGHT - weight);
    return weight;
  });
  const total = weights.reduce((sum, w, i) => sum + w + (unexplained[i] ?? 0), 0);
  if (total === 0) return [];

  const scores: EntryScore[] = [];
  for (const { lex, cands } of perLocale) {
    const words: Word[] = cands.map((c, i) => ({ cands: c, weight: weights[i] ?? 0 }));
    const query = lex.trigrams.weigh(terms);
    const similarity = lex.trigrams.similarities(query);
    for (const [id, doc] of lex.docs) {
      let bag = 0;
      let boosted = 0;
      let matched = 0;
      let exact = 0;
      const share = phrasingShare(lex, id);
      // The words this entry has, each with only the readings it has: no phrasing has any other.
      const present: Word[] = [];
      for (const w of words) {
        let best = 0;
        let often = 0;
        let inDoc: Candidate[] | undefined;
        for (const c of w.cands)
          if (doc.has(c.stem)) {
            best = Math.max(best, c.quality);
            often = Math.max(often, share.get(c.stem) ?? 0);
            inDoc ??= [];
            inDoc.push(c);
          }
        bag += best * w.weight;
        boosted += best * w.weight * (1 + TF_WEIGHT * often);
        if (best > 0) matched++;
        if (best >= SPLIT_QUALITY) exact++;
        if (inDoc) present.push({ cands: inDoc, weight: w.weight });
      }
      const grams = similarity.get(id) ?? 0;
      if (bag === 0 && grams < MIN_TRIGRAM_SIMILARITY) continue;
      const phrase = bag > 0 ? bestPhrase(lex, id, present, total) : 0;
      const score = boosted * (1 + PHRASE_BONUS * phrase) + TRIGRAM_WEIGHT * grams * total;
      scores.push({ id, score, coverage: bag / total, matched, exact, locale: lex.locale });
    }
  }
  return scores;
}

/**
 * Share of an entry's phrasings (in one language) that contain each stem: an entry that says
 * "label" in most of its phrasings is more about labels than one that says it once.
 */
const shares = new WeakMap<LocaleLexicon, Map<string, ReadonlyMap<string, number>>>();

function phrasingShare(lex: LocaleLexicon, id: string): ReadonlyMap<string, number> {
  const byId = memoOf(shares, lex);
  const hit = byId.get(id);
  if (hit) return hit;
  const share = new Map<string, number>();
  const phrasings = lex.phrasings.get(id) ?? [];
  for (const p of phrasings) for (const stem of p.stems) share.set(stem, (share.get(stem) ?? 0) + 1);
  for (const [stem, count] of share) share.set(stem, count / Math.max(1, phrasings.length));
  byId.set(id, share);
  return share;
}

/** A phrasing's stems as a list beside their weights, in the set's order (sums stay the same). */
interface PhrasingTable {
  readonly stems: ReadonlySet<string>;
  readonly list: readonly string[];
  readonly idf: Float64Array;
}

const tables = new WeakMap<LocaleLexicon, Map<string, readonly PhrasingTable[]>>();

function phrasingTables(lex: LocaleLexicon, id: string): readonly PhrasingTable[] {
  const byId = memoOf(tables, lex);
  let found = byId.get(id);
  if (!found) {
    found = (lex.phrasings.get(id) ?? []).map((p) => {
      const list = [...p.stems];
      return { stems: p.stems, list, idf: Float64Array.from(list, (stem) => lex.idf.get(stem) ?? 0) };
    });
    byId.set(id, found);
  }
  return found;
}

/**
 * Weighted Jaccard of the question and the entry's closest phrasing. `words`: the question's
 * words this entry has (with the readings it has), in question order.
 */
function bestPhrase(lex: LocaleLexicon, id: string, words: readonly Word[], total: number): number {
  let best = 0;
  // The stems this phrasing shares with the question: `used[0…n)`.
  const used: string[] = [];
  for (const p of phrasingTables(lex, id)) {
    let shared = 0;
    let n = 0;
    for (const w of words) {
      let hit = 0;
      let hitStem = "";
      for (const c of w.cands) {
        const value = w.weight * c.quality;
        if (value > hit && p.stems.has(c.stem)) {
          hit = value;
          hitStem = c.stem;
        }
      }
      if (hit > 0) {
        shared += hit;
        used[n++] = hitStem;
      }
    }
    if (shared === 0) continue;
    let rest = 0;
    for (let i = 0; i < p.list.length; i++) if (!isUsed(used, n, p.list[i])) rest += p.idf[i] ?? 0;
    best = Math.max(best, shared / (total + rest));
  }
  return best;
}

function isUsed(used: readonly string[], n: number, stem: string | undefined): boolean {
  for (let i = 0; i < n; i++) if (used[i] === stem) return true;
  return false;
}
