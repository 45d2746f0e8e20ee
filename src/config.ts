/**
 * One zod schema over the environment (plus an optional `.env` file). An invalid value stops
 * start-up with a message naming the variable and the problem. `.env.example` documents each one.
 */
import { existsSync, readFileSync } from "node:fs";
import { hostname } from "node:os";
import { parseEnv } from "node:util";
import * as z from "zod/mini";

// zod's "mini" build: the same validation with functions instead of methods, ~0.3 MiB in memory
// against ~6 MiB for the classic API, which every process would load at start-up for this one
// schema (issue #10: `npm start` idles under 120 MiB). The platform adapters, loaded only with a
// token, keep the classic API.

/** Unset or blank: undefined; else the trimmed text. */
const optionalString = z.optional(
  z.pipe(
    z.string().check(z.trim()),
    z.transform((s) => (s === "" ? undefined : s)),
  ),
);

/** Unset, blank, or text that `pattern` accepts (`message` says what is expected). */
const optionalMatching = (pattern: RegExp, message: string) =>
  optionalString.check(z.refine((s) => s === undefined || pattern.test(s), message));

const snowflake = optionalMatching(/^\d{17,20}$/, "must be a Discord id (17–20 digits)");

/** A whole number from `min` to `max` (environment values are text), `fallback` when unset. */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z._default(
    z.coerce
      .number({ error: `must be a whole number from ${min} to ${max}` })
      .check(
        z.refine(
          (n) => Number.isInteger(n) && n >= min && n <= max,
          `must be a whole number from ${min} to ${max}`,
        ),
      ),
    fallback,
  );

/** A number above `min` (exclusive when `min` is 0) up to `max`, `fallback` when unset. */
const number = (min: number, max: number, fallback: number) =>
  z._default(
    z.coerce
      .number({ error: "must be a number" })
      .check(
        z.refine(
          (n) => Number.isFinite(n) && (min === 0 ? n > 0 : n >= min) && n <= max,
          min === 0 ? `must be a number above 0, at most ${max}` : `must be a number from ${min} to ${max}`,
        ),
      ),
    fallback,
  );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z._default(z.enum(values, { error: `must be one of: ${values.join(", ")}` }), fallback);

const url = (fallback: string) => z._default(z.url({ error: "must be an URL like https://…" }), fallback);

