/** `npm start` / the container's entry point. */
import { startApp } from "./app.js";

startApp().then(
  (code) => {
    process.exitCode = code;
    // Let pending stdout writes flush, then make sure no stray handle keeps the process alive.
    setTimeout(() => process.exit(code), 200).unref();
  },
  (error: unknown) => {
    process.stderr.write(
      `Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
