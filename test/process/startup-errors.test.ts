/**
 * Start-up failures name the setting and the path or address, exit non-zero, and print no stack
 * trace unless LOG_LEVEL=debug (issue #11).
 */
import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../support/run.js";
import { tempDatabaseUrl } from "../support/spawn-bot.js";

const STACK = /\n\s+at .+:\d+:\d+\)?/;
const start = (env: Record<string, string>) =>
  run(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { CONSOLE: "off", HTTP_HOST: "127.0.0.1", HTTP_PORT: "0", LOG_LEVEL: "warn", ...env },
    timeoutMs: 30_000,
  });

const busy = createServer();
afterAll(() => new Promise<void>((r) => busy.close(() => r())));

describe("start-up errors", () => {
  it("GIVEN the HTTP port is taken THEN one line names HTTP_PORT and the address, exit 1, no stack", async () => {
    const port = await new Promise<number>((resolve) =>
      busy.listen(0, "127.0.0.1", () => resolve((busy.address() as { port: number }).port)),
    );
    const { code, stderr } = await start({ HTTP_PORT: String(port), DATABASE_URL: tempDatabaseUrl() });
    expect(code).toBe(1);
    expect(stderr).toContain(`HTTP_PORT/HTTP_HOST: 127.0.0.1:${port} is already in use.`);
    expect(stderr).not.toMatch(STACK);
  });

  it("GIVEN a SQLite path that can't be created THEN DATABASE_URL and the path are named, exit 1, no stack", async () => {
    const { code, stderr } = await start({ DATABASE_URL: "sqlite:/dev/null/nested/bot.db" });
    expect(code).toBe(1);
    expect(stderr).toContain("DATABASE_URL: cannot open the SQLite database /dev/null/nested/bot.db");
    expect(stderr).not.toMatch(STACK);
  });

  it("GIVEN LOG_LEVEL=debug THEN the stack trace is printed too", async () => {
    const { code, stderr } = await start({
      DATABASE_URL: "sqlite:/dev/null/nested/bot.db",
      LOG_LEVEL: "debug",
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(STACK);
  });

  it("GIVEN an invalid setting THEN exit 2 naming it", async () => {
    const { code, stderr } = await start({ MESSAGES_PER_MINUTE: "lots", DATABASE_URL: tempDatabaseUrl() });
    expect(code).toBe(2);
    expect(stderr).toContain("MESSAGES_PER_MINUTE");
  });
});
