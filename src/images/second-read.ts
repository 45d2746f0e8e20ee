/**
 * A second opinion on the code token from a different engine. The LSTM reads the same pixels the
 * same way in every pass and glyph re-read (a Z as I, an 8 as 3 each time); tesseract's legacy
 * engine makes other mistakes, so the two agreeing glyph by glyph is worth more than the LSTM
 * agreeing with itself.
 */

import { isValidPrecode } from "../core/precode.js";

/** The code token's glyph re-reads of one engine: letter alone and digits alone, per variant. */
export interface TokenReads {
  readonly letters: readonly string[];
  readonly digits: readonly string[];
}

/** Three digits: a code token's digits read whole. */
export const DIGIT_RUN = /^[0-9]{3}$/;
const LETTER = /^[A-Z]$/;
/** The letter any narrow glyph reads as. */
const NARROW = "I";

/**
 * The pre-code both engines read in the code token, or undefined:
 * - the digits: both re-reads of each engine (four) read the same three digits;
 * - `precode` itself is confirmed when both legacy re-reads of the letter read its letter (the
 *   LSTM's own letter re-reads may have failed on the glyph: the vote read it), unless both of
 *   those read one other letter;
 * - so is it, or a pre-code one character away (`P352` voted, `D352` read glyph by glyph), when at
 *   least three of the four letter re-reads read a letter and all of those read the same one, or
 *   when both LSTM letter re-reads and one legacy one read the same letter (the legacy engine
 *   alone misreads single letters often: one legacy read of another letter, `R` then `K`, does
 *   not outvote three);
 * - never a letter I: an L or a J whose foot the crop lost, or a T short of its bar, reads as an
 *   I in either engine, so the engines agreeing on an I says nothing.
 */
export function secondOpinion(precode: string, lstm: TokenReads, legacy: TokenReads): string | undefined {
  if (precode.startsWith(NARROW)) return undefined;
  const digitReads = [...lstm.digits, ...legacy.digits];
  const [d] = digitReads;
  if (lstm.digits.length !== 2 || legacy.digits.length !== 2 || !d || !DIGIT_RUN.test(d)) return undefined;
  if (!digitReads.every((x) => x === d)) return undefined;
  const [a, b] = legacy.letters;
  const letter = precode.charAt(0);
  // Unless both of the LSTM's own letter re-reads read one other letter.
  const [c, e] = lstm.letters;
  const lstmOther = c !== undefined && c === e && LETTER.test(c) && c !== letter;
  if (a === letter && b === letter && d === precode.slice(1) && !lstmOther) return precode;
  const read = [...lstm.letters, ...legacy.letters].filter((l) => l !== "");
  const [x] = read;
  const three = c !== undefined && c === e && LETTER.test(c) && (a === c || b === c) ? c : undefined;
  const all = read.length >= 3 && x && LETTER.test(x) && read.every((l) => l === x) ? x : undefined;
  const chosen = three ?? all;
  if (!chosen) return undefined;
  const other = chosen + d;
  const differ = [...other].filter((ch, i) => ch !== precode[i]).length;
  // Only a pre-code that was issued: the glyphs may name one that no radio has (A0xx).
  return differ <= 1 && chosen !== NARROW && isValidPrecode(other) ? other : undefined;
}
