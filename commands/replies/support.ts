/** Small replies and the "Contact support" button shared by the support commands. */
import { type MessageKey, t, tSpans } from "../../src/core/i18n/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import { type Action, paragraph, type Reply } from "../../src/core/reply.js";
import { ACTION_IDS } from "./action-ids.js";

/** "Contact support". `payload` is `""` or `vin:<VIN>` (`sp.o:vin:` + 17 chars = 26 bytes ≤ 64). */
export function contactSupportAction(locale: Locale, payload = ""): Action {
  return { id: ACTION_IDS["support.open"], payload, label: t(locale, "action.contact-support") };
}

export function supportText(locale: Locale, key: MessageKey, outcome: string, ephemeral = true): Reply {
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, key))] }],
    actions: [],
    ephemeral,
    outcome,
  };
}

/** No desk configured (SUPPORT_DESK empty) or not available on this platform. */
export const supportUnavailable = (locale: Locale): Reply =>
  supportText(locale, "support.unavailable", "support.unavailable");
