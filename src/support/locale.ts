import { isLocale, type Locale } from "../core/i18n/locales.js";

/** A stored language tag (a ticket's, a reminder's) as a supported locale; `fallback` otherwise. */
export function asLocale(tag: string | null | undefined, fallback: Locale = "en"): Locale {
  return tag && isLocale(tag) ? tag : fallback;
}
