/**
 * What commands may use beyond pure core functions. Each member is optional: a command checks
 * for it and explains kindly when the feature is not set up (e.g. no support desk configured).
 * Implementations live in `src/` (store, support desk); tests pass real ones.
 */
import type { Locale } from "../src/core/i18n/locales.js";

export interface LockoutReminders {
  /** Stores a reminder to send when the wait after `attempt` ends. */
  schedule(input: {
    userKey: string;
    conversation: string;
    locale: Locale;
    dueAt: Date;
    attempt: number;
    precode?: string;
  }): Promise<void>;
}

export interface ProfileStore {
  get(
    userKey: string,
  ): Promise<{ locale?: Locale | undefined; lastPrecode?: string | undefined } | undefined>;
  update(
    userKey: string,
    patch: {
      locale?: Locale;
      lastPrecode?: string;
      lastPin?: string;
      radioType?: string;
      wrongAttempts?: number;
    },
  ): Promise<void>;
}

export interface Services {
  readonly reminders?: LockoutReminders;
  readonly profiles?: ProfileStore;
}
