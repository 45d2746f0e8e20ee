/**
 * Label OCR on generated photos (test/labels/generate.ts, never edited nor tuned on here).
 * `npm test` reads 60 held-out photos (seeds 10000–10059) to fit CI; `npm run eval:labels` reads
 * all 250 (10000–10249). Only aggregates are printed.
 *
 * Issue #14 targets: right and confident ≥ 95 %, wrong and confident ≤ 1 %, median ≤ 1.5 s.
 * The first is not met yet on fresh held-out ranges (the latest figures: README, "Label photos";
 * every run: docs/measurements/label-ocr.md). Both rates are printed with their gap to the target
 * on every run and asserted as regression floors until the targets are met.
 */
import { describe, expect, it } from "vitest";
import { OcrPool } from "../../src/images/ocr.js";
import { readLabel } from "../../src/images/read-label.js";
import { generateLabel } from "../labels/generate.js";
import { evaluateLabels, formatSummary } from "./eval-labels.js";

const HELD_OUT_IN_TEST = 60;
const RIGHT_CONFIDENT_TARGET = 0.95;
const WRONG_CONFIDENT_TARGET = 0.01;
/** Regression floors, not the targets (these 60 photos have measured 91.7–93.3 % and 0–1.7 %). */
const RIGHT_CONFIDENT_FLOOR = 0.9;
const WRONG_CONFIDENT_MAX = 0.02;

describe("label photos: held-out evaluation", () => {
  it(`reads ${HELD_OUT_IN_TEST} held-out photos: rates printed against the targets, regression floors asserted`, async () => {
    const s = await evaluateLabels(10000, HELD_OUT_IN_TEST);
    const right = s.rightConfident / s.total;
    const wrong = s.wrongConfident / s.total;
    const gap = (met: boolean, points: number) =>
      met ? "met" : `NOT met (gap ${(points * 100).toFixed(1)} points)`;
    console.log(
      [
        formatSummary(s),
        `target right+confident >= 95 %: ${gap(right >= RIGHT_CONFIDENT_TARGET, RIGHT_CONFIDENT_TARGET - right)}`,
        `target wrong+confident <= 1 %: ${gap(wrong <= WRONG_CONFIDENT_TARGET, wrong - WRONG_CONFIDENT_TARGET)}`,
      ].join("\n"),
    );
    expect(wrong).toBeLessThanOrEqual(WRONG_CONFIDENT_MAX);
    expect(right).toBeGreaterThanOrEqual(RIGHT_CONFIDENT_FLOOR);
  }, 900_000);

  it("holds memory bounded with 10 photos at once (one OCR worker, jobs queue)", async () => {
    const photos = await Promise.all(
      Array.from({ length: 10 }, (_, i) => generateLabel(i).then((g) => g.jpeg)),
    );
    const pool = new OcrPool({ size: 1 });
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    try {
      const results = await Promise.all(photos.map((p) => readLabel(p, { pool })));
      expect(results.every((r) => r.ok)).toBe(true);
    } finally {
      clearInterval(timer);
      await pool.close();
    }
    const growthMb = (peak - before) / 1024 / 1024;
    console.log(
      `10 photos at once: RSS ${Math.round(before / 2 ** 20)} → peak ${Math.round(peak / 2 ** 20)} MB (+${Math.round(growthMb)} MB)`,
    );
    expect(growthMb).toBeLessThan(700);
  }, 600_000);
});
