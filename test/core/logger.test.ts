import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { registerSecret } from "../../src/logger.js";
import { memoryLogger } from "../support/logger.js";

const TOKEN = "123456:AAH-secret-token-value-xyz";

describe("logs never contain tokens", () => {
  it("GIVEN a token in fields, nested fields, messages and error messages THEN output has none of it", () => {
    registerSecret(TOKEN);
    const { logger, raw } = memoryLogger("trace");
    logger.info({ token: TOKEN, config: { TELEGRAM_BOT_TOKEN: TOKEN } }, "starting");
    logger.warn({ url: `https://api.telegram.org/bot${TOKEN}/sendMessage` }, "retrying");
    logger.error({ err: new Error(`request to /bot${TOKEN}/getMe failed`) }, `failed for ${TOKEN}`);
    logger.info({ headers: { authorization: `Bot ${TOKEN}` } }, "rest");
    const out = raw();
    expect(out.length).toBeGreaterThan(100);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain("secret-token-value");
    expect(out).toContain("[redacted]");
  });
});

describe("config", () => {
  it("GIVEN nothing THEN defaults (SQLite, port 8080, English)", () => {
    const c = parseConfig({});
    expect(c.DATABASE_URL).toBe("sqlite:./data/dokker.db");
    expect(c.HTTP_PORT).toBe(8080);
    expect(c.DEFAULT_LOCALE).toBe("en");
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it.each([
    [{ HTTP_PORT: "http" }, "HTTP_PORT"],
    [{ TELEGRAM_BOT_TOKEN: "nope" }, "TELEGRAM_BOT_TOKEN"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DISCORD_TOKEN: "abc" }, "DISCORD_APPLICATION_ID"],
    [{ DISCORD_GUILD_ID: "12" }, "DISCORD_GUILD_ID"],
    [{ TELEGRAM_WEBHOOK_URL: "https://x.example/tg" }, "TELEGRAM_WEBHOOK_SECRET"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
  ])("GIVEN %j THEN the error names %s", (env, name) => {
    expect(() => parseConfig(env)).toThrow(name);
  });
});
