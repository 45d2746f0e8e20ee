/**
 * `npm run bench` (issue #7): every figure is a ratio of our bot to a bare-framework bot measured
 * in the same run, against the same fakes, on the same machine. Prints a table and writes
 * bench/results/latest.json: one object per benchmark `{ name, measured, baseline, ratio, goal }`.
 * Not part of `npm test`. BENCH_SCALE=0.1 runs a tenth of the load (quick check).
 * `--only discord` (or telegram, limits; comma-separated) runs just those groups and replaces only
 * their rows in latest.json. The Discord figures are the median of BENCH_REPEAT (default 3) runs
 * per side, interleaved ours/baseline so drift on a shared machine hits both sides alike.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { type DiscordRun, runDiscord } from "./discord.js";
import { OURS_ENTRY, ROOT } from "./lib/child.js";
import { round } from "./lib/measure.js";
import { runTelegramLimits } from "./telegram-limits.js";
import { runTelegramWebhook } from "./telegram-webhook.js";

interface Entry {
  name: string;
  measured: Record<string, number>;
  baseline: Record<string, number>;
  /** Each run's headline figure, when the entry is a median of several runs. */
  runs?: { ours: number[]; baseline: number[] };
  /** ours ÷ baseline of the headline figure (see `ratioOf`). */
  ratio: number;
  ratioOf: string;
  goal: string;
  met: boolean | null;
}

const scale = Number(process.env.BENCH_SCALE ?? "1");
const TG_UPDATES = Math.round(20_000 * scale);
const DISCORD_INTERACTIONS = Math.round(10_000 * scale);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? "3"));
const GROUPS = ["telegram", "discord", "limits"] as const;
type Group = (typeof GROUPS)[number];

function selectedGroups(argv: readonly string[]): ReadonlySet<Group> {
  const i = argv.indexOf("--only");
  if (i === -1) return new Set(GROUPS);
  const wanted = (argv[i + 1] ?? "").split(",").filter(Boolean);
  const bad = wanted.filter((w) => !(GROUPS as readonly string[]).includes(w));
  if (wanted.length === 0 || bad.length > 0) throw new Error(`--only takes ${GROUPS.join(",")}`);
  return new Set(wanted as Group[]);
}

