/** Replies of FAQ learning for staff: /teach, /learned, and the note added to /snippet. */

import type { LearnedView, TeachResult } from "../../src/core/faq/teaching.js";
import { type MessageKey, t } from "../../src/core/i18n/index.js";
import { LOCALE_NAMES, type Locale } from "../../src/core/i18n/locales.js";
import { type Block, code, paragraph, plain, type Reply } from "../../src/core/reply.js";

/** Staff replies stay in the thread (not ephemeral), so colleagues see what was taught. */
export function staffNote(locale: Locale, blocks: Block[], outcome: string, ephemeral = false): Reply {
  return { locale, sections: [{ blocks }], actions: [], ephemeral, outcome };
}

export const learningText = (locale: Locale, key: MessageKey, params: Record<string, string | number> = {}) =>
  paragraph(plain(t(locale, key, params)));

export function teachResultBlock(locale: Locale, result: TeachResult, id: string): Block {
  if (!result.ok) {
    return result.reason === "unknown-entry"
      ? learningText(locale, "faq.learned-unknown", { id })
      : learningText(locale, "faq.learned-no-question");
  }
  return learningText(locale, "faq.learned-saved", {
    question: result.text.length > 120 ? `${result.text.slice(0, 119)}…` : result.text,
    language: LOCALE_NAMES[result.locale],
    id: result.entryId,
  });
}

export function learnedListReply(locale: Locale, rows: readonly LearnedView[]): Reply {
  if (rows.length === 0)
    return staffNote(locale, [learningText(locale, "faq.learned-empty")], "faq.learned.list");
  return staffNote(
    locale,
    [
      learningText(locale, "faq.learned-list"),
      {
        kind: "bullets",
        items: rows.map((r) => [code(String(r.id)), plain(` ${r.entryId} (${r.locale}): ${r.text}`)]),
      },
    ],
    "faq.learned.list",
  );
}
