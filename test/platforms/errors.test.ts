/**
 * The one platform error family (issue #12): the same failure from Telegram and from Discord maps
 * to the same kind, the outbox reads both the same way, and no message carries a token.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import { registerSecret } from "../../src/logger.js";
import { failureOf } from "../../src/outbox/failure.js";
import { fromDiscord } from "../../src/platforms/discord/errors.js";
import {
  badConversationId,
  isPlatformError,
  isUnreachable,
  PlatformError,
  type PlatformErrorKind,
} from "../../src/platforms/errors.js";
import { fromTelegram } from "../../src/platforms/telegram/errors.js";

const TELEGRAM_TOKEN = "7123456789:AAE-test_token-abcdefghijklmnopqrstu";
/** Token-shaped, never registered: scrubbed by its shape. */
const DISCORD_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB";
/** Registered like the app registers its tokens and secrets: scrubbed wherever it appears. */
const SECRET = "web-secret-0123456789-abcdefghij";
const INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTA6c2VjcmV0";
const DISCORD_URL = `https://discord.com/api/v10/webhooks/111/${INTERACTION_TOKEN}/messages/@original`;

const telegram = (error_code: number, description: string, parameters?: object) =>
  fromTelegram(
    new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) }),
    "sendMessage",
  );
const discordApi = (status: number, code: number, message: string, extra: object = {}) =>
  fromDiscord(new DiscordAPIError({ code, message, ...extra }, code, status, "POST", DISCORD_URL, {}), {
    method: "dm",
  });
const reset = () =>
  Object.assign(new Error(`request to http://127.0.0.1:1/bot${TELEGRAM_TOKEN}/sendMessage failed`), {
    code: "ECONNRESET",
  });

/** The same failure, as each platform's client throws it. */
const SAME_FAILURE: readonly {
  readonly what: string;
  readonly kind: PlatformErrorKind;
  readonly telegram: PlatformError;
  readonly discord: readonly PlatformError[];
}[] = [
  {
    what: "429",
    kind: "rate-limited",
    telegram: telegram(429, "Too Many Requests: retry after 2", { retry_after: 2 }),
    discord: [
      discordApi(429, 0, "You are being rate limited.", { retry_after: 2 }),
      fromDiscord(
        new RateLimitError({
          timeToReset: 2000,
          limit: 5,
          method: "POST",
          hash: "h",
          url: DISCORD_URL,
          route: "/channels/:id/messages",
          majorParameter: "1",
          global: false,
          retryAfter: 2000,
          sublimitTimeout: 0,
          scope: "user",
        }),
      ),
    ],
  },
  {
    what: "401",
    kind: "unauthorized",
    telegram: telegram(401, "Unauthorized"),
    discord: [discordApi(401, 0, "401: Unauthorized")],
  },
  {
    what: "403 blocked / 50007 DMs closed",
    kind: "unreachable",
    telegram: telegram(403, "Forbidden: bot was blocked by the user"),
    discord: [discordApi(403, 50007, "Cannot send messages to this user")],
  },
  {
    what: "404 chat / 10003 channel",
    kind: "not-found",
    telegram: telegram(400, "Bad Request: chat not found"),
    discord: [discordApi(404, 10003, "Unknown Channel")],
  },
  {
    what: "ECONNRESET",
    kind: "network",
    telegram: fromTelegram(reset(), "sendMessage"),
    discord: [fromDiscord(reset())],
  },
  {
    what: "5xx",
    kind: "network",
    telegram: telegram(502, "Bad Gateway"),
    discord: [
      discordApi(502, 0, "Bad Gateway"),
      fromDiscord(new HTTPError(503, "Service Unavailable", "POST", DISCORD_URL, {})),
    ],
  },
];

