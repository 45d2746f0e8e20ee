/** Conversation ids, error mapping (no token in messages), the webhook secret comparison. */
import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import {
  Forbidden,
  NetworkError,
  NotFound,
  RateLimited,
  toPlatformError,
  Unauthorized,
} from "../../../src/platforms/telegram/errors.js";
import {
  decodeTelegramConversation,
  encodeTelegramConversation,
} from "../../../src/platforms/telegram/ids.js";
import { secretMatches } from "../../../src/platforms/telegram/webhook.js";

const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";

describe("telegram conversation ids", () => {
  it.each([
    [{ chatId: 424242 }, "telegram:424242"],
    [{ chatId: -1001234567890 }, "telegram:-1001234567890"],
    [{ chatId: -1001234567890, topicId: 17 }, "telegram:-1001234567890:17"],
  ])("GIVEN %o THEN encodes to %s and decodes back", (conv, id) => {
    expect(encodeTelegramConversation(conv)).toBe(id);
    expect(decodeTelegramConversation(id)).toEqual(conv);
  });

  it.each(["discord:1", "telegram:", "telegram:abc", "telegram:1:0", "telegram:1:2:3", "telegram:1 "])(
    "GIVEN %s THEN it is not a Telegram conversation",
    (id) => {
      expect(decodeTelegramConversation(id)).toBeUndefined();
    },
  );
});

describe("toPlatformError", () => {
  const tg = (error_code: number, description: string, parameters?: object) =>
    new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) });

  it("maps 429 with retry_after to RateLimited in milliseconds", () => {
    const e = toPlatformError(tg(429, "Too Many Requests: retry after 3", { retry_after: 3 }), "sendMessage");
    expect(e).toBeInstanceOf(RateLimited);
    expect((e as RateLimited).retryAfterMs).toBe(3000);
    expect(e.retryable).toBe(true);
  });

  it("keeps 'API refused' apart from 'network failed'", () => {
    expect(toPlatformError(tg(401, "Unauthorized"), "getMe")).toBeInstanceOf(Unauthorized);
    expect(toPlatformError(tg(403, "Forbidden: bot was blocked by the user"), "sendMessage")).toBeInstanceOf(
      Forbidden,
    );
    expect(toPlatformError(tg(400, "Bad Request: chat not found"), "sendMessage")).toBeInstanceOf(NotFound);
    const bad = toPlatformError(tg(400, "Bad Request: can't parse entities"), "sendMessage");
    expect([bad.code, bad.retryable]).toEqual(["bad-request", false]);
    expect(toPlatformError(tg(502, "Bad Gateway"), "sendMessage").code).toBe("server-error");
    const net = toPlatformError(new Error("socket hang up"), "sendMessage");
    expect(net).toBeInstanceOf(NetworkError);
    expect(net.retryable).toBe(true);
  });

  it("GIVEN a network error whose message carries the request URL THEN the token is not in it", () => {
    const raw = new Error(`request to http://127.0.0.1:1/bot${TOKEN}/sendMessage failed, reason: ECONNRESET`);
    const e = toPlatformError(raw, "sendMessage");
    expect(e.message).not.toContain(TOKEN);
    expect(String((e.cause as Error).message)).not.toContain(TOKEN);
    expect(e.message).toContain("/bot[redacted]/sendMessage");
  });
});

describe("secretMatches", () => {
  it("accepts only the exact secret", () => {
    expect(secretMatches("s3cret_value", "s3cret_value")).toBe(true);
    expect(secretMatches("s3cret_value", "s3cret_valuE")).toBe(false);
    expect(secretMatches("s3cret_value", "s3cret")).toBe(false);
    expect(secretMatches("s3cret_value", undefined)).toBe(false);
    expect(secretMatches("s3cret_value", ["s3cret_value"])).toBe(false);
  });
});
