/**
 * Scheduling lockout reminders (`services.reminders`): the "Wrong code" button stores one pending
 * reminder per user, due when the radio's lockout ends. `worker.ts` sends them.
 */
import type { Locale } from "../../core/i18n/locales.js";
import { parseUserKey } from "../../core/user-key.js";
import type { ReminderRepository } from "../../store/index.js";

export const LOCKOUT_KIND = "lockout";

/** `services.reminders`: the "Wrong code" button stores one pending reminder per user. */
export function createLockoutReminders(store: { readonly reminders: Pick<ReminderRepository, "schedule"> }) {
  return {
    /** Stores a reminder to send when the wait after `attempt` ends. */
    async schedule(input: {
      userKey: string;
      conversation: string;
      locale: Locale;
      dueAt: Date;
      attempt: number;
      precode?: string;
    }): Promise<void> {
      await store.reminders.schedule({
        userKey: input.userKey,
        platform: parseUserKey(input.userKey)?.platform ?? "unknown",
        conversation: input.conversation,
        locale: input.locale,
        dueAt: input.dueAt.getTime(),
        kind: LOCKOUT_KIND,
        // Only the pre-code is stored, never the PIN: the worker recomputes it at send time.
        payload: { attempt: input.attempt, ...(input.precode ? { precode: input.precode } : {}) },
        // A newer wrong code replaces the pending reminder (its wait supersedes the old one).
        replace: true,
      });
    },
  };
}
