/**
 * Finds a radio pre-code (one ASCII letter + three ASCII digits) in whatever the user typed:
 * `v284`, `V 284`, `v-284`, `my precode is V284`, a pasted label line `... T V284 ...`.
 *
 * Rules (shared notes `radio-facts.md`):
 * - Validate before upper-casing: `"ı".toUpperCase()` is `"I"` and `"ſ".toUpperCase()` is `"S"`,
 *   so non-ASCII lookalikes must never silently turn into a valid pre-code.
 * - A000–A099 are not issued (the formula is undefined there).
 * - Misreads in the digit positions (O→0, I/l→1, S→5, B→8, Z→2) are corrected only when that
 *   leaves exactly one valid pre-code, and the result says what was assumed: a guess, which the
 *   bot proposes for a tap and never decodes by itself (commands/dokker.ts).
 * - Four digits with no letter whose first digit looks like a letter (0284 → O284) get that
 *   pre-code as a suggestion on the error, likewise only to propose.
 *
 * The parser never throws (property-tested) and scans at most MAX_SCAN characters.
 */

import { computePin, type Precode, precodeToString, precodeX } from "./pin.js";
import { err, ok, type Result } from "./result.js";
import { smallTalk } from "./small-talk.js";

export const MAX_SCAN = 2000;

export type PrecodeErrorCode =
  | "precode.empty"
  | "precode.not-found"
  | "precode.not-issued"
  | "precode.too-short"
  | "precode.too-long"
  | "precode.no-letter"
  | "precode.display"
  | "precode.several"
  | "precode.non-ascii";

export interface DecodedPrecode {
  /** Normalised pre-code, e.g. `V284`. */
  readonly precode: string;
  readonly pin: string;
  /** Set when a misread was corrected: what was read and what it was taken as. */
  readonly assumed?: { readonly read: string; readonly as: string };
}

export type PrecodeResult = Result<DecodedPrecode, PrecodeErrorCode, Record<string, string>>;

const MISREAD: Readonly<Record<string, string>> = {
  O: "0",
  o: "0",
  I: "1",
  l: "1",
  S: "5",
  s: "5",
  B: "8",
  Z: "2",
  z: "2",
};

/**
 * Any letter or digit, not only ASCII: in "météo 150" the "o" ends a word ("é" is a letter), so
 * "o 150" is not a pre-code.
 */
const BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
const BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";
const SEP = "[ .\\-_/]?";
/** Letter, optional separator, three digit-like characters. */
const CANDIDATE = new RegExp(`${BOUNDARY_BEFORE}([A-Za-z])${SEP}([0-9OoIlSsBZz]{3})${BOUNDARY_AFTER}`, "gu");
/**
 * Old Renault "PN" labels: the pre-code is the four characters after a `T` (`TV284`), also at the
 * end of a longer upper-case label code (`7711RTV284`).
 */
const LABEL_T = new RegExp(
  `${BOUNDARY_BEFORE}(?:[Tt]|[A-Z0-9]+T)([A-Za-z])([0-9]{3})${BOUNDARY_AFTER}`,
  "gu",
);
const TOO_LONG = new RegExp(`${BOUNDARY_BEFORE}[A-Za-z]${SEP}[0-9]{4,}${BOUNDARY_AFTER}`, "u");
const TOO_SHORT = new RegExp(`${BOUNDARY_BEFORE}[A-Za-z]${SEP}[0-9]{1,2}${BOUNDARY_AFTER}`, "u");
const NO_LETTER = new RegExp(`${BOUNDARY_BEFORE}[0-9]{3,4}${BOUNDARY_AFTER}`, "u");

/** A first digit that is a misread letter (issue #14's confusions: O/0, I/1, Z/2, S/5, G/6, B/8). */
const LETTER_LOOKALIKE: Readonly<Record<string, string>> = {
  "0": "O",
  "1": "I",
  "2": "Z",
  "5": "S",
  "6": "G",
  "8": "B",
};

/** `0284` → `{ suggestion: "O284" }` when that is an issued pre-code; otherwise nothing. */
function letterSuggestion(found: string): { suggestion?: string } {
  const letter = found.length === 4 ? LETTER_LOOKALIKE[found.charAt(0)] : undefined;
  if (!letter) return {};
  const p = toPrecode(letter, found.slice(1));
  return isIssued(p) ? { suggestion: precodeToString(p) } : {};
}

