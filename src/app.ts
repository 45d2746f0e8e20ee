/**
 * Composition root: config → logger → store → bot → platforms (each only when configured).
 * With no platform token it runs the terminal chat. Resolves with the process exit code.
 */
import type { Services } from "../commands/services.js";
import { createBot } from "./bot/index.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { createLogger, type Logger, registerSecret } from "./logger.js";
import { createConsoleAdapter } from "./platforms/console/index.js";
import type { PlatformAdapter } from "./platforms/types.js";

export interface StartOptions {
  /** `dokker-bot chat`: terminal chat even if tokens are set. */
  readonly forceConsole?: boolean;
  readonly env?: Record<string, string | undefined>;
}

function platformsConfigured(c: Config): boolean {
  return Boolean(c.TELEGRAM_BOT_TOKEN || c.DISCORD_TOKEN);
}

export async function startApp(opts: StartOptions = {}): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      return 2;
    }
    throw error;
  }
  registerSecret(config.TELEGRAM_BOT_TOKEN);
  registerSecret(config.DISCORD_TOKEN);
  registerSecret(config.TELEGRAM_WEBHOOK_SECRET);
  const useConsole =
    opts.forceConsole ||
    config.CONSOLE === "on" ||
    (config.CONSOLE === "auto" && !platformsConfigured(config));
  const explicitLevel = process.env.LOG_LEVEL !== undefined;
  const logger = createLogger({ level: useConsole && !explicitLevel ? "warn" : config.LOG_LEVEL });

  const services: Services = {};
  const bot = createBot({ logger });
  const adapters: PlatformAdapter[] = [];

  let consoleDone: Promise<void> | undefined;
  if (useConsole) {
    const adapter = createConsoleAdapter({
      bot,
      services,
      input: process.stdin,
      output: process.stdout,
      locale: config.DEFAULT_LOCALE,
    });
    if (process.stdout.isTTY) {
      process.stdout.write(
        "Dokker Radio Code — terminal chat. Send a pre-code (like V284), /help, or a question. Ctrl-D quits.\n",
      );
    }
    adapters.push(adapter);
    consoleDone = adapter.finished;
  }

  for (const a of adapters) await a.start();
  logger.info({ platforms: adapters.map((a) => a.platform) }, "started");
  return waitForExit({ logger, adapters, consoleDone });
}

async function waitForExit(input: {
  logger: Logger;
  adapters: PlatformAdapter[];
  consoleDone: Promise<void> | undefined;
}): Promise<number> {
  const { logger, adapters } = input;
  const signal = new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  const reason = await Promise.race([
    signal,
    input.consoleDone?.then(() => "end of input") ?? new Promise<never>(() => {}),
  ]);
  logger.info({ reason }, "shutting down");
  const results = await Promise.allSettled(adapters.map((a) => a.stop()));
  for (const r of results)
    if (r.status === "rejected") logger.error({ err: r.reason }, "adapter stop failed");
  return 0;
}
