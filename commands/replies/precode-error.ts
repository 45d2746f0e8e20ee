/** Friendly, localised answers for a pre-code that could not be decoded. */
import { t, tSpans } from "../../src/core/i18n/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import type { PrecodeErrorCode } from "../../src/core/precode.js";
import { type Action, code, paragraph, type Reply } from "../../src/core/reply.js";
import { actionFor } from "./action-ids.js";
import { topicButton } from "./faq-answer.js";

export const EXAMPLE_PRECODE = "V284";

export function precodeErrorReply(
  locale: Locale,
  errorCode: PrecodeErrorCode,
  context: Readonly<Record<string, string>>,
): Reply {
  const params = Object.fromEntries(Object.entries(context).map(([k, v]) => [k, code(v)]));
  const blocks = [paragraph(...tSpans(locale, errorCode, { ...params, example: code(EXAMPLE_PRECODE) }))];
  const actions: Action[] = [];
  if ((errorCode === "precode.non-ascii" || errorCode === "precode.no-letter") && context.suggestion) {
    blocks.push(paragraph(...tSpans(locale, "precode.suggest", { suggestion: code(context.suggestion) })));
    actions.push(decodeButton(locale, context.suggestion));
  }
  if (errorCode === "precode.display") {
    const display = topicButton(locale, "display-0000-code");
    if (display) actions.push(display);
  }
  if (errorCode === "precode.several" && context.precodes) {
    for (const p of context.precodes.split(", ").slice(0, 5)) actions.push(decodeButton(locale, p));
  }
  if (errorCode !== "precode.several") blocks.push(paragraph(...tSpans(locale, "precode.where")));
  return { locale, sections: [{ blocks }], actions, outcome: errorCode };
}

/**
 * `V2B4`: read as V284 only by taking the B for an 8. That is a guess, so the bot asks ("I read
 * V2B4 as V284. Is that what the label shows?") and decodes only when the user taps the button.
 */
export function misreadReply(locale: Locale, assumed: { read: string; as: string }): Reply {
  const blocks = [
    paragraph(...tSpans(locale, "dokker.assumed", { read: code(assumed.read), as: code(assumed.as) })),
  ];
  return {
    locale,
    sections: [{ blocks }],
    actions: [{ ...decodeButton(locale, assumed.as), style: "primary" }],
    summary: t(locale, "dokker.assumed", assumed),
    outcome: "precode.misread",
  };
}

function decodeButton(locale: Locale, precode: string): Action {
  return { ...actionFor("dokker.decode", precode), label: t(locale, "action.decode", { precode }) };
}
