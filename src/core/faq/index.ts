/** FAQ: knowledge base, matcher and language detection (pure, no I/O). */
export { detectLanguage } from "./detect-language.js";
export { FAQ_ENTRIES } from "./entries/index.js";
export {
  createFaqMatcher,
  type FaqMatch,
  type FaqMatcher,
} from "./matcher.js";
export type { FaqEntry } from "./schema.js";
