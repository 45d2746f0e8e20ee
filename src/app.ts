/**
 * Composition root: config → logger → store → bot → platforms (each only when configured).
 * With no platform token it runs the terminal chat. Resolves with the process exit code.
 */
import type { Services } from "../commands/services.js";
import { buildDeskChannel, discordDeskScope } from "./app-desk.js";
import { attachSupportDesk, createStoreServices, startBackground } from "./app-support.js";
import { createBot } from "./bot/index.js";
import { createRateGate } from "./bot/rate-gate.js";
import { type Config, ConfigError, type Env, parseConfig, withEnvFile } from "./config.js";
import { createObservability } from "./http/observability.js";
import { mountOperations } from "./http/ops-listener.js";
import { createHttpServer, type HttpServer } from "./http/server.js";
import { createImageServices } from "./images/services.js";
import { createLogger, type Logger, registerSecret } from "./logger.js";
import { createOutbox, type OutboxEvent } from "./outbox/index.js";
import { createConsoleAdapter } from "./platforms/console/index.js";
import type { DiscordAdapter } from "./platforms/discord/index.js";
import type { TelegramAdapter } from "./platforms/telegram/index.js";
import type { PlatformAdapter } from "./platforms/types.js";
import { createWebAdapter } from "./platforms/web/index.js";
import { openStore } from "./store/index.js";

export interface StartOptions {
  /** `dokker-bot chat`: terminal chat even if tokens are set. */
  readonly forceConsole?: boolean;
  /**
   * The environment the configuration is read from (default `process.env`; `.env` fills in what
   * it lacks). A shard process passes its own (src/shard.ts) instead of changing `process.env`.
   */
  readonly env?: Env;
  /** `dokker-bot chat --images DIR`: the terminal chat writes pictures there and prints their paths. */
  readonly imagesDir?: string;
}

function platformsConfigured(c: Config): boolean {
  return Boolean(c.TELEGRAM_BOT_TOKEN || c.DISCORD_TOKEN || c.WEB_CHAT === "on");
}

