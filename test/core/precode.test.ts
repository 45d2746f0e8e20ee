import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPrecodeAttempt, MAX_SCAN, parsePrecode, precodeForm } from "../../src/core/precode.js";

const validPrecode = fc
  .tuple(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), fc.integer({ min: 0, max: 999 }))
  .map(([l, n]) => `${l}${String(n).padStart(3, "0")}`)
  .filter((s) => !/^A0/.test(s));

function expectOk(input: string, precode: string) {
  const r = parsePrecode(input);
  expect(r.ok, `${input} → ${JSON.stringify(r)}`).toBe(true);
  if (r.ok) expect(r.value.precode).toBe(precode);
  return r;
}

function expectErr(input: string, code: string) {
  const r = parsePrecode(input);
  expect(r.ok ? "ok" : r.code, input).toBe(code);
  return r;
}

describe("parsePrecode — forgiving input", () => {
  it.each([
    ["v284", "V284"],
    ["  V284  ", "V284"],
    ["V 284", "V284"],
    ["v-284", "V284"],
    ["V.284", "V284"],
    ["my precode is V284", "V284"],
    ["label: 7711 T V284 RENAULT", "V284"],
    ["TV284", "V284"],
    ["V284 and again V284", "V284"],
  ])("GIVEN %j THEN %s", (input, precode) => {
    const r = expectOk(input, precode);
    if (r.ok) expect(r.value.assumed).toBeUndefined();
  });

  it("GIVEN any valid pre-code in random case, with a separator, inside a sentence THEN it is found", () => {
    fc.assert(
      fc.property(
        validPrecode,
        fc.boolean(),
        fc.constantFrom("", " ", "-", "."),
        fc.constantFrom("", "my code is ", "radio label says "),
        fc.constantFrom("", " thanks", ", help!"),
        (p, lower, sep, before, after) => {
          const letter = lower ? (p[0] ?? "").toLowerCase() : (p[0] ?? "");
          const input = `${before}${letter}${sep}${p.slice(1)}${after}`;
          expectOk(input, p);
        },
      ),
    );
  });
});

describe("parsePrecode — digits typed apart", () => {
  it("GIVEN a message that is only a pre-code with any separators between its characters THEN it decodes, alone", () => {
    fc.assert(
      fc.property(
        validPrecode,
        fc.array(fc.constantFrom("", " ", "-", ".", "/"), { minLength: 3, maxLength: 3 }),
        fc.constantFrom("", '"', " "),
        (p, seps, quote) => {
          const input = `${quote}${p[0]}${seps[0]}${p[1]}${seps[1]}${p[2]}${seps[2]}${p[3]}${quote}`;
          expectOk(input, p);
          expect(precodeForm(input)).toBe("alone");
        },
      ),
    );
  });

  it("GIVEN spaced digits inside other words THEN not joined up", () => {
    expect(parsePrecode("room V 2 8 4 please").ok).toBe(false);
    expect(parsePrecode("V 2 8 4 5").ok).toBe(false);
  });
});

describe("parsePrecode — misreads", () => {
  it("GIVEN V2O4 THEN V204 with the assumption stated", () => {
    const r = expectOk("V2O4", "V204");
    if (r.ok) expect(r.value.assumed).toEqual({ read: "V2O4", as: "V204" });
  });

  it.each([
    ["VI23", "V123"],
    ["Vl23", "V123"],
    ["VS12", "V512"],
    ["VB12", "V812"],
    ["VZ12", "V212"],
  ])("GIVEN %s THEN %s (assumed)", (input, precode) => {
    const r = expectOk(input, precode);
    if (r.ok) expect(r.value.assumed?.read).toBe(input);
  });

  it("GIVEN a word without any real digit THEN it is not taken as a pre-code", () => {
    expectErr("BOSS", "precode.not-found");
    expectErr("hello", "precode.not-found");
  });

  it("GIVEN two different misread candidates THEN it asks which one", () => {
    expectErr("VO12 or BO34", "precode.several");
  });
});

