/**
 * Runs the app as a process: sets the exit code when it finishes, then exits shortly after so a
 * stray handle can't keep the process alive. A start-up failure prints one line naming the
 * setting at fault and exits 1 (a stack trace only with LOG_LEVEL=debug or trace).
 *
 * Process-level safety net: an unhandled promise rejection is logged and the process stays up
 * (one bad request must not end every user's session); an uncaught exception is logged and the
 * process exits 1, because Node leaves its state undefined after one (a supervisor restarts it).
 */
import { type StartOptions, startApp } from "./app.js";
import { type Env, withEnvFile } from "./config.js";
import { describeStartupError } from "./startup-error.js";

/** The environment the app is started with (and `.env`): LOG_LEVEL and the start-up error line read it. */
let env: Env = process.env;
const verbose = () => env.LOG_LEVEL === "debug" || env.LOG_LEVEL === "trace";

function logLine(level: number, msg: string, error: unknown): void {
  const err =
    error instanceof Error
      ? { type: error.name, message: error.message, ...(verbose() ? { stack: error.stack } : {}) }
      : { message: String(error) };
  process.stderr.write(`${JSON.stringify({ level, time: Date.now(), pid: process.pid, msg, err })}\n`);
}

let netInstalled = false;

/** Installs the unhandledRejection / uncaughtException handlers once per process. */
function installSafetyNet(): void {
  if (netInstalled) return;
  netInstalled = true;
  process.on("unhandledRejection", (reason) => logLine(50, "unhandled promise rejection (ignored)", reason));
  process.on("uncaughtException", (error) => {
    logLine(60, "uncaught exception: exiting", error);
    process.exit(1);
  });
}

export function runMain(label = "Fatal", opts: StartOptions = {}): void {
  env = withEnvFile(opts.env ?? process.env);
  installSafetyNet();
  startApp({ ...opts, env }).then(
    (code) => {
      process.exitCode = code;
      // Let pending stdout writes flush first.
      setTimeout(() => process.exit(code), 200).unref();
    },
    (error: unknown) => {
      const { line } = describeStartupError(error, env);
      process.stderr.write(`${label}: ${line}\n`);
      if (verbose() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      else process.stderr.write("(LOG_LEVEL=debug shows the details.)\n");
      process.exit(1);
    },
  );
}
