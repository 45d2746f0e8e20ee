/** `services.profiles` (commands/services.ts `ProfileStore`) over the store's profiles. */
import type { ProfileStore } from "../../../commands/services.js";
import { isLocale } from "../../core/i18n/locales.js";
import type { Store } from "../../store/index.js";

export function createProfileService(store: Pick<Store, "profiles">): ProfileStore {
  return {
    async get(userKey) {
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
    async update(userKey, patch) {
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
