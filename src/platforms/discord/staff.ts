/**
 * Who is desk staff, and which channels are ticket posts. Rules:
 * - Staff = a member of the desk forum's server holding STAFF_ROLE_ID. Roles are read from the
 *   member the event carries (interactions and guild MESSAGE_CREATE include it); only when it is
 *   missing is the member fetched (`GET /guilds/{id}/members/{userId}`).
 * - A ticket post is a thread whose parent is the desk forum; its conversation id is
 *   `discord:{threadId}`, the very string `DeskChannel.openThread` returned.
 * Threads are not always cached (archived ones are not in GUILD_CREATE, e.g. after a restart), so
 * the channel is fetched when the cache misses.
 */
import {
  type APIGuildMember,
  type APIInteractionGuildMember,
  type Client,
  type GuildMember,
  Routes,
} from "discord.js";
import type { Logger } from "../../logger.js";
import { errorFields } from "./errors.js";

export interface DeskScopeConfig {
  /** The forum channel whose posts are tickets. */
  readonly forumChannelId: string;
  /** Members with this role (in the forum's server) are staff. */
  readonly staffRoleId: string;
}

type AnyMember = GuildMember | APIInteractionGuildMember | APIGuildMember | null | undefined;

/** Role ids of a member, whichever shape discord.js handed us (cached GuildMember or raw API). */
function roleIds(member: AnyMember): readonly string[] | undefined {
  if (!member) return undefined;
  if (Array.isArray(member.roles)) return member.roles;
  return [...(member as GuildMember).roles.cache.keys()];
}

export function createDeskScope(client: Client, config: DeskScopeConfig, logger: Logger) {
  let forumGuild: Promise<string | undefined> | undefined;

  /** The forum's server id (cached after the first successful look-up). */
  function deskGuildId(): Promise<string | undefined> {
    forumGuild ??= client.channels
      .fetch(config.forumChannelId)
      .then((c) => (c && "guildId" in c ? c.guildId : undefined))
      .catch((error: unknown) => {
        forumGuild = undefined;
        logger.warn({ err: errorFields(error) }, "discord desk forum could not be fetched");
        return undefined;
      });
    return forumGuild;
  }

  /**
   * True when `channelId` is a post (thread) of the desk forum. Outside the desk's server it is
   * false without a look-up (no channel fetch per interaction in other servers).
   */
  async function isTicketThread(guildId: string | null, channelId: string | null): Promise<boolean> {
    if (!channelId || !guildId || guildId !== (await deskGuildId())) return false;
    const cached = client.channels.cache.get(channelId);
    const channel = cached ?? (await client.channels.fetch(channelId).catch(() => null));
    return channel?.isThread() === true && channel.parentId === config.forumChannelId;
  }

  /** Staff iff in the desk's server and holding the staff role; `member` from the event if any. */
  async function isStaff(guildId: string | null, userId: string, member: AnyMember): Promise<boolean> {
    if (!guildId || guildId !== (await deskGuildId())) return false;
    let roles = roleIds(member);
    if (!roles) {
      try {
        const fetched = (await client.rest.get(Routes.guildMember(guildId, userId))) as APIGuildMember;
        roles = fetched.roles;
      } catch (error) {
        logger.warn({ err: errorFields(error), user: userId }, "discord member roles could not be read");
        return false;
      }
    }
    return roles.includes(config.staffRoleId);
  }

  return { isTicketThread, isStaff, deskGuildId };
}

export type DeskScope = ReturnType<typeof createDeskScope>;
