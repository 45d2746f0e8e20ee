import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  lookAlike,
  looksLikeDisplay,
  mapToken,
  readLabelText,
  VOTE,
  voteLabels,
} from "../../src/core/label-text.js";
import { isValidPrecode } from "../../src/core/precode.js";

const validPrecode = fc
  .tuple(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), fc.integer({ min: 0, max: 999 }))
  .map(([l, n]) => `${l}${String(n).padStart(3, "0")}`)
  .filter((s) => !/^A0/.test(s));

const top = (text: string) => readLabelText(text).candidates[0];

describe("readLabelText — label forms", () => {
  it.each([
    ["RENAULT\n281157844RTC109\nSN 4721 9988 1234", "C109", "part-number"],
    ["PRE CODE: V284", "V284", "keyword"],
    ["PRECODE V284", "V284", "keyword"],
    ["CODE: T V284", "V284", "keyword"],
    ["7711 T V284 RENAULT", "V284", "t-prefix"],
    ["Radio Dacia\nV284\n", "V284", "alone"],
    ["Radio Dacia V284 FM", "V284", "standalone"],
    ["T O538", "O538", "t-prefix"],
    ["TV720 Ref. 017 901", "V720", "t-prefix"],
  ])("GIVEN %j THEN %s from %s", (text, precode, source) => {
    expect(top(text)).toMatchObject({ precode, source, mapped: 0, mappedDigits: 0 });
  });

  it("GIVEN the pre-code T123 in a part-number line THEN the T of the line is not taken for its letter", () => {
    expect(top("281157844RTT123")?.precode).toBe("T123");
  });

  it("GIVEN OCR confusions in a labelled place THEN they are mapped position-wise, with a lower score", () => {
    const c = top("PRE CODE: 8Z84");
    expect(c).toMatchObject({ precode: "B284", mapped: 2 });
    expect(c?.score).toBeLessThan(0.9);
    expect(top("281157844RTC1O9")?.precode).toBe("C109");
  });

  it("GIVEN barcode digits, serials and words THEN no pre-code is read", () => {
    for (const text of [
      "7 711 123456 7",
      "SN 8284 2234 1234",
      "BARCODE 1234",
      "BOSS RADIO CD",
      "0284 5123",
      "8200 607 915",
      "B284 1234 5678 9012", // a digit line: OCR read a barcode 8 as B
    ]) {
      expect(readLabelText(text).candidates, text).toEqual([]);
    }
  });

  it("GIVEN a pre-code printed on a line of digits THEN only a letter no digit looks like is read", () => {
    expect(top("K518 P/N 8200123456")).toMatchObject({ precode: "K518", source: "standalone", mapped: 0 });
    for (const text of ["S518 P/N 8200123456", "L518 P/N 8200123456", "k518 P/N 8200123456"]) {
      expect(readLabelText(text).candidates, text).toEqual([]);
    }
  });

  it("GIVEN two different mapped readings THEN neither is trusted much", () => {
    const r = readLabelText("CODE: V2B4\nC0DE: W2S4");
    expect(r.candidates.every((c) => c.score < 0.4)).toBe(true);
  });

  it("GIVEN a MediaNav label THEN it is flagged and the vote states no pre-code", () => {
    const r = readLabelText("MEDIANAV\nSERIAL 7711 5566 1234");
    expect(r.medianav).toBe(true);
    expect(voteLabels([r, r])).toMatchObject({ precode: null, confident: false, medianav: true });
  });

  it("GIVEN a lower-case g THEN it is not taken for a 6 (OCR reads 8 and 9 as g too)", () => {
    expect(readLabelText("CODE: J19g").candidates).toEqual([]);
  });

  it("GIVEN a pre-code alone on its line with its letter read as a digit THEN it is mapped, as a guess only", () => {
    const r = readLabelText("Bosch\n2671\nRadio CD");
    expect(r.candidates[0]).toMatchObject({ precode: "Z671", source: "alone", mapped: 1 });
    expect(voteLabels([r, r]).confident).toBe(false);
    expect(top("T0538")).toMatchObject({ precode: "O538", mapped: 1 });
  });

  it("GIVEN a letter read twice in a labelled place THEN one is dropped, as one mapping of the letter", () => {
    expect(top("CODE Vv738")).toMatchObject({
      precode: "V738",
      source: "keyword",
      mapped: 1,
      mappedDigits: 0,
    });
    expect(top("7711 T Vv423")).toMatchObject({
      precode: "V423",
      source: "t-prefix",
      mapped: 1,
      mappedDigits: 0,
    });
    expect(readLabelText("CODE VW738").candidates).toEqual([]);
    expect(readLabelText("CODE V7384").candidates).toEqual([]);
  });

  it("GIVEN a digit place that needed mapping THEN it is counted apart from a mapped letter", () => {
    expect(top("281106301RTRO83")).toMatchObject({ precode: "R083", mapped: 1, mappedDigits: 1 });
    expect(top("PRE CODE: 1576")).toMatchObject({ precode: "I576", mapped: 1, mappedDigits: 0 });
  });

  it("GIVEN a non-ASCII look-alike THEN it never becomes a letter", () => {
    expect(readLabelText("CODE: ı284").candidates).toEqual([]);
  });
});

