/**
 * Measures `readWrongCount` on sets of messages written blind (default: the held-out sets, never
 * tuned on): right count, unclear (the bot asks), another count; for messages that state none, a
 * count read or unclear. Prints aggregates only.
 *
 *   npx tsx test/core/eval-wrong-count.ts [--asked] [file.json …]   (files in test/core/)
 *
 * `--asked`: read as replies to the bot's "how many wrong codes?" (`readWrongCount`'s `asked`),
 * per language too; the sets for it are `count-replies-*.json`.
 */
import { readFileSync } from "node:fs";
import { readWrongCount } from "../../src/core/wrong-count.js";

interface Item {
  readonly text: string;
  readonly locale: string;
  readonly count: number | null;
}

const asked = process.argv.includes("--asked");
const files = process.argv.slice(2).filter((a) => a !== "--asked");
const defaults = asked
  ? ["count-replies-heldout.json"]
  : ["wrong-count-heldout.json", "wrong-count-heldout-2.json"];
for (const file of files.length > 0 ? files : defaults) {
  const all = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as readonly Item[];
  const locales = asked ? ["", ...new Set(all.map((i) => i.locale))] : [""];
  for (const locale of locales)
    report(
      locale === "" ? file : `  ${locale}`,
      all.filter((i) => locale === "" || i.locale === locale),
    );
}

function report(name: string, items: readonly Item[]): void {
  const read = (text: string) => {
    const r = readWrongCount(text, { asked });
    return r === undefined ? null : r.kind === "count" ? r.count : "unclear";
  };
  const positives = items.filter((i) => i.count !== null);
  const negatives = items.filter((i) => i.count === null);
  const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)} %)`;
  const right = positives.filter((i) => read(i.text) === i.count).length;
  const unclear = positives.filter((i) => read(i.text) === "unclear").length;
  const other = positives.filter((i) => typeof read(i.text) === "number" && read(i.text) !== i.count).length;
  const invented = negatives.filter((i) => typeof read(i.text) === "number").length;
  const unsure = negatives.filter((i) => read(i.text) === "unclear").length;
  console.log(
    `${name}: with a count: right ${pct(right, positives.length)}, unclear ${pct(unclear, positives.length)}, ` +
      `another ${pct(other, positives.length)}; without: a count read ${pct(invented, negatives.length)}, ` +
      `unclear ${pct(unsure, negatives.length)}`,
  );
}
