/**
 * Which language to answer in: the user's explicit choice (`/language`, stored in the profile),
 * else the language of their last question (the conversation's language, see
 * `rememberConversationLanguage`), else the platform's locale (Telegram `language_code`, Discord
 * `locale`), else the default.
 *
 * Nothing is cached in this process (several instances may share the store): the adapter reads
 * the profile once per update when it builds the context, and where the language came from
 * travels with the request (`ctx.localeFrom`), so a handler of the same update knows whether the
 * conversation's language changed without reading again. Writes that change nothing are skipped
 * by the store itself (src/store/profiles.ts). The language is never worth failing a request for:
 * a store failure here is logged (warn) and the answer goes out in the best language known.
 */
import type { Services } from "../../commands/services.js";
import type { CommandContext, LocaleSource } from "../../commands/types.js";
import { detectLanguage } from "../core/faq/detect-language.js";
import { type Locale, localeFromTag } from "../core/i18n/locales.js";
import { userKeyOf } from "../core/user-key.js";
import type { Logger } from "../logger.js";

export interface ResolvedLocale {
  readonly locale: Locale;
  readonly localeFrom: LocaleSource;
  /** Read with the language (same row): what the bot last answered about, for follow-ups. */
  readonly lastTopic?: { readonly id: string; readonly at: number };
}

/**
 * For the CommandContext: `{ locale, localeFrom }` and the last topic (`lastTopic`), read from
 * the user's profile (one read).
 */
export async function resolveLocale(
  services: Services,
  userKey: string,
  platformTag: string | undefined,
  fallback: Locale,
  log: Pick<Logger, "warn">,
): Promise<ResolvedLocale> {
  let profile: Awaited<ReturnType<NonNullable<Services["profiles"]>["get"]>>;
  try {
    profile = await services.profiles?.get(userKey);
  } catch (error) {
    log.warn({ err: error, userKey }, "profile not readable; answering in the platform's language");
  }
  const lastTopic = profile?.lastTopic ? { lastTopic: profile.lastTopic } : {};
  if (profile?.locale) return { locale: profile.locale, localeFrom: "choice", ...lastTopic };
  if (profile?.conversationLocale)
    return { locale: profile.conversationLocale, localeFrom: "conversation", ...lastTopic };
  const tagged = localeFromTag(platformTag);
  const language: ResolvedLocale = tagged
    ? { locale: tagged, localeFrom: "platform" }
    : { locale: fallback, localeFrom: "default" };
  return { ...language, ...lastTopic };
}

/**
 * A question written in one of the six languages sets the language of the replies that follow
 * (decode, steps, lockout) until the user writes in another one. Stored apart from the explicit
 * `/language` choice, which still wins. Written only when it changes what `ctx` was built from
 * (a context without `localeFrom` always writes; the store skips it if nothing changed).
 */
export async function rememberConversationLanguage(
  ctx: CommandContext,
  text: string,
  log: Pick<Logger, "warn">,
): Promise<void> {
  const detected = detectLanguage(text).locale;
  if (detected) await rememberLanguage(ctx, detected, log);
}

/** `rememberConversationLanguage` for a language already known (small talk: "bonjour"). */
export async function rememberLanguage(
  ctx: CommandContext,
  detected: Locale,
  log: Pick<Logger, "warn">,
): Promise<void> {
  const profiles = ctx.services.profiles;
  if (!profiles) return;
  if (ctx.localeFrom === "choice") return; // an explicit /language wins
  if (ctx.localeFrom === "conversation" && ctx.locale === detected) return; // stored already
  const userKey = userKeyOf(ctx.user);
  try {
    await profiles.update(userKey, { conversationLocale: detected });
  } catch (error) {
    log.warn({ err: error, userKey }, "conversation language not stored");
  }
}
