/**
 * Which language to answer in: the user's explicit choice (`/language`, stored in the profile),
 * else the language of their last question (the conversation's language, see
 * `rememberConversationLanguage`), else the platform's locale (Telegram `language_code`, Discord
 * `locale`), else the default.
 *
 * The profile read here happens at the start of every update/interaction, so it is also kept for a
 * moment (`recentProfile`): a handler of the same update can compare against it instead of reading
 * again (`/dokker` skips rewriting a profile that already holds the same values).
 */
import type { Services } from "../../commands/services.js";
import { detectLanguage } from "../core/faq/detect-language.js";
import { type Locale, localeFromTag } from "../core/i18n/locales.js";

type StoredProfile = NonNullable<Awaited<ReturnType<NonNullable<Services["profiles"]>["get"]>>>;

/** Snapshots younger than this are "this update's read"; older ones are ignored. */
const RECENT_MS = 5000;
/** Bounded: the oldest snapshot is dropped first. */
const RECENT_MAX = 1024;
type ProfileService = NonNullable<Services["profiles"]>;
/** Per profile service (one per store), so tests with several stores in one process stay apart. */
const recentBy = new WeakMap<ProfileService, Map<string, { profile: StoredProfile; at: number }>>();

export async function resolveLocale(
  services: Services,
  userKey: string,
  platformTag: string | undefined,
  fallback: Locale,
): Promise<Locale> {
  const profiles = services.profiles;
  const profile = await profiles?.get(userKey).catch(() => undefined);
  if (profiles) remember(profiles, userKey, profile);
  return profile?.locale ?? profile?.conversationLocale ?? localeFromTag(platformTag) ?? fallback;
}

function remember(profiles: ProfileService, userKey: string, profile: StoredProfile | undefined): void {
  let recent = recentBy.get(profiles);
  if (!recent) {
    recent = new Map();
    recentBy.set(profiles, recent);
  }
  recent.delete(userKey); // re-insert: Map order is then oldest-read first
  if (!profile) return; // no profile (or the read failed): nothing to rely on
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value ?? "");
  recent.set(userKey, { profile, at: Date.now() });
}

/**
 * The profile as `resolveLocale` read it for `userKey` within the last few seconds, or `undefined`
 * (no profile, or no fresh read: callers must then not assume anything). It comes from the store,
 * so it is as current as any read, whichever instance wrote the profile.
 */
function recentProfile(
  profiles: ProfileService,
  userKey: string,
  now = Date.now(),
): StoredProfile | undefined {
  const hit = recentBy.get(profiles)?.get(userKey);
  if (!hit || now - hit.at > RECENT_MS) return undefined;
  return hit.profile;
}

/**
 * A question written in one of the six languages sets the language of the replies that follow
 * (decode, steps, lockout) until the user writes in another one. Stored apart from the explicit
 * `/language` choice, which still wins. Returns the language the rest of this update should use.
 */
export async function rememberConversationLanguage(
  services: Services,
  userKey: string,
  text: string,
  current: Locale,
): Promise<Locale> {
  const profiles = services.profiles;
  const detected = detectLanguage(text).locale;
  if (!profiles || !detected) return current;
  const profile = recentProfile(profiles, userKey) ?? (await profiles.get(userKey).catch(() => undefined));
  if (profile?.locale) return current; // an explicit /language wins
  if (profile?.conversationLocale !== detected) {
    await profiles.update(userKey, { conversationLocale: detected }).catch(() => undefined);
    remember(profiles, userKey, { ...profile, conversationLocale: detected });
  }
  return detected;
}
