/**
 * Start-up wiring of the support jobs (src/support: desk, reminders, privacy, FAQ learning), part
 * of the composition root beside src/app.ts and src/app-desk.ts (which builds the desk channel on
 * an adapter). The jobs get their words from the command layer here (commands/replies), and the
 * desk is adapted to the `SupportService` commands use. Order at start-up:
 *   1. `createStoreServices(store)` before the adapters (they receive `services`);
 *   2. `attachSupportDesk(...)` once the adapters exist (a desk channel is built on one of them);
 *   3. `startBackground(...)` after the adapters started; its `stop()` runs before they stop.
 */
import { deskWords } from "../commands/replies/desk-words.js";
import { lockoutReminderReply } from "../commands/replies/lockout.js";
import type { Services, SupportService } from "../commands/services.js";
import type { CommandContext, IncomingAttachment } from "../commands/types.js";
import { createMessenger } from "./app-messenger.js";
import type { Config } from "./config.js";
import { userKeyOf } from "./core/user-key.js";
import type { Logger } from "./logger.js";
import type { Outbox } from "./outbox/index.js";
import type { PlatformAdapter } from "./platforms/types.js";
import type { Store } from "./store/index.js";
import { createDesk, type DeskOptions, type SupportDesk } from "./support/desk/desk.js";
import type { DeskChannel, StaffRef } from "./support/desk/types.js";
import { createFaqAnswers } from "./support/faq/answers.js";
import { createFaqLearning } from "./support/faq/learning.js";
import { createMaintenance } from "./support/maintenance.js";
import { createPrivacy } from "./support/privacy/privacy.js";
import { createProfileService } from "./support/privacy/profiles.js";
import { createLockoutReminders } from "./support/reminders/schedule.js";
import { createLockoutReminderWorker, type ReminderWorkerOptions } from "./support/reminders/worker.js";

/** `services` is filled in two steps (the desk needs the adapters, the adapters need `services`). */
export type MutableServices = { -readonly [K in keyof Services]: Services[K] };

/** How often scheduled closes are checked. */
const MAINTENANCE_EVERY_MS = 30_000;

/** The support desk, speaking with the command layer's words. */
export function createSupportDesk(options: Omit<DeskOptions, "words">): SupportDesk {
  return createDesk({ ...options, words: deskWords });
}

/** /forget and /mydata; with a desk `channel`, erased tickets' threads are deleted (or flagged). */
export function createPrivacyService(
  options: Omit<Parameters<typeof createPrivacy>[0], "words">,
): ReturnType<typeof createPrivacy> {
  return createPrivacy({ ...options, words: deskWords });
}

/** Sends due lockout reminders, worded by commands/replies/lockout.ts. */
export function createReminderWorker(options: Omit<ReminderWorkerOptions, "words">) {
  return createLockoutReminderWorker({ ...options, words: lockoutReminderReply });
}

/** A staff member as the desk knows them, from the request context of a staff command. */
function staffOf(ctx: CommandContext): StaffRef {
  return {
    key: userKeyOf(ctx.user),
    name: ctx.user.displayName ?? ctx.user.id,
  };
}

/** The files that came with the message, without those over the size cap (they have no bytes). */
function relayable(ctx: CommandContext): readonly IncomingAttachment[] {
  return (ctx.attachments ?? []).filter((f) => !f.tooLarge);
}

/**
 * The desk as commands use it (`services.support`): the request context becomes a user (for
 * /support and relayed messages) or a staff member plus the desk thread id (`ctx.conversation`)
 * for staff commands; files that came with the message are relayed.
 */
export function createSupportService(desk: SupportDesk): SupportService {
  return {
    open: (ctx, input) =>
      desk.open(ctx, {
        source: input.source,
        ...(input.message !== undefined ? { message: input.message } : {}),
        ...(input.vin !== undefined ? { vin: input.vin } : {}),
        attachments: relayable(ctx),
      }),
    relayFromUser: (ctx, text, options) => desk.onUserMessage(ctx, text, relayable(ctx), options),
    reply: (ctx, text, options) =>
      desk.reply(ctx.conversation, staffOf(ctx), text, {
        anonymous: options.anonymous,
        attachments: relayable(ctx),
      }),
    snippet: (ctx, faqId) => desk.snippet(ctx.conversation, staffOf(ctx), faqId),
    sendCode: (ctx, precode) => desk.sendCode(ctx.conversation, staffOf(ctx), precode),
    close: (ctx, input) => desk.close(ctx.conversation, staffOf(ctx), input),
    block: (ctx, durationMs) => desk.block(ctx.conversation, staffOf(ctx), durationMs),
    unblock: (ctx) => desk.unblock(ctx.conversation, staffOf(ctx)),
    faqIds: () => desk.faqIds(),
  };
}

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
