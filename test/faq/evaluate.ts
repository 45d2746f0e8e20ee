/**
 * Runs the matcher over an evaluation set and counts, per language: the right entry first
 * (confident, or the first "Did you mean" button), confident answers, confident and right; and
 * for negatives how many got a confident answer. Only aggregates leave this module (and which
 * entries were confused, by id), so a held-out set can be measured without being read.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { FaqMatcher } from "../../src/core/faq/matcher.js";
import { LOCALES, type Locale } from "../../src/core/i18n/locales.js";

export interface EvalQuestion {
  readonly lang: Locale;
  readonly q: string;
  readonly expected: string;
}

export interface EvalNegative {
  readonly lang: Locale;
  readonly q: string;
  readonly kind: "near-domain" | "off-topic";
}

export interface EvalSet {
  readonly questions: readonly EvalQuestion[];
  readonly negatives: readonly EvalNegative[];
}

export interface Row {
  questions: number;
  first: number;
  confident: number;
  confidentRight: number;
}

export interface Report {
  readonly rows: Record<Locale, Row>;
  readonly all: Row;
  readonly negatives: Record<EvalNegative["kind"], { total: number; confident: number }>;
  /** "expected → got" pairs of entry ids with counts, for wrong first answers. */
  readonly confusions: ReadonlyMap<string, number>;
}

/** Every `*.json` set in `dir` (a URL ending in "/"), by name; none when the folder is missing. */
export function loadSets(dir: URL): { readonly name: string; readonly set: EvalSet }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort() // "questions" before "questions-2"
    .map((f) => `${f}.json`)
    .map((name) => ({ name, set: JSON.parse(readFileSync(new URL(name, dir), "utf8")) as EvalSet }));
}

/** One set made of several (their questions and negatives one after the other). */
export function combine(sets: readonly EvalSet[]): EvalSet {
  return { questions: sets.flatMap((s) => s.questions), negatives: sets.flatMap((s) => s.negatives) };
}

export function evaluate(matcher: FaqMatcher, set: EvalSet): Report {
  const blank = (): Row => ({ questions: 0, first: 0, confident: 0, confidentRight: 0 });
  const rows = Object.fromEntries(LOCALES.map((l) => [l, blank()])) as Record<Locale, Row>;
  const all = blank();
  const confusions = new Map<string, number>();
  for (const { lang, q, expected } of set.questions) {
    const m = matcher.match(q);
    const first = m.best?.id ?? m.suggestions[0]?.id;
    const right = m.level !== "none" && first === expected;
    for (const row of [rows[lang], all]) {
      row.questions++;
      if (right) row.first++;
      if (m.level === "confident") {
        row.confident++;
        if (right) row.confidentRight++;
      }
    }
    if (!right) {
      const key = `${expected} → ${m.level === "none" ? "(none)" : first}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
  }
  const negatives = { "near-domain": { total: 0, confident: 0 }, "off-topic": { total: 0, confident: 0 } };
  for (const n of set.negatives) {
    const m = matcher.match(n.q);
    negatives[n.kind].total++;
    if (m.level === "confident") negatives[n.kind].confident++;
  }
  return { rows, all, negatives, confusions };
}

export const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

export function table(report: Report): Record<string, Record<string, number>> {
  const line = (r: Row) => ({
    questions: r.questions,
    "right first %": pct(r.first, r.questions),
    "confident %": pct(r.confident, r.questions),
    "confident right %": pct(r.confidentRight, r.confident),
  });
  return {
    ...Object.fromEntries(LOCALES.map((l) => [l, line(report.rows[l])])),
    all: line(report.all),
  };
}

/**
 * How many of `texts` a file under src/ or commands/ contains (case, punctuation and spacing
 * aside): a held-out message the code or the knowledge base already holds measures nothing.
 */
export function foundInCode(texts: readonly string[]): number {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s/_]/gu, "")
      .replace(/\s+/g, " ")
      .trim();
  const files = (dir: URL): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(new URL(`${e.name}/`, dir))
        : [norm(readFileSync(new URL(e.name, dir), "utf8"))],
    );
  const code = [
    ...files(new URL("../../src/", import.meta.url)),
    ...files(new URL("../../commands/", import.meta.url)),
  ].join("\n");
  return texts.filter((t) => code.includes(norm(t))).length;
}
