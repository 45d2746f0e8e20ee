/**
 * Label photo → pre-code: limits, preprocessing, OCR passes, vote. Processed in memory only;
 * nothing is written to disk.
 *
 * Passes (variant × page mode) run in order and stop as soon as the vote is confident after at
 * least two of them, so clear photos cost two OCR runs and hard ones up to PASSES.length.
 */
import sharp from "sharp";
import {
  type CandidateSource,
  type LabelCandidate,
  type LabelReading,
  type LabelVote,
  looksLikeDisplay,
  mapToken,
  readLabelText,
  VOTE,
  voteLabels,
} from "../core/label-text.js";
import { err, ok, type Result } from "../core/result.js";
import type { Box } from "./geometry.js";
import type { Engine, OcrBox, OcrLine, OcrPool, PageMode } from "./ocr.js";
import { type Prepared, prepareLabel } from "./preprocess.js";
import { DIGIT_RUN, secondOpinion } from "./second-read.js";

const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const MAX_IMAGE_PIXELS = 40_000_000;
const DEFAULT_PHOTO_TIMEOUT_MS = 15_000;

export type LabelErrorCode =
  | "image.too-large"
  | "image.too-many-pixels"
  | "image.unreadable"
  | "image.timeout";

export interface LabelResult {
  readonly precode: string | null;
  readonly confident: boolean;
  readonly candidates: readonly { readonly precode: string; readonly score: number }[];
  /** The OCR text of the reading that best supports the answer. */
  readonly text: string;
  readonly medianav: boolean;
  /** No pre-code, and the photo shows the radio's display (CODE, 0000…), not its label. */
  readonly display: boolean;
  readonly passes: number;
  /** Diagnostics: the pre-codes each pass read, in pass order. */
  readonly perPass: readonly (readonly string[])[];
  readonly ms: number;
}

export type LabelOutcome = Result<LabelResult, LabelErrorCode, Record<string, string>>;

/** Letters, digits and the punctuation labels use: keeps tesseract from inventing symbols. */
const WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:-./# ";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";

const PASSES: readonly { variant: number; mode: PageMode }[] = [
  { variant: 0, mode: "block" },
  { variant: 1, mode: "block" },
  { variant: 0, mode: "sparse" },
  { variant: 1, mode: "sparse" },
];

/**
 * Last resort when no pre-code was read at all, or only one read strongly by fewer than two
 * readings and not confident (a stray token): every found line as a band across the whole crop,
 * nothing whitened (characters merged with the barcode stay), once just around the line's
 * characters and once with most of a line above and below (a line kept only in its lower half).
 * The first pre-code read there is re-read glyph by glyph on those bands, and its line alone.
 */
const LAST_RESORT: readonly { variant: number; mode: PageMode; pad: number }[] = [
  { variant: 0, mode: "sparse", pad: 0.2 },
  { variant: 1, mode: "sparse", pad: 0.2 },
  { variant: 0, mode: "sparse", pad: 0.8 },
  { variant: 1, mode: "sparse", pad: 0.8 },
];

/**
 * Labelled places. The bands carry every line's neighbours and barcode stubs: stray tokens read
 * there (`L011` in a torn label) count for nothing; only a pre-code after its keyword or in a
 * part number does. A sparse pass re-reads the code line only for a pre-code read in one of them.
 */
const LABELLED: ReadonlySet<CandidateSource> = new Set(["keyword", "part-number"]);

export interface ReadLabelOptions {
  readonly pool: OcrPool;
  readonly timeoutMs?: number;
}

async function checkLimits(image: Uint8Array): Promise<LabelOutcome | undefined> {
  if (image.byteLength > MAX_IMAGE_BYTES) {
    return err("image.too-large", { maxMb: String(MAX_IMAGE_BYTES / 1024 / 1024) });
  }
  try {
    const meta = await sharp(image).metadata();
    if (!meta.width || !meta.height) return err("image.unreadable", {});
    if (meta.width * meta.height > MAX_IMAGE_PIXELS) {
      return err("image.too-many-pixels", { maxMp: String(MAX_IMAGE_PIXELS / 1_000_000) });
    }
  } catch {
    return err("image.unreadable", {});
  }
  return undefined;
}

