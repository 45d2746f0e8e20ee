/**
 * Prometheus metrics (prom-client) on a registry of our own, so tests and several bots in one
 * process don't collide. Gauges that mirror the database (open tickets, pending reminders) are
 * collected on scrape.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export interface Metrics {
  readonly registry: Registry;
  readonly updates: Counter<"platform" | "kind" | "name" | "outcome">;
  readonly replyLatency: Histogram<"platform" | "kind">;
  readonly rateLimited: Counter<"platform">;
  readonly retries: Counter<"platform" | "reason">;
  readonly deliveryFailures: Counter<"platform">;
  readonly faqUnmatched: Counter<"lang">;
  /** Sets how the open-tickets / pending-reminders gauges read their values. */
  observeStore(read: { openTickets(): Promise<number>; pendingReminders(): Promise<number> }): void;
}

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: "dokker_" });
  let store: Parameters<Metrics["observeStore"]>[0] | undefined;
  new Gauge({
    name: "dokker_open_tickets",
    help: "Support tickets currently open",
    registers: [registry],
    async collect() {
      if (store) this.set(await store.openTickets().catch(() => Number.NaN));
    },
  });
  new Gauge({
    name: "dokker_pending_reminders",
    help: "Lockout reminders waiting to be sent",
    registers: [registry],
    async collect() {
      if (store) this.set(await store.pendingReminders().catch(() => Number.NaN));
    },
  });
  return {
    registry,
    updates: new Counter({
      name: "dokker_updates_total",
      help: "Requests handled, by platform, kind (command/text/action), command and outcome",
      labelNames: ["platform", "kind", "name", "outcome"],
      registers: [registry],
    }),
    replyLatency: new Histogram({
      name: "dokker_reply_latency_seconds",
      help: "Time to build a reply (receive → reply ready), by platform and kind",
      labelNames: ["platform", "kind"],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: "dokker_rate_limited_total",
      help: "429 responses received from a platform API",
      labelNames: ["platform"],
      registers: [registry],
    }),
    retries: new Counter({
      name: "dokker_retries_total",
      help: "Outgoing platform calls retried, by reason (429, 5xx, network)",
      labelNames: ["platform", "reason"],
      registers: [registry],
    }),
    deliveryFailures: new Counter({
      name: "dokker_delivery_failures_total",
      help: "Replies that could not be delivered after all retries",
      labelNames: ["platform"],
      registers: [registry],
    }),
    faqUnmatched: new Counter({
      name: "dokker_faq_unmatched_total",
      help: "Questions no FAQ entry matched (reviewed to grow the FAQ)",
      labelNames: ["lang"],
      registers: [registry],
    }),
    observeStore(read) {
      store = read;
    },
  };
}
