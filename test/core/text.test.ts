import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanName, cleanText, cleanTitle, cutGraphemes, graphemes } from "../../src/core/text.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never survive
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const lone = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

// Strings mixing the hostile characters with ordinary ones, emoji (ZWJ, flags, skin tones) and accents.
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom(
        "\u0000",
        "\u202E",
        "\u2066",
        "\u200F",
        "\r\n",
        "\u001b[2J",
        "\u0085",
        "👩‍👩‍👧",
        "🇫🇷",
        "👍🏽",
        "é",
        "e\u0301",
        "\uD83D",
        " ",
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("text sanitiser", () => {
  it("GIVEN any text THEN cleanText leaves no control character but \\n \\t, no lone surrogate, and is idempotent", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = cleanText(s);
        expect(out).not.toMatch(FORBIDDEN_IN_TEXT);
        expect(lone(out)).toBe(false);
        expect(Buffer.from(out, "utf8").includes(0)).toBe(false);
        expect(cleanText(out)).toBe(out);
      }),
    );
  });

  it("GIVEN ordinary text THEN cleanText keeps it unchanged (newlines and tabs too)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\p{L}\p{N} .,!?'\n\t-]*$/u), (s) => {
        expect(cleanText(s)).toBe(s);
      }),
    );
    expect(cleanText("line 1\r\nline 2\rline 3")).toBe("line 1\nline 2\nline 3");
  });

  it("GIVEN any name THEN cleanName has no bidi control, no newline, no edge spaces", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = cleanName(s);
        expect(out).not.toMatch(BIDI);
        expect(out).not.toMatch(/[\n\t]|^\s|\s$|\s{2}/);
        expect(cleanName(out)).toBe(out);
      }),
    );
    expect(cleanName("\u202Eexe.txt\u202C Bob\u0000")).toBe("exe.txt Bob");
  });

  it("GIVEN any text and limit THEN cutGraphemes fits, is a prefix on grapheme boundaries, and only cuts when needed", () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 0, max: 40 }), (raw, max) => {
        const s = cleanText(raw);
        const out = cutGraphemes(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (s.length <= max) {
          expect(out).toBe(s);
          return;
        }
        if (out === "") return;
        expect(out.endsWith("…")).toBe(true);
        const kept = out.slice(0, -1);
        expect(s.startsWith(kept)).toBe(true);
        // The kept part is whole graphemes of the original: it ends on one of its boundaries.
        const bounds = new Set<number>([0]);
        let at = 0;
        for (const g of graphemes(s)) {
          at += g.length;
          bounds.add(at);
        }
        expect(bounds.has(kept.length)).toBe(true);
        expect(lone(out)).toBe(false);
      }),
    );
  });

  it("GIVEN a title of emoji THEN none is split (slice() would leave half a surrogate pair)", () => {
    const title = `#12 · telegram · ${"👩‍👩‍👧".repeat(20)}`;
    const out = cleanTitle(title, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(lone(out)).toBe(false);
    expect(graphemes(out.slice(0, -1)).every((g) => g === "👩‍👩‍👧" || !g.includes("\u200D"))).toBe(true);
  });
});
