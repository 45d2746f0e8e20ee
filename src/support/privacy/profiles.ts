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
}

export function createProfileService(store: {
  readonly profiles: Pick<ProfileRepository, "get" | "update">;
}) {
  return {
    async get(
      userKey: string,
    ): Promise<{ locale?: Locale; lastPrecode?: string; conversationLocale?: Locale } | undefined> {
      const p = await store.profiles.get(userKey);
      if (!p) return undefined;
      return {
        ...(p.locale && isLocale(p.locale) ? { locale: p.locale } : {}),
        ...(p.lastPrecode ? { lastPrecode: p.lastPrecode } : {}),
        ...(p.conversationLocale && isLocale(p.conversationLocale)
          ? { conversationLocale: p.conversationLocale }
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
        // The lockout counter also records when the last wrong code was reported.
        ...(patch.wrongAttempts !== undefined
          ? { wrongAttempts: patch.wrongAttempts, lastWrongAt: Date.now() }
          : {}),
      });
    },
  };
}