describe("readLabelText — properties", () => {
  it("never throws and every candidate is a valid pre-code with a score in (0, 1]", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = readLabelText(text);
        expect(typeof r.medianav).toBe("boolean");
        for (const c of r.candidates) {
          expect(isValidPrecode(c.precode)).toBe(true);
          expect(c.score).toBeGreaterThan(0);
          expect(c.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("finds any valid pre-code after PRE CODE, amid noise lines, unmapped", () => {
    const noise = fc.stringMatching(/^[a-z ]{0,20}$/);
    fc.assert(
      fc.property(validPrecode, noise, noise, (p, before, after) => {
        const c = top(`${before}\nPRE CODE: ${p}\n${after}`);
        expect(c).toMatchObject({ precode: p, mapped: 0, mappedDigits: 0 });
      }),
    );
  });

  it("finds any valid pre-code after the T of any part-number line", () => {
    const digits = fc.stringMatching(/^[0-9]{6,11}$/);
    const letters = fc.stringMatching(/^[A-Z]{0,2}$/);
    fc.assert(
      fc.property(digits, letters, validPrecode, (d, l, p) => {
        expect(readLabelText(`${d}${l}T${p}`).candidates.map((c) => c.precode)).toContain(p);
      }),
    );
  });

  it("never reads a pre-code from lines of digits alone (barcodes), at most a low guess from one 4-digit group", () => {
    const line = fc
      .array(fc.stringMatching(/^[0-9]{1,13}$/), { minLength: 1, maxLength: 6 })
      .map((a) => a.join(" "));
    fc.assert(
      fc.property(line, (l) => {
        const r = readLabelText(l);
        if (/^[0-9]{4}$/.test(l)) expect(voteLabels([r, r, r]).confident).toBe(false);
        else expect(r.candidates).toEqual([]);
      }),
    );
  });

  it("mapToken is position-wise: a result is always valid and differs from the token only in confusable places", () => {
    const ch = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    fc.assert(
      fc.property(fc.tuple(ch, ch, ch, ch), fc.boolean(), (cs, letterFromDigit) => {
        const token = cs.join("");
        const m = mapToken(token, letterFromDigit);
        if (!m) return;
        expect(isValidPrecode(m.precode)).toBe(true);
        let changed = 0;
        for (let i = 0; i < 4; i++) if (token[i] !== m.precode[i]) changed++;
        expect(changed).toBe(m.mapped);
        if (!letterFromDigit) expect(m.precode[0]).toBe(token[0]);
      }),
    );
  });
});

describe("voteLabels", () => {
  const reading = (precode: string, score: number) => ({
    candidates: [{ precode, score, source: "keyword" as const, mapped: 0, mappedDigits: 0 }],
    medianav: false,
  });
  const none = { candidates: [], medianav: false };

  it("GIVEN agreeing strong readings THEN confident", () => {
    expect(voteLabels([reading("V284", 0.9), reading("V284", 0.9)])).toMatchObject({
      precode: "V284",
      confident: true,
    });
  });

  it("GIVEN two of four readings and nothing else read strongly THEN confident", () => {
    expect(voteLabels([reading("S579", 0.9), none, reading("S579", 0.9), none]).confident).toBe(true);
  });

  it("GIVEN a stray token read strongly once beside a pre-code read three times THEN confident", () => {
    const withStray = {
      candidates: [
        { precode: "G561", score: 0.9, source: "keyword" as const, mapped: 0, mappedDigits: 0 },
        { precode: "E211", score: 0.6, source: "standalone" as const, mapped: 0, mappedDigits: 0 },
      ],
      medianav: false,
    };
    const v = voteLabels([reading("G561", 0.9), withStray, reading("G561", 0.9)]);
    expect(v).toMatchObject({ precode: "G561", confident: true });
  });

  it("GIVEN two readings of one pre-code and a third of another THEN not confident", () => {
    const v = voteLabels([reading("R083", 0.7), reading("R085", 0.5), reading("R083", 0.7)]);
    expect(v).toMatchObject({ precode: "R083", confident: false });
  });

  it("GIVEN agreeing readings that all needed a digit mapped (RO83 for R083) THEN not confident until one reads it as printed", () => {
    const mappedDigit = {
      candidates: [
        { precode: "R083", score: 0.71, source: "part-number" as const, mapped: 1, mappedDigits: 1 },
      ],
      medianav: false,
    };
    expect(voteLabels([mappedDigit, mappedDigit, mappedDigit, mappedDigit]).confident).toBe(false);
    expect(voteLabels([mappedDigit, mappedDigit, reading("R083", 0.95)])).toMatchObject({
      precode: "R083",
      confident: true,
    });
  });

  it("GIVEN one of two readings THEN a best guess, not confident", () => {
    const v = voteLabels([reading("V284", 0.9), none]);
    expect(v).toMatchObject({ precode: "V284", confident: false });
  });

  it("GIVEN disagreeing readings THEN not confident, both offered", () => {
    const v = voteLabels([reading("V284", 0.9), reading("V234", 0.9)]);
    expect(v.confident).toBe(false);
    expect(v.candidates.map((c) => c.precode)).toEqual(["V234", "V284"]);
  });

  it("confidence implies the support threshold and the lead (property)", () => {
    const r = fc.record({ precode: validPrecode, score: fc.double({ min: 0.01, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(fc.array(r, { maxLength: 3 }), { maxLength: 6 }), (rs) => {
        const v = voteLabels(
          rs.map((cs) => ({
            candidates: cs.map((c) => ({ ...c, source: "standalone", mapped: 0, mappedDigits: 0 })),
            medianav: false,
          })),
        );
        expect(v.candidates.length).toBeLessThanOrEqual(VOTE.maxCandidates);
        if (v.confident) {
          expect(v.precode).toBe(v.candidates[0]?.precode);
          const strongReads = rs.filter((cs) =>
            cs.some((c) => c.precode === v.precode && c.score >= VOTE.strong),
          );
          expect(strongReads.length).toBeGreaterThanOrEqual(VOTE.agree);
          const rivals = new Set(
            rs
              .flat()
              .map((c) => c.precode)
              .filter((p) => p !== v.precode),
          );
          for (const p of rivals) {
            const rivalReads = rs.filter((cs) => cs.some((c) => c.precode === p && c.score >= VOTE.strong));
            expect(rivalReads.length + VOTE.lead).toBeLessThanOrEqual(strongReads.length);
          }
        }
        if (v.candidates.length === 0) expect(v.precode).toBeNull();
      }),
    );
  });
});

describe("lookAlike — letters photos swap", () => {
  it("swaps O and Q, C and G, and nothing else; the swap is its own inverse and always valid", () => {
    expect(lookAlike("O302")).toBe("Q302");
    expect(lookAlike("Q005")).toBe("O005");
    expect(lookAlike("G190")).toBe("C190");
    expect(lookAlike("C109")).toBe("G109");
    fc.assert(
      fc.property(validPrecode, (p) => {
        const other = lookAlike(p);
        if (!"OQCG".includes(p.charAt(0))) {
          expect(other).toBeUndefined();
          return;
        }
        expect(other !== undefined && isValidPrecode(other)).toBe(true);
        expect(other?.slice(1)).toBe(p.slice(1));
        expect(other?.charAt(0)).not.toBe(p.charAt(0));
        expect(lookAlike(other ?? "")).toBe(p);
      }),
    );
  });
});

describe("looksLikeDisplay: a photo of the screen, not the label", () => {
  it("GIVEN a line that is only CODE, 0000, ERROR or CODE LOCK (as OCR reads them) THEN yes; label text THEN no", () => {
    for (const text of ["CODE", " C0DE ", "0000", "ERROR", "CODE LOCK", "noise\n- CODE -\n", "err0r"])
      expect(looksLikeDisplay([text]), text).toBe(true);
    for (const text of ["PRE CODE V284", "DACIA RADIO CD\nCODE: V284", "SN 7711 2233", "", "CODEC", "00000"])
      expect(looksLikeDisplay([text]), text).toBe(false);
    // A label whose "Code" field was not read: part numbers and serials around it.
    expect(looksLikeDisplay(["Radio CD Bluetooth\nPart No. 281154986R\nCode\nSerial: BP82110F023630"])).toBe(
      false,
    );
    // Most readings must see it: one pass that caught only "CODE" of "CODE C035" is outvoted.
    expect(looksLikeDisplay(["CODE", "ctronics", "RADIO", ""])).toBe(false);
    expect(looksLikeDisplay(["CODE", "CODE", "C0DE", "xx"])).toBe(true);
  });
});
