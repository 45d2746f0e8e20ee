/**
 * Pre-code candidates in the OCR text of a radio label photo, and a vote over several readings.
 *
 * Label forms (shared notes `radio-facts.md`): a stand-alone letter + three digits (`V284`,
 * often after `PRE CODE` / `CODE`), `T V284`, and on old Renault "PN" labels the four characters
 * after the `T` of the part-number line (`281157844RTC109` → `C109`). MediaNav labels carry a
 * serial instead: such photos are flagged so the caller routes the user to support.
 *
 * OCR confuses Z/2, S/5, O/0, B/8, I/1, G/6 and reads a 4 as A (`HA86`). A token is read as a
 * pre-code through these only position-wise (first a letter, then three digits), only when it
 * contains at least one real digit or sits in a labelled place, and a mapped reading is trusted
 * only when exactly one valid pre-code results from the text. A letter read twice in a labelled place (`CODE Vv738`) loses
 * one. Barcode digits (long digit runs, lines of digits) never count.
 *
 * Pure: no I/O. Never throws (property-tested).
 */
import { isValidPrecode } from "./precode.js";

export type CandidateSource = "part-number" | "keyword" | "t-prefix" | "alone" | "standalone";

export interface LabelCandidate {
  readonly precode: string;
  /** 0–1: how much this one reading supports the pre-code. */
  readonly score: number;
  readonly source: CandidateSource;
  /** Characters that had to be mapped (O→0 …) to make it valid. */
  readonly mapped: number;
  /**
   * Of those, the ones in the three digit places (O→0 …); 0 when only the letter was mapped
   * (1→I, 0→O) or a doubled letter was dropped. A digit that needed mapping is a poor glyph.
   */
  readonly mappedDigits: number;
}

export interface LabelReading {
  readonly candidates: readonly LabelCandidate[];
  readonly medianav: boolean;
}

const TO_DIGIT: Readonly<Record<string, string>> = {
  O: "0",
  Q: "0",
  D: "0",
  A: "4",
  I: "1",
  Z: "2",
  S: "5",
  B: "8",
  G: "6",
};
const TO_LETTER: Readonly<Record<string, string>> = {
  "0": "O",
  "1": "I",
  "2": "Z",
  "5": "S",
  "8": "B",
  "6": "G",
};
/** Capitals a digit is misread as: the look-alikes above, and 1 or 7 read as L, J or T. */
const DIGIT_LIKE = `${Object.keys(TO_DIGIT).join("")}LJT`;
const BASE: Readonly<Record<CandidateSource, number>> = {
  "part-number": 0.95,
  keyword: 0.9,
  "t-prefix": 0.85,
  alone: 0.6,
  standalone: 0.6,
};
const MAPPED_FACTOR = 0.75;
const MAX_TEXT = 5000;

/** Reads a 4-character token as letter + 3 digits, mapping look-alikes position-wise. */
export function mapToken(
  token: string,
  allowLetterFromDigit: boolean,
): { precode: string; mapped: number; mappedDigits: number } | undefined {
  if (token.length !== 4) return undefined;
  let mapped = 0;
  let first = token.charAt(0).toUpperCase();
  if (!/^[A-Z]$/.test(first)) {
    const letter = allowLetterFromDigit ? TO_LETTER[first] : undefined;
    if (!letter) return undefined;
    first = letter;
    mapped++;
  }
  let digits = "";
  let mappedDigits = 0;
  for (const ch of token.slice(1)) {
    if (/[0-9]/.test(ch)) digits += ch;
    else {
      const d = TO_DIGIT[ch];
      if (!d) return undefined;
      digits += d;
      mappedDigits++;
    }
  }
  const precode = first + digits;
  return isValidPrecode(precode) ? { precode, mapped: mapped + mappedDigits, mappedDigits } : undefined;
}

/** OCR text → ASCII lines, case kept (it matters for look-alikes). Non-ASCII becomes a space. */
function lines(text: string): string[] {
  return String(text ?? "")
    .slice(0, MAX_TEXT)
    .replace(/[^\x20-\x7e\n]/g, " ")
    .split("\n");
}

