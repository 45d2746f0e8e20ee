/**
 * One zod schema over the environment (plus an optional `.env` file). An invalid value stops
 * start-up with a message naming the variable and the problem. `.env.example` documents each one.
 */
import { existsSync, readFileSync } from "node:fs";
import { hostname } from "node:os";
import { parseEnv } from "node:util";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();

const snowflake = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional()
  .refine((s) => s === undefined || /^\d{17,20}$/.test(s), "must be a Discord id (17–20 digits)");

export const configSchema = z.object({
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATABASE_URL: z
    .string()
    .default("sqlite:./data/dokker.db")
    .refine((s) => /^(sqlite:|postgres(ql)?:\/\/)/.test(s), "must start with sqlite: or postgres://"),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HTTP_HOST: z.string().default("0.0.0.0"),
  TELEGRAM_BOT_TOKEN: optionalString.refine(
    (s) => s === undefined || /^\d+:[A-Za-z0-9_-]{20,}$/.test(s),
    "must look like 123456:ABC… (from @BotFather)",
  ),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_URL: optionalString.refine(
    (s) => s === undefined || /^https?:\/\//.test(s),
    "must be an URL",
  ),
  TELEGRAM_WEBHOOK_SECRET: optionalString.refine(
    (s) => s === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(s),
    "must be 1–256 characters of A–Z a–z 0–9 _ -",
  ),
  /** Outgoing message limits (Telegram: ~1/s per chat, 20/min per group, ~30/s overall). */
  TELEGRAM_RATE_PER_CHAT: z.coerce.number().positive().default(1),
  TELEGRAM_RATE_PER_GROUP_MINUTE: z.coerce.number().positive().default(20),
  TELEGRAM_RATE_GLOBAL: z.coerce.number().positive().default(30),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API: z.url().default("https://discord.com/api"),
  DEFAULT_LOCALE: z.enum(["en", "fr", "de", "es", "ro", "tr"]).default("en"),
  CONSOLE: z.enum(["auto", "on", "off"]).default("auto"),
  // --- Support desk (issue #6) ---
  /** `discord:<forum channel id>` or `telegram:<supergroup id>` (-100…); empty: no desk. */
  SUPPORT_DESK: optionalString.refine(
    (s) => s === undefined || /^(discord:\d{17,20}|telegram:-100\d{5,15})$/.test(s),
    "must be discord:<forum channel id> or telegram:<supergroup id> (-100…)",
  ),
  /** Discord role whose members are desk staff (in the desk's server). */
  STAFF_ROLE_ID: snowflake,
  /** Optional log channel for transcripts: `discord:<channelId>` or `telegram:<chatId>`. */
  SUPPORT_LOG_CHANNEL: optionalString.refine(
    (s) => s === undefined || /^(discord:\d{17,20}|telegram:-?\d{1,20})$/.test(s),
    "must be discord:<channel id> or telegram:<chat id>",
  ),
  /** Closed tickets are deleted this many days after closing. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  REMINDER_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  // --- Per-user limits and HTTP hardening (issue #11) ---
  /** Messages (text, commands, buttons) per user per minute; beyond: one notice, the rest dropped. */
  MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Messages with photos/files per user per minute. */
  PHOTOS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(5),
  // --- Label photos and faceplate pictures (issue #14) ---
  /** `off`: no faceplate picture with decodes (the text steps are always sent). */
  FACEPLATE_PICTURES: z.enum(["on", "off"]).default("on"),
  /** OCR workers for label photos (each holds ~100 MB; jobs queue beyond that). */
  OCR_WORKERS: z.coerce.number().int().min(1).max(4).default(1),
  /** `/support` requests per user per day. */
  TICKETS_PER_DAY: z.coerce.number().int().min(1).max(1000).default(3),
  /** Open HTTP connections at most (beyond: refused at once). */
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** Health and metrics on their own listener (e.g. 127.0.0.1); empty: on HTTP_HOST. */
  METRICS_HOST: optionalString,
  /** Port of that listener; empty: health and metrics stay on HTTP_PORT. */
  METRICS_PORT: optionalString.refine(
    (s) => s === undefined || (/^\d{1,5}$/.test(s) && Number(s) <= 65535),
    "must be a port number 0–65535",
  ),
  /** Outbox: replies older than this are dropped (logged), not sent late. */
  OUTBOX_MAX_AGE_HOURS: z.coerce.number().min(0.01).max(720).default(24),
  /** Outbox: how often the store is looked at for rows from retries and other instances. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** Liveness: /healthz fails once receiving updates has failed this long (the process should be restarted). */
  INTAKE_DEAD_AFTER_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  /** Outbox: how long a claimed row stays with an instance that does not report back (crashed). */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** Identity in reminder leases and logs; default `<hostname>-<pid>`. */
  // --- Web chat (issue #15) ---
  /** `on`: the chat page at `/` and the widget at `/widget.js` on HTTP_PORT. */
  WEB_CHAT: z.enum(["on", "off"]).default("off"),
  /** Sites that may embed the widget: comma-separated origins (`https://shop.example.org`). */
  WEB_ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim().replace(/\/$/, ""))
        .filter((o) => o !== ""),
    )
    .refine(
      (list) => list.every((o) => /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(o)),
      "must be comma-separated origins like https://shop.example.org",
    ),
  /** Signs the web chat's session cookies/tokens; empty: generated once and kept in the database. */
  WEB_SECRET: optionalString.refine(
    (s) => s === undefined || s.length >= 32,
    "must be at least 32 characters",
  ),
  INSTANCE_ID: z
    .string()
    .trim()
    .default("")
    .transform((s) => (s === "" ? `${hostname()}-${process.pid}` : s))
    .refine((s) => s.length <= 200, "must be at most 200 characters"),
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