export async function readLabel(image: Uint8Array, options: ReadLabelOptions): Promise<LabelOutcome> {
  const started = performance.now();
  const deadline = started + (options.timeoutMs ?? DEFAULT_PHOTO_TIMEOUT_MS);
  const refused = await checkLimits(image);
  if (refused) return refused;
  let prepared: Prepared;
  try {
    prepared = await prepareLabel(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
  } catch {
    return err("image.unreadable", {});
  }
  const { outcome: first } = await readPrepared(prepared, options.pool, started, deadline);
  // Nothing read, or only a weak stray (`L107` off a `LOT` line): the line finder may have lost
  // print washed out by glare or printed faint; once more on the lines found with ink by local
  // contrast added.
  if (!first.ok || !wantsFaint(first.value) || !prepared.faint) return first;
  // Only with a quarter of the photo's time left: a second read is as long as the first.
  if (deadline - performance.now() < (options.timeoutMs ?? DEFAULT_PHOTO_TIMEOUT_MS) / 4) return first;
  const again = await prepared.faint().catch(() => undefined);
  if (!again) return first;
  const { outcome: second, glyphs } = await readPrepared(again, options.pool, started, deadline);
  if (!second.ok) return first;
  // The time of both reads, whichever answer is kept.
  return ok({
    ...afterFaint(first.value, second.value, glyphs),
    ms: Math.round(performance.now() - started),
  });
}

const support = (r: Pick<LabelResult, "candidates">) => r.candidates[0]?.score ?? 0;

/**
 * The faint preparation is read when the first read nothing, or only a weak pre-code (read
 * strongly by no reading) and not confidently; never for a MediaNav serial.
 */
export function wantsFaint(first: Pick<LabelResult, "precode" | "candidates" | "confident" | "medianav">) {
  if (first.confident || first.medianav) return false;
  return first.precode === null || support(first) < VOTE.strong;
}

/**
 * The answer after the faint preparation was read (`glyphs`: its code token's glyph re-reads, see
 * `faintStands`). After nothing, what the faint read read, confident only when it stands. After a
 * weak pre-code, the faint read's only when it is confident and stands; as an unconfident best
 * guess, the better supported of the two.
 */
export function afterFaint(first: LabelResult, second: LabelResult, glyphs: string | undefined): LabelResult {
  if (second.precode === null) return first;
  const stands = faintStands(second, glyphs);
  if (first.precode === null) return stands ? second : { ...second, confident: false };
  if (stands && second.confident) return second;
  return support(second) > support(first) ? { ...second, confident: false } : first;
}

/**
 * Print read only on the second, faint preparation is read less surely: its pre-code stands only
 * when every reading read it strongly (its support at least a strong reading's score), or when
 * the glyph re-reads of its code token (`glyphs`: letter and digits, gray and binarised, all four
 * agreeing) read it too: a code line read in too few passes (`Pre code 7491` beside `Z491`) is
 * confirmed glyph by glyph.
 */
export function faintStands(value: Pick<LabelResult, "precode" | "candidates">, glyphs: string | undefined) {
  return support(value) >= VOTE.strong || (value.precode !== null && glyphs === value.precode);
}

/**
 * The passes, re-reads and vote over one preparation of the photo; with the pre-code that the
 * glyph re-reads of the code token read, when both of the letter and both of the digits agree.
 */
async function readPrepared(
  prepared: Prepared,
  pool: OcrPool,
  started: number,
  deadline: number,
): Promise<{ outcome: LabelOutcome; glyphs?: string }> {
  const variants = prepared.variants;
  const readings: LabelReading[] = [];
  const texts: string[] = [];
  /** Pre-codes the single-line re-reads read cleanly (strong, no mapped digit). */
  const lineReads: (string | undefined)[] = [];
  /** The code token re-read glyph by glyph: its letter alone, its digits alone (per variant). */
  const letters: string[] = [];
  const digits: string[] = [];
  /** The code token's first glyph's width over its digits' (0: not measured). */
  let letterWidth = 0;
  /** The code token last re-read glyph by glyph: its pre-code and boxes (for the second engine). */
  let token: { precode: string; letter: Box; digits: Box; pad: number | undefined } | undefined;
  let lineDone = false;
  let vote = voteLabels([]);
  const isConfident = () =>
    confidentAfterRereads(realLetter(vote, readings, letters), readings, lineReads, {
      letters,
      digits,
      letterWidth,
    });
  /** Re-reads the code token of `line` glyph by glyph (on the bands of `pad`, when given). */
  const readGlyphs = async (line: OcrLine, precode: string, pad?: number) => {
    const glyphs = tokenBoxes(line, precode);
    if (!glyphs) return;
    letterWidth = glyphs.width;
    token = { precode, letter: glyphs.letter, digits: glyphs.digits, pad };
    await readToken(prepared, pool, token, "lstm", deadline, { letters, digits });
  };
  /**
   * The code's line on the bands of `pad` read alone (its characters' box, single-line mode), as
   * the code line of the passes is: a second reading of a pre-code that one band pass read, or a
   * clean read of another. It reads the same pixels as the band pass, so it is no second opinion
   * on a letter that a glyph re-read read as another letter, nor on an I got from a 1 (an L or a J
   * whose foot is lost reads as a 1 too): then it is not made.
   */
  const readBandLine = async (line: OcrLine, precode: string, pad: number) => {
    const fromOne =
      precode.startsWith("I") && seenAs(readings, precode).every((c) => c.mapped > c.mappedDigits);
    const otherLetter = letters.some((l) => /^[A-Z]$/.test(l) && l !== precode.charAt(0));
    const box = lineBox(line);
    if (fromOne || otherLetter || !box) return;
    for (const v of [0, 1]) {
      const img = await prepared.box(v, box, pad);
      if (!img || performance.now() > deadline) continue;
      const lr = await pool.recognize({ image: img, mode: "line", whitelist: WHITELIST });
      texts.push(lr.text);
      const reading = readLabelText(lr.text);
      const labelled = reading.candidates.filter((c) => LABELLED.has(c.source));
      readings.push({ ...reading, candidates: labelled });
      const top = labelled[0];
      lineReads.push(top && top.score >= VOTE.strong && top.mappedDigits === 0 ? top.precode : undefined);
    }
  };
  for (const pass of PASSES) {
    if (performance.now() > deadline) {
      if (readings.length === 0) return { outcome: err("image.timeout", {}) };
      break;
    }
    const variant = variants[pass.variant];
    if (!variant) continue;
    try {
      const wantLines = !lineDone && prepared.rows.length > 0;
      const r = await pool.recognize({
        image: variant,
        mode: pass.mode,
        whitelist: WHITELIST,
        lines: wantLines,
      });
      texts.push(r.text);
      readings.push(readLabelText(r.text));
      vote = voteLabels(readings);
      // A sparse pass's lines are looked up only for a pre-code read in a labelled place: a
      // stray token there (`U135` on a label without its code line) would be read again as such.
      const lookUp =
        vote.precode &&
        (pass.mode === "block" ||
          readings.some((x) =>
            x.candidates.some((c) => c.precode === vote.precode && LABELLED.has(c.source)),
          ))
          ? vote.precode
          : undefined;
      const found = wantLines && lookUp ? codeLine(r.lines ?? [], lookUp, prepared.rows) : undefined;
      if (found) {
        lineDone = true;
        for (const v of [0, 1]) {
          const line = await prepared.line(v, found.row);
          if (!line || performance.now() > deadline) continue;
          const lr = await pool.recognize({ image: line, mode: "line", whitelist: WHITELIST });
          texts.push(lr.text);
          const lineReading = readLabelText(lr.text);
          readings.push(lineReading);
          const top = lineReading.candidates[0];
          lineReads.push(top && top.score >= VOTE.strong && top.mappedDigits === 0 ? top.precode : undefined);
        }
        await readGlyphs(found.line, vote.precode ?? "");
      }
    } catch {
      if (readings.length === 0 && performance.now() > deadline) return { outcome: err("image.timeout", {}) };
      continue;
    }
    vote = voteLabels(readings);
    if (readings.length >= 2 && (isConfident() || vote.medianav)) break;
  }
  if (readings.length === 0) return { outcome: err("image.timeout", {}) };
  // A pre-code read strongly by fewer than two readings (a stray token read once, `L107` beside a
  // barcode's stubs) is no answer either: the code line itself may not have been read.
  const strongReads = readings.filter((r) =>
    r.candidates.some((c) => c.precode === vote.precode && c.score >= VOTE.strong),
  ).length;
  const unread = vote.precode === null || (strongReads < VOTE.agree && !isConfident());
  if (unread && !vote.medianav && prepared.lines > 0) {
    // The line finder may have cut the code line (merged with the barcode, or kept only in part):
    // a last-resort read of bands across the whole crop. Glyph re-reads of a weak pre-code read
    // before say nothing of the one read there.
    letters.length = 0;
    digits.length = 0;
    token = undefined;
    for (const pass of LAST_RESORT) {
      if (performance.now() > deadline) break;
      try {
        const img = await prepared.whole(pass.variant, pass.pad);
        if (!img) continue;
        const wantLines = letters.length === 0 && digits.length === 0;
        const r = await pool.recognize({
          image: img,
          mode: pass.mode,
          whitelist: WHITELIST,
          lines: wantLines,
        });
        texts.push(r.text);
        const reading = readLabelText(r.text);
        readings.push({ ...reading, candidates: reading.candidates.filter((c) => LABELLED.has(c.source)) });
        vote = voteLabels(readings);
        // The glyph re-reads of the code token, found on these bands, as in the passes above.
        const line = wantLines && vote.precode ? bestLine(r.lines ?? [], vote.precode) : undefined;
        if (line && vote.precode) {
          await readGlyphs(line, vote.precode, pass.pad);
          await readBandLine(line, vote.precode, pass.pad);
        }
      } catch {
        continue; // a failed or timed-out read adds nothing; the deadline ends the passes
      }
      vote = voteLabels(readings);
      if (isConfident()) break;
    }
  }
  let confident = isConfident();
  vote = realLetter(vote, readings, letters);
  // Not confident: the code token read by the second engine, which errs differently. The token
  // may have been found for a pre-code the vote has since left for one a glyph away (`K356` then
  // `K358`): the same token.
  const sameToken =
    token !== undefined &&
    vote.precode !== null &&
    [...token.precode].filter((ch, i) => ch !== vote.precode?.[i]).length <= 1;
  const second =
    !confident && !vote.medianav && vote.precode && token && sameToken
      ? await readToken(prepared, pool, token, "legacy", deadline).catch(() => undefined)
      : undefined;
  const agreed =
    second && vote.precode ? secondOpinion(vote.precode, { letters, digits }, second) : undefined;
  if (agreed) {
    confident = true;
    if (agreed !== vote.precode) {
      const first = vote.candidates.find((c) => c.precode === agreed) ?? { precode: agreed, score: 0 };
      vote = { ...vote, precode: agreed, candidates: [first, ...vote.candidates.filter((c) => c !== first)] };
    }
  }
  const bestIndex = readings.findIndex((r) => r.candidates[0]?.precode === vote.precode);
  const [l0, l1] = letters;
  const [d0, d1] = digits;
  const glyphs =
    agreed ??
    (letters.length === 2 &&
    l0 === l1 &&
    /^[A-Z]$/.test(l0 ?? "") &&
    digits.length === 2 &&
    d0 === d1 &&
    DIGIT_RUN.test(d0 ?? "")
      ? `${l0}${d0}`
      : undefined);
  const outcome: LabelOutcome = ok({
    precode: vote.precode,
    confident,
    candidates: vote.candidates,
    text: (texts[Math.max(0, bestIndex)] ?? "").trim(),
    medianav: vote.medianav,
    display: vote.candidates.length === 0 && looksLikeDisplay(texts),
    passes: readings.length,
    perPass: readings.map((r) =>
      r.candidates.map((c) => `${c.precode}:${c.source[0]}${c.mapped ? "*" : ""}`),
    ),
    ms: Math.round(performance.now() - started),
  });
  // exactOptionalPropertyTypes: no glyphs key when they disagree.
  return glyphs === undefined ? { outcome } : { outcome, glyphs };
}

/**
 * The code token's letter glyph read alone, letters only, as a single character (tesseract's
 * page mode 10). When that reads several letters from the one glyph (a blurred Z as `YA`: its
 * strokes taken apart), the glyph is read once more as a single word (mode 8), which keeps it
 * whole. Mode 10 stays first: it reads the narrow and round letters (J, O) that mode 8 misses or
 * misnames.
 */
export async function readLetter(pool: OcrPool, image: Buffer, deadline = Number.POSITIVE_INFINITY) {
  const read = await pool.recognize({ image, mode: "char", whitelist: LETTERS });
  const letter = read.text.trim();
  if (letter.length <= 1 || performance.now() > deadline) return letter;
  return (await pool.recognize({ image, mode: "word", whitelist: LETTERS })).text.trim();
}

/**
 * The code token's letter and digits re-read glyph by glyph, gray then binarised: letters only,
 * digits only. The LSTM's letter read falls back to word mode when single-character mode splits
 * the glyph (`readLetter`); the legacy engine, a second opinion, reads each glyph once. Reads
 * are added to `into` as they come (a timeout keeps those already read).
 */
async function readToken(
  prepared: Prepared,
  pool: OcrPool,
  token: { letter: Box; digits: Box; pad: number | undefined },
  engine: Engine,
  deadline: number,
  into: { letters: string[]; digits: string[] } = { letters: [], digits: [] },
): Promise<{ letters: string[]; digits: string[] }> {
  const { letters, digits } = into;
  for (const v of [0, 1]) {
    const l = await prepared.box(v, token.letter, token.pad);
    if (l && performance.now() < deadline) {
      letters.push(
        engine === "lstm"
          ? await readLetter(pool, l, deadline)
          : (await pool.recognize({ image: l, mode: "char", whitelist: LETTERS, engine })).text.trim(),
      );
    }
    const d = await prepared.box(v, token.digits, token.pad, true);
    if (d && performance.now() < deadline) {
      const r = await pool.recognize({ image: d, mode: "word", whitelist: DIGITS, engine });
      digits.push(r.text.replace(/\s+/g, ""));
    }
  }
  return { letters, digits };
}

/** The glyph re-reads of the code token (letters only, digits only; gray, then binarised). */
interface Glyphs {
  readonly letters: readonly string[];
  readonly digits: readonly string[];
  /** The letter glyph's width over the digits' (0: not measured). */
  readonly letterWidth: number;
}

/**
 * Digits read glyph by glyph (digits only) that say the same as `own`: a 7 read alone with
 * digits only often comes back as 1, so a 1 where the pre-code has a 7 does not contradict it.
 */
const sameDigits = (read: string, own: string) =>
  read.length === own.length && [...read].every((ch, i) => ch === own[i] || (ch === "1" && own[i] === "7"));

/**
 * The vote's confidence checked against the re-reads of the code line (tuned on the tuning seeds;
 * the vote's pre-code first gives way to one read with a real letter, see `realLetter`):
 * - a clean single-line re-read of another pre-code withdraws it, unless both glyph re-reads
 *   (letter and digits, gray and binarised) agree on the pre-code: the line re-reads read the
 *   same page as the passes and repeat their misread of one glyph (one letter read as a look-alike);
 * - both glyph re-reads of the digits agreeing on other digits withdraw it, and so does one glyph
 *   re-read of the digits that reads a rival's digits (same letter) which a reading read strongly:
 *   two sources for the rival;
 * - a letter that every reading got from a digit (`1675` → I675) is withdrawn when a glyph
 *   re-read with letters only reads another letter (J) and none reads the pre-code's letter
 *   (on a glyph at most 0.6 of a digit wide, which can only be an I or a J, a wider letter read
 *   alone is a misread and does not count);
 * - a pre-code the vote leaves unconfirmed only for lack of strong readings (`2671` alone on its
 *   line, read as Z671 through a mapped letter) is confirmed when both glyph re-reads agree on
 *   its letter and on its digits, it sits in a labelled place, won at least two readings and no
 *   other pre-code was read at all (a rival whose digits both digit re-reads contradict, or one
 *   with the same digits read only through a letter mapped from a digit, `0417` beside `Q417`,
 *   is no other pre-code once both glyph re-reads read the pre-code);
 * - so is one read cleanly (no mapping) in a labelled place (keyword, part number, `T`) when both
 *   glyph re-reads agree on it and no other pre-code was read strongly (`281…TK811` read in one
 *   pass of four);
 * - a pre-code whose digits both glyph re-reads confirm is confident when the vote is, once the
 *   rivals with other digits are left out (`K318` read once beside `K312` read twice); so is one
 *   once the rivals read only through a mapped digit are left out, when a glyph re-read of the
 *   digits reads its digits and none reads theirs (`GA80` → G480 beside `G680`);
 * - when at least four readings read the pre-code and none read another: a letter O read as 0
 *   is confirmed by its width and both digit re-reads; a mapped digit in a labelled place by
 *   both letter re-reads and one digit re-read.
 */
function confidentAfterRereads(
  vote: LabelVote,
  readings: readonly LabelReading[],
  lineReads: readonly (string | undefined)[],
  { letters, digits, letterWidth }: Glyphs,
): boolean {
  const precode = vote.precode;
  if (!precode || vote.medianav) return false;
  const letter = precode.charAt(0);
  const own = precode.slice(1);
  const [d0, d1] = digits;
  const bothDigits = digits.length === 2 && d0 === d1 && DIGIT_RUN.test(d0 ?? "") ? d0 : undefined;
  const agreedDigits = bothDigits !== undefined && sameDigits(bothDigits, own) ? own : bothDigits;
  const [l0, l1] = letters;
  const agreedLetter = letters.length === 2 && l0 === l1 && /^[A-Z]$/.test(l0 ?? "") ? l0 : undefined;
  const glyphsAgree =
    agreedLetter !== undefined && agreedDigits !== undefined && agreedLetter + agreedDigits === precode;
  // A line re-read of a rival with other digits does not count when a glyph re-read of the digits
  // reads the pre-code's digits and none reads the rival's (`F360` re-read beside `F300`).
  const digitsFor = (p: string) => digits.some((d) => sameDigits(d, p.slice(1)));
  const outvoted = (p: string) => p.slice(1) !== own && digitsFor(precode) && !digitsFor(p);
  if (!glyphsAgree && !lineReads.every((p) => p === undefined || p === precode || outvoted(p))) return false;
  if (agreedDigits !== undefined && agreedDigits !== own) return false;
  const readStrongly = (p: string) =>
    readings.some((r) => r.candidates.some((c) => c.precode === p && c.score >= VOTE.strong));
  if (digits.some((d) => DIGIT_RUN.test(d) && !sameDigits(d, own) && readStrongly(letter + d))) return false;
  const seen = seenAs(readings, precode);
  // A 0 in the letter place printed wider than the digits is the letter O (a digit 0 is as wide
  // as the others); the letter re-reads may read it as any round letter, but a Q read without
  // an O may be a Q (its tail is small).
  const roundO =
    letter === "O" &&
    letterWidth >= WIDE_LETTER &&
    seen.every((c) => c.mappedDigits === 0) &&
    letters.every((l) => l === "" || "OQD".includes(l)) &&
    (letters.includes("O") || !letters.includes("Q"));
  if (seen.every((c) => c.mapped > c.mappedDigits) && !roundO) {
    // A glyph much narrower than the digits is an I or a J: a wide letter read there alone (`A`
    // for a narrow I read as 1) is a misread of the glyph, not another letter.
    const narrow = letterWidth > 0 && letterWidth <= NARROW_LETTER;
    const other = letters.some(
      (l) => /^[A-Z]$/.test(l) && l !== letter && (!narrow || NARROW_LETTERS.includes(l)),
    );
    if (other && !letters.includes(letter)) return false;
  }
  if (vote.confident) return true;
  if (unanimous(precode, readings, seen)) {
    if (roundO && agreedDigits === own) return true;
    // A digit look-alike in a labelled place (`BO55`) read as the pre-code's digits glyph by glyph.
    const labelled = seen.every((c) => LABELLED.has(c.source));
    if (labelled && agreedLetter === letter && digits.includes(own)) return true;
  }
  if (agreedDigits !== undefined) {
    // Rivals whose digits both glyph re-reads contradict are left out of a second vote.
    const kept = readings.map((r) => ({
      ...r,
      candidates: r.candidates.filter((c) => c.precode.slice(1) === agreedDigits),
    }));
    const again = voteLabels(kept);
    if (again.precode === precode && again.confident) return true;
  }
  // A rival read only through a mapped digit (`GA80` → G480 beside `G680`) is a poor glyph: left
  // out of a second vote when a glyph re-read of the digits reads ours and none reads the rival's.
  const poorRival = (p: string) => outvoted(p) && seenAs(readings, p).every((c) => c.mappedDigits > 0);
  if (readings.some((r) => r.candidates.some((c) => poorRival(c.precode)))) {
    const kept = readings.map((r) => ({
      ...r,
      candidates: r.candidates.filter((c) => !poorRival(c.precode)),
    }));
    const again = voteLabels(kept);
    if (again.precode === precode && again.confident) return true;
  }
  if (agreedLetter === undefined || agreedDigits === undefined) return false;
  if (agreedLetter + agreedDigits !== precode) return false;
  const wins = readings.filter((r) => r.candidates[0]?.precode === precode).length;
  /**
   * A rival that does not count: its digits contradicted by both glyph re-reads, or the
   * pre-code's digits read only through a letter mapped from a digit.
   */
  const discounted = (p: string) =>
    p.slice(1) !== agreedDigits ||
    readings.every((r) => r.candidates.every((c) => c.precode !== p || c.mapped > c.mappedDigits));
  const strongOther = readings.some((r) =>
    r.candidates.some((c) => c.precode !== precode && c.score >= VOTE.strong && !discounted(c.precode)),
  );
  // One clean reading in a labelled place, confirmed glyph by glyph in both variants.
  const cleanLabelled = seen.some(
    (c) => c.source !== "standalone" && c.source !== "alone" && c.mapped === 0 && c.score >= VOTE.strong,
  );
  if (cleanLabelled && !strongOther && wins >= 1) return true;
  return (
    seen.some((c) => c.source !== "standalone") &&
    !strongOther &&
    wins >= 2 &&
    vote.candidates.every((c) => c.precode === precode || discounted(c.precode))
  );
}

/**
 * At least four readings (passes and line re-reads) read the pre-code and no reading read any
 * other pre-code.
 */
function unanimous(precode: string, readings: readonly LabelReading[], seen: readonly LabelCandidate[]) {
  return seen.length >= 4 && readings.every((r) => r.candidates.every((c) => c.precode === precode));
}

/**
 * A pre-code whose letter every reading got from a digit (`1680` → I680) gives way to the one
 * with the same digits read with a real letter (`L680`) when both glyph re-reads of the letter
 * read that letter: a letter read as such beats one guessed from a digit. The vote it returns
 * is not confident; the re-reads decide.
 */
function realLetter(
  vote: LabelVote,
  readings: readonly LabelReading[],
  letters: readonly string[],
): LabelVote {
  const top = vote.precode;
  const [l0, l1] = letters;
  if (!top || vote.medianav || letters.length !== 2 || l0 !== l1 || !l0 || !/^[A-Z]$/.test(l0)) return vote;
  if (l0 === top.charAt(0) || !seenAs(readings, top).every((c) => c.mapped > c.mappedDigits)) return vote;
  const rival = l0 + top.slice(1);
  if (!seenAs(readings, rival).some((c) => c.mapped === c.mappedDigits)) return vote;
  const first = vote.candidates.find((c) => c.precode === rival) ?? { precode: rival, score: 0 };
  const rest = vote.candidates.filter((c) => c.precode !== rival);
  return { ...vote, precode: rival, confident: false, candidates: [first, ...rest] };
}

/** Every reading's candidate for `precode`. */
const seenAs = (readings: readonly LabelReading[], precode: string) =>
  readings.flatMap((r) => r.candidates.filter((c) => c.precode === precode));

/** The OCR line that reads `precode` best, or undefined. */
function bestLine(lines: readonly OcrLine[], precode: string): OcrLine | undefined {
  let best: OcrLine | undefined;
  let bestScore = 0;
  for (const l of lines) {
    const c = readLabelText(l.text).candidates.find((x) => x.precode === precode);
    if (c && c.score > bestScore) {
      bestScore = c.score;
      best = l;
    }
  }
  return best;
}

/**
 * The OCR line that reads `precode` best and the composed page's row it lies in (tesseract's
 * line box is matched to the row its centre falls nearest), or undefined.
 */
function codeLine(
  lines: readonly OcrLine[],
  precode: string,
  rows: readonly { readonly top: number; readonly bottom: number }[],
): { line: OcrLine; row: number } | undefined {
  const best = bestLine(lines, precode);
  if (!best) return undefined;
  const cy = (best.top + best.bottom) / 2;
  let row = -1;
  let distance = Number.POSITIVE_INFINITY;
  rows.forEach((r, i) => {
    const d = cy < r.top ? r.top - cy : cy > r.bottom ? cy - r.bottom : 0;
    if (d < distance) {
      distance = d;
      row = i;
    }
  });
  return row >= 0 ? { line: best, row } : undefined;
}

const toBox = (b: OcrBox, grow: number) => ({
  left: b.left - grow,
  top: b.top - grow,
  width: b.right - b.left + 2 * grow,
  height: b.bottom - b.top + 2 * grow,
});

/**
 * The box of an OCR line's characters, grown by a tenth of its height: the line alone, without
 * the neighbouring lines' stubs and the sticker's edge a band across the crop holds.
 */
export function lineBox(line: OcrLine): Box | undefined {
  const boxes = line.symbols.map((s) => s.box);
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.left));
  const right = Math.max(...boxes.map((b) => b.right));
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return toBox({ left, right, top, bottom }, Math.max(1, Math.round((bottom - top) * 0.1)));
}

