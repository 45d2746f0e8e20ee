/** The FAQ knowledge base as the desk's narrow `FaqAnswers` (for /snippet). */
import { FAQ_ENTRIES, type FaqEntry } from "../../core/faq/index.js";
import type { FaqAnswers } from "../desk/types.js";

export function createFaqAnswers(entries: readonly FaqEntry[] = FAQ_ENTRIES): FaqAnswers {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const ids = [...byId.keys()].sort();
  return {
    answer: (id, locale) => byId.get(id)?.answer[locale],
    ids: () => ids,
  };
}
