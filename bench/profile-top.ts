/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`, e.g. BENCH_NODE_ARGS="--cpu-prof
 * --cpu-prof-dir=/tmp/prof" npm run bench -- --only discord): the top functions by self time, and
 * self time per package / source folder. Usage: `npx tsx bench/profile-top.ts FILE [N]`.
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, n = "30"] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-top.ts FILE.cpuprofile [N]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
for (const [i, id] of profile.samples.entries()) {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function where(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith("node:")) return url;
  const own = /\/(dist\/[^/]+\/[^/]+|src\/[^/]+)/.exec(url)?.[1];
  return own ?? (url || "(native/vm)");
}

const fns = new Map<string, number>();
const groups = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const short = url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(dist|src)\//, "$1/");
  const key = `${functionName || "(anonymous)"} ${short}:${lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  groups.set(where(url), (groups.get(where(url)) ?? 0) + us);
}
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`total sampled ${(total / 1e6).toFixed(2)} s`);
console.log("\n-- top self time (functions)");
for (const [k, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(n)))
  console.log(`${pct(us)}  ${k}`);
console.log("\n-- self time by package / folder");
for (const [k, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${pct(us)}  ${k}`);
