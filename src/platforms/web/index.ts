/**
 * The web chat adapter (issue #15): a page at `/` and an embeddable widget (`/widget.js`) on the
 * project's HTTP server, enabled by WEB_CHAT=on. Same bot, same desk: a web visitor is the user
 * `web:{sessionId}` in the conversation `web:{sessionId}`.
 *
 * `send()` (staff answers, reminders, anything outside a request) queues in the durable outbox;
 * its scheduler appends the message to the conversation's history in the store and pushes it to
 * the pages open right now. A visitor who is away reads it when they come back, so a web user is
 * never "unreachable".
 */
import { hasDesk, type Services } from "../../../commands/services.js";
import type { Bot } from "../../bot/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Reply } from "../../core/reply.js";
import type { HttpServer } from "../../http/server.js";
import type { Logger } from "../../logger.js";
import type { Outbox, OutboxSender } from "../../outbox/index.js";
import type { JsonObject, Store } from "../../store/index.js";
import { badConversationId } from "../errors.js";
import type { PlatformAdapter, SendOptions } from "../types.js";
import { loadAssets } from "./assets.js";
import { createConversations } from "./conversation.js";
import { createHub, type Hub } from "./hub.js";
import { decodeWebConversation } from "./ids.js";
import { createGauge, createRateLimiter } from "./limits.js";
import { createWebOutboxSender } from "./outbox.js";
import { renderWeb } from "./render.js";
import { DEFAULT_WEB_LIMITS, registerRoutes, type WebLimits } from "./routes.js";
import { normaliseOrigin } from "./security.js";
import { createSessionSigner, newSecret, type SessionSigner } from "./session.js";

export interface WebAdapterConfig {
  readonly http: HttpServer;
  readonly bot: Bot;
  readonly services: Services;
  readonly store: Pick<Store, "web">;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  /** Sites that may embed the widget (`https://shop.example.org`). */
  readonly allowedOrigins: readonly string[];
  /** Signing secret (WEB_SECRET); when absent one is generated once and kept in the store. */
  readonly secret?: string | undefined;
  readonly limits?: Partial<WebLimits>;
  /** History older than this many days is deleted (RETENTION_DAYS, like closed tickets). */
  readonly retentionDays?: number;
  readonly now?: () => Date;
  /**
   * The durable outbox: messages outside a request (staff answers, reminders) are queued there and
   * its scheduler appends them to the history (outbox.ts). Without it, `send` appends at once.
   */
  readonly outbox?: Pick<Outbox, "enqueue">;
}

export interface WebAdapter extends PlatformAdapter {
  readonly hub: Hub;
  /** For `outbox.register(...)` when web rows go through the durable outbox (see outbox.ts). */
  readonly outboxSender: OutboxSender;
}

const STOP_WAIT_MS = 5_000;

export function createWebAdapter(config: WebAdapterConfig): WebAdapter {
  const log = config.logger.child({ platform: "web" });
  const limits = { ...DEFAULT_WEB_LIMITS, ...config.limits };
  const hub = createHub(config.store.web);
  const conversations = createConversations({
    bot: config.bot,
    services: config.services,
    hub,
    logger: log,
    defaultLocale: config.defaultLocale,
    now: config.now ?? (() => new Date()),
  });
  const allowedOrigins = new Set(
    config.allowedOrigins.flatMap((o) => {
      const origin = normaliseOrigin(o);
      return origin ? [origin] : [];
    }),
  );
  const stopHooks = new Set<() => void>();
  let signer: SessionSigner | undefined;
  let ready = false;
  let purgeTimer: NodeJS.Timeout | undefined;
  const purge = () => {
    if (config.retentionDays === undefined) return;
    const before = Date.now() - config.retentionDays * 86_400_000;
    config.store.web
      .purgeOlderThan(before)
      .then((n) => n > 0 && log.info({ deleted: n }, "old web chat history deleted"))
      .catch((error: unknown) => log.warn({ err: error }, "web chat history purge failed"));
  };

  // Routes exist from creation (the server may listen before `start`); they answer 503 until then.
  registerRoutes({
    http: config.http,
    assets: loadAssets(),
    hub,
    conversations,
    logger: log,
    defaultLocale: config.defaultLocale,
    // Read per request: the desk is attached to the services after the adapters are built.
    desk: () => hasDesk(config.services),
    allowedOrigins,
    limits: {
      conversation: createRateLimiter({ limit: limits.perConversationPerMinute, windowMs: 60_000 }),
      ip: createRateLimiter({ limit: limits.perIpPerMinute, windowMs: 60_000 }),
      sessions: createRateLimiter({ limit: limits.sessionsPerIpPerMinute, windowMs: 60_000 }),
      conversationStreams: createGauge(limits.streamsPerConversation),
      ipStreams: createGauge(limits.streamsPerIp),
    },
    signer: () => (ready ? signer : undefined),
    onStop: (close) => {
      stopHooks.add(close);
      return () => stopHooks.delete(close);
    },
  });

  return {
    platform: "web",
    hub,
    outboxSender: createWebOutboxSender(hub),
    isReady: () => ready,
    async start() {
      const secret = config.secret ?? (await config.store.web.setting("session-secret", newSecret));
      signer = createSessionSigner(secret);
      ready = true;
      purge();
      purgeTimer = setInterval(purge, 3_600_000);
      purgeTimer.unref();
      log.info({ widgetOrigins: [...allowedOrigins] }, "web chat ready");
    },
    async stop() {
      ready = false;
      clearInterval(purgeTimer);
      await conversations.idle(STOP_WAIT_MS);
      for (const close of [...stopHooks]) close();
    },
    async send(conversation: string, reply: Reply, options?: SendOptions) {
      if (decodeWebConversation(conversation) === undefined) throw badConversationId("web", conversation);
      const message = renderWeb(reply);
      if (!config.outbox) {
        await hub.deliver(conversation, message);
        return;
      }
      await config.outbox.enqueue([
        {
          platform: "web",
          conversation,
          userKey: options?.userKey === undefined ? conversation : options.userKey,
          kind: options?.kind ?? "message",
          payload: message as unknown as JsonObject,
          meta: options?.meta ?? null,
        },
      ]);
    },
  };
}