export const configSchema = z.object({
  LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
  DATABASE_URL: z._default(
    z
      .string()
      .check(
        z.refine((s) => /^(sqlite:|postgres(ql)?:\/\/)/.test(s), "must start with sqlite: or postgres://"),
      ),
    "sqlite:./data/dokker.db",
  ),
  HTTP_PORT: wholeNumber(0, 65535, 8080),
  HTTP_HOST: z._default(z.string(), "0.0.0.0"),
  TELEGRAM_BOT_TOKEN: optionalMatching(
    /^\d+:[A-Za-z0-9_-]{20,}$/,
    "must look like 123456:ABC… (from @BotFather)",
  ),
  TELEGRAM_API_ROOT: url("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_URL: optionalMatching(/^https?:\/\//, "must be an URL"),
  TELEGRAM_WEBHOOK_SECRET: optionalMatching(
    /^[A-Za-z0-9_-]{1,256}$/,
    "must be 1–256 characters of A–Z a–z 0–9 _ -",
  ),
  /** Outgoing message limits (Telegram: ~1/s per chat, 20/min per group, ~30/s overall). */
  TELEGRAM_RATE_PER_CHAT: number(0, 1000, 1),
  TELEGRAM_RATE_PER_GROUP_MINUTE: number(0, 100_000, 20),
  TELEGRAM_RATE_GLOBAL: number(0, 100_000, 30),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API: url("https://discord.com/api"),
  DEFAULT_LOCALE: oneOf(["en", "fr", "de", "es", "ro", "tr"], "en"),
  CONSOLE: oneOf(["auto", "on", "off"], "auto"),
  // --- Support desk (issue #6) ---
  /** `discord:<forum channel id>` or `telegram:<supergroup id>` (-100…); empty: no desk. */
  SUPPORT_DESK: optionalMatching(
    /^(discord:\d{17,20}|telegram:-100\d{5,15})$/,
    "must be discord:<forum channel id> or telegram:<supergroup id> (-100…)",
  ),
  /** Discord role whose members are desk staff (in the desk's server). */
  STAFF_ROLE_ID: snowflake,
  /** Optional log channel for transcripts: `discord:<channelId>` or `telegram:<chatId>`. */
  SUPPORT_LOG_CHANNEL: optionalMatching(
    /^(discord:\d{17,20}|telegram:-?\d{1,20})$/,
    "must be discord:<channel id> or telegram:<chat id>",
  ),
  /** Closed tickets are deleted this many days after closing. */
  RETENTION_DAYS: wholeNumber(1, 3650, 90),
  REMINDER_POLL_MS: wholeNumber(100, 3_600_000, 5000),
  // --- Per-user limits and HTTP hardening (issue #11) ---
  /** Messages (text, commands, buttons) per user per minute; beyond: one notice, the rest dropped. */
  MESSAGES_PER_MINUTE: wholeNumber(1, 10_000, 20),
  /** Messages with photos/files per user per minute. */
  PHOTOS_PER_MINUTE: wholeNumber(1, 10_000, 5),
  // --- Label photos and faceplate pictures (issue #14) ---
  /** `off`: no faceplate picture with decodes (the text steps are always sent). */
  FACEPLATE_PICTURES: oneOf(["on", "off"], "on"),
  /** OCR workers for label photos (each holds ~100 MB; jobs queue beyond that). */
  OCR_WORKERS: wholeNumber(1, 4, 1),
  /** `/support` requests per user per day. */
  TICKETS_PER_DAY: wholeNumber(1, 1000, 3),
  /** Open HTTP connections at most (beyond: refused at once). */
  HTTP_MAX_CONNECTIONS: wholeNumber(1, 100_000, 1000),
  /** Health and metrics on their own listener (e.g. 127.0.0.1); empty: on HTTP_HOST. */
  METRICS_HOST: optionalString,
  /** Port of that listener; empty: health and metrics stay on HTTP_PORT. */
  METRICS_PORT: optionalString.check(
    z.refine(
      (s) => s === undefined || (/^\d{1,5}$/.test(s) && Number(s) <= 65535),
      "must be a port number 0–65535",
    ),
  ),
  /** Outbox: replies older than this are dropped (logged), not sent late. */
  OUTBOX_MAX_AGE_HOURS: number(0.01, 720, 24),
  /** Outbox: how often the store is looked at for rows from retries and other instances. */
  OUTBOX_POLL_MS: wholeNumber(50, 60_000, 1000),
  /** Liveness: /healthz fails once receiving updates has failed this long (the process should be restarted). */
  INTAKE_DEAD_AFTER_MS: wholeNumber(1000, 3_600_000, 60_000),
  /** Outbox: how long a claimed row stays with an instance that does not report back (crashed). */
  OUTBOX_LEASE_MS: wholeNumber(1000, 600_000, 30_000),
  // --- Web chat (issue #15) ---
  /** `on`: the chat page at `/` and the widget at `/widget.js` on HTTP_PORT. */
  WEB_CHAT: oneOf(["on", "off"], "off"),
  /** Sites that may embed the widget: comma-separated origins (`https://shop.example.org`). */
  WEB_ALLOWED_ORIGINS: z.pipe(
    z._default(z.string(), ""),
    z
      .transform((s: string) =>
        s
          .split(",")
          .map((o) => o.trim().replace(/\/$/, ""))
          .filter((o) => o !== ""),
      )
      .check(
        z.refine(
          (list: string[]) => list.every((o) => /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(o)),
          "must be comma-separated origins like https://shop.example.org",
        ),
      ),
  ),
  /** Signs the web chat's session cookies/tokens; empty: generated once and kept in the database. */
  WEB_SECRET: optionalString.check(
    z.refine((s) => s === undefined || s.length >= 32, "must be at least 32 characters"),
  ),
  /** Identity in reminder leases and logs; default `<hostname>-<pid>`. */
  INSTANCE_ID: z.pipe(
    z._default(z.string().check(z.trim()), ""),
    z
      .transform((s: string) => (s === "" ? `${hostname()}-${process.pid}` : s))
      .check(z.refine((s: string) => s.length <= 200, "must be at most 200 characters")),
  ),
});

export type Config = z.infer<typeof configSchema>;

/** Environment variables: `process.env`, or the environment a process starts the app with. */
export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseConfig(env: Env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) {
    const c = result.data;
    const problems: string[] = [];
    if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
      problems.push("DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set");
    }
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      problems.push(
        "TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set (webhook requests are verified)",
      );
    }
    if (c.SUPPORT_DESK?.startsWith("discord:") && !c.STAFF_ROLE_ID) {
      problems.push("STAFF_ROLE_ID: required when SUPPORT_DESK is a Discord forum (who counts as staff)");
    }
    if (problems.length > 0) throw new ConfigError(problems);
    return c;
  }
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
}

/**
 * `env` with the variables of `.env` (if present) it lacks: the given environment wins over the
 * file. Nothing is written to `process.env`, so a process can start the app with an environment of
 * its own (a shard: src/shard.ts).
 */
export function withEnvFile(env: Env, envFile = ".env"): Env {
  if (!existsSync(envFile)) return env;
  return { ...parseEnv(readFileSync(envFile, "utf8")), ...env };
}

/** The configuration from `env` (default: the process's) and `.env`. */
export function loadConfig(env: Env = process.env, envFile = ".env"): Config {
  return parseConfig(withEnvFile(env, envFile));
}
