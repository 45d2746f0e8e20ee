import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readWrongCount, wrongCodeCount } from "../../src/core/wrong-count.js";
import { foundInCode } from "../faq/evaluate.js";

// Written with the detector (examples of its own); the sets written blind are at the end.
const COUNTS: ReadonlyArray<readonly [string, number]> = [
  ["I typed the wrong code 3 times", 3],
  ["entered a wrong code twice, how long now?", 2],
  ["radio locked after the third wrong code", 3],
  ["3rd attempt failed, what now", 3],
  ["wrong code x2", 2],
  ["I tried 4 times and it keeps saying ERROR", 4],
  ["J'ai tapé un mauvais code 4 fois", 4],
  ["code faux deux fois, combien de temps attendre ?", 2],
  ["3 essais ratés et la radio est bloquée", 3],
  ["Ich habe 3 mal den falschen Code eingegeben", 3],
  ["zweimal falsch eingegeben, wie lange warten?", 2],
  ["nach dem dritten Versuch gesperrt", 3],
  ["He puesto el código mal 2 veces, cuánto espero?", 2],
  ["tercer intento fallido", 3],
  ["lo metí mal tres veces", 3],
  ["am greșit codul de 3 ori", 3],
  ["a doua încercare greșită, cât aștept?", 2],
  ["3 kez yanlış kod girdim", 3],
  ["üçüncü denemede de olmadı", 3],
  ["iki kere hatalı girdim kilitlendi", 2],
];

const NONE: readonly string[] = [
  "I entered the wrong code",
  "where is the pre-code?",
  "my pre-code is V284 and the code is wrong",
  "I have 2 cars and the radio says CODE",
  "hold button 6 for 10 seconds",
  "I changed the battery in 2019, now it asks for a code",
  "Ich muss die Taste 2 mal drücken?",
  "la radio affiche 0000",
  "the code 0086 didn't work",
];

describe("wrongCodeCount", () => {
  it.each(COUNTS)("%s → %i", (text, n) => {
    expect(wrongCodeCount(text)).toBe(n);
  });

  it.each(NONE)("%s → none", (text) => {
    expect(wrongCodeCount(text)).toBeUndefined();
  });

  it("never reads a pre-code's or a code's digits as the count", () => {
    expect(wrongCodeCount("3 kez yanlış kod girdim, kod 1234 değil mi? 2024")).toBe(3);
    expect(wrongCodeCount("wrong code for V284, tried 0086")).toBeUndefined();
  });

  it("reads any count 1–20 in the usual phrasings, and nothing beyond", () => {
    const phrasings = [
      (n: number) => `I entered the wrong code ${n} times`,
      (n: number) => `j'ai mis un mauvais code ${n} fois`,
      (n: number) => `${n} mal falsch eingegeben`,
      (n: number) => `puse el código mal ${n} veces`,
      (n: number) => `am gresit codul de ${n} ori`,
      (n: number) => `${n} kez yanlış girdim`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...phrasings), (n, say) => {
        expect(wrongCodeCount(say(n))).toBe(n <= 20 ? n : undefined);
      }),
    );
  });

  it("finds no count in text without a wrong code, a failed try or a lock", () => {
    const words = fc.constantFrom(
      "radio",
      "code",
      "battery",
      "label",
      "button",
      "hold",
      "the",
      "my",
      "times",
      "fois",
      "Taste",
      "3",
      "twice",
      "10",
      "seconds",
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (ws) => {
        expect(wrongCodeCount(ws.join(" "))).toBeUndefined();
      }),
    );
  });

  it("returns only whole counts from 1 to 20, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const n = wrongCodeCount(`wrong ${text}`);
        expect(n === undefined || (Number.isInteger(n) && n >= 1 && n <= 20)).toBe(true);
      }),
    );
  });
});

/**
 * The tuning sets: four of the six sets of 300 messages written blind for this detector (180 that
 * state a count, 120 that don't; 30 + 20 per language), each run once before it was tuned on —
 * first runs and the held-out sets' figures in docs/measurements/wrong-count.md, where the
 * held-out sets are measured by `npx tsx test/core/eval-wrong-count.ts` (never tuned on, no
 * gate: the count only adds a button beside the answer). Here they guard what was fitted:
 * right ≥ 80 %, another count ≤ 3 %, a count read where none is stated ≤ 5 %, unclear ≤ 10 % of
 * those. Only aggregates are printed.
 */
const SETS = [
  "wrong-count-tuning.json",
  "wrong-count-tuning-2.json",
  "wrong-count-tuning-3.json",
  "wrong-count-tuning-4.json",
] as const;

describe.each(SETS)("readWrongCount on %s", (file) => {
  const items = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as ReadonlyArray<{
    text: string;
    locale: string;
    count: number | null;
  }>;
  const positives = items.filter((i) => i.count !== null);
  const negatives = items.filter((i) => i.count === null);
  const read = (text: string) => {
    const r = readWrongCount(text);
    return r === undefined ? null : r.kind === "count" ? r.count : "unclear";
  };

  it("reads the stated count, rarely another, and none where none is stated", () => {
    const right = positives.filter((i) => read(i.text) === i.count).length;
    const unclear = positives.filter((i) => read(i.text) === "unclear").length;
    const other = positives.filter(
      (i) => typeof read(i.text) === "number" && read(i.text) !== i.count,
    ).length;
    const invented = negatives.filter((i) => typeof read(i.text) === "number").length;
    const asked = negatives.filter((i) => read(i.text) === "unclear").length;
    const byLocale = [...new Set(items.map((i) => i.locale))].map((locale) => {
      const mine = positives.filter((i) => i.locale === locale);
      return `${locale} ${mine.filter((i) => read(i.text) === i.count).length}/${mine.length}`;
    });
    console.log(
      `${file}: right ${right}/${positives.length}, unclear ${unclear}, another count ${other}; ` +
        `without a count: a count read ${invented}/${negatives.length}, unclear ${asked}; ${byLocale.join(", ")}`,
    );
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(right / positives.length).toBeGreaterThanOrEqual(0.8);
    expect(other / positives.length).toBeLessThanOrEqual(0.03);
    expect(invented / negatives.length).toBeLessThanOrEqual(0.05);
    expect(asked / negatives.length).toBeLessThanOrEqual(0.1);
  });
});

