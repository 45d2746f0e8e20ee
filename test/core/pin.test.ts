import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePin, type Precode } from "../../src/core/pin.js";
import { isValidPrecode, parsePrecode } from "../../src/core/precode.js";

/** Published pairs (shared notes radio-facts.md) — independent of our arithmetic. */
const PUBLISHED: ReadonlyArray<[string, string]> = [
  ["A123", "0086"],
  ["B456", "0709"],
  ["C789", "1621"],
  ["Z999", "0060"],
  ["V284", "4727"],
  ["T123", "6889"],
  ["D123", "1187"],
  ["H456", "3701"],
  ["V234", "4722"],
  ["A100", "0070"],
  ["A101", "0041"],
  ["A102", "0012"],
];

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function allStrings(): string[] {
  const out: string[] = [];
  for (const l of LETTERS) for (let n = 0; n < 1000; n++) out.push(`${l}${String(n).padStart(3, "0")}`);
  return out;
}

/** A second, string-based reading of the published formula, used as an oracle. */
function oracle(s: string): string {
  const L = s.charCodeAt(0) - 65;
  const [d1, d2, d3] = [...s.slice(1)].map(Number) as [number, number, number];
  const x = L * 10 + d1;
  const z = String(((x + d2 * 10 + d3) * 7) % 100).padStart(2, "0");
  const head = String((259 % x) % 100).padStart(2, "0");
  return `${head}${z[1]}${z[0]}`;
}

describe("computePin", () => {
  it.each(PUBLISHED)("GIVEN published pre-code %s THEN PIN %s", (precode, pin) => {
    const r = parsePrecode(precode);
    expect(r.ok && r.value.pin).toBe(pin);
  });

  it("GIVEN all 26,000 strings A000–Z999 THEN exactly 25,900 are valid, each with a 4-digit PIN matching the oracle", () => {
    let valid = 0;
    const pins = new Set<string>();
    for (const s of allStrings()) {
      const r = parsePrecode(s);
      if (!r.ok) {
        expect(s).toMatch(/^A0\d\d$/);
        expect(r.code).toBe("precode.not-issued");
        continue;
      }
      valid++;
      expect(r.value.precode).toBe(s);
      expect(r.value.pin).toMatch(/^\d{4}$/);
      expect(r.value.pin).toBe(oracle(s));
      pins.add(r.value.pin);
    }
    expect(valid).toBe(25_900);
    // radio-facts.md: "every 4-digit PIN occurs".
    expect(pins.size).toBe(10_000);
  });

  it("GIVEN x = 0 (A0xx) THEN computePin refuses instead of dividing by zero", () => {
    const p: Precode = { letter: "A", digits: [0, 1, 2] };
    expect(() => computePin(p)).toThrow(RangeError);
  });

  it("GIVEN any valid pre-code THEN isValidPrecode agrees with the parser", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTERS), fc.integer({ min: 0, max: 999 }), (l, n) => {
        const s = `${l}${String(n).padStart(3, "0")}`;
        expect(isValidPrecode(s)).toBe(parsePrecode(s).ok);
      }),
    );
  });
});
