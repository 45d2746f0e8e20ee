/** Friendly, localised answers for a pre-code that could not be decoded. */
import { t, tSpans } from "../../src/core/i18n/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import type { PrecodeErrorCode } from "../../src/core/precode.js";
import { type Action, code, paragraph, type Reply } from "../../src/core/reply.js";
import { actionFor } from "./action-ids.js";

export const EXAMPLE_PRECODE = "V284";

export function precodeErrorReply(
  locale: Locale,
  errorCode: PrecodeErrorCode,
  context: Readonly<Record<string, string>>,
): Reply {
  const params = Object.fromEntries(Object.entries(context).map(([k, v]) => [k, code(v)]));
  const blocks = [paragraph(...tSpans(locale, errorCode, { ...params, example: code(EXAMPLE_PRECODE) }))];
  const actions: Action[] = [];
  if (errorCode === "precode.non-ascii" && context.suggestion) {
    blocks.push(paragraph(...tSpans(locale, "precode.suggest", { suggestion: code(context.suggestion) })));
    actions.push(decodeButton(locale, context.suggestion));
  }
  if (errorCode === "precode.several" && context.precodes) {
    for (const p of context.precodes.split(", ").slice(0, 5)) actions.push(decodeButton(locale, p));
  }
  if (errorCode !== "precode.several") blocks.push(paragraph(...tSpans(locale, "precode.where")));
  return { locale, sections: [{ blocks }], actions, outcome: errorCode };
}

function decodeButton(locale: Locale, precode: string): Action {
  return { ...actionFor("dokker.decode", precode), label: t(locale, "action.decode", { precode }) };
}