const CH = "[A-Za-z0-9|]";
const B = `(?<!${CH})`;
const E = `(?!${CH})`;
const PART_NUMBER = new RegExp(`[0-9]{5,}[A-Za-z]{0,3}[Tt] ?(${CH}{4})${E}`, "g");
const KEYWORD = new RegExp(
  `${B}(?:PRE ?[-_.]? ?C[O0]DE|C[O0]DE)\\s*[:.#=-]?\\s*(?:T ?)?(${CH}{4,5})${E}`,
  "gi",
);
const T_PREFIX = new RegExp(`${B}T ?(${CH}{4,5})${E}`, "g");
const TOKEN = new RegExp(`${B}(${CH}{4})${E}`, "g");
const ALONE = new RegExp(`^[^A-Za-z0-9]*(${CH}{4})[^A-Za-z0-9]*$`);
const MEDIANAV = /MED[I1L]A ?N[A4]V/i;
/** A line that is what the radio's display shows while it waits: CODE, 0000, ERROR, CODE LOCK. */
const DISPLAY_LINE = /^[^\p{L}\p{N}]*(?:C[O0]DE(?:\s*L[O0]CK)?|ERR[O0]R|0000|L[O0]CK)[^\p{L}\p{N}]*$/iu;

/** A display shows a word or two; a label's text (part numbers, serials) runs far longer. */
const DISPLAY_MAX_CHARS = 30;

/**
 * Whether a photo with no pre-code on it shows the radio's display rather than its label: in at
 * least half of the readings, a line of the OCR text is only "CODE", "0000", "ERROR" or "CODE
 * LOCK" and there is little else (a label with an empty "Code" field has part numbers and
 * serials around it; one pass that caught only "CODE" of "CODE C035" is outvoted).
 */
export function looksLikeDisplay(texts: readonly string[]): boolean {
  const display = texts.filter(
    (text) =>
      text.replace(/[^\p{L}\p{N}]/gu, "").length <= DISPLAY_MAX_CHARS &&
      text.split(/\n/).some((line) => DISPLAY_LINE.test(line.trim())),
  );
  return texts.length > 0 && display.length * 2 >= texts.length;
}

/**
 * A wide letter is sometimes read twice (`CODE Vv738`): five characters whose first two are the
 * same letter lose one (counted as one mapping). Used only in labelled places.
 */
function undouble(token: string): string {
  const [a = "", b = ""] = token;
  return token.length === 5 && /[A-Za-z]/.test(a) && a.toUpperCase() === b.toUpperCase()
    ? (a === a.toUpperCase() ? a : b) + token.slice(2)
    : token;
}

function isDigitLine(line: string): boolean {
  const compact = line.replace(/[\s\-.]/g, "");
  const digits = compact.replace(/[^0-9]/g, "").length;
  return compact.length >= 6 && digits / compact.length >= 0.7;
}

/** Candidates in one OCR reading. */
export function readLabelText(text: string): LabelReading {
  const found: LabelCandidate[] = [];
  const add = (source: CandidateSource, read: string, letterFromDigit: boolean) => {
    const token = undouble(read);
    const m = mapToken(token, letterFromDigit);
    if (!m) return;
    const mapped = m.mapped + (token === read ? 0 : 1);
    found.push({
      precode: m.precode,
      mapped,
      mappedDigits: m.mappedDigits,
      source,
      score: BASE[source] * MAPPED_FACTOR ** mapped,
    });
  };
  const all = lines(text);
  for (const line of all) {
    for (const m of line.matchAll(PART_NUMBER)) add("part-number", m[1] ?? "", true);
    for (const m of line.matchAll(KEYWORD)) add("keyword", m[1] ?? "", true);
    for (const m of line.matchAll(T_PREFIX)) add("t-prefix", m[1] ?? "", true);
    const alone = ALONE.exec(line);
    if (alone) add("alone", alone[1] ?? "", true);
    const digitLine = isDigitLine(line);
    for (const m of line.matchAll(TOKEN)) {
      const token = m[1] ?? "";
      if (!/[A-Za-z]/.test(token.charAt(0))) continue;
      // On a line of barcode digits or serials a letter may be a misread digit (`B284 1234 …`);
      // a capital that no digit looks like (`K518` beside a P/N printed on its line) is a letter.
      const first = token.charAt(0);
      if (digitLine && (!/^[A-Z]$/.test(first) || DIGIT_LIKE.includes(first))) continue;
      if (!/[0-9]/.test(token.slice(1))) continue; // words such as "BOSS" are not pre-codes
      add("standalone", token, false);
    }
  }
  // Keep the best-supported reading of each pre-code.
  const best = new Map<string, LabelCandidate>();
  for (const c of found) {
    const prev = best.get(c.precode);
    if (!prev || c.score > prev.score) best.set(c.precode, c);
  }
  let candidates = [...best.values()];
  // Mapped readings count only when exactly one valid pre-code results from them.
  const mappedOnes = candidates.filter((c) => c.mapped > 0);
  if (mappedOnes.length > 1)
    candidates = candidates.map((c) => (c.mapped > 0 ? { ...c, score: c.score * 0.5 } : c));
  candidates.sort((a, b) => b.score - a.score || a.precode.localeCompare(b.precode));
  return { candidates, medianav: all.some((l) => MEDIANAV.test(l.replace(/\s+/g, " "))) };
}

