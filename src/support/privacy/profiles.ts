/** `services.profiles` (the `ProfileStore` commands use, commands/services.ts) over the store's profiles. */
import { isLocale, type Locale } from "../../core/i18n/locales.js";
import type { ProfileRepository } from "../../store/index.js";

/** What commands may change in a profile (`/language`, a decode, a wrong code reported). */
export interface ProfileChange {
  readonly locale?: Locale;
  readonly lastPrecode?: string;
  readonly lastPin?: string;
  readonly radioType?: string;
  readonly wrongAttempts?: number;
  readonly conversationLocale?: Locale;
  /** What the bot just answered about (an FAQ entry id, or `decode`), and when (ms). */
  readonly lastTopic?: { readonly id: string; readonly at: number };
}

export function createProfileService(store: {
  readonly profiles: Pick<ProfileRepository, "get" | "update">;
}) {
  return {
    async get(userKey: string): Promise<
      | {
          locale?: Locale;
          lastPrecode?: string;
          conversationLocale?: Locale;
          lastTopic?: { id: string; at: number };
        }
      | undefined
    > {
      const p = await store.profiles.get(userKey);
      if (!p) return undefined;
      return {
        ...(p.locale && isLocale(p.locale) ? { locale: p.locale } : {}),
        ...(p.lastPrecode ? { lastPrecode: p.lastPrecode } : {}),
        ...(p.conversationLocale && isLocale(p.conversationLocale)
          ? { conversationLocale: p.conversationLocale }
          : {}),
        ...(p.lastTopic && p.lastTopicAt !== null
          ? { lastTopic: { id: p.lastTopic, at: p.lastTopicAt } }
          : {}),
      };
    },
    async update(userKey: string, patch: ProfileChange): Promise<void> {
      await store.profiles.update(userKey, {
        ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
        ...(patch.lastPrecode !== undefined ? { lastPrecode: patch.lastPrecode } : {}),
        ...(patch.lastPin !== undefined ? { lastPin: patch.lastPin } : {}),
        ...(patch.radioType !== undefined ? { radioType: patch.radioType } : {}),
        ...(patch.conversationLocale !== undefined ? { conversationLocale: patch.conversationLocale } : {}),
        ...(patch.lastTopic !== undefined
          ? { lastTopic: patch.lastTopic.id, lastTopicAt: patch.lastTopic.at }
          : {}),
        // The lockout counter also records when the last wrong code was reported.
        ...(patch.wrongAttempts !== undefined
          ? { wrongAttempts: patch.wrongAttempts, lastWrongAt: Date.now() }
          : {}),
      });
    },
  };
}
