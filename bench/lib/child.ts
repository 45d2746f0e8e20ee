/**
 * Child processes for the benchmarks. Our bot runs as in production (Dockerfile: the compiled
 * `node dist/src/main.js`; run.ts builds it first). The bare-framework baselines are single `.ts`
 * files; they are transpiled once (TypeScript's `transpileModule`, types stripped) to
 * `dist/bench-baselines/*.mjs` and run with plain `node` too, so both sides run under the same
 * runtime with no loader hooks (telegraf and discord.js are plain JavaScript already).
 * Logs are scanned line by line as they arrive (never re-parsed), so a busy run costs the
 * harness little; stderr is always drained so the child never blocks on a full pipe.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import ts from "typescript";

export const ROOT = new URL("../../", import.meta.url).pathname;

/** Our bot, compiled (`npm run build`), the way production starts it. */
export const OURS_ENTRY = "dist/src/main.js";

/**
 * A `.ts` entry transpiled to plain ESM JavaScript next to the build output (so bare imports still
 * resolve from the project's node_modules); returns the path to run. `.js` entries are unchanged.
 */
function compiledEntry(entry: string): string {
  if (!entry.endsWith(".ts")) return entry;
  const out = `dist/bench-baselines/${basename(entry, ".ts")}.mjs`;
  const { outputText } = ts.transpileModule(readFileSync(`${ROOT}${entry}`, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: entry,
  });
  mkdirSync(`${ROOT}dist/bench-baselines`, { recursive: true });
  writeFileSync(`${ROOT}${out}`, outputText);
  return out;
}

/**
 * BENCH_OURS_ENV="FACEPLATE_PICTURES=off,OCR_WORKERS=1": settings for our bot only, on top of what
 * each benchmark sets (to bisect a cost by turning a part off).
 */
function oursEnvOverrides(): Record<string, string> {
  const pairs = (process.env.BENCH_OURS_ENV ?? "").split(",").filter((p) => p.includes("="));
  return Object.fromEntries(
    pairs.map((p) => [p.slice(0, p.indexOf("=")).trim(), p.slice(p.indexOf("=") + 1)]),
  );
}

export interface Proc {
  readonly child: ChildProcess;
  /** Milliseconds from spawn to the ready line. */
  readonly readyMs: number;
  /** Resident set size in MiB (VmRSS from /proc). */
  rssMiB(): number;
  /** CPU time (user + system) the process has used so far, in ms (/proc/<pid>/stat). */
  cpuMs(): number;
  /** Lines (raw) whose text contains `needle`. */
  count(needle: string): number;
  stop(): Promise<number | null>;
}

export async function startProc(
  entry: string,
  env: Record<string, string>,
  readyNeedle: string,
  timeoutMs = 30_000,
  nodeArgs: readonly string[] = [],
): Promise<Proc> {
  const script = compiledEntry(entry); // before the clock: not part of the child's startup
  const started = performance.now();
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the children.
  const extra = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...extra, ...nodeArgs, script], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      ...env,
      ...(entry === OURS_ENTRY ? oursEnvOverrides() : {}),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const counts = new Map<string, number>();
  const watched = new Set<string>([readyNeedle]);
  // BENCH_ECHO=<text>: child log lines containing it are copied to our stderr (e.g. "mem-probe").
  const echo = process.env.BENCH_ECHO;
  let tail = "";
  let readyAt: number | undefined;
  let onReady: (() => void) | undefined;
  child.stderr?.on("data", (d: Buffer) => {
    const text = tail + d.toString();
    const lines = text.split("\n");
    tail = lines.pop() ?? "";
    for (const line of lines) {
      if (echo && line.includes(echo)) process.stderr.write(`[${child.pid}] ${line}\n`);
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
    cpuMs() {
      return cpuMsOf(child.pid ?? 0);
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

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of a process in ms, from /proc/<pid>/stat (fields 14 and 15). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}