interface Candidate {
  readonly raw: string;
  readonly precode: Precode;
  readonly misread: boolean;
}

function toPrecode(letter: string, digits: string): Precode {
  const d = [...digits].map((c) => Number(c)) as unknown as [number, number, number];
  return { letter: letter.toUpperCase(), digits: d };
}

function isIssued(p: Precode): boolean {
  return precodeX(p) > 0;
}

function scanCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(LABEL_T)) {
    found.push({ raw: m[0], precode: toPrecode(m[1] ?? "", m[2] ?? ""), misread: false });
  }
  for (const m of text.matchAll(CANDIDATE)) {
    const letter = m[1] ?? "";
    const rawDigits = m[2] ?? "";
    const realDigits = [...rawDigits].filter((c) => c >= "0" && c <= "9").length;
    if (realDigits === 0) continue; // plain words such as "BOSS" are not pre-codes
    const digits = [...rawDigits].map((c) => MISREAD[c] ?? c).join("");
    found.push({ raw: m[0], precode: toPrecode(letter, digits), misread: realDigits < 3 });
  }
  return found;
}

function distinct(cands: readonly Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of cands) {
    const key = precodeToString(c.precode);
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}

const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic and Greek capitals that look like Latin ones.
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};

/** Maps one non-ASCII character to the ASCII letter/digit it imitates, if any. */
function asciiLookalike(ch: string): string | undefined {
  const conf = CONFUSABLES[ch] ?? CONFUSABLES[ch.toUpperCase()];
  if (conf) return conf;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660); // Arabic-Indic digits
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0); // Eastern Arabic-Indic
  const folded = ch.normalize("NFKC").toUpperCase();
  return /^[A-Z0-9]$/.test(folded) ? folded : undefined;
}

/** Detects `ı123`, `ſ123`, `Ｖ２８４`: text that only becomes a pre-code through lookalikes. */
function findLookalike(text: string): { found: string; suggestion: string } | undefined {
  let folded = "";
  const origins: string[] = [];
  for (const ch of text) {
    const isAscii = (ch.codePointAt(0) ?? 0) < 128;
    const sub = isAscii ? undefined : asciiLookalike(ch);
    folded += sub ?? (isAscii ? ch : " ");
    origins.push(ch);
    // keep one origin per folded char (each substitute is one char)
  }
  for (const m of folded.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const original = origins.slice(start, start + m[0].length).join("");
    if (original === m[0]) continue; // pure ASCII: handled by the normal path
    const digits = m[2] ?? "";
    if (!/^[0-9]{3}$/.test(digits)) continue;
    const p = toPrecode(m[1] ?? "", digits);
    if (isIssued(p)) return { found: original, suggestion: precodeToString(p) };
  }
  return undefined;
}

function decoded(c: Candidate): DecodedPrecode {
  const precode = precodeToString(c.precode);
  const base = { precode, pin: computePin(c.precode) };
  return c.misread ? { ...base, assumed: { read: c.raw.replace(/[ .\-_/]/, ""), as: precode } } : base;
}

/** Parses a pre-code from free text. Never throws. */
export function parsePrecode(input: string): PrecodeResult {
  const text = unspaced(String(input ?? "").slice(0, MAX_SCAN));
  if (text.trim() === "") return err("precode.empty", {});
  const all = scanCandidates(text);
  const exact = distinct(all.filter((c) => !c.misread && isIssued(c.precode)));
  if (exact.length === 1 && exact[0]) return ok(decoded(exact[0]));
  if (exact.length > 1) {
    return err("precode.several", { precodes: exact.map((c) => precodeToString(c.precode)).join(", ") });
  }
  const misread = distinct(all.filter((c) => c.misread && isIssued(c.precode)));
  if (misread.length === 1 && misread[0]) return ok(decoded(misread[0]));
  if (misread.length > 1) {
    return err("precode.several", { precodes: misread.map((c) => precodeToString(c.precode)).join(", ") });
  }
  const notIssued = all.find((c) => !c.misread && !isIssued(c.precode));
  if (notIssued) return err("precode.not-issued", { precode: precodeToString(notIssued.precode) });
  const lookalike = findLookalike(text);
  if (lookalike) return err("precode.non-ascii", lookalike);
  const long = TOO_LONG.exec(text);
  if (long) return err("precode.too-long", { found: long[0] });
  const short = TOO_SHORT.exec(text);
  if (short) return err("precode.too-short", { found: short[0] });
  // "0000" is what the display shows while the radio waits for its code (entry steps, step 1):
  // the user is telling us what they see, not misreading a pre-code (not "Did you mean O000?").
  if (text.replace(/\s+/g, "") === "0000") return err("precode.display", { found: "0000" });
  const noLetter = NO_LETTER.exec(text);
  if (noLetter) return err("precode.no-letter", { found: noLetter[0], ...letterSuggestion(noLetter[0]) });
  return err("precode.not-found", {});
}

