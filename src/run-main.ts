/**
 * Runs the app as a process: sets the exit code when it finishes, then exits shortly after so a
 * stray handle can't keep the process alive; a start-up crash prints one line and exits 1.
 */
import { type StartOptions, startApp } from "./app.js";

export function runMain(label = "Fatal", opts: StartOptions = {}): void {
  startApp(opts).then(
    (code) => {
      process.exitCode = code;
      // Let pending stdout writes flush first.
      setTimeout(() => process.exit(code), 200).unref();
    },
    (error: unknown) => {
      process.stderr.write(
        `${label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