describe("one platform error family", () => {
  it.each(SAME_FAILURE)("GIVEN $what from Telegram and from Discord THEN both are $kind", (c) => {
    for (const e of [c.telegram, ...c.discord]) {
      expect(e).toBeInstanceOf(PlatformError);
      expect(e.name).toBe("PlatformError");
      expect(isPlatformError(e, c.kind)).toBe(true);
    }
    expect(c.telegram.platform).toBe("telegram");
    for (const e of c.discord) expect(e.platform).toBe("discord");
  });

  it.each(SAME_FAILURE)("GIVEN $what THEN the outbox goes on the same way for both", (c) => {
    const read = (e: PlatformError) => {
      const f = failureOf(e);
      return f.kind === "retry"
        ? { kind: f.kind, why: f.why, waits: f.afterMs }
        : { kind: f.kind, expected: f.expected };
    };
    for (const e of c.discord) expect(read(e)).toEqual(read(c.telegram));
  });

  it("GIVEN a rate limit THEN both wait as long as the platform asked; only rate limits and network retry", () => {
    const [limit] = SAME_FAILURE;
    expect(limit?.telegram.retryAfterMs).toBe(2000);
    for (const e of limit?.discord ?? []) expect(e.retryAfterMs).toBe(2000);
    for (const c of SAME_FAILURE) {
      for (const e of [c.telegram, ...c.discord]) {
        expect(e.retryable).toBe(c.kind === "rate-limited" || c.kind === "network");
      }
    }
  });

  it("GIVEN a 5xx THEN it is network with the status; no answer at all has none", () => {
    const fiveXx = SAME_FAILURE.find((c) => c.what === "5xx");
    expect(fiveXx?.telegram.status).toBe(502);
    expect(fiveXx?.discord.map((e) => e.status)).toEqual([502, 503]);
    const none = SAME_FAILURE.find((c) => c.what === "ECONNRESET");
    expect([none?.telegram.status, ...(none?.discord ?? []).map((e) => e.status)]).toEqual([
      undefined,
      undefined,
    ]);
    expect(failureOf(fiveXx?.telegram)).toMatchObject({ kind: "retry", why: "5xx" });
    expect(failureOf(none?.telegram)).toMatchObject({ kind: "retry", why: "network" });
  });

  it("GIVEN a user who can't be reached or whose chat is gone THEN isUnreachable; a refusal is not", () => {
    expect(isUnreachable(telegram(403, "Forbidden: user is deactivated"))).toBe(true);
    expect(isUnreachable(discordApi(404, 10003, "Unknown Channel"))).toBe(true);
    expect(isUnreachable(discordApi(403, 50013, "Missing Permissions"))).toBe(false);
    expect(isUnreachable(new Error("Cannot send messages to this user"))).toBe(false);
  });

  it("GIVEN a conversation id of another platform THEN every adapter refuses it the same way", () => {
    for (const platform of ["telegram", "discord", "web"]) {
      const e = badConversationId(platform, "console:local");
      expect(e).toMatchObject({ kind: "refused", reason: "bad-conversation-id", platform });
      expect(e.retryable).toBe(false);
      expect(failureOf(e)).toMatchObject({ kind: "permanent", expected: false });
    }
  });

  it("GIVEN errors whose text carries a token THEN no message, cause or reason contains it", () => {
    registerSecret(SECRET);
    const all = [
      ...SAME_FAILURE.flatMap((c) => [c.telegram, ...c.discord]),
      fromDiscord(new Error(`Authorization: Bot ${DISCORD_TOKEN} refused`)),
      fromTelegram(new Error(`token ${TELEGRAM_TOKEN} in a message`), "getMe"),
      fromTelegram(
        new TelegramError({ error_code: 400, description: `Bad Request: ${SECRET}` }),
        "setWebhook",
      ),
      new PlatformError("refused", `Bot ${DISCORD_TOKEN} / ${SECRET}`, { platform: "discord" }),
    ];
    for (const e of all) {
      const cause = e.cause as Error | undefined;
      const text = [e.message, cause?.message ?? "", failureOf(e).reason, JSON.stringify(cause ?? {})].join(
        " ",
      );
      for (const token of [TELEGRAM_TOKEN, DISCORD_TOKEN, SECRET]) expect(text).not.toContain(token);
      // The Discord mapper leaves request URLs out (interaction URLs carry the interaction token).
      expect(text).not.toContain(INTERACTION_TOKEN);
    }
    expect(all.at(-1)?.message).toBe("Bot [redacted] / [redacted]");
  });
});
