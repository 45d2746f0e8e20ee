/**
 * How well the FAQ matcher answers questions, on two sets, printed on every run:
 * - the tuning sets (`eval-questions.json`; `eval-questions-2.json`, written blind by another
 *   writer before anyone tuned on it: 80.9 % right first, 96.2 % of confident answers right with
 *   the matcher of 2026-12-04; `eval-questions-3.json`, half of a set written blind on 2026-12-05
 *   from the topic titles only, with typos, slang and mixed language; `eval-questions-4.json`,
 *   the tuning half of a blind set of 2026-12-06): the matcher's settings are tuned on them, so
 *   their numbers are optimistic;
 * - the held-out sets (every `heldout/*.json`, e.g. `questions.json`, `questions-2.json`): each
 *   written blind from the topic titles and a description of the users, never read while tuning.
 *   Each set is printed, then all of them together; the whole is what counts, and it gates: per language the right entry first (confident, or the first "Did you mean"
 *   button) ≥ 95 %, confident answers right ≥ 98 %, near-domain questions answered confidently
 *   ≤ 2 %. Only aggregates and confused entry ids are printed for it, never its questions.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { createFaqMatcher } from "../../src/core/faq/matcher.js";
import { LOCALES } from "../../src/core/i18n/locales.js";
import tuning from "./eval-questions.json" with { type: "json" };
import tuning2 from "./eval-questions-2.json" with { type: "json" };
import tuning3 from "./eval-questions-3.json" with { type: "json" };
import tuning4 from "./eval-questions-4.json" with { type: "json" };
import tuning5 from "./eval-questions-5.json" with { type: "json" };
import tuning6 from "./eval-questions-6.json" with { type: "json" };
import tuning7 from "./eval-questions-7.json" with { type: "json" };
import tuning8 from "./eval-questions-8.json" with { type: "json" };
import tuning9 from "./eval-questions-9.json" with { type: "json" };
import tuning10 from "./eval-questions-10.json" with { type: "json" };
import {
  combine,
  type EvalSet,
  evaluate,
  foundInCode,
  loadSets,
  pct,
  type Report,
  table,
} from "./evaluate.js";

const HELDOUT = new URL("./heldout/", import.meta.url);
const matcher = createFaqMatcher();

function print(name: string, set: EvalSet, report: Report): void {
  console.log(`FAQ ${name}: ${set.questions.length} questions, ${set.negatives.length} negatives`);
  console.table(table(report));
  const n = report.negatives;
  console.log(
    `${name} negatives answered confidently: near-domain ${n["near-domain"].confident}/${n["near-domain"].total}` +
      ` (${pct(n["near-domain"].confident, n["near-domain"].total)} %), off-topic ${n["off-topic"].confident}/${n["off-topic"].total}`,
  );
  const confused = [...report.confusions].sort((a, b) => b[1] - a[1]).slice(0, 12);
  if (confused.length)
    console.log(`${name} confused entries: ${confused.map(([k, v]) => `${k} ×${v}`).join("; ")}`);
}

describe("FAQ evaluation: tuning set", () => {
  const set = tuning as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set", set, report);

  it("names real entries and has negatives of both kinds", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(30);
    expect(report.negatives["off-topic"].total).toBeGreaterThanOrEqual(25);
  });

  // 98.6 % on 2026-12-05, 100 % (218/218) on 2026-12-06: a regression floor two questions below.
  it("right entry first ≥ 99 % overall", () => {
    expect(pct(report.all.first, report.all.questions)).toBeGreaterThanOrEqual(99);
  });
});

describe("FAQ evaluation: second tuning set", () => {
  const set = tuning2 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 2", set, report);

  it("names real entries, covers every language and has near-domain negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    for (const l of LOCALES) expect(report.rows[l].questions, l).toBeGreaterThanOrEqual(40);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(60);
  });

  // 80.9 % before anyone tuned on it, 93.4 % after (2026-12-04), 96.7 % (2026-12-05), 97.7 % after
  // the set-3 work (2026-12-05), 98.6 % (479/486, 2026-12-06): a regression floor a few questions below.
  it("right entry first ≥ 97.5 % overall", () => {
    expect(pct(report.all.first, report.all.questions)).toBeGreaterThanOrEqual(97.5);
  });
});

// 87.9 % right first before anyone tuned on it, 94.5 % after (2026-12-05), 97.3 % (2026-12-06);
// printed, not gated.
describe("FAQ evaluation: third tuning set", () => {
  const set = tuning3 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 3", set, report);

  it("names real entries, covers every language and has near-domain negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    for (const l of LOCALES) expect(report.rows[l].questions, l).toBeGreaterThanOrEqual(40);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(40);
  });
});

// The tuning half of a fourth blind set (2026-12-06): 93.3 % right first before anyone tuned on
// it (92.1 % with the matcher of 2026-12-05), 97.1 % after; printed, not gated.
describe("FAQ evaluation: fourth tuning set", () => {
  const set = tuning4 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 4", set, report);

  it("names real entries, covers every language and has near-domain negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    for (const l of LOCALES) expect(report.rows[l].questions, l).toBeGreaterThanOrEqual(40);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(30);
  });
});

// A fifth blind tuning set (2026-12-06, French, German and Turkish only, 54 questions each): 96.9 %
// right first before anyone tuned on it (fr 96.3, de 96.3, tr 98.1), confident answers 100 % right,
// near-domain answered confidently 1/30; 99.4 % after (fr 98.1, de 100, tr 100); printed, not gated.
describe("FAQ evaluation: fifth tuning set", () => {
  const set = tuning5 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 5", set, report);

  it("names real entries, covers French, German and Turkish and has near-domain negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    for (const l of ["fr", "de", "tr"] as const)
      expect(report.rows[l].questions, l).toBeGreaterThanOrEqual(40);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(25);
  });
});

// A sixth blind tuning set (2026-12-06, Spanish, French and Turkish only, 54 questions each):
// 95.7 % right first before anyone tuned on it (es 88.9, fr 98.1, tr 100), confident answers
// 100 % right, near-domain answered confidently 0/30; 99.4 % after (es 100, fr 98.1, tr 100);
// printed, not gated.
describe("FAQ evaluation: sixth tuning set", () => {
  const set = tuning6 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 6", set, report);

  it("names real entries, covers Spanish, French and Turkish and has near-domain negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    for (const l of ["es", "fr", "tr"] as const)
      expect(report.rows[l].questions, l).toBeGreaterThanOrEqual(40);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(25);
  });
});

describe("loadSets", () => {
  it("reads every .json set of a folder, by name, and none of a missing folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "faq-heldout-"));
    try {
      const one = { questions: [{ lang: "en", q: "x", expected: "cost" }], negatives: [] };
      writeFileSync(join(dir, "questions-2.json"), JSON.stringify(one));
      writeFileSync(join(dir, "questions.json"), JSON.stringify({ ...one, questions: [] }));
      writeFileSync(join(dir, "notes.txt"), "not a set");
      const url = pathToFileURL(`${dir}/`);
      const sets = loadSets(url);
      expect(sets.map((s) => s.name)).toEqual(["questions.json", "questions-2.json"]);
      expect(combine(sets.map((s) => s.set)).questions).toEqual(one.questions);
      expect(loadSets(new URL("missing/", url))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

// A seventh blind tuning set (2026-12-06, French, Romanian and Turkish only, 55 questions each):
// 97.0 % right first before anyone tuned on it (fr 98.2, ro 94.5, tr 98.2), confident answers
// 98.9 % right, near-domain answered confidently 0/24; 100 % after the fifth round (all three
// languages); printed, not gated.
describe("FAQ evaluation: seventh tuning set", () => {
  const set = tuning7 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 7", set, report);

  it("names real entries, covers French, Romanian and Turkish and has near-domain negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    for (const l of ["fr", "ro", "tr"] as const)
      expect(report.rows[l].questions, l).toBeGreaterThanOrEqual(40);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(20);
  });
});

// An eighth blind tuning set (2026-12-06, 81 German and 27 English questions): 96.3 % right first
// before anyone tuned on it (de 95.1, en 100), confident answers 100 % right, near-domain
// answered confidently 0/16; after the sixth round the same right first, German answered
// confidently 38 % -> 52 % (all right); 98.1 % after the seventh round (de 97.5), German confident
// 57 %; printed, not gated.
describe("FAQ evaluation: eighth tuning set", () => {
  const set = tuning8 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 8", set, report);

  it("names real entries, covers German and English and has near-domain negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    expect(report.rows.de.questions).toBeGreaterThanOrEqual(80);
    expect(report.rows.en.questions).toBeGreaterThanOrEqual(27);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(15);
  });
});

// A ninth blind tuning set (2026-12-06, 90 German and 90 Spanish questions, 30 negatives):
// 90.0 % right first before anyone tuned on it (de 90.0, es 90.0), confident answers 100 % right,
// near-domain answered confidently 0/20; 97.2 % after the seventh round (de 95.6, es 98.9),
// confident 49.4 % -> 57.8 % (all right), near-domain 0/20; printed, not gated.
describe("FAQ evaluation: ninth tuning set", () => {
  const set = tuning9 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 9", set, report);

  it("names real entries, covers German and Spanish and has near-domain negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    expect(report.rows.de.questions).toBeGreaterThanOrEqual(90);
    expect(report.rows.es.questions).toBeGreaterThanOrEqual(90);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(20);
  });
});

// Short chat messages (1–6 words: "price?", "code geht nicht", "ekran 0000 gosteriyor"), written
// blind on 2026-12-08. Before anyone tuned on it: 99.2 % right first, confident 65.4 % (all right),
// near-domain answered confidently 4/30 — all four about the car's battery alone, answered as
// "the radio asks for a code after a battery change"; that entry now needs a word for the radio
// or its code to be answered outright (`confidentOnlyWith`): 0/30.
describe("FAQ evaluation: tenth tuning set (short messages)", () => {
  const set = tuning10 as unknown as EvalSet;
  const report = evaluate(matcher, set);
  print("tuning set 10", set, report);

  it("names real entries, covers every language with short messages and has negatives", () => {
    for (const { expected } of set.questions) expect(matcher.get(expected), expected).toBeDefined();
    for (const l of LOCALES) expect(report.rows[l].questions, l).toBeGreaterThanOrEqual(40);
    for (const { q } of set.questions) expect(q.split(/\s+/).length, q).toBeLessThanOrEqual(6);
    expect(report.negatives["near-domain"].total).toBeGreaterThanOrEqual(30);
  });

  it("right entry first ≥ 98 %, confident answers all right, no negative answered confidently", () => {
    expect(pct(report.all.first, report.all.questions)).toBeGreaterThanOrEqual(98);
    expect(report.all.confidentRight).toBe(report.all.confident);
    expect(report.negatives["near-domain"].confident + report.negatives["off-topic"].confident).toBe(0);
  });
});

const heldout = loadSets(HELDOUT);
if (heldout.length === 0)
  console.log("FAQ held-out sets missing (test/faq/heldout/*.json): their gates are skipped");

describe.skipIf(heldout.length === 0)("FAQ evaluation: held-out sets (gates)", () => {
  // Each file is printed on its own when there are several, then all of them together: the
  // gates apply to the whole.
  if (heldout.length > 1) {
    for (const { name, set } of heldout) print(`held-out ${name}`, set, evaluate(matcher, set));
  }
  const set = combine(heldout.map((h) => h.set));
  const report = evaluate(matcher, set);
  if (heldout.length > 0) print(`held-out (${heldout.map((h) => h.name).join(" + ")})`, set, report);

  // A held-out question the code or the knowledge base already contains measures nothing: none
  // may appear (case, punctuation and spacing aside) in any file under src/ or commands/.
  it("no held-out question appears in src/ or commands/", () => {
    const texts = [...set.questions, ...set.negatives].map((q) => q.q);
    expect(foundInCode(texts), "held-out questions found in src/ or commands/").toBe(0);
  });

  it("has at least 40 questions per language and 60 negatives", () => {
    for (const l of LOCALES) expect(report.rows[l].questions, l).toBeGreaterThanOrEqual(40);
    expect(set.negatives.length).toBeGreaterThanOrEqual(60);
  });

  // Issue #13's gate: ≥ 95 % per language over all held-out files — met since 2026-12-06 19:10 UTC
  // (all nine files; see the end of this comment). History:
  // questions.json (written blind 2026-12-04), questions-2.json (2026-12-05, from the topic titles
  // only), questions-3.json and questions-4.json (the held-out halves of blind sets written
  // 2026-12-05 and 2026-12-06; their other halves are tuning sets 3 and 4), questions-5.json
  // (French and Turkish only, written blind 2026-12-06 and held out whole). On 2026-12-06 the 55
  // held-out questions that a file under src/ or commands/ contains (all knowledge-base phrasings
  // or titles written before the sets) were removed from the files: they measure nothing (the
  // test above keeps it so). Then all five files together: 94.3 %, from 91.0 % (Turkish) to 96.5 %
  // (Romanian). questions-6.json (all six languages, written blind 2026-12-06 by two helpers after
  // that day's second tuning round; three questions a knowledge-base phrasing of 5 Dec contains
  // removed first), measured once after the third round: 95.3 % alone; all six files 95.0 %, from
  // 92.9 % (Turkish) to 96.4 % (Romanian), French 94.5 %. After a fourth round (Spanish, French,
  // Turkish; tuned on tuning sets 1-6 only) all six files once more: 95.1 % (en 95.8, fr 94.5,
  // de 95.8, es 96.1, ro 94.8, tr 93.9); Romanian lost 4 questions. questions-7.json (all six
  // languages, 297 questions and 90 negatives, written blind 2026-12-06 by two helpers before the
  // fifth round; three questions a file under src/ contained removed before its first run): 95.3 %
  // alone at its first run (German 87.8 %); all seven files 95.1 % (en 96.6, fr 94.9, de 94.4,
  // es 95.7, ro 94.7, tr 94.4). After a fifth round (Romanian, French, Turkish; tuned on tuning
  // sets 1-7 only): questions-7 alone 96.3 %; all seven files 95.6 % (en 96.9, fr 95.2, de 94.4,
  // es 96.7, ro 95.0, tr 95.3); after a sixth round (German; tuned on tuning sets 1-8 only) the
  // same. questions-8.json (all six languages, 299 questions and 72 negatives, written blind
  // 2026-12-06 by two helpers during the sixth round; one question a file under src/ contained
  // removed before its first run), measured once after it: 92.3 % alone (en 94, fr 94, de 90,
  // es 84, ro 96, tr 95.9), confident right 99.3 %, near-domain 0/60 — a fresh set still falls
  // short of the target. All eight files: 95.1 % (en 96.5, fr 95.1, de 93.8, es 94.9, ro 95.2,
  // tr 95.4). Each language has a regression floor one question below that run,
  // and the gap to the target is printed on every run. When a file is added, measure once and set
  // them again.
  const TARGET = 95;
  // questions-9.json (all six languages, 300 questions and 72 negatives, written blind 2026-12-06
  // 18:05–18:20 UTC by two helpers during the seventh round, German and Spanish, tuned on tuning
  // sets 1–9 only; kept outside the repository until measured once after that round; three
  // questions a knowledge-base title or phrasing of before the set contains removed after its
  // first run): 96.6 % alone (en 92.0, fr 95.9, de 95.9, es 98.0, ro 98.0, tr 100), confident right
  // 98.7 %, near-domain 0/52. All nine files: 95.7 % — en 95.6 (373/390), fr 95.2 (433/455),
  // de 95.3 (367/385), es 96.5 (391/405), ro 95.5 (383/401), tr 95.9 (439/458); confident right
  // 99.6 %, near-domain 2/513. Every language now gates at the target itself (French is one
  // question above it). When a file is added, measure once; a language below the target fails.

  it.each(LOCALES)(`%s: the right entry comes first in at least ${TARGET} percent`, (l) => {
    const r = report.rows[l];
    const got = pct(r.first, r.questions);
    if (got < TARGET)
      console.log(
        `FAQ held-out ${l}: right first ${got.toFixed(1)} % — ${(TARGET - got).toFixed(1)} below the ${TARGET} % target`,
      );
    expect(got).toBeGreaterThanOrEqual(TARGET);
  });

  // Target ≥ 98 %: met since 2026-12-04 (99.4 %; 97.3 % before; 99.7 % over all five files on 2026-12-06).
  it("confident answers are right ≥ 98 %", () => {
    const got = pct(report.all.confidentRight, report.all.confident);
    if (got < 98) console.log(`FAQ held-out: confident right ${got.toFixed(1)} % — below the 98 % target`);
    expect(got).toBeGreaterThanOrEqual(98);
  });

  it("near-domain questions are answered confidently ≤ 2 % of the time", () => {
    const n = report.negatives["near-domain"];
    expect(pct(n.confident, n.total)).toBeLessThanOrEqual(2);
  });
});
