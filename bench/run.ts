/**
 * `npm run bench` (issue #7): every figure is a ratio of our bot to a bare-framework bot measured
 * in the same run, against the same fakes, on the same machine. Prints a table and writes
 * bench/results/latest.json: one object per benchmark `{ name, measured, baseline, ratio, goal }`.
 * Not part of `npm test`. BENCH_SCALE=0.1 runs a tenth of the load (quick check).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { runDiscord } from "./discord.js";
import { OURS_ENTRY, ROOT } from "./lib/child.js";
import { round } from "./lib/measure.js";
import { runTelegramLimits } from "./telegram-limits.js";
import { runTelegramWebhook } from "./telegram-webhook.js";

interface Entry {
  name: string;
  measured: Record<string, number>;
  baseline: Record<string, number>;
  /** ours ÷ baseline of the headline figure (see `ratioOf`). */
  ratio: number;
  ratioOf: string;
  goal: string;
  met: boolean | null;
}

const scale = Number(process.env.BENCH_SCALE ?? "1");
const TG_UPDATES = Math.round(20_000 * scale);
const DISCORD_INTERACTIONS = Math.round(10_000 * scale);

/** How each side is started (also written to run-info.json). */
const HOW = {
  ours: `node ${OURS_ENTRY} (compiled by \`npm run build\`, as the Dockerfile runs it)`,
  baseline: "node --import tsx bench/baselines/*.ts (one small file; the frameworks are plain JS)",
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

  log(`telegram webhook: ${TG_UPDATES} updates, ours then baseline…`);
  const tgOurs = await runTelegramWebhook("ours", TG_UPDATES);
  const tgBase = await runTelegramWebhook("baseline", TG_UPDATES);
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

  log(`discord: ${DISCORD_INTERACTIONS} interactions, ours then baseline…`);
  const dcOurs = await runDiscord("ours", DISCORD_INTERACTIONS);
  const dcBase = await runDiscord("baseline", DISCORD_INTERACTIONS);
  const dcRatio = round(dcOurs.perSecond / dcBase.perSecond, 3);
  entries.push({
    name: "discord-interactions",
    measured: pick(dcOurs, ["count", "perSecond", "p50Ms", "p99Ms"]),
    baseline: pick(dcBase, ["count", "perSecond", "p50Ms", "p99Ms"]),
    ratio: dcRatio,
    ratioOf: "interactions/s",
    goal: "≥ 0.9",
    met: dcRatio >= 0.9,
  });

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

  const startupRatio = round(tgOurs.startupMs / tgBase.startupMs, 2);
  entries.push({
    name: "startup-telegram",
    measured: { startupMs: tgOurs.startupMs },
    baseline: { startupMs: tgBase.startupMs },
    ratio: startupRatio,
    ratioOf: "ms to ready (lower is better; ours compiled, baseline under tsx)",
    goal: "report",
    met: null,
  });
  entries.push({
    name: "startup-discord",
    measured: { startupMs: dcOurs.startupMs },
    baseline: { startupMs: dcBase.startupMs },
    ratio: round(dcOurs.startupMs / dcBase.startupMs, 2),
    ratioOf: "ms to ready (lower is better; ours compiled, baseline under tsx)",
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
    writeFileSync(`${ROOT}bench/results/latest.json`, `${JSON.stringify(entries, null, 2)}\n`);
    writeFileSync(
      `${ROOT}bench/results/run-info.json`,
      `${JSON.stringify({ ...out, benchmarks: undefined }, null, 2)}\n`,
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
