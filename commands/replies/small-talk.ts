/**
 * Small talk (src/core/small-talk.ts): a greeting gets the welcome and how to start, with the
 * pre-code question as a button; thanks, goodbyes and an "ok" a friendly word. Thanks point to
 * support only where a desk is configured (`desk`).
 */
import { tSpans } from "../../src/core/i18n/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import { code, paragraph, type Reply } from "../../src/core/reply.js";
import type { SmallTalkKind } from "../../src/core/small-talk.js";
import { topicButton } from "./faq-answer.js";
import { EXAMPLE_PRECODE } from "./precode-error.js";

/** A call for help ("help", "Hilfe") is answered with /help instead (src/bot/text-handlers.ts). */
export function smallTalkReply(
  locale: Locale,
  kind: Exclude<SmallTalkKind, "help">,
  desk: boolean,
  /** Label photos are read here: the welcome says a photo works too. */
  photos = false,
  /**
   * The user was just answered about something other than their code (where the pre-code is):
   * thanks get "when you have the pre-code, send it", not "keep the code somewhere safe".
   */
  noCodeYet = false,
): Reply {
  if (kind === "greeting") {
    const where = topicButton(locale, "where-is-precode");
    return {
      locale,
      sections: [
        {
          blocks: [
            paragraph(...tSpans(locale, "start.welcome")),
            paragraph(...tSpans(locale, "start.how", { example: code(EXAMPLE_PRECODE) })),
            ...(photos ? [paragraph(...tSpans(locale, "start.photo"))] : []),
          ],
        },
      ],
      actions: where ? [where] : [],
      outcome: "smalltalk.greeting",
    };
  }
  if (kind === "thanks" && noCodeYet) {
    return {
      locale,
      sections: [
        {
          blocks: [
            paragraph(...tSpans(locale, "smalltalk.thanks.no-code", { example: code(EXAMPLE_PRECODE) })),
          ],
        },
      ],
      actions: [],
      outcome: "smalltalk.thanks",
    };
  }
  const key = kind === "thanks" && !desk ? "smalltalk.thanks.no-desk" : (`smalltalk.${kind}` as const);
  return {
    locale,
    sections: [{ blocks: [paragraph(...tSpans(locale, key))] }],
    actions: [],
    outcome: `smalltalk.${kind}`,
  };
}
