/**
 * pino logger: pretty on a terminal when pino-pretty is installed (a development dependency),
 * JSON lines otherwise. Token-bearing fields are redacted, and
 * `scrubSecrets` removes tokens that hide inside strings (Telegram puts the bot token in every
 * request URL, so an HTTP error message can carry it).
 */
import { createRequire } from "node:module";
import { type Logger as PinoLogger, pino } from "pino";

export type Logger = PinoLogger;

const REDACT_PATHS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "config.TELEGRAM_BOT_TOKEN",
  "config.DISCORD_TOKEN",
  "config.TELEGRAM_WEBHOOK_SECRET",
  "config.DATABASE_URL",
  "headers.authorization",
  "*.headers.authorization",
  'headers["x-telegram-bot-api-secret-token"]',
  "secretToken",
  "*.secretToken",
];

const secrets = new Set<string>();

/** Registers a secret so it is replaced by `[redacted]` wherever it appears in log output. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) secrets.add(value);
}

export function scrubSecrets(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join("[redacted]");
  return out;
}

export interface LoggerOptions {
  level?: string;
  pretty?: boolean;
  destination?: NodeJS.WritableStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? "info";
  const pretty = opts.pretty ?? Boolean(process.stdout.isTTY);
  const base = {
    level,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    hooks: {
      // Last line of defence: the serialised line is scrubbed of any registered secret.
      streamWrite: (line: string) => scrubSecrets(line),
    },
  };
  if (pretty && !opts.destination && prettyInstalled()) {
    return pino({
      ...base,
      transport: { target: "pino-pretty", options: { destination: 2, colorize: true } },
    });
  }
  return pino(base, (opts.destination as pino.DestinationStream | undefined) ?? pino.destination(2));
}

/** pino-pretty is a development dependency: a production install logs JSON lines instead. */
function prettyInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve("pino-pretty");
    return true;
  } catch {
    return false;
  }
}
