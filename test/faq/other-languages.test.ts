/**
 * Messages in languages the bot does not speak, measured: each is read as "another language"
 * (the bot says which six it speaks and that the pre-code works in any), as one of the six (it
 * would be answered in that language, wrongly), or as undecided (answered in the user's
 * language). And no message of the six languages in the FAQ, follow-up and wrong-count sets may
 * be read as another language: there, that reply would replace a right answer.
 * - `other-languages/tuning.json`, `tuning-2.json`: the word lists of src/core/faq/other-languages.ts
 *   were tuned on them (the second was the held-out set first, measured once, see its `about`);
 * - `other-languages/heldout.json`: written blind by a third writer, never read; aggregates only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/core/faq/detect-language.js";
import { foundInCode, pct } from "./evaluate.js";

interface Item {
  readonly lang: string;
  readonly q: string;
}

const load = (name: string): readonly Item[] =>
  (
    JSON.parse(readFileSync(new URL(`./other-languages/${name}`, import.meta.url), "utf8")) as {
      items: Item[];
    }
  ).items;

function measure(items: readonly Item[]) {
  let other = 0;
  let asOneOfSix = 0;
  for (const { q } of items) {
    const d = detectLanguage(q);
    if (d.other) other++;
    else if (d.locale) asOneOfSix++;
  }
  return { n: items.length, other, asOneOfSix };
}

function print(name: string, r: ReturnType<typeof measure>): void {
  console.log(
    `Other languages, ${name}: ${r.other}/${r.n} (${pct(r.other, r.n)} %) read as another language, ` +
      `${r.asOneOfSix} (${pct(r.asOneOfSix, r.n)} %) as one of the six, the rest undecided`,
  );
}

/** Every message of the six languages the tests hold (FAQ, follow-up and wrong-count sets, tuning and held-out). */
function sixLanguageMessages(): string[] {
  const json = (url: URL) => JSON.parse(readFileSync(url, "utf8")) as unknown;
  const texts: string[] = [];
  const collect = (data: unknown) => {
    const rows = Array.isArray(data)
      ? data
      : [
          ...((data as { questions?: unknown[] }).questions ?? []),
          ...((data as { negatives?: unknown[] }).negatives ?? []),
          ...((data as { items?: unknown[] }).items ?? []),
        ];
    for (const r of rows as { q?: string; text?: string }[]) texts.push(r.q ?? r.text ?? "");
  };
  const faq = new URL("./", import.meta.url);
  for (const f of readdirSync(faq).filter((f) => /^eval-questions.*\.json$/.test(f)))
    collect(json(new URL(f, faq)));
  for (const dir of ["heldout/", "follow-up/"]) {
    const url = new URL(dir, faq);
    for (const f of readdirSync(url).filter((f) => f.endsWith(".json"))) collect(json(new URL(f, url)));
  }
  const core = new URL("../core/", import.meta.url);
  for (const f of readdirSync(core).filter((f) => /^wrong-count-.*\.json$/.test(f)))
    collect(json(new URL(f, core)));
  return texts.filter((t) => t !== "");
}

describe("languages the bot does not speak", () => {
  it("no message of the six languages in the test sets is read as another language", () => {
    const texts = sixLanguageMessages();
    expect(texts.length).toBeGreaterThan(8000);
    const flagged = texts.filter((t) => detectLanguage(t).other !== undefined).length;
    console.log(
      `Other languages: ${flagged} of ${texts.length} messages of the six languages read as another`,
    );
    expect(flagged).toBe(0);
  });

  // 175/300 before the lists were tuned on it, 268/300 after (2026-12-08); 20 read as one of the six.
  it("tuning set: ≥ 85 % read as another language, ≤ 10 % as one of the six", () => {
    const r = measure(load("tuning.json"));
    print("tuning set", r);
    expect(pct(r.other, r.n)).toBeGreaterThanOrEqual(85);
    expect(pct(r.asOneOfSix, r.n)).toBeLessThanOrEqual(10);
  });

  // Written blind as the held-out set, measured once (179 → 220/300 and 49 → 35 as one of the six),
  // then tuned on as a second tuning set: 250/300, 26.
  it("second tuning set: ≥ 80 % read as another language, ≤ 10 % as one of the six", () => {
    const r = measure(load("tuning-2.json"));
    print("second tuning set", r);
    expect(pct(r.other, r.n)).toBeGreaterThanOrEqual(80);
    expect(pct(r.asOneOfSix, r.n)).toBeLessThanOrEqual(10);
  });

  // Held out (twelve languages, four of them never tuned for): first and only run after the
  // tuning, 2026-12-08: 152/240 (63.3 %) read as another language, 36 (15 %) as one of the six
  // (before this work: 0 and 57). Short of the 80 % / 10 % aimed for; these floors only keep
  // what was measured.
  it("held-out set: ≥ 63 % read as another language, ≤ 15 % as one of the six (regression floors)", () => {
    const r = measure(load("heldout.json"));
    print("held-out set", r);
    expect(pct(r.other, r.n)).toBeGreaterThanOrEqual(63);
    expect(pct(r.asOneOfSix, r.n)).toBeLessThanOrEqual(15);
  });

  it("no held-out message appears in src/ or commands/", () => {
    expect(foundInCode(load("heldout.json").map((i) => i.q))).toBe(0);
  });
});
