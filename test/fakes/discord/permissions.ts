/**
 * The bot's permissions in a channel, computed the way Discord does: the bot's roles in the guild
 * (ADMINISTRATOR grants everything), then the channel's overwrites (@everyone, the bot's roles, the
 * bot itself). Threads use their parent's overwrites; DM channels need no permissions.
 * A REST call needing a permission the bot lacks answers 403 50013 "Missing Permissions".
 * @see https://discord.com/developers/docs/topics/permissions#permission-overwrites
 */
import { apiError, type RestReply } from "./rest.js";
import type { FakeState } from "./state.js";
import type { ApiObject } from "./types.js";

/** The permission bits the fake checks. */
export const Permission = {
  ADMINISTRATOR: 1n << 3n,
  MANAGE_CHANNELS: 1n << 4n,
  VIEW_CHANNEL: 1n << 10n,
  SEND_MESSAGES: 1n << 11n,
  MANAGE_MESSAGES: 1n << 13n,
  EMBED_LINKS: 1n << 14n,
  ATTACH_FILES: 1n << 15n,
  MANAGE_THREADS: 1n << 34n,
  CREATE_PUBLIC_THREADS: 1n << 35n,
  SEND_MESSAGES_IN_THREADS: 1n << 38n,
} as const;

const ALL = (1n << 51n) - 1n;

function overwrite(list: ApiObject[], id: string): { allow: bigint; deny: bigint } {
  const found = list.find((o) => String(o.id) === id);
  return { allow: BigInt(String(found?.allow ?? 0)), deny: BigInt(String(found?.deny ?? 0)) };
}

/** The bot's permission bits in `channel`. */
export function botPermissions(state: FakeState, channel: ApiObject): bigint {
  const guildId = channel.guild_id as string | undefined;
  if (!guildId) return ALL;
  const guild = state.guilds.get(guildId);
  const botId = state.botUser.id;
  const roles = guild?.members.get(botId)?.roles ?? [];
  let bits = BigInt(state.memberPermissions(guildId, botId));
  if ((bits & Permission.ADMINISTRATOR) !== 0n) return ALL;
  const target = state.isThread(channel) ? state.channels.get(String(channel.parent_id)) : channel;
  const list = (target?.permission_overwrites as ApiObject[] | undefined) ?? [];
  const everyone = overwrite(list, guildId);
  bits = (bits & ~everyone.deny) | everyone.allow;
  let allow = 0n;
  let deny = 0n;
  for (const role of roles) {
    const o = overwrite(list, role);
    allow |= o.allow;
    deny |= o.deny;
  }
  bits = (bits & ~deny) | allow;
  const member = overwrite(list, botId);
  return (bits & ~member.deny) | member.allow;
}

/** 403 50013 when the bot lacks any of `needed` in `channel`, else undefined. */
export function requirePermissions(
  state: FakeState,
  channel: ApiObject,
  ...needed: bigint[]
): RestReply | undefined {
  const have = botPermissions(state, channel);
  const missing = needed.some((bit) => (have & bit) !== bit);
  return missing ? apiError(403, 50013, "Missing Permissions") : undefined;
}