/**
 * Asked how many wrong codes so far (the bot's ERROR, wait and refused-code answers): the reply
 * is the count — the bot then answers with the wait itself, instead of the FAQ — so the gates are
 * stricter than above, fixed before the first run: right ≥ 85 %, another count ≤ 2 %, a count
 * read where none is stated ≤ 3 %. `count-replies-tuning.json` was written blind (30 replies that
 * state a count and 20 that don't per language) and tuned on; its first run and the held-out
 * set's figures are in docs/measurements/wrong-count.md.
 */
describe("readWrongCount, asked how many", () => {
  const asked = (text: string) => {
    const r = readWrongCount(text, { asked: true });
    return r === undefined ? null : r.kind === "count" ? r.count : "unclear";
  };

  it.each([
    ["3", 3],
    ["3x", 3],
    ["twice", 2],
    ["i think 4", 4],
    ["only once so far", 1],
    ["deux fois", 2],
    ["zweimal", 2],
    ["dos veces", 2],
    ["de 3 ori", 3],
    ["üç kez", 3],
    ["5 times, how long now?", 5],
    ["the third one was wrong too", 3],
    ["un código mal y se bloqueó", 1],
  ] as const)("reads %j as %i", (text, n) => {
    expect(asked(text)).toBe(n);
    // Without the question, a bare count of something is no count of wrong codes.
    if (!/wrong|mal/.test(text)) expect(readWrongCount(text)).toBeUndefined();
  });

  it.each([
    "ok thanks",
    "I waited 10 minutes",
    "I entered 1234",
    "pre-code V284",
    "hold button 6 for 5 seconds",
    "Logan 2015",
    "Clio 4",
    "I have 2 cars",
    "what happens after 10 wrong codes?",
    "I changed the battery twice this year and each time it asks for the code",
    "i waited 5",
    "j'ai attendu 10",
    "4 bekledim",
  ])("finds no count in %j", (text) => {
    expect(asked(text)).not.toEqual(expect.any(Number));
  });

  it("reads any count 1–20 said the short way in each language, and no minutes or seconds", () => {
    const counts = [
      (n: number) => `${n} times`,
      (n: number) => `${n}x`,
      (n: number) => `${n} fois`,
      (n: number) => `${n} mal`,
      (n: number) => `${n} veces`,
      (n: number) => `de ${n} ori`,
      (n: number) => `${n} kez`,
      (n: number) => `${n}`,
    ];
    const others = [
      (n: number) => `${n} minutes`,
      (n: number) => `${n} sec`,
      (n: number) => `button ${n}`,
      (n: number) => `${n} more`,
      (n: number) => `${n} dakika`,
      (n: number) => `${n} Minuten`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...counts), (n, say) => {
        expect(asked(say(n))).toBe(n <= 20 ? n : null);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...others), (n, say) => {
        expect(asked(say(n))).not.toEqual(expect.any(Number));
      }),
    );
  });

  it("returns only whole counts from 1 to 20, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const n = asked(text);
        expect(n === null || n === "unclear" || (Number.isInteger(n) && n >= 1 && n <= 20)).toBe(true);
      }),
    );
  });

  it("holds its gates on the tuning set of replies", () => {
    const items = JSON.parse(
      readFileSync(new URL("count-replies-tuning.json", import.meta.url), "utf8"),
    ) as ReadonlyArray<{ text: string; locale: string; count: number | null }>;
    const positives = items.filter((i) => i.count !== null);
    const negatives = items.filter((i) => i.count === null);
    const right = positives.filter((i) => asked(i.text) === i.count).length;
    const other = positives.filter(
      (i) => typeof asked(i.text) === "number" && asked(i.text) !== i.count,
    ).length;
    const invented = negatives.filter((i) => typeof asked(i.text) === "number").length;
    console.log(
      `count-replies-tuning.json: right ${right}/${positives.length}, another count ${other}; ` +
        `without a count: a count read ${invented}/${negatives.length}`,
    );
    expect(positives.length).toBe(180);
    expect(right / positives.length).toBeGreaterThanOrEqual(0.85);
    expect(other / positives.length).toBeLessThanOrEqual(0.02);
    expect(invented / negatives.length).toBeLessThanOrEqual(0.03);
  });

  it("has no held-out reply of three words or more that a file under src/ or commands/ contains", () => {
    const heldOut = JSON.parse(
      readFileSync(new URL("count-replies-heldout.json", import.meta.url), "utf8"),
    ) as ReadonlyArray<{ text: string }>;
    // Shorter replies ("3", "ok") are words any code has; the held-out set is measured, never tuned on.
    const texts = heldOut.map((i) => i.text).filter((t) => t.trim().split(/\s+/).length >= 3);
    expect(foundInCode(texts), "held-out replies found in src/ or commands/").toBe(0);
  });
});
