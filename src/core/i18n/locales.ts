/** The six languages of the bot. English is the fallback. */
export const LOCALES = ["en", "fr", "de", "es", "ro", "tr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  fr: "Français",
  de: "Deutsch",
  es: "Español",
  ro: "Română",
  tr: "Türkçe",
};

export function isLocale(s: string): s is Locale {
  return (LOCALES as readonly string[]).includes(s);
}

/**
 * Maps a platform language tag to one of ours: Telegram `language_code` ("fr", "pt-br"),
 * Discord locale ("en-US", "es-ES", "es-419"). Unknown → undefined.
 */
export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? "";
  return isLocale(base) ? base : undefined;
}
