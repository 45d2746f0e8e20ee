/**
 * Write a set of synthetic label photos plus their truth.
 *
 *   npx tsx test/labels/write-set.ts <outdir> <fromSeed> <count>
 *
 * Produces <outdir>/<seed>.jpg and <outdir>/truth.json ([{ file, truth, layout }]).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateLabel } from "./generate.js";

async function main(): Promise<void> {
  const [outdir, fromArg, countArg] = process.argv.slice(2);
  const from = Number(fromArg);
  const count = Number(countArg);
  if (!outdir || !Number.isInteger(from) || !Number.isInteger(count) || count < 0) {
    console.error("usage: npx tsx test/labels/write-set.ts <outdir> <fromSeed> <count>");
    process.exit(2);
  }
  await mkdir(outdir, { recursive: true });
  const truth: { file: string; truth: string | null; layout: string }[] = [];
  const t0 = Date.now();
  for (let seed = from; seed < from + count; seed++) {
    const g = await generateLabel(seed);
    const file = `${seed}.jpg`;
    await writeFile(path.join(outdir, file), g.jpeg);
    truth.push({ file, truth: g.truth, layout: g.layout });
  }
  await writeFile(path.join(outdir, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
  const ms = Date.now() - t0;
  const nulls = truth.filter((t) => t.truth === null).length;
  console.log(
    `wrote ${count} images to ${outdir} (${nulls} null-truth) in ${(ms / 1000).toFixed(1)}s, ${count ? Math.round(ms / count) : 0} ms/image`,
  );
}

await main();
