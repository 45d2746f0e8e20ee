/**
 * Measures `readWrongCount` on sets of messages written blind (default: the held-out sets, never
 * tuned on): right count, unclear (the bot asks), another count; for messages that state none, a
 * count read or unclear. Prints aggregates only.
 *
 *   npx tsx test/core/eval-wrong-count.ts [file.json …]   (files in test/core/)
 */
import { readFileSync } from "node:fs";
import { readWrongCount } from "../../src/core/wrong-count.js";

interface Item {
  readonly text: string;
  readonly locale: string;
  readonly count: number | null;
}

const files = process.argv.slice(2);
for (const file of files.length > 0 ? files : ["wrong-count-heldout.json", "wrong-count-heldout-2.json"]) {
  const items = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as readonly Item[];
  const read = (text: string) => {
    const r = readWrongCount(text);
    return r === undefined ? null : r.kind === "count" ? r.count : "unclear";
  };
  const positives = items.filter((i) => i.count !== null);
  const negatives = items.filter((i) => i.count === null);
  const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)} %)`;
  const right = positives.filter((i) => read(i.text) === i.count).length;
  const unclear = positives.filter((i) => read(i.text) === "unclear").length;
  const other = positives.filter((i) => typeof read(i.text) === "number" && read(i.text) !== i.count).length;
  const invented = negatives.filter((i) => typeof read(i.text) === "number").length;
  const asked = negatives.filter((i) => read(i.text) === "unclear").length;
  console.log(
    `${file}: with a count: right ${pct(right, positives.length)}, unclear ${pct(unclear, positives.length)}, ` +
      `another ${pct(other, positives.length)}; without: a count read ${pct(invented, negatives.length)}, ` +
      `unclear ${pct(asked, negatives.length)}`,
  );
}
