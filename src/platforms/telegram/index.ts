/**
 * The Telegram adapter (telegraf 4.16): receives updates by long polling, or by webhook on the
 * project's HTTP server when a webhook URL is configured; hands each to the receiver; sends every
 * outgoing call through the delivery layer (order, throttle, retry). See README.md for quirks.
 */
import { Agent as HttpAgent } from "node:http";
import { Telegraf } from "telegraf";
import type { Reply } from "../../core/reply.js";
import { registerSecret } from "../../logger.js";
import { Unreachable } from "../../support/errors.js";
import { registerCommandMenus } from "./commands-menu.js";
import { createMemoryDeduper } from "./dedupe.js";
import { createDelivery, type Delivery } from "./delivery.js";
import { createTelegramDeskChannel } from "./desk.js";
import { Forbidden, NotFound, PlatformError } from "./errors.js";
import { createDownloader } from "./files.js";
import { decodeTelegramConversation } from "./ids.js";
import { ALLOWED_UPDATES, createReceiver } from "./receive.js";
import { sendReply } from "./send.js";
import { createStaffGroup, type StaffGroup } from "./staff.js";
import type { ApiCall, StaffDesk, TelegramAdapter, TelegramAdapterConfig, TgUpdate } from "./types.js";
import { createWebhookRoute } from "./webhook.js";

export { createMemoryDeduper } from "./dedupe.js";
export type { DeliveryEvent, DeliveryLimits, RetryPolicy } from "./delivery.js";
export { createTelegramDeskChannel } from "./desk.js";
export * from "./errors.js";
export { decodeTelegramConversation, encodeTelegramConversation } from "./ids.js";
export type {
  StaffDesk,
  TelegramAdapter,
  TelegramAdapterConfig,
  TelegramDeskSetup,
  UpdateDeduper,
} from "./types.js";

const POLL_STOP_TIMEOUT_MS = 5_000;

/**
 * The user can't be reached: "Forbidden: bot was blocked by the user" / "user is deactivated"
 * (403) or "Bad Request: chat not found" (400). The desk and the reminder worker check the ONE
 * platform-neutral `Unreachable` class, so the send path translates our `Forbidden`/`NotFound`.
 */
export function toUnreachable(conversation: string, error: unknown): Unreachable | undefined {
  if (!(error instanceof PlatformError)) return undefined;
  if (error instanceof Forbidden) {
    const deactivated = /deactivated/i.test(error.message);
    return new Unreachable(conversation, deactivated ? "not-found" : "blocked", { cause: error });
  }
  if (error instanceof NotFound && /chat not found|user not found|PEER_ID_INVALID/i.test(error.message)) {
    return new Unreachable(conversation, "not-found", { cause: error });
  }
  return undefined;
}

/** Sends a reply to a conversation; unreachable users become `Unreachable`. */
async function sendTo(delivery: Delivery, conversation: string, reply: Reply): Promise<void> {
  const target = decodeTelegramConversation(conversation);
  if (!target) {
    throw new PlatformError("bad-request", `not a Telegram conversation: ${conversation}`, "send");
  }
  try {
    await sendReply(delivery, target, reply);
  } catch (error) {
    throw toUnreachable(conversation, error) ?? error;
  }
}

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
  // telegraf keeps connections alive for https:// API roots but drops any agent for http:// ones
  // (a local Bot API server, the test fake): without this every call opens a new TCP connection.
  if (config.apiRoot?.startsWith("http://")) {
    telegraf.telegram.options.agent = new HttpAgent({ keepAlive: true, keepAliveMsecs: 10_000 });
  }
  const api: ApiCall = (method, payload, signal) =>
    // telegraf types the signal with the abort-controller polyfill's AbortSignal; Node's is compatible.
    telegraf.telegram.callApi(method as never, payload as never, { signal } as never);
  const delivery = createDelivery({
    api,
    logger: log,
    limits: config.limits,
    retry: config.retry,
    ...(config.onDeliveryEvent ? { onEvent: config.onDeliveryEvent } : {}),
  });
  let staffGroup: StaffGroup | undefined;
  let desk: StaffDesk | undefined;
  const receiver = createReceiver({
    downloader: createDownloader({ delivery, token: config.token, apiRoot: config.apiRoot, logger: log }),
    staffGroup: () => staffGroup,
    desk: () => desk,
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
    send: (conversation, reply) => sendTo(delivery, conversation, reply),
    deskChannel(setup) {
      staffGroup = createStaffGroup({ chatId: setup.groupChatId, delivery, logger: log });
      return createTelegramDeskChannel({
        delivery,
        groupChatId: setup.groupChatId,
        ...(setup.logChatId !== undefined ? { logChatId: setup.logChatId } : {}),
        logger: log,
      });
    },
    attachDesk(attached) {
      desk = attached;
    },
  };
}
