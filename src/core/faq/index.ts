/** FAQ: knowledge base, matcher and language detection (pure, no I/O). */
export { type DetectedLanguage, detectLanguage } from "./detect-language.js";
export { FAQ_ENTRIES } from "./entries/index.js";
export {
  createFaqMatcher,
  type FaqMatch,
  type FaqMatcher,
  type FaqScore,
  type FaqTitle,
  type MatchLevel,
  type MatchOptions,
} from "./matcher.js";
export { type FaqEntry, FaqEntrySchema, type FaqId, RADIO_FACTS_SECTIONS } from "./schema.js";