export interface LabelVote {
  readonly precode: string | null;
  readonly confident: boolean;
  readonly candidates: readonly { readonly precode: string; readonly score: number }[];
  readonly medianav: boolean;
}

/** Thresholds of the vote (tuned on the tuning seeds only). */
export const VOTE = { strong: 0.6, agree: 2, clean: 1, lead: 2, maxCandidates: 4 } as const;

/**
 * Combines readings (preprocessing variants × page modes). A pre-code's support is the sum of
 * its best score per reading divided by the number of readings (the ranking). It is stated as
 * confident only when it ranks first, at least two readings read it strongly (score ≥ `strong`:
 * a labelled place, or an unmapped stand-alone token), at least `clean` of them without a mapped
 * digit place (the passes read one page, so they repeat one misread: `R088` printed, `RO83` read
 * in every pass; a mapped digit marks such a poor glyph), and it leads every other pre-code by
 * `lead` readings both in strong readings and in readings it is the best of: a stray token read
 * strongly once beside a pre-code read four times does not block it, a second reading that
 * disagrees with two does. A MediaNav label is never decoded.
 */
export function voteLabels(readings: readonly LabelReading[]): LabelVote {
  const n = Math.max(1, readings.length);
  const support = new Map<string, number>();
  const strong = new Map<string, number>();
  const wins = new Map<string, number>();
  const clean = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of readings) {
    const best = new Map<string, number>();
    const unmapped = new Set<string>();
    for (const c of r.candidates) {
      best.set(c.precode, Math.max(best.get(c.precode) ?? 0, c.score));
      if (c.mappedDigits === 0 && c.score >= VOTE.strong) unmapped.add(c.precode);
    }
    for (const p of unmapped) bump(clean, p);
    let winner: string | undefined;
    let winnerScore = -1;
    for (const [precode, score] of best) {
      support.set(precode, (support.get(precode) ?? 0) + score / n);
      if (score >= VOTE.strong) bump(strong, precode);
      if (score > winnerScore) {
        winnerScore = score;
        winner = precode;
      }
    }
    if (winner) bump(wins, winner);
  }
  const ranked = [...support.entries()]
    .map(([precode, s]) => ({ precode, score: Math.round(s * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.precode.localeCompare(b.precode))
    .slice(0, VOTE.maxCandidates);
  const medianav = readings.length > 0 && readings.filter((r) => r.medianav).length * 2 >= readings.length;
  const top = ranked[0];
  if (medianav || !top)
    return { precode: null, confident: false, candidates: medianav ? [] : ranked, medianav };
  const topStrong = strong.get(top.precode) ?? 0;
  const topWins = wins.get(top.precode) ?? 0;
  const confident =
    topStrong >= VOTE.agree &&
    (clean.get(top.precode) ?? 0) >= VOTE.clean &&
    [...support.keys()].every(
      (p) =>
        p === top.precode ||
        ((strong.get(p) ?? 0) + VOTE.lead <= topStrong && (wins.get(p) ?? 0) + VOTE.lead <= topWins),
    );
  return { precode: top.precode, confident, candidates: ranked, medianav };
}

/**
 * Letters that photos of labels swap even when every reading agrees: a Q's short tail lost (or a
 * speck taken for one) reads O for Q and Q for O, a G's spur lost reads C. Seen on the tuning
 * seeds only. The other letter's pre-code is offered beside a confident reading of one of them.
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = { O: "Q", Q: "O", C: "G", G: "C" };

/** The pre-code with its letter swapped for its look-alike (`O302` → `Q302`), when it has one. */
export function lookAlike(precode: string): string | undefined {
  const other = LOOK_ALIKE[precode.charAt(0)];
  if (!other || precode.length !== 4) return undefined;
  const swapped = other + precode.slice(1);
  return isValidPrecode(swapped) ? swapped : undefined;
}
