/**
 * Periodic housekeeping: scheduled ticket closes (every round), and - at most hourly - the
 * retention purge (RETENTION_DAYS) of closed tickets, finished reminders and outbox rows, FAQ
 * misses and idle profiles, and of handled update ids older than 24 h
 * (Telegram keeps updates at most 24 h, so older ids can never be redelivered).
 * Every step is safe to run on several instances at once (the store arbitrates).
 */
import type { Logger } from "../logger.js";
import type {
  LimitRepository,
  OutboxRepository,
  PrivacyRepository,
  Store,
  TicketRepository,
  UpdateRepository,
} from "../store/index.js";
import type { SupportDesk } from "./desk/desk.js";

const DAY_MS = 86_400_000;
const UPDATE_ID_TTL_MS = DAY_MS;
const PURGE_EVERY_MS = 3_600_000;

/** The purges it runs, one per table that ages out. */
export interface MaintenanceStore {
  readonly tickets: Pick<TicketRepository, "purgeClosedBefore">;
  readonly updates: Pick<UpdateRepository, "purgeOlderThan">;
  readonly privacy: Pick<PrivacyRepository, "purgeFinishedReminders" | "purgeIdleProfiles">;
  readonly outbox: Pick<OutboxRepository, "purgeFinishedBefore">;
  readonly faqLearning: Pick<Store["faqLearning"], "purgeMissesBefore">;
  readonly limits: Pick<LimitRepository, "purgeBefore">;
}

export interface MaintenanceOptions {
  readonly store: MaintenanceStore;
  readonly desk?: Pick<SupportDesk, "runDueCloses">;
  readonly logger: Logger;
  readonly retentionDays: number;
  /** How often scheduled closes are checked. */
  readonly everyMs: number;
  readonly clock?: () => number;
}

export interface Maintenance {
  start(): void;
  stop(): Promise<void>;
  tick(now?: number): Promise<{ closed: number; purgedTickets: number; purgedUpdates: number }>;
}

export function createMaintenance(options: MaintenanceOptions): Maintenance {
  const { store, desk } = options;
  const logger = options.logger.child({ component: "maintenance" });
  const clock = options.clock ?? Date.now;
  let lastPurge = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  async function tick(now = clock()) {
    const closed = desk ? await desk.runDueCloses(now) : 0;
    let purgedTickets = 0;
    let purgedUpdates = 0;
    if (now - lastPurge >= PURGE_EVERY_MS) {
      lastPurge = now;
      purgedTickets = await store.tickets.purgeClosedBefore(now - options.retentionDays * DAY_MS);
      purgedUpdates = await store.updates.purgeOlderThan(now - UPDATE_ID_TTL_MS);
      // Sent, failed and cancelled reminders (with their pre-code) also age out; limit counters
      // once their longest window (a day) is over.
      purgedTickets += await store.privacy.purgeFinishedReminders(now - options.retentionDays * DAY_MS);
      // Sent, failed and dropped outbox rows (message ids, no text) and unmatched FAQ questions.
      await store.outbox.purgeFinishedBefore(now - options.retentionDays * DAY_MS);
      await store.faqLearning.purgeMissesBefore(now - options.retentionDays * DAY_MS);
      // Profiles nobody has changed for the retention period (kept while a ticket is open or a
      // reminder is pending): an idle user's language, last pre-code and name age out too.
      await store.privacy.purgeIdleProfiles(now - options.retentionDays * DAY_MS);
      await store.limits.purgeBefore(now - DAY_MS);
      if (purgedTickets > 0 || purgedUpdates > 0) logger.info({ purgedTickets, purgedUpdates }, "purged");
    }
    return { closed, purgedTickets, purgedUpdates };
  }

  const loop = () => {
    if (running) return; // the previous round is still going
    running = tick()
      .catch((error: unknown) => logger.error({ err: error }, "maintenance round failed"))
      .finally(() => {
        running = undefined;
      });
  };

  return {
    start() {
      if (timer) return;
      loop();
      timer = setInterval(loop, options.everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
    tick,
  };
}
