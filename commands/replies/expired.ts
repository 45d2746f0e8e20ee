import { tSpans } from "../../src/core/i18n/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import { paragraph, type Reply } from "../../src/core/reply.js";

/** A button whose payload no longer makes sense (old message, tampered data). */
export function expiredButtonReply(locale: Locale): Reply {
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, "errors.expired-button"))] }],
    actions: [],
    ephemeral: true,
    outcome: "action.expired",
  };
}