describe("parsePrecode — rejections with reasons", () => {
  it.each([
    ["A012", "precode.not-issued"],
    ["a099", "precode.not-issued"],
    ["A1234", "precode.too-long"],
    ["A12", "precode.too-short"],
    ["0123", "precode.no-letter"],
    ["", "precode.empty"],
    ["   ", "precode.empty"],
    ["what?", "precode.not-found"],
    ["V284 B456", "precode.several"],
  ])("GIVEN %j THEN %s", (input, code) => {
    expectErr(input, code);
  });

  it.each([
    ["0284", "O284"],
    ["1234", "I234"],
    ["2123", "Z123"],
    ["5284", "S284"],
    ["6123", "G123"],
    ["8123", "B123"],
  ])("GIVEN %j (a letter read as a digit) THEN no-letter, suggesting %s", (input, suggestion) => {
    const r = expectErr(input, "precode.no-letter");
    expect(!r.ok && r.context.suggestion).toBe(suggestion);
  });

  it("GIVEN four digits THEN a suggestion exists only for a letter lookalike, and it parses exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        const digits = String(n).padStart(4, "0");
        const r = parsePrecode(digits);
        expect(r.ok).toBe(false);
        const suggestion = r.ok ? undefined : r.context.suggestion;
        expect(suggestion !== undefined).toBe("012568".includes(digits.charAt(0)));
        if (suggestion === undefined) return;
        expect(suggestion.slice(1)).toBe(digits.slice(1));
        const again = parsePrecode(suggestion);
        expect(again.ok && again.value.assumed === undefined && again.value.precode).toBe(suggestion);
      }),
    );
  });

  it.each(["0000", " 0000 ", "0 0 0 0"])(
    "GIVEN %j (what the display shows while it waits) THEN no letter guess: the display reason",
    (text) => {
      const r = parsePrecode(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.code).toBe("precode.display");
      expect(!r.ok && r.context.suggestion).toBeUndefined();
    },
  );

  it("GIVEN several pre-codes THEN the context lists them", () => {
    const r = parsePrecode("V284 or B456?");
    expect(!r.ok && r.context.precodes).toBe("V284, B456");
  });

  it.each([
    ["ı123", "I123"],
    ["ſ123", "S123"],
    ["Ｖ２８４", "V284"],
    ["V٢٨٤", "V284"],
    ["А123", "A123"],
  ])("GIVEN lookalike %j THEN rejected as non-ASCII, suggesting %s", (input, suggestion) => {
    const r = expectErr(input, "precode.non-ascii");
    expect(!r.ok && r.context.suggestion).toBe(suggestion);
  });
});

