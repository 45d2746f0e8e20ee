/**
 * The Telegram adapter (telegraf 4.16): receives updates by long polling, or by webhook on the
 * project's HTTP server when a webhook URL is configured; hands each to the receiver; sends every
 * outgoing call through the delivery layer (order, throttle, retry). See README.md for quirks.
 */
import { Telegraf } from "telegraf";
import { registerSecret } from "../../logger.js";
import { registerCommandMenus } from "./commands-menu.js";
import { createMemoryDeduper } from "./dedupe.js";
import { createDelivery } from "./delivery.js";
import { PlatformError } from "./errors.js";
import { decodeTelegramConversation } from "./ids.js";
import { ALLOWED_UPDATES, createReceiver } from "./receive.js";
import { sendReply } from "./send.js";
import type { ApiCall, TelegramAdapter, TelegramAdapterConfig, TgUpdate } from "./types.js";
import { createWebhookRoute } from "./webhook.js";

export { createMemoryDeduper } from "./dedupe.js";
export type { DeliveryLimits, RetryPolicy } from "./delivery.js";
export * from "./errors.js";
export { decodeTelegramConversation, encodeTelegramConversation } from "./ids.js";
export type { TelegramAdapter, TelegramAdapterConfig, UpdateDeduper } from "./types.js";

const POLL_STOP_TIMEOUT_MS = 5_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export function createTelegramAdapter(config: TelegramAdapterConfig): TelegramAdapter {
  registerSecret(config.token);
  registerSecret(config.webhookSecret);
  const log = config.logger.child({ platform: "telegram" });
  const telegraf = new Telegraf(config.token, {
    telegram: { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}), webhookReply: false },
    handlerTimeout: 60_000,
  });
  const api: ApiCall = (method, payload, signal) =>
    // telegraf types the signal with the abort-controller polyfill's AbortSignal; Node's is compatible.
    telegraf.telegram.callApi(method as never, payload as never, { signal } as never);
  const delivery = createDelivery({ api, logger: log, limits: config.limits, retry: config.retry });
  const receiver = createReceiver({
    bot: config.bot,
    services: config.services,
    logger: log,
    defaultLocale: config.defaultLocale,
    deduper: config.deduper ?? createMemoryDeduper(),
    delivery,
    now: config.now ?? (() => new Date()),
  });
  telegraf.use((ctx) => receiver.handle(ctx.update as unknown as TgUpdate));
  telegraf.catch((error) => log.error({ err: error }, "telegram update failed"));

  let ready = false;
  let accepting = false;
  let username: string | undefined;
  let polling: Promise<void> | undefined;

  function startWebhook(url: string): Promise<unknown> {
    const { http, webhookSecret } = config;
    if (!http || !webhookSecret) {
      throw new PlatformError("bad-request", "webhook mode needs the HTTP server and a secret", "setWebhook");
    }
    const path = new URL(url).pathname;
    const route = createWebhookRoute({
      secret: webhookSecret,
      logger: log,
      handle: (u) => receiver.handle(u),
      accepting: () => accepting,
    });
    http.route("POST", path, route);
    return delivery.call({
      method: "setWebhook",
      payload: { url, secret_token: webhookSecret, allowed_updates: ALLOWED_UPDATES },
    });
  }

  function startPolling(): void {
    // launch() skips getMe (botInfo is set), deletes any webhook, then polls until stop();
    // its promise settles only when polling has stopped and the offset was confirmed.
    polling = telegraf.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).then(
      () => log.info("telegram polling stopped, offset confirmed"),
      (error: unknown) => {
        ready = false;
        log.error({ err: error }, "telegram polling failed");
      },
    );
  }

  return {
    platform: "telegram",
    isReady: () => ready,
    username: () => username,
    async start() {
      const me = await delivery.call<{ id: number; username?: string; first_name: string }>({
        method: "getMe",
        payload: {},
      });
      username = me.username;
      if (username) config.bot.setBotUsername(username);
      telegraf.botInfo = me as typeof telegraf.botInfo;
      await registerCommandMenus(delivery, config.bot.commands, log);
      accepting = true;
      if (config.webhookUrl) await startWebhook(config.webhookUrl);
      else startPolling();
      ready = true;
      log.info({ username, mode: config.webhookUrl ? "webhook" : "polling" }, "telegram started");
    },
    async stop() {
      ready = false;
      accepting = false;
      if (polling) {
        try {
          telegraf.stop("shutdown");
        } catch {
          // "Bot is not running!": polling already ended (e.g. it failed); nothing to stop.
        }
        if ((await withTimeout(polling, POLL_STOP_TIMEOUT_MS)) === "timeout") {
          log.warn("telegram polling did not stop in time");
        }
      }
      const timeout = config.drainTimeoutMs ?? 10_000;
      const idle = await receiver.idle(timeout);
      const drained = idle && (await delivery.drain(timeout));
      if (drained) log.info("telegram replies drained");
      else log.error({ pending: delivery.pending() }, "telegram stopped with replies still queued");
    },
    async send(conversation, reply) {
      const target = decodeTelegramConversation(conversation);
      if (!target) {
        throw new PlatformError("bad-request", `not a Telegram conversation: ${conversation}`, "send");
      }
      await sendReply(delivery, target, reply);
    },
  };
}
