/**
 * Start-up wiring of the support jobs (src/support: desk, reminders, privacy, FAQ learning), part
 * of the composition root beside src/app.ts and src/app-desk.ts (which builds the desk channel on
 * an adapter). Order at start-up:
 *   1. `createStoreServices(store)` before the adapters (they receive `services`);
 *   2. `attachSupportDesk(...)` once the adapters exist (a desk channel is built on one of them);
 *   3. `startBackground(...)` after the adapters started; its `stop()` runs before they stop.
 */
import type { Services } from "../commands/services.js";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import type { Outbox } from "./outbox/index.js";
import type { PlatformAdapter } from "./platforms/types.js";
import type { Store } from "./store/index.js";
import { createSupportDesk, type SupportDesk } from "./support/desk/desk.js";
import { createMessenger } from "./support/desk/messenger.js";
import { createSupportService } from "./support/desk/service.js";
import type { DeskChannel } from "./support/desk/types.js";
import { createFaqAnswers } from "./support/faq/answers.js";
import { createFaqLearning } from "./support/faq/learning.js";
import { createMaintenance } from "./support/maintenance.js";
import { createPrivacyService } from "./support/privacy/privacy.js";
import { createProfileService } from "./support/privacy/profiles.js";
import { createLockoutReminders } from "./support/reminders/schedule.js";
import { createReminderWorker } from "./support/reminders/worker.js";

/** `services` is filled in two steps (the desk needs the adapters, the adapters need `services`). */
export type MutableServices = { -readonly [K in keyof Services]: Services[K] };

/** How often scheduled closes are checked. */
const MAINTENANCE_EVERY_MS = 30_000;

export function createStoreServices(store: Store, logger: Logger): MutableServices {
  return {
    profiles: createProfileService(store),
    reminders: createLockoutReminders(store),
    privacy: createPrivacyService({ store, logger }),
    faqLearning: createFaqLearning({ store, logger }),
  };
}

/**
 * Builds the desk when SUPPORT_DESK is set and a desk channel is available for it, and adds
 * `services.support` (and a desk-aware `services.privacy`). `channel` overrides the factory (tests).
 */
export function attachSupportDesk(input: {
  config: Pick<Config, "SUPPORT_DESK" | "SUPPORT_LOG_CHANNEL" | "STAFF_ROLE_ID" | "DEFAULT_LOCALE">;
  store: Store;
  logger: Logger;
  adapters: readonly PlatformAdapter[];
  services: MutableServices;
  channel?: DeskChannel;
  /** Failures of queued messages come back from it (desk notes). */
  outbox?: Pick<Outbox, "onFailed">;
}): SupportDesk | undefined {
  const { config, store, logger, adapters, services } = input;
  if (!config.SUPPORT_DESK) return undefined;
  // Built by the composition root (src/app-desk.ts) on the adapter of the desk's platform.
  const channel = input.channel;
  if (!channel) {
    logger.warn({ desk: config.SUPPORT_DESK }, "SUPPORT_DESK is set but no desk channel is available yet");
    return undefined;
  }
  const desk = createSupportDesk({
    store,
    channel,
    messenger: createMessenger(adapters, input.outbox),
    logger,
    faq: createFaqAnswers(),
  });
  services.support = createSupportService(desk);
  services.privacy = createPrivacyService({ store, channel, deskLocale: config.DEFAULT_LOCALE, logger });
  logger.info({ desk: channel.kind }, "support desk ready");
  return desk;
}

/** Reminder worker + maintenance. Start after the adapters; `stop()` before stopping them. */
export function startBackground(input: {
  config: Pick<Config, "INSTANCE_ID" | "REMINDER_POLL_MS" | "RETENTION_DAYS">;
  store: Store;
  logger: Logger;
  adapters: readonly PlatformAdapter[];
  desk: SupportDesk | undefined;
  outbox?: Pick<Outbox, "onFailed">;
}): { stop(): Promise<void> } {
  const { config, store, logger, adapters, desk } = input;
  const worker = createReminderWorker({
    store,
    messenger: createMessenger(adapters, input.outbox),
    logger,
    instanceId: config.INSTANCE_ID,
    pollMs: config.REMINDER_POLL_MS,
  });
  const maintenance = createMaintenance({
    store,
    ...(desk ? { desk } : {}),
    logger,
    retentionDays: config.RETENTION_DAYS,
    everyMs: MAINTENANCE_EVERY_MS,
  });
  worker.start();
  maintenance.start();
  return {
    async stop() {
      await Promise.allSettled([worker.stop(), maintenance.stop()]);
    },
  };
}