describe("parsePrecode — robustness", () => {
  it("never throws on any string and always returns a known shape", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        const r = parsePrecode(s);
        if (r.ok) {
          expect(r.value.precode).toMatch(/^[A-Z]\d{3}$/);
          expect(r.value.pin).toMatch(/^\d{4}$/);
        } else {
          expect(r.code).toMatch(/^precode\./);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("GIVEN input with no ASCII letter THEN it never decodes (lookalikes never become valid silently)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        fc.pre(!/[A-Za-z]/.test(s));
        expect(parsePrecode(s).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("GIVEN a decoded result THEN its letter appears as an ASCII letter in the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), validPrecode, (noise, p) => {
        const r = parsePrecode(`${noise} ${p}`);
        if (r.ok) expect(`${noise} ${p}`.toUpperCase()).toContain(r.value.precode[0]);
      }),
    );
  });

  it("GIVEN a huge input THEN it scans only the first MAX_SCAN characters, quickly", () => {
    const huge = `${"x ".repeat(MAX_SCAN)}V284`;
    const started = performance.now();
    expectErr(huge, "precode.not-found");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("precodeForm: where a pre-code sits in a message", () => {
  const precode = fc
    .tuple(fc.constantFrom(..."BCDEFGHIJKLMNOPQRSUVWXYZ"), fc.integer({ min: 0, max: 999 }))
    .map(([l, n]) => `${l}${String(n).padStart(3, "0")}`);
  const chatter = fc.constantFrom("room", "is", "free", "tonight", "the", "bus", "leaves", "at", "gate");

  it("GIVEN only a pre-code, in any spacing or quotes THEN alone", () => {
    fc.assert(
      fc.property(
        precode,
        fc.constantFrom("", " ", "-", "."),
        fc.constantFrom("", '"', "  "),
        (p, sep, q) => {
          expect(precodeForm(`${q}${p[0]}${sep}${p.slice(1)}${q}`)).toBe("alone");
        },
      ),
      { seed: 13 },
    );
  });

  it("GIVEN a pre-code between ordinary words THEN in-text; with a code word THEN asked", () => {
    fc.assert(
      fc.property(precode, fc.array(chatter, { minLength: 1, maxLength: 4 }), (p, words) => {
        expect(precodeForm(`${words.join(" ")} ${p} ${words.join(" ")}`)).toBe("in-text");
        expect(precodeForm(`${words.join(" ")} code ${p}`)).toBe("asked");
      }),
      { seed: 13 },
    );
  });

  it("GIVEN a pre-code with emoji around it ('🙏 V284', 'V284 👍🏽') THEN alone", () => {
    const emoji = fc.constantFrom("🙏", "👍🏽", "❤️", "🚗", "😅🙏");
    fc.assert(
      fc.property(precode, emoji, emoji, fc.boolean(), (p, a, b, both) => {
        expect(precodeForm(`${a} ${p}${both ? ` ${b}` : ""}`)).toBe("alone");
      }),
      { seed: 13 },
    );
    expect(precodeForm("🙏 room V284 is free")).toBe("in-text");
  });

  it("GIVEN only hello and please around a pre-code, in any language THEN asked", () => {
    for (const s of [
      "Hi! V284 please",
      "bonjour V284 svp",
      "merhaba V284 lütfen",
      "hallo, V284 bitte",
      "help V284",
    ])
      expect(precodeForm(s), s).toBe("asked");
    for (const s of ["hello room V284 is free", "thanks, the bus V284 leaves at 5"])
      expect(precodeForm(s), s).toBe("in-text");
  });

  it("GIVEN label forms THEN label", () => {
    for (const s of ["T V284", "label: TV284 made in EU", "7711RTV284"])
      expect(precodeForm(s), s).toBe("label");
  });

  it("GIVEN 'météo 150' THEN the o of météo is not a pre-code letter", () => {
    expect(parsePrecode("quelle est la météo 150 à Paris").ok).toBe(false);
    expect(parsePrecode("7711RTV284")).toMatchObject({ ok: true, value: { precode: "V284" } });
  });
});

describe("isPrecodeAttempt: a message that is only a pre-code try", () => {
  it("GIVEN one or two short words with a digit THEN an attempt; chatter or no digit THEN not", () => {
    for (const s of ["V284", " v 284 ", "V-284", "V28", "A1234567", "x 1"])
      expect(isPrecodeAttempt(s), s).toBe(true);
    for (const s of ["", "hello", "VOIS", "my code V284", "V284 V285 V286", "V2841234567890"])
      expect(isPrecodeAttempt(s), s).toBe(false);
  });

  it("GIVEN a car and its year ('logan 2008', 'Clio 2005') THEN no attempt: a year alone still is", () => {
    for (const s of ["logan 2008", "Clio 2005", "2012 Dokker", "sandero 1999"])
      expect(isPrecodeAttempt(s), s).toBe(false);
    for (const s of ["2008", "V 2008", "AB 2008", "logan 208"]) expect(isPrecodeAttempt(s), s).toBe(true);
  });
});
