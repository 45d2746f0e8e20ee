/**
 * A user's key: `platform:id` (`telegram:12345`, `discord:80351110224678912`, `web:<session id>`,
 * `console:local`). The one spelling the store (profiles, limits, tickets, reminders, outbox
 * rows), the support desk and /forget share, so it is built and read only here. The id is the
 * platform's own user id as text; it may itself contain `:` (only the first one separates).
 */

export type Platform = "console" | "telegram" | "discord" | "web";

const PLATFORMS: readonly Platform[] = ["console", "telegram", "discord", "web"];

export function userKey(platform: Platform, id: string | number): string {
  return `${platform}:${id}`;
}

/** The key of a command's user (`ctx.user`). */
export const userKeyOf = (user: { readonly platform: Platform; readonly id: string }): string =>
  userKey(user.platform, user.id);

/** `undefined` when `key` is not `platform:id` with a known platform and a non-empty id. */
export function parseUserKey(key: string): { platform: Platform; id: string } | undefined {
  const at = key.indexOf(":");
  const platform = PLATFORMS.find((p) => p === key.slice(0, at));
  const id = key.slice(at + 1);
  return at > 0 && platform && id !== "" ? { platform, id } : undefined;
}