/** Median of each numeric field over the runs (runs are independent; so are the medians). */
function medianOf<T extends object>(runs: readonly T[], keys: (keyof T & string)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) {
    const values = runs.map((r) => Number(r[k])).sort((a, b) => a - b);
    const mid = Math.floor(values.length / 2);
    out[k] =
      values.length % 2 ? (values[mid] ?? 0) : round(((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2, 2);
  }
  return out;
}

/** How each side is started (also written to run-info.json). */
const HOW = {
  ours: `node ${OURS_ENTRY} (compiled by \`npm run build\`, as the Dockerfile runs it)`,
  baseline:
    "node dist/bench-baselines/*.mjs (bench/baselines/*.ts, types stripped; the frameworks are plain JS)",
};

async function main(): Promise<void> {
  const began = performance.now();
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const entries: Entry[] = [];

  log("building our bot (npm run build)…");
  execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });

  const groups = selectedGroups(process.argv.slice(2));
  let tgOurs: Awaited<ReturnType<typeof runTelegramWebhook>> | undefined;
  let tgBase: typeof tgOurs;
  if (groups.has("telegram")) {
    log(`telegram webhook: ${TG_UPDATES} updates, ours then baseline…`);
    tgOurs = await runTelegramWebhook("ours", TG_UPDATES);
    tgBase = await runTelegramWebhook("baseline", TG_UPDATES);
    const tgRatio = round(tgOurs.perSecond / tgBase.perSecond, 3);
    entries.push({
      name: "telegram-webhook",
      measured: pick(tgOurs, ["count", "perSecond", "p50Ms", "p99Ms", "errors"]),
      baseline: pick(tgBase, ["count", "perSecond", "p50Ms", "p99Ms", "errors"]),
      ratio: tgRatio,
      ratioOf: "updates/s",
      goal: "≥ 0.9",
      met: tgRatio >= 0.9,
    });
  }

  if (groups.has("discord")) {
    log(`discord: ${DISCORD_INTERACTIONS} interactions × ${REPEAT} runs per side, interleaved…`);
    const oursRuns: DiscordRun[] = [];
    const baseRuns: DiscordRun[] = [];
    for (let r = 0; r < REPEAT; r += 1) {
      // Alternate which side goes first, so neither always runs on a "fresher" machine.
      const order = r % 2 === 0 ? (["ours", "baseline"] as const) : (["baseline", "ours"] as const);
      for (const kind of order) {
        const run = await runDiscord(kind, DISCORD_INTERACTIONS);
        (kind === "ours" ? oursRuns : baseRuns).push(run);
        log(`  ${kind}: ${run.perSecond}/s p50 ${run.p50Ms} ms p99 ${run.p99Ms} ms`);
      }
    }
    const keys: (keyof DiscordRun & string)[] = ["count", "perSecond", "p50Ms", "p99Ms", "startupMs"];
    const dcOurs = medianOf(oursRuns, keys);
    const dcBase = medianOf(baseRuns, keys);
    const dcRatio = round((dcOurs.perSecond ?? 0) / (dcBase.perSecond ?? 1), 3);
    const { startupMs: oursStartup, ...oursFigures } = dcOurs;
    const { startupMs: baseStartup, ...baseFigures } = dcBase;
    entries.push({
      name: "discord-interactions",
      measured: oursFigures,
      baseline: baseFigures,
      runs: { ours: oursRuns.map((r) => r.perSecond), baseline: baseRuns.map((r) => r.perSecond) },
      ratio: dcRatio,
      ratioOf: "interactions/s",
      goal: "≥ 0.9",
      met: dcRatio >= 0.9,
    });
    entries.push({
      name: "startup-discord",
      measured: { startupMs: oursStartup ?? 0 },
      baseline: { startupMs: baseStartup ?? 0 },
      ratio: round((oursStartup ?? 0) / (baseStartup ?? 1), 2),
      ratioOf: "ms to ready (lower is better; both plain node)",
      goal: "report",
      met: null,
    });
  }

  if (groups.has("limits")) {
    log("telegram under limits: 300 chats × 2 messages, ours then baseline…");
    const limOurs = await runTelegramLimits("ours");
    const limBase = await runTelegramLimits("baseline");
    entries.push({
      name: "telegram-under-limits",
      measured: { ...limOurs },
      baseline: { ...limBase },
      ratio: limOurs.rateRatio,
      ratioOf: "achieved send rate ÷ allowed rate (30/s)",
      goal: "≥ 0.95 and 0 lost",
      met: limOurs.rateRatio >= 0.95 && limOurs.lost === 0,
    });
  }

  if (tgOurs && tgBase) {
    const startupRatio = round(tgOurs.startupMs / tgBase.startupMs, 2);
    entries.push({
      name: "startup-telegram",
      measured: { startupMs: tgOurs.startupMs },
      baseline: { startupMs: tgBase.startupMs },
      ratio: startupRatio,
      ratioOf: "ms to ready (lower is better; both plain node)",
      goal: "report",
      met: null,
    });
    entries.push({
      name: "rss-telegram",
      measured: { idleMiB: tgOurs.rssIdleMiB, after20kMiB: tgOurs.rssAfterMiB },
      baseline: { idleMiB: tgBase.rssIdleMiB, after20kMiB: tgBase.rssAfterMiB },
      ratio: round(tgOurs.rssAfterMiB / tgBase.rssAfterMiB, 2),
      ratioOf: `RSS after ${TG_UPDATES} updates (lower is better)`,
      goal: "report",
      met: null,
    });
  }

  const seconds = round((performance.now() - began) / 1000, 1);
  printTable(entries);
  log(`total ${seconds} s on ${cpus().length} cores`);
  const out = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    scale,
    totalSeconds: seconds,
    started: HOW,
    benchmarks: entries,
  };
  if (scale === 1) {
    mkdirSync(`${ROOT}bench/results`, { recursive: true });
    const path = `${ROOT}bench/results/latest.json`;
    const all = groups.size === GROUPS.length;
    // A partial run (--only) replaces its own rows and keeps the others from the last full run.
    const previous: Entry[] =
      all || !existsSync(path) ? [] : (JSON.parse(readFileSync(path, "utf8")) as Entry[]);
    const fresh = new Map(entries.map((e) => [e.name, e]));
    const merged = previous.map((e) => fresh.get(e.name) ?? e);
    for (const e of entries) if (!previous.some((p) => p.name === e.name)) merged.push(e);
    writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
    writeFileSync(
      `${ROOT}bench/results/run-info.json`,
      `${JSON.stringify({ ...out, benchmarks: undefined, groups: [...groups], repeat: REPEAT }, null, 2)}\n`,
    );
  }
}

function pick<T extends object>(o: T, keys: (keyof T & string)[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, Number(o[k])]));
}

function fmt(r: Record<string, number>): string {
  return Object.entries(r)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
}

function printTable(entries: Entry[]): void {
  const rows = entries.map((e) => [
    e.name,
    fmt(e.measured),
    fmt(e.baseline),
    `${e.ratio} (${e.ratioOf})`,
    e.goal,
    e.met === null ? "-" : e.met ? "yes" : "NO",
  ]);
  const header = ["benchmark", "ours", "bare framework", "ratio", "goal", "met"];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
