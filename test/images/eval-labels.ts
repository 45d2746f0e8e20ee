/**
 * Label OCR evaluation on generated photos (test/labels/generate.ts, which we never edit).
 *
 *   npx tsx test/images/eval-labels.ts [--from 10000] [--count 250] [--verbose]
 *
 * Seeds 0–1199 and 2000–2999 are the tuning ranges (--verbose prints each photo there; the second
 * was first run on 7 Dec, stop 31, to see the misses on photos no earlier round was fitted to);
 * the held-out ranges
 * (10000–10249, 20000–20249, 40000–40249, 50000–50249, 60000–60249, 70000–70249, 80000–80249,
 * 90000–90499, 100000–100499, 110000–110499, 120000–120499, 130000–130499, 140000–140499, 150000–150499, 160000–160499, 170000–170999, 180000–180999, 190000–190999; each run once after a tuning round) only ever print aggregates. Photos are generated in memory, read one at a
 * time through one OCR worker, and scored: right+confident, wrong+confident, median time.
 */

import { lookAlike } from "../../src/core/label-text.js";
import { OcrPool } from "../../src/images/ocr.js";
import { readLabel } from "../../src/images/read-label.js";
import { generateLabel } from "../labels/generate.js";

export interface EvalSummary {
  readonly total: number;
  readonly rightConfident: number;
  readonly wrongConfident: number;
  /** Of those, the ones whose right pre-code the reply offers as the look-alike letter's button. */
  readonly wrongOffered: number;
  readonly right: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly byLayout: Record<string, { total: number; rightConfident: number }>;
}

export async function evaluateLabels(
  from: number,
  count: number,
  onPhoto?: (line: string) => void,
): Promise<EvalSummary> {
  const pool = new OcrPool({ size: 1 });
  const times: number[] = [];
  let rightConfident = 0;
  let wrongConfident = 0;
  let wrongOffered = 0;
  let right = 0;
  const byLayout: Record<string, { total: number; rightConfident: number }> = {};
  try {
    for (let seed = from; seed < from + count; seed++) {
      const g = await generateLabel(seed);
      const r = await readLabel(g.jpeg, { pool });
      const got = r.ok ? r.value : undefined;
      times.push(got?.ms ?? 0);
      const confident = got?.confident === true;
      const isRight = (got?.precode ?? null) === g.truth;
      const slot = byLayout[g.layout] ?? { total: 0, rightConfident: 0 };
      slot.total++;
      // A null truth is answered right by stating nothing confidently.
      const rc = g.truth === null ? !confident : confident && isRight;
      if (rc) {
        rightConfident++;
        slot.rightConfident++;
      }
      if (confident && !isRight) wrongConfident++;
      if (confident && !isRight && got?.precode && lookAlike(got.precode) === g.truth) wrongOffered++;
      if (isRight) right++;
      byLayout[g.layout] = slot;
      onPhoto?.(
        `${seed}\t${g.layout}\ttruth=${g.truth}\tgot=${got?.precode ?? (r.ok ? null : r.code)}\tconfident=${confident}\t${got?.ms}ms\t${rc ? "ok" : confident ? "WRONG" : "miss"}\t${JSON.stringify(got?.candidates ?? [])}`,
      );
    }
  } finally {
    await pool.close();
  }
  times.sort((a, b) => a - b);
  return {
    total: count,
    rightConfident,
    wrongConfident,
    wrongOffered,
    right,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    p90Ms: times[Math.floor(times.length * 0.9)] ?? 0,
    byLayout,
  };
}

export function formatSummary(s: EvalSummary): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, s.total)).toFixed(1)} %`;
  return [
    `photos: ${s.total}`,
    `right and confident: ${s.rightConfident} (${pct(s.rightConfident)})`,
    `wrong and confident: ${s.wrongConfident} (${pct(s.wrongConfident)}; the right one offered beside it as the look-alike letter's: ${s.wrongOffered})`,
    `right best guess (confident or not): ${s.right} (${pct(s.right)})`,
    `time per photo: median ${s.medianMs} ms, p90 ${s.p90Ms} ms`,
    ...Object.entries(s.byLayout).map(([k, v]) => `  ${k}: ${v.rightConfident}/${v.total}`),
  ].join("\n");
}

const entry = process.argv[1] ?? "";
if (/eval-labels\.[jt]s$/.test(entry)) {
  const args = process.argv.slice(2);
  const num = (name: string, d: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : d;
  };
  const from = num("--from", 10000);
  const count = num("--count", 250);
  // Seeds 0–1199 and 2000–2999 are the tuning ranges; anything else is held out (aggregates only).
  const tuning = (a: number, b: number) => (a >= 0 && b <= 1200) || (a >= 2000 && b <= 3000);
  const heldOut = !tuning(from, from + count);
  const verbose = args.includes("--verbose") && !heldOut;
  evaluateLabels(from, count, verbose ? (l) => console.log(l) : undefined).then((s) =>
    console.log(formatSummary(s)),
  );
}
