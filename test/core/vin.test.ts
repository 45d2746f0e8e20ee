import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findVin, modelYear, parseVin } from "../../src/core/vin.js";

const NOW = new Date("2026-11-24T00:00:00Z");
const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

describe("parseVin", () => {
  it("GIVEN a Dacia VIN THEN maker and model year are decoded, and no PIN field exists", () => {
    const r = parseVin("UU18SDDJ4F5123456", NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      vin: "UU18SDDJ4F5123456",
      wmi: "UU1",
      maker: "vin.maker.dacia",
      modelYear: 2015,
    });
    expect(JSON.stringify(r.value)).not.toMatch(/pin/i);
  });

  it("GIVEN lower case and spaces THEN accepted", () => {
    expect(parseVin("vf1 fwo b1h4 5123456", NOW).ok).toBe(false); // contains the letter o
    expect(parseVin("vf1 fw1 b1h4 5123456", NOW).ok).toBe(true);
  });

  it.each([
    ["", "vin.empty"],
    ["UU18SDDJ4F512345", "vin.length"],
    ["UU18SDDJ4F51234567", "vin.length"],
    ["UU18SDDJ4F512345O", "vin.characters"],
    ["UU18SDDJ4F51234ı5", "vin.characters"],
  ])("GIVEN %j THEN %s", (vin, code) => {
    const r = parseVin(vin, NOW);
    expect(r.ok ? "ok" : r.code).toBe(code);
  });

  it("GIVEN a VIN failing the North-American check digit THEN it is still accepted", () => {
    // Position 9 is a check digit only in North America; European VINs do not carry it.
    expect(parseVin("VF1AAAAAAAA000001", NOW).ok).toBe(true);
  });

  it("GIVEN any 17 valid characters THEN accepted; with I, O or Q THEN rejected", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VIN_CHARS), { minLength: 17, maxLength: 17 }),
        fc.constantFrom("I", "O", "Q"),
        fc.integer({ min: 0, max: 16 }),
        (chars, bad, at) => {
          expect(parseVin(chars.join(""), NOW).ok).toBe(true);
          const broken = [...chars];
          broken[at] = bad;
          expect(parseVin(broken.join(""), NOW).ok).toBe(false);
        },
      ),
    );
  });

  it("model year codes pick the most recent cycle not after next year", () => {
    expect(modelYear("C", NOW)).toBe(2012);
    expect(modelYear("M", NOW)).toBe(2021);
    expect(modelYear("9", NOW)).toBe(2009);
    expect(modelYear("U", NOW)).toBeUndefined();
  });
});

describe("findVin", () => {
  const vinArb = fc
    .array(fc.constantFrom(...VIN_CHARS), { minLength: 17, maxLength: 17 })
    .map((chars) => chars.join(""))
    .filter((v) => /[A-Z]/.test(v) && /\d/.test(v));
  const wordArb = fc.stringMatching(/^[a-zA-Z0-9]{0,16}$/);

  it("GIVEN a VIN among words (any case, any punctuation) THEN that VIN, upper-cased", () => {
    fc.assert(
      fc.property(
        vinArb,
        fc.array(wordArb, { maxLength: 5 }),
        fc.constantFrom(" ", ": ", ", ", "\n"),
        (vin, words, sep) => {
          const text = [...words, vin.toLowerCase(), ...words].join(sep);
          expect(findVin(text)).toBe(vin);
        },
      ),
    );
  });

  it("GIVEN no 17-character token, or two different VINs THEN none", () => {
    fc.assert(
      fc.property(fc.array(wordArb, { maxLength: 8 }), (words) => {
        expect(findVin(words.join(" "))).toBeUndefined();
      }),
    );
    expect(findVin("281157844RTC109 V284")).toBeUndefined();
    expect(findVin("12345678901234567")).toBeUndefined(); // digits only: a serial, not a VIN
    expect(findVin("UU18SDDJ4F5123456 or VF1AAAAAAAA000001")).toBeUndefined();
    expect(findVin("UU18SDDJ4F5123456, again UU18SDDJ4F5123456")).toBe("UU18SDDJ4F5123456");
  });
});
