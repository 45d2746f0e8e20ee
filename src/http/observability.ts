/**
 * Operations wiring for the composition root (issue #7), kept here so app.ts gains only a few
 * lines: the metrics registry, the hooks that feed it (bot `onHandled`, Telegram delivery events,
 * Discord 429s, FAQ misses), and the health/readiness/metrics routes.
 */
import { listCommands } from "../../commands/registry.js";
import { ACTION_IDS } from "../../commands/replies/action-ids.js";
import type { Observer } from "../../commands/services.js";
import type { HandledEvent } from "../bot/index.js";
import type { Logger } from "../logger.js";
import type { OutboxEvent } from "../outbox/index.js";
import type { DeliveryEvent, PlatformAdapter } from "../platforms/types.js";
import { mountHealth, type ReadinessCheck } from "./health.js";
import type { Metrics } from "./metrics.js";
import type { HttpServer } from "./server.js";

/** The store as operations read it: a ping for readiness, two counts for the gauges. */
export interface ObservedStore {
  ping(): Promise<void>;
  tickets: { countOpen(): Promise<number> };
  reminders: { countPending(): Promise<number> };
}

export interface Observability {
  /** Undefined where no metrics are served (the terminal chat). */
  readonly metrics: Metrics | undefined;
  /** For `createBot({ onHandled })`. */
  onHandled(event: HandledEvent): void;
  /** For `services.observer`. */
  readonly observer: Observer;
  /** For the Telegram adapter's `onDeliveryEvent`. */
  onTelegramDelivery(event: DeliveryEvent): void;
  /** For the outbox's `onEvent`: its sends count in the same retry / 429 / failure metrics. */
  onOutboxEvent(event: OutboxEvent): void;
  /** For the Discord adapter's `onRateLimited`. */
  onDiscordRateLimited(): void;
  /**
   * Adds /healthz, /readyz and /metrics. `adapters` is read on every probe, so adapters added
   * (or started) later are included; readiness = every adapter ready and the store answering.
   */
  mount(http: HttpServer, adapters: readonly PlatformAdapter[], store: ObservedStore): void;
}

/**
 * Command names, action ids and the bot's fixed names ("text"): the only values the `name` label
 * may take. Anything else (a typed `/whatever`) becomes "other", so user input can't create series.
 */
function knownNames(): ReadonlySet<string> {
  return new Set<string>(["text", ...listCommands().map((c) => c.name), ...Object.values(ACTION_IDS)]);
}

/** Known command/action names only, so user input can never blow up label cardinality. */
function safeLabel(name: string, known: ReadonlySet<string>): string {
  return known.has(name) ? name : "other";
}

/**
 * `serve: false` (no HTTP server: the terminal chat) keeps no metrics: prom-client, ~4 MiB once
 * loaded, is loaded only where /metrics is served (issue #10: `npm start` idles under 120 MiB).
 */
export async function createObservability(
  logger: Logger,
  opts: { serve?: boolean; defaultMetrics?: boolean } = {},
): Promise<Observability> {
  const metrics = opts.serve === false ? undefined : (await import("./metrics.js")).createMetrics(opts);
  const known = knownNames();
  const log = logger.child({ component: "observer" });
  return {
    metrics,
    onHandled(e) {
      metrics?.updates.inc({
        platform: e.platform,
        kind: e.kind,
        name: safeLabel(e.name, known),
        outcome: e.outcome,
      });
      metrics?.replyLatency.observe({ platform: e.platform, kind: e.kind }, e.ms / 1000);
    },
    observer: {
      faqUnmatched(question, lang) {
        metrics?.faqUnmatched.inc({ lang });
        // Counted at info (the metric), the words only at debug: they are the user's own message
        // (privacy, issue #11). The FAQ misses table keeps them for review, without a user id.
        log.debug({ lang, question: question.slice(0, 300) }, "faq question unmatched");
      },
      topicNotStored(error) {
        log.warn({ err: error }, "last topic not stored; the next message is read on its own");
      },
    },
    onTelegramDelivery(e) {
      if (e.type === "rate-limited") metrics?.rateLimited.inc({ platform: "telegram" });
      else if (e.type === "retry") metrics?.retries.inc({ platform: "telegram", reason: e.reason });
      else metrics?.deliveryFailures.inc({ platform: "telegram" });
    },
    onOutboxEvent(e) {
      if (e.type === "retry") {
        if (e.reason === "429") metrics?.rateLimited.inc({ platform: e.platform });
        metrics?.retries.inc({ platform: e.platform, reason: e.reason });
      } else if (e.type === "failed" || e.type === "dropped") {
        metrics?.deliveryFailures.inc({ platform: e.platform });
      }
    },
    onDiscordRateLimited() {
      metrics?.rateLimited.inc({ platform: "discord" });
      // @discordjs/rest retries every 429 it receives.
      metrics?.retries.inc({ platform: "discord", reason: "429" });
    },
    mount(http, adapters, store) {
      metrics?.observeStore({
        openTickets: () => store.tickets.countOpen(),
        pendingReminders: () => store.reminders.countPending(),
      });
      const checks = (): ReadinessCheck[] => [
        ...adapters.map((a) => ({ name: a.platform, check: () => a.isReady() })),
        { name: "store", check: () => store.ping().then(() => true) },
      ];
      const live = () =>
        adapters.map((a) => ({ name: a.platform, alive: a.intakeAlive ? a.intakeAlive() : true }));
      mountHealth(http, checks, metrics, live);
    },
  };
}
