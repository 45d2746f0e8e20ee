/**
 * Which language to answer in: the user's explicit choice (`/language`, stored in the profile),
 * else the platform's locale (Telegram `language_code`, Discord `locale`), else the default.
 */
import type { Services } from "../../commands/services.js";
import { type Locale, localeFromTag } from "../core/i18n/locales.js";

export async function resolveLocale(
  services: Services,
  userKey: string,
  platformTag: string | undefined,
  fallback: Locale,
): Promise<Locale> {
  const profile = await services.profiles?.get(userKey).catch(() => undefined);
  return profile?.locale ?? localeFromTag(platformTag) ?? fallback;
}
