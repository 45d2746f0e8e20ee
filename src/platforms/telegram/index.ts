/**
 * The Telegram adapter (telegraf 4.16 as the Bot API client): receives updates by long polling
 * (poll.ts) or by webhook on the project's HTTP server; hands each to the receiver. Messages go
 * out through the durable outbox (outbox.ts: rows drained by the app's scheduler under Telegram's
 * limits); the few calls whose answer is needed at once (getMe, answerCallbackQuery, getFile,
 * createForumTopic, getChatMember…) go through the delivery layer directly. See README.md.
 */
import { Agent as HttpAgent } from "node:http";
import { Telegraf } from "telegraf";
import type { Reply } from "../../core/reply.js";
import { registerSecret } from "../../logger.js";
import { badConversationId } from "../errors.js";
import { registerCommandMenus } from "./commands-menu.js";
import { type CallSink, createDelivery, DEFAULT_LIMITS } from "./delivery.js";
import { createTelegramDeskChannel } from "./desk.js";
import { createDownloader } from "./files.js";
import { decodeTelegramConversation } from "./ids.js";
import { createTelegramSender, type RowContext, telegramRow } from "./outbox.js";
import { createPoller, type Poller } from "./poll.js";
import { ALLOWED_UPDATES, createReceiver } from "./receive.js";
import { sendReply } from "./send.js";
import { createStaffGroup, type StaffGroup } from "./staff.js";
import type { ApiCall, StaffDesk, TelegramAdapter, TelegramAdapterConfig, TgUpdate } from "./types.js";
import { createWebhookRoute } from "./webhook.js";

export type {
  TelegramAdapter,
  TelegramAdapterConfig,
} from "./types.js";

const POLL_STOP_TIMEOUT_MS = 5_000;

/** Queues a reply to a conversation in the outbox. */
async function sendTo(
  out: (ctx: RowContext) => CallSink,
  conversation: string,
  reply: Reply,
  ctx: RowContext,
): Promise<void> {
  const target = decodeTelegramConversation(conversation);
  if (!target) {
    throw badConversationId("telegram", conversation);
  }
  await sendReply(out(ctx), target, reply);
}

/** A token's bot id (the digits before the colon): the key of the bot's shared send budget. */
const botIdOf = (token: string) => token.split(":")[0] ?? "bot";

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
  const { outbox } = config;
  const limits = { ...DEFAULT_LIMITS, ...definedNumbers(config.limits) };
  outbox.register(
    createTelegramSender({ api, botId: botIdOf(config.token), limits, services: config.services }),
  );
  const out = (ctx: RowContext): CallSink => ({
    call: async (call) => {
      await outbox.enqueue([telegramRow(call, ctx)]);
      return undefined;
    },
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
    delivery,
    outbox,
    out,
    now: config.now ?? (() => new Date()),
  });

  let ready = false;
  let accepting = false;
  let username: string | undefined;
  let poller: Poller | undefined;
  // Liveness counts from creation: a slow start-up (getMe waiting) is not dead intake.
  let startedAt = Date.now();

  function startWebhook(url: string): Promise<unknown> {
    const { http, webhookSecret } = config;
    if (!http || !webhookSecret) {
      throw new Error("webhook mode needs the HTTP server and a secret");
    }
    const path = new URL(url).pathname;
    const route = createWebhookRoute({
      secret: webhookSecret,
      logger: log,
      handle: (u: TgUpdate) => receiver.handle(u),
      accepting: () => accepting,
    });
    http.route("POST", path, route);
    return delivery.call({
      method: "setWebhook",
      payload: { url, secret_token: webhookSecret, allowed_updates: ALLOWED_UPDATES },
    });
  }

  async function startPolling(): Promise<void> {
    // getUpdates does not work while a webhook is set.
    await delivery.call({ method: "deleteWebhook", payload: {} }).catch((error: unknown) => {
      log.warn({ err: error }, "telegram deleteWebhook failed; polling anyway");
    });
    poller = createPoller({
      api,
      allowedUpdates: ALLOWED_UPDATES,
      handle: (u) => receiver.handle(u),
      logger: log,
    });
    poller.start();
  }

  /** Command menus and the like: useful, never worth delaying intake for. */
  function background(task: () => Promise<unknown>, what: string): void {
    task().catch((error: unknown) => log.warn({ err: error }, `telegram ${what} failed`));
  }

  return {
    platform: "telegram",
    isReady: () => ready && (poller === undefined || poller.status().lastError === undefined),
    intakeAlive(now = Date.now()) {
      const deadAfter = config.intakeDeadAfterMs ?? 60_000;
      if (!poller) return ready || now - startedAt < deadAfter;
      const { lastOkAt, lastError } = poller.status();
      // A long poll answers at least every ~50 s; failing for longer than this means intake is dead.
      return lastError === undefined || now - Math.max(lastOkAt, startedAt) < deadAfter;
    },
    username: () => username,
    async start() {
      const me = await delivery.call<{ id: number; username?: string; first_name: string }>({
        method: "getMe",
        payload: {},
      });
      username = me.username;
      if (username) config.bot.setBotUsername(username);
      if (me) telegraf.botInfo = me as NonNullable<typeof telegraf.botInfo>;
      startedAt = Date.now();
      accepting = true;
      if (config.webhookUrl) await startWebhook(config.webhookUrl);
      else await startPolling();
      ready = true;
      background(
        () => registerCommandMenus(delivery, config.bot.commands, log, config.services.support !== undefined),
        "command menus",
      );
      log.info({ username, mode: config.webhookUrl ? "webhook" : "polling" }, "telegram started");
    },
    async stop() {
      ready = false;
      accepting = false;
      await poller?.stop();
      // Updates being handled finish their intake (their replies are in the outbox then).
      const idle = await receiver.idle(POLL_STOP_TIMEOUT_MS);
      if (!idle) log.warn("telegram updates still being handled at stop");
      await delivery.drain(POLL_STOP_TIMEOUT_MS);
    },
    send: (conversation, reply, options) =>
      sendTo(out, conversation, reply, {
        kind: options?.kind ?? "message",
        ...(options?.userKey !== undefined ? { userKey: options.userKey } : {}),
        meta: options?.meta ?? null,
      }),
    deskChannel(setup) {
      staffGroup = createStaffGroup({ chatId: setup.groupChatId, delivery, logger: log });
      return createTelegramDeskChannel({
        delivery,
        out,
        outbox,
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

/** Positive finite numbers from a partial settings object (others keep the defaults). */
function definedNumbers<T extends object>(patch: Partial<T> | undefined): Partial<T> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(patch ?? {})) {
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out[k] = v;
  }
  return out as Partial<T>;
}
