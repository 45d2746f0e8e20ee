/**
 * Accuracy of the FAQ matcher on realistic questions (typos, no accents, slang), one table per
 * run so CI output shows drift. The questions were written before tuning; see thresholds.ts.
 */
import { describe, expect, it } from "vitest";
import { createFaqMatcher } from "../../src/core/faq/matcher.js";
import { LOCALES, type Locale } from "../../src/core/i18n/locales.js";
import evalSet from "./eval-questions.json" with { type: "json" };

interface EvalQuestion {
  readonly lang: Locale;
  readonly q: string;
  readonly expected: string;
}

const questions = evalSet.questions as EvalQuestion[];
const matcher = createFaqMatcher();

interface Row {
  questions: number;
  top1: number;
  confident: number;
  confidentCorrect: number;
}

function evaluate(): Record<Locale, Row> {
  const rows = Object.fromEntries(
    LOCALES.map((l) => [l, { questions: 0, top1: 0, confident: 0, confidentCorrect: 0 }]),
  ) as Record<Locale, Row>;
  for (const { lang, q, expected } of questions) {
    const m = matcher.match(q);
    const row = rows[lang];
    const correct = m.best?.id === expected;
    row.questions++;
    if (correct) row.top1++;
    if (m.level === "confident") {
      row.confident++;
      if (correct) row.confidentCorrect++;
    }
  }
  return rows;
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

describe("FAQ matcher evaluation", () => {
  const rows = evaluate();

  it("prints the accuracy table", () => {
    console.table(
      Object.fromEntries(
        LOCALES.map((l) => {
          const r = rows[l];
          return [
            l,
            {
              questions: r.questions,
              "top-1 %": pct(r.top1, r.questions),
              "confident %": pct(r.confident, r.questions),
              "confident & correct %": pct(r.confidentCorrect, r.questions),
              "precision when confident %": pct(r.confidentCorrect, r.confident),
            },
          ];
        }),
      ),
    );
  });

  it("has at least 20 questions per language, each naming a real entry", () => {
    for (const l of LOCALES) expect(rows[l].questions).toBeGreaterThanOrEqual(20);
    for (const { expected } of questions) expect(matcher.get(expected), expected).toBeDefined();
  });

  it.each(LOCALES)("%s: top-1 accuracy is at least 90%%", (l) => {
    expect(pct(rows[l].top1, rows[l].questions)).toBeGreaterThanOrEqual(90);
  });

  it.each(LOCALES)("%s: at least 80%% of questions get a confident and correct answer", (l) => {
    expect(pct(rows[l].confidentCorrect, rows[l].questions)).toBeGreaterThanOrEqual(80);
  });

  it.each(LOCALES)("%s: confident answers are right (precision ≥ 95%%)", (l) => {
    expect(pct(rows[l].confidentCorrect, rows[l].confident)).toBeGreaterThanOrEqual(95);
  });

  it("never answers an off-topic question confidently", () => {
    expect(evalSet.offTopic.length).toBeGreaterThanOrEqual(25);
    const confident = evalSet.offTopic
      .map((q) => ({ q, m: matcher.match(q) }))
      .filter(({ m }) => m.level === "confident")
      .map(({ q, m }) => `${q} → ${m.best?.id}`);
    console.log(`off-topic: ${confident.length}/${evalSet.offTopic.length} false-confident`);
    expect(confident).toEqual([]);
  });
});
