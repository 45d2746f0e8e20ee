/** Conversation ids, error mapping (no token in messages), the webhook secret comparison. */
import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import { fromTelegram } from "../../../src/platforms/telegram/errors.js";
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

describe("fromTelegram", () => {
  const tg = (error_code: number, description: string, parameters?: object) =>
    new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) });

  it("maps 429 with retry_after to rate-limited in milliseconds", () => {
    const e = fromTelegram(tg(429, "Too Many Requests: retry after 3", { retry_after: 3 }), "sendMessage");
    expect(e).toMatchObject({
      kind: "rate-limited",
      retryAfterMs: 3000,
      platform: "telegram",
      method: "sendMessage",
    });
    expect(e.retryable).toBe(true);
  });

  it("keeps 'API refused' apart from 'network failed'", () => {
    expect(fromTelegram(tg(401, "Unauthorized"), "getMe").kind).toBe("unauthorized");
    expect(fromTelegram(tg(403, "Forbidden: bot was blocked by the user"), "sendMessage")).toMatchObject({
      kind: "unreachable",
      reason: "blocked",
    });
    expect(fromTelegram(tg(400, "Bad Request: chat not found"), "sendMessage")).toMatchObject({
      kind: "not-found",
      reason: "chat",
    });
    expect(fromTelegram(tg(400, "Bad Request: message thread not found"), "sendMessage")).toMatchObject({
      kind: "not-found",
      reason: "thread",
    });
    const bad = fromTelegram(tg(400, "Bad Request: can't parse entities"), "sendMessage");
    expect([bad.kind, bad.retryable]).toEqual(["refused", false]);
    const same = fromTelegram(tg(400, "Bad Request: message is not modified"), "editMessageText");
    expect([same.kind, same.reason]).toEqual(["refused", "not-modified"]);
    expect(fromTelegram(tg(502, "Bad Gateway"), "sendMessage")).toMatchObject({
      kind: "network",
      status: 502,
    });
    const net = fromTelegram(new Error("socket hang up"), "sendMessage");
    expect([net.kind, net.status, net.retryable]).toEqual(["network", undefined, true]);
  });

  it("GIVEN a network error whose message carries the request URL THEN the token is not in it", () => {
    const raw = new Error(`request to http://127.0.0.1:1/bot${TOKEN}/sendMessage failed, reason: ECONNRESET`);
    const e = fromTelegram(raw, "sendMessage");
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
