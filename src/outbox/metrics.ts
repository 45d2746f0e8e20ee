/**
 * The outbox's Prometheus metrics (issue #10), on the app's registry:
 * depth and the age of the oldest due row (read from the store on scrape), sends, retries,
 * failures by reason, drops (too old) and possible duplicates after a restart.
 */
import { Counter, Gauge, type Registry } from "prom-client";
import type { PlatformErrorKind } from "../platforms/errors.js";
import type { OutboxRepository } from "../store/types.js";
import type { OutboxEvent } from "./types.js";

/** Failure reasons as bounded label values: the platform error's kind (before the first colon). */
const REASONS = new Set<string>([
  "refused",
  "unauthorized",
  "not-found",
  "unreachable",
] satisfies PlatformErrorKind[]);

export function createOutboxMetrics(registry: Registry, store: Pick<OutboxRepository, "stats">) {
  const registers = [registry];
  const sent = new Counter({
    name: "dokker_outbox_sent_total",
    help: "Outbox rows sent",
    labelNames: ["platform"],
    registers,
  });
  const retries = new Counter({
    name: "dokker_outbox_retries_total",
    help: "Outbox sends to be tried again (429, 5xx, network)",
    labelNames: ["platform", "reason"],
    registers,
  });
  const failed = new Counter({
    name: "dokker_outbox_failed_total",
    help: "Outbox rows given up for good",
    labelNames: ["platform", "reason"],
    registers,
  });
  const dropped = new Counter({
    name: "dokker_outbox_dropped_total",
    help: "Outbox rows dropped because they were older than OUTBOX_MAX_AGE",
    labelNames: ["platform"],
    registers,
  });
  const duplicates = new Counter({
    name: "dokker_outbox_duplicates_total",
    help: "Rows sent again after a lost lease (a crash mid-send): each may have reached the user twice",
    labelNames: ["platform"],
    registers,
  });
  let stats: Promise<{ pending: number; oldestDueMs: number }> | undefined;
  /** One store read per scrape for both gauges. */
  const read = () => {
    stats ??= store.stats().finally(() => {
      setTimeout(() => {
        stats = undefined;
      }, 100).unref();
    });
    return stats;
  };
  new Gauge({
    name: "dokker_outbox_depth",
    help: "Outbox rows waiting to be sent",
    registers,
    async collect() {
      this.set((await read()).pending);
    },
  });
  new Gauge({
    name: "dokker_outbox_oldest_due_seconds",
    help: "Age of the oldest outbox row that is due",
    registers,
    async collect() {
      this.set((await read()).oldestDueMs / 1000);
    },
  });
  return (event: OutboxEvent): void => {
    const platform = event.platform;
    if (event.type === "sent") sent.inc({ platform });
    else if (event.type === "retry") retries.inc({ platform, reason: event.reason });
    else if (event.type === "failed")
      failed.inc({ platform, reason: REASONS.has(event.reason) ? event.reason : "other" });
    else if (event.type === "dropped") dropped.inc({ platform });
    else duplicates.inc({ platform });
  };
}