/**
 * How a pre-code sits in a message, so that one found in chatter is not decoded silently:
 * - `alone`: the message is the pre-code (`V284`, `v-284`, `"V 284."`);
 * - `label`: a label form (`T V284`, `TV284`, `7711RTV284`);
 * - `asked`: the message talks about a code ("my precode is V284", "cod radio V284"), or says
 *   nothing but hello and please around it ("Hi! V284 please");
 * - `in-text`: anything else ("room B123 is free"): ask before decoding.
 */
export type PrecodeForm = "alone" | "label" | "asked" | "in-text";

const ALONE = /^[\s"'«»„“”`(]*[A-Za-z][ .\-_/]?[0-9OoIlSsBZz]{3}[\s"'«»“”`).!?]*$/;
/** A message that is only a pre-code typed with its digits apart: `V 2 8 4`, `v-2-8-4`, `V2 84`. */
const SPACED_ALONE =
  /^[\s"'«»„“”`(]*([A-Za-z])[ .\-_/]?([0-9])[ .\-_/]?([0-9])[ .\-_/]?([0-9])[\s"'«»“”`).!?]*$/;

/** `V 2 8 4` → `V284`; any other text as it is. */
function unspaced(text: string): string {
  const m = SPACED_ALONE.exec(text);
  return m ? `${m[1]}${m[2]}${m[3]}${m[4]}` : text;
}
const LABEL_SPACED = /(?<![\p{L}\p{N}])[Tt] [A-Za-z][0-9]{3}(?![\p{L}\p{N}])/u;
/** Words for a code in our languages (folded): code, cod, kod, pin, pré-code, şifre, radio… */
const ASKS_FOR_CODE = /(?:cod|kod|\bpin\b|radi|sifre|password|passwort|contrase)/;

/** Emoji around a pre-code ("🙏 V284", "V284 👍"): decoration, not words. */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu;

export function precodeForm(input: string): PrecodeForm {
  const text = String(input ?? "")
    .slice(0, MAX_SCAN)
    .replace(EMOJI, " ");
  if (ALONE.test(text) || SPACED_ALONE.test(text)) return "alone";
  if (LABEL_SPACED.test(text) || new RegExp(LABEL_T.source, "u").test(text)) return "label";
  const folded = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ı/g, "i");
  if (ASKS_FOR_CODE.test(folded)) return "asked";
  // "Hi! V284 please", "bonjour V284 svp", "merhaba V284 lütfen": only greetings and please.
  const rest = text.replace(PRECODE_TOKEN, " ");
  return rest !== text && smallTalk(rest) ? "asked" : "in-text";
}
const PRECODE_TOKEN = /(?<![\p{L}\p{N}])[A-Za-z][ .\-_/]?[0-9]{3}(?![\p{L}\p{N}])/gu;

/**
 * A message that is only a pre-code attempt: one or two short words with a digit (`V284`,
 * `v 284`, `V28`). Such a message is answered as a pre-code (its PIN, or why it is not one)
 * rather than as a question, and one that decodes does not reopen a closed support ticket.
 */
export function isPrecodeAttempt(text: string): boolean {
  const t = text.trim();
  if (t.length > 12 || !/[0-9]/.test(t)) return false;
  const words = t.split(/\s+/);
  // "logan 2008", "Clio 2005": a car and its year, not a pre-code missing its letter.
  if (words.length === 2 && words.some((w) => YEAR.test(w)) && words.some((w) => /^\p{L}{3,}$/u.test(w))) {
    return false;
  }
  return words.length <= 2;
}
const YEAR = /^(?:19[5-9]\d|20[0-4]\d)$/;

/** Strict check used by the CLI and tests: exactly `[A-Za-z][0-9]{3}`, issued. */
export function isValidPrecode(s: string): boolean {
  if (!/^[A-Za-z][0-9]{3}$/.test(s)) return false;
  return isIssued(toPrecode(s.charAt(0), s.slice(1)));
}
