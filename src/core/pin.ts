/**
 * Pre-code → PIN, the arithmetic every public implementation agrees on
 * (see shared notes `radio-facts.md`). L = letter, d1 d2 d3 = digits:
 *   x = 10*(L-'A') + d1, y = x + 10*d2 + d3, z = 7y mod 100,
 *   PIN = two digits of (259 mod x) mod 100, then the digits of z reversed.
 * Undefined for x = 0 (A000–A099): callers must validate first.
 */
export interface Precode {
  /** Upper-case ASCII letter A–Z. */
  readonly letter: string;
  /** Three digits 0–9. */
  readonly digits: readonly [number, number, number];
}

export function precodeToString(p: Precode): string {
  return `${p.letter}${p.digits.join("")}`;
}

export function precodeX(p: Precode): number {
  return 10 * (p.letter.charCodeAt(0) - 65) + p.digits[0];
}

export function computePin(p: Precode): string {
  const x = precodeX(p);
  if (x <= 0 || x > 259) {
    throw new RangeError(`computePin: pre-code ${precodeToString(p)} is outside the valid range`);
  }
  const y = x + 10 * p.digits[1] + p.digits[2];
  const z = (7 * y) % 100;
  const head = (259 % x) % 100;
  const pin = 100 * head + 10 * (z % 10) + Math.floor(z / 10);
  return pin.toString().padStart(4, "0");
}
