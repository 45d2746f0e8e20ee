/**
 * Discord throughput and CPU per interaction: N slash commands (/dokker with a pre-code), each
 * from a different user, as INTERACTION_CREATE through the fake gateway, 16 in flight; CPU is the
 * bot process's utime + stime (/proc) over the timed part; latency from the dispatch to the fake receiving the interaction
 * callback. Our bot against a bare discord.js client replying a fixed string, same fake, same run;
 * and (a report row) against a bare one answering with our embed, buttons and picture.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { faceplatePng } from "../src/images/faceplate-png.js";
import { createFakeDiscord } from "../test/fakes/discord/index.js";
import { freePort } from "../test/support/net.js";
import { OURS_ENTRY, startProc } from "./lib/child.js";
import { DISCORD_TOKEN, tempSqlite } from "./lib/fixtures.js";
import { closedLoop, type RunResult, round, Waiters } from "./lib/measure.js";

export interface DiscordRun extends RunResult {
  readonly startupMs: number;
  readonly rssAfterMiB: number;
  /** Bot process CPU (utime + stime) over the timed interactions, per interaction. */
  readonly cpuPerInteractionMs: number;
}

/** 16 in flight: enough to keep the bot busy, and far from Discord's 3-second answer deadline. */
const CONCURRENCY = 16;
/** Untimed first interactions per run: JIT (bot and the in-process fake) and caches settle. */
const WARMUP = 500;
const PRECODES = ["A123", "V284", "B456", "D789", "E321"];
const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;

/** Ours, the bare bot with a fixed string, or the bare bot answering with our embed, buttons and picture. */
export type DiscordKind = "ours" | "baseline" | "delivering";

/** Our faceplate for A123's code, written once for the delivering baseline to send. */
function baselinePicture(): string {
  const path = join(mkdtempSync(join(tmpdir(), "dokker-bench-")), "radio-code-0086.png");
  writeFileSync(path, faceplatePng("radio-cd", "0086", { confirm: "Hold" }));
  return path;
}

export async function runDiscord(kind: DiscordKind, total: number): Promise<DiscordRun> {
  const fake = await createFakeDiscord({ token: DISCORD_TOKEN, heartbeatIntervalMs: 30_000 });
  const seen = new Waiters<string>();
  // The fake records each REST request synchronously on arrival: observe the callbacks there, and
  // keep the log short (a long benchmark would otherwise hold every request in memory).
  const push = fake.requests.push.bind(fake.requests);
  fake.requests.push = (...records) => {
    for (const r of records) {
      const id = r.method === "POST" ? CALLBACK.exec(r.path)?.[1] : undefined;
      if (id) seen.fire(id);
    }
    if (fake.requests.length > 2000) fake.requests.splice(0, 1000);
    return push(...records);
  };
  const env = {
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API: fake.api,
    HTTP_HOST: "127.0.0.1",
    HTTP_PORT: String(await freePort()),
  };
  const proc =
    kind === "ours"
      ? await startProc(
          OURS_ENTRY,
          { ...env, DATABASE_URL: tempSqlite(), CONSOLE: "off", LOG_LEVEL: "info" },
          '"msg":"started"',
        )
      : kind === "baseline"
        ? await startProc("bench/baselines/discordjs-bare.ts", env, "ready")
        : await startProc(
            "bench/baselines/discordjs-delivering.ts",
            { ...env, BASELINE_PICTURE: baselinePicture() },
            "ready",
          );
  try {
    const one = async (i: number): Promise<number> => {
      const t0 = performance.now();
      const { id } = fake.slashCommand({
        name: "dokker",
        options: { precode: PRECODES[i % PRECODES.length] ?? "A123" },
        // Every interaction from its own user (first-time users, like the Telegram burst).
        user: { id: String(100_000_000_000_000_000n + BigInt(i)) },
      });
      return (await seen.wait(id)) - t0;
    };
    await closedLoop(WARMUP, CONCURRENCY, one);
    const cpu0 = proc.cpuMs();
    const result = await closedLoop(total, CONCURRENCY, (i) => one(WARMUP + i));
    const cpuPerInteractionMs = round((proc.cpuMs() - cpu0) / total, 3);
    return {
      ...result,
      cpuPerInteractionMs,
      startupMs: round(proc.readyMs, 0),
      rssAfterMiB: round(proc.rssMiB(), 1),
    };
  } finally {
    await proc.stop();
    await fake.close();
  }
}
