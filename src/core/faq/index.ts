/** FAQ: knowledge base, matcher and language detection (pure, no I/O). */
export { detectLanguage } from "./detect-language.js";
export { FAQ_ENTRIES } from "./entries/index.js";
// The matcher itself (createFaqMatcher) is imported from ./matcher.js where it is built, on first
// use: it brings the Snowball stemmers, which a process that only decodes never needs.
export type { FaqMatch, FaqMatcher } from "./matcher.js";
export type { FaqEntry } from "./schema.js";
