/**
 * `npm start` as a newcomer runs it (issue #10, item 7): no tokens, so the terminal chat on a fresh
 * SQLite file. Measured: ms from spawning `npm start` to the first answer (a pre-code sent at
 * once), the whole process group's RSS right after that answer and after `idleSeconds` idle, and
 * what SIGTERM to npm does (the bot must exit 0 and leave no process behind).
 * The one-time build (`bin/build-if-stale.mjs`, npm's prestart) runs first and is not timed.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./lib/child.js";

export interface NpmStartRun {
  readonly firstAnswerMs: number;
  readonly groupRssAtAnswerMiB: number;
  readonly groupRssIdleMiB: number;
  readonly npmRssIdleMiB: number;
  readonly botRssIdleMiB: number;
  readonly sigtermExitCode: number;
  readonly sigtermMs: number;
  readonly leftBehind: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;

/** pid → RSS in KiB of every live process in process group `pgid`. */
function group(pgid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // fields[2] is the pgrp
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, "utf8"));
      out.set(Number(name), Number(rss?.[1] ?? 0));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);

export async function runNpmStart(idleSeconds = 20): Promise<NpmStartRun> {
  execFileSync(process.execPath, [join(ROOT, "bin", "build-if-stale.mjs")], { cwd: ROOT, stdio: "inherit" });
  const db = join(mkdtempSync(join(tmpdir(), "bench-start-")), "bot.db");
  const began = performance.now();
  // detached: npm leads a process group of its own, as in a terminal or under a supervisor.
  const npm = spawn("npm", ["start", "--silent"], {
    cwd: ROOT,
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", DATABASE_URL: `sqlite:${db}` },
  });
  const pgid = npm.pid ?? 0;
  let out = "";
  npm.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  npm.stderr?.resume();
  npm.stdin?.write("/dokker a123\n"); // stdin stays open: the chat waits for more
  const deadline = Date.now() + 60_000;
  while (!out.includes("0086")) {
    if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`npm start: no answer\n${out}`);
    await sleep(5);
  }
  const firstAnswerMs = Math.round(performance.now() - began);
  const atAnswer = sum(group(pgid));
  await sleep(idleSeconds * 1000);
  const idle = group(pgid);
  const npmRss = idle.get(pgid) ?? 0;
  const exited = new Promise<number>((r) => npm.once("exit", (code) => r(code ?? -1)));
  const stopAt = performance.now();
  process.kill(pgid, "SIGTERM"); // to npm only, as a supervisor stopping `npm start` does
  const code = await Promise.race([exited, sleep(15_000).then(() => -2)]);
  const sigtermMs = Math.round(performance.now() - stopAt);
  await sleep(300);
  const left = group(pgid);
  for (const pid of left.keys()) process.kill(pid, "SIGKILL");
  return {
    firstAnswerMs,
    groupRssAtAnswerMiB: mib(atAnswer),
    groupRssIdleMiB: mib(sum(idle)),
    npmRssIdleMiB: mib(npmRss),
    botRssIdleMiB: mib(sum(idle) - npmRss),
    sigtermExitCode: code,
    sigtermMs,
    leftBehind: left.size,
  };
}