export async function startApp(opts: StartOptions = {}): Promise<number> {
  const env = withEnvFile(opts.env ?? process.env);
  let config: Config;
  try {
    config = parseConfig(env);
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
  registerSecret(config.WEB_SECRET);
  const useConsole =
    opts.forceConsole ||
    config.CONSOLE === "on" ||
    (config.CONSOLE === "auto" && !platformsConfigured(config));
  const explicitLevel = env.LOG_LEVEL !== undefined;
  const logger = createLogger({ level: useConsole && !explicitLevel ? "warn" : config.LOG_LEVEL });

  // Store: the store opens (and migrates) before any
  // adapter; services are filled from it. The desk is attached once the adapters exist.
  const store = await openStore(config.DATABASE_URL, { logger, instanceId: config.INSTANCE_ID });
  const services = createStoreServices(store, logger) satisfies Services;
  // Operations: metrics fed by the bot and the adapters; the HTTP server (health,
  // readiness, metrics and the Telegram webhook) runs in every non-console mode — also with no
  // platform configured, so a container is observable before any token is set.
  const serveHttp = !useConsole || !!config.TELEGRAM_BOT_TOKEN;
  const ops = await createObservability(logger, { serve: serveHttp });
  services.observer = ops.observer;
  // Label photos and faceplate pictures (issue #14): one OCR pool per process.
  const images = createImageServices({
    size: config.OCR_WORKERS,
    pictures: config.FACEPLATE_PICTURES === "on",
  });
  Object.assign(services, { labels: images.labels, faceplate: images.faceplate });
  // The durable outbox: every message that is not an immediate interaction answer leaves from
  // the store, drained by this process's scheduler (issue #10).
  const outbox = createOutbox({
    store: store.outbox,
    logger,
    owner: config.INSTANCE_ID,
    shared: store.dialect === "postgres",
    maxAgeMs: config.OUTBOX_MAX_AGE_HOURS * 3_600_000,
    pollMs: config.OUTBOX_POLL_MS,
    leaseMs: config.OUTBOX_LEASE_MS,
    onEvent: await (async () => {
      const outboxMetrics = ops.metrics
        ? (await import("./outbox/metrics.js")).createOutboxMetrics(ops.metrics.registry, store.outbox)
        : undefined;
      return (e: OutboxEvent) => {
        outboxMetrics?.(e);
        ops.onOutboxEvent(e);
      };
    })(),
  });
  const http: HttpServer | undefined = serveHttp
    ? createHttpServer({
        host: config.HTTP_HOST,
        port: config.HTTP_PORT,
        logger,
        maxConnections: config.HTTP_MAX_CONNECTIONS,
      })
    : undefined;
  // Per-user limits, counted in the store (issue #11).
  const gate = createRateGate(
    store.limits,
    {
      messagesPerMinute: config.MESSAGES_PER_MINUTE,
      photosPerMinute: config.PHOTOS_PER_MINUTE,
      ticketsPerDay: config.TICKETS_PER_DAY,
    },
    logger,
  );
  const bot = createBot({ logger, onHandled: ops.onHandled, gate });
  const adapters: PlatformAdapter[] = [];
  // Readiness reads `adapters` on every probe; METRICS_PORT moves these routes to their own port.
  if (http) await mountOperations({ config, logger, http, mount: (s) => ops.mount(s, adapters, store) });

  let consoleDone: Promise<void> | undefined;
  if (useConsole) {
    const adapter = createConsoleAdapter({
      bot,
      services,
      input: process.stdin,
      output: process.stdout,
      locale: config.DEFAULT_LOCALE,
      logger,
      ...(opts.imagesDir ? { imagesDir: opts.imagesDir } : {}),
    });
    if (process.stdout.isTTY) {
      process.stdout.write(
        "Dokker Radio Code — terminal chat. Send a pre-code (like V284), /help, or a question. Ctrl-D quits.\n",
      );
    }
    adapters.push(adapter);
    consoleDone = adapter.finished;
  }

  // Telegram: the adapter (webhook route on the HTTP server), when a token is set.
  let telegram: TelegramAdapter | undefined;
  if (config.TELEGRAM_BOT_TOKEN) {
    // Loaded only when configured, like Discord's: an unused platform costs no memory.
    const { createTelegramAdapter } = await import("./platforms/telegram/index.js");
    telegram = createTelegramAdapter({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhookUrl: config.TELEGRAM_WEBHOOK_URL,
      webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
      http,
      bot,
      services,
      logger,
      defaultLocale: config.DEFAULT_LOCALE,
      limits: {
        perChatPerSecond: config.TELEGRAM_RATE_PER_CHAT,
        perGroupPerMinute: config.TELEGRAM_RATE_PER_GROUP_MINUTE,
        globalPerSecond: config.TELEGRAM_RATE_GLOBAL,
      },
      // Replies are outbox rows written with the update's claim (a redelivered update, or one
      // posted to another replica on the same database, is answered once).
      outbox,
      intakeDeadAfterMs: config.INTAKE_DEAD_AFTER_MS,
      onDeliveryEvent: ops.onTelegramDelivery,
    });
    adapters.push(telegram);
  }
  // Web chat: page, widget and chat endpoints on the HTTP server, when WEB_CHAT=on.
  if (config.WEB_CHAT === "on" && http) {
    const web = createWebAdapter({
      outbox,
      http,
      bot,
      services,
      store,
      logger,
      defaultLocale: config.DEFAULT_LOCALE,
      allowedOrigins: config.WEB_ALLOWED_ORIGINS,
      secret: config.WEB_SECRET,
      retentionDays: config.RETENTION_DAYS,
    });
    // Web replies are stored by `send` itself; rows queued for web in the outbox go the same way.
    outbox.register(web.outboxSender);
    adapters.push(web);
  }
  // Listen before the adapters start: Telegram may post to the webhook as soon as it is set.
  const httpPort = http ? await http.listen() : undefined;

  // Discord: the discord.js adapter, when a token is set.
  let discord: DiscordAdapter | undefined;
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
    // Loaded only when configured: discord.js alone costs ~27 MiB and ~0.7 s at start-up.
    const { createDiscordAdapter } = await import("./platforms/discord/index.js");
    const deskScope = discordDeskScope(config); // staff read/write in the desk forum
    discord = createDiscordAdapter({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      api: config.DISCORD_API,
      bot,
      services,
      logger,
      defaultLocale: config.DEFAULT_LOCALE,
      onRateLimited: ops.onDiscordRateLimited,
      outbox,
      ...(deskScope ? { desk: deskScope } : {}),
    });
    adapters.push(discord);
  }

  // Support desk: only with SUPPORT_DESK and a desk channel for it.
  let desk: ReturnType<typeof attachSupportDesk>;
  try {
    const channel = buildDeskChannel(config, adapters);
    desk = attachSupportDesk({
      config,
      store,
      logger,
      adapters,
      services,
      outbox,
      ...(channel ? { channel } : {}),
    });
  } catch (error) {
    // A desk on a platform without its token: reported like any other invalid setting.
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
    await http?.close();
    await store.close();
    await images.close();
    return 2;
  }
  if (desk) discord?.attachDesk(desk); // staff messages in Discord forum posts go to the desk
  if (desk) telegram?.attachDesk(desk); // staff messages in Telegram desk topics go to the desk

  // Sending starts first: what a previous run left in the outbox goes out at once.
  await outbox.start();
  for (const a of adapters) await a.start();
  // Reminders (overdue ones fire at once) and maintenance run only while the adapters do.
  const background = startBackground({ config, store, logger, adapters, desk, outbox });
  logger.info({ platforms: adapters.map((a) => a.platform), httpPort }, "started");
  if (!useConsole) warmFaqMatcher(services, logger);
  return waitForExit({ logger, adapters, consoleDone, http, background, store, outbox });
}

async function waitForExit(input: {
  logger: Logger;
  adapters: PlatformAdapter[];
  consoleDone: Promise<void> | undefined;
  http?: HttpServer | undefined;
  background?: { stop(): Promise<void> };
  store?: { close(): Promise<void> };
  outbox?: { stop(graceMs?: number): Promise<void> };
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
  // Intake stops at once (updates being handled finish writing their replies to the outbox);
  // then sends in flight get 5 s; whatever waits stays in the outbox for the next start.
  await input.background?.stop();
  const results = await Promise.allSettled(adapters.map((a) => a.stop()));
  for (const r of results)
    if (r.status === "rejected") logger.error({ err: r.reason }, "adapter stop failed");
  await input.outbox?.stop(5000);
  await input.http?.close();
  // Last: adapters may still be finishing replies that touch the store.
  await input.store?.close();
  logger.info("stopped");
  return 0;
}

/**
 * A bot serving chats builds the FAQ search (~0.5 s of CPU, the Snowball stemmers' tables) right
 * after start instead of on the first question, so no user waits for it and a burst at start
 * does not stall behind it. The terminal chat keeps it lazy (its idle memory, issue #10).
 */
function warmFaqMatcher(services: Services, logger: Logger): void {
  const started = performance.now();
  setImmediate(() => {
    services.faqLearning
      ?.matcher()
      .then(() => logger.info({ ms: Math.round(performance.now() - started) }, "faq search ready"))
      .catch((error: unknown) =>
        logger.warn({ err: error }, "faq search not built at start; built on first use"),
      );
  });
}
