/**
 * Child processes for the benchmarks. Our bot runs as in production (Dockerfile: the compiled
 * `node dist/src/main.js`; run.ts builds it first); the bare-framework baselines are single
 * files run with `node --import tsx` (tsx only transpiles that one file; telegraf and discord.js
 * are plain JavaScript already). A `.ts` entry runs under tsx, a `.js` entry directly.
 * Logs are scanned line by line as they arrive (never re-parsed), so a busy run costs the
 * harness little; stderr is always drained so the child never blocks on a full pipe.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export const ROOT = new URL("../../", import.meta.url).pathname;

/** Our bot, compiled (`npm run build`), the way production starts it. */
export const OURS_ENTRY = "dist/src/main.js";

export interface Proc {
  readonly child: ChildProcess;
  /** Milliseconds from spawn to the ready line. */
  readonly readyMs: number;
  /** Resident set size in MiB (VmRSS from /proc). */
  rssMiB(): number;
  /** Lines (raw) whose text contains `needle`. */
  count(needle: string): number;
  stop(): Promise<number | null>;
}

export async function startProc(
  entry: string,
  env: Record<string, string>,
  readyNeedle: string,
  timeoutMs = 30_000,
): Promise<Proc> {
  const started = performance.now();
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the children.
  const extra = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const loader = entry.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = spawn(process.execPath, [...extra, ...loader, entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const counts = new Map<string, number>();
  const watched = new Set<string>([readyNeedle]);
  let tail = "";
  let readyAt: number | undefined;
  let onReady: (() => void) | undefined;
  child.stderr?.on("data", (d: Buffer) => {
    const text = tail + d.toString();
    const lines = text.split("\n");
    tail = lines.pop() ?? "";
    for (const line of lines) {
      for (const needle of watched)
        if (line.includes(needle)) counts.set(needle, (counts.get(needle) ?? 0) + 1);
      if (readyAt === undefined && line.includes(readyNeedle)) {
        readyAt = performance.now();
        onReady?.();
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry}: not ready in ${timeoutMs} ms`)), timeoutMs);
    onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    void exited.then((code) => reject(new Error(`${entry} exited early (${code})`)));
  });
  return {
    child,
    readyMs: (readyAt ?? performance.now()) - started,
    rssMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    count(needle) {
      watched.add(needle);
      return counts.get(needle) ?? 0;
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