/** A letter O is printed this much wider than the digits; a digit 0 is as wide as they are. */
const WIDE_LETTER = 1.2;
/** A letter glyph at most this wide (over the digits) can only be one of NARROW_LETTERS. */
const NARROW_LETTER = 0.6;
const NARROW_LETTERS = "IJ";

/**
 * The boxes of the code token's letter and of its three digits in an OCR line: the last run of
 * four characters that reads as `precode` (look-alikes mapped as in the text reading).
 */
function tokenBoxes(line: OcrLine, precode: string): { letter: Box; digits: Box; width: number } | undefined {
  const chars = line.symbols.flatMap((s) => (s.text.length === 1 ? [s] : []));
  const text = chars.map((c) => c.text).join("");
  for (let i = text.length - 4; i >= 0; i--) {
    if (mapToken(text.slice(i, i + 4), true)?.precode !== precode) continue;
    const [a, b, c, d] = chars.slice(i, i + 4).map((x) => x.box);
    if (!a || !b || !c || !d) return undefined;
    const h = Math.max(...[a, b, c, d].map((x) => x.bottom - x.top));
    const grow = Math.max(1, Math.round(h * 0.08));
    const digits = {
      left: b.left,
      top: Math.min(b.top, c.top, d.top),
      right: d.right,
      bottom: Math.max(b.bottom, c.bottom, d.bottom),
    };
    // A narrow `1` says nothing of the font's width: the other digits set it.
    const digitChars = chars.slice(i + 1, i + 4);
    const wideDigits = digitChars.filter((x) => x.text !== "1");
    const widths = (wideDigits.length > 0 ? wideDigits : digitChars).map((x) => x.box.right - x.box.left);
    const digitWidth = widths.reduce((sum, w) => sum + w, 0) / Math.max(1, widths.length);
    const width = (a.right - a.left) / Math.max(1, digitWidth);
    return { letter: toBox(a, grow), digits: toBox(digits, grow), width };
  }
  return undefined;
}
