/**
 * The configuration is read from the environment it is given (`StartOptions.env`, a shard's own),
 * with `.env` filling in what that environment lacks; `process.env` is never written.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, withEnvFile } from "../../src/config.js";

const envFile = (text: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "config-env-")), ".env");
  writeFileSync(file, text);
  return file;
};

describe("configuration from a given environment", () => {
  it("GIVEN an environment and a .env file THEN the environment wins, the file fills gaps, process.env is untouched", () => {
    const file = envFile("HTTP_PORT=9000\nCONSOLE=on\nDOKKER_TEST_ONLY_IN_FILE=1\n");
    const before = { ...process.env };
    const env = withEnvFile({ HTTP_PORT: "9001", TELEGRAM_BOT_TOKEN: "" }, file);
    expect(env).toMatchObject({ HTTP_PORT: "9001", CONSOLE: "on", TELEGRAM_BOT_TOKEN: "" });
    expect(process.env).toEqual(before);
    expect(process.env.DOKKER_TEST_ONLY_IN_FILE).toBeUndefined();
    const config = loadConfig({ HTTP_PORT: "9001", TELEGRAM_BOT_TOKEN: "" }, file);
    expect(config).toMatchObject({ HTTP_PORT: 9001, CONSOLE: "on" });
    // An empty value means "unset", also over the file (how a shard switches Telegram off).
    expect(
      loadConfig(
        { TELEGRAM_BOT_TOKEN: "" },
        envFile("TELEGRAM_BOT_TOKEN=123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ\n"),
      ).TELEGRAM_BOT_TOKEN,
    ).toBeUndefined();
  });

  it("GIVEN no .env file THEN only the given environment counts, not process.env", () => {
    const missing = path.join(tmpdir(), "no-such-dir", ".env");
    expect(loadConfig({ LOG_LEVEL: "trace" }, missing).LOG_LEVEL).toBe("trace");
    expect(loadConfig({}, missing).HTTP_PORT).toBe(8080);
  });
});
