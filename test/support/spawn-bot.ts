/**
 * Starts the whole bot process (`tsx src/main.ts`) with the given environment, as an operator
 * would, and waits until it logs "started". Logs are JSON on stderr; `logs()` returns them parsed.
 * `stop()` sends SIGTERM and resolves with the exit code.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface BotProcess {
  readonly child: ChildProcess;
  logs(): Record<string, unknown>[];
  stderr(): string;
  stdout(): string;
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const ROOT = new URL("../../", import.meta.url).pathname;

export function tempDatabaseUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), "dokker-")), "bot.db")}`;
}

export async function spawnBot(
  env: Record<string, string>,
  opts: { readyTimeoutMs?: number; waitReady?: boolean; entry?: string } = {},
): Promise<BotProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", opts.entry ?? "src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      LOG_LEVEL: "debug",
      CONSOLE: "off",
      HTTP_PORT: "0",
      HTTP_HOST: "127.0.0.1",
      // Per-user limits (issue #11) are off unless a test sets them: many tests send bursts
      // from one user on purpose.
      MESSAGES_PER_MINUTE: "10000",
      PHOTOS_PER_MINUTE: "10000",
      TICKETS_PER_DAY: "1000",
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let err = "";
  let out = "";
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const logs = () =>
    err
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  const waitForLog: BotProcess["waitForLog"] = async (predicate, timeoutMs = 10_000) => {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const hit = logs().find(predicate);
      if (hit) return hit;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(
      `bot log line not found within ${timeoutMs} ms (exit ${child.exitCode}).\nstderr:\n${err.slice(-4000)}`,
    );
  };
  const proc: BotProcess = {
    child,
    logs,
    stderr: () => err,
    stdout: () => out,
    waitForLog,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  if (opts.waitReady !== false) {
    await waitForLog((l) => l.msg === "started", opts.readyTimeoutMs ?? 20_000);
  }
  return proc;
}
