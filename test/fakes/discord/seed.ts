/**
 * The default world every fake starts with: one guild ("Dokker Support") with a text channel, a forum
 * channel whose `available_tags` are Open and Closed, a Staff role, the bot's member (Administrator
 * role), a default user and a staff user; plus optional extra guilds for sharding tests.
 */
import { ChannelType } from "./constants.js";
import type { FakeState } from "./state.js";
import type { ApiObject, DefaultIds } from "./types.js";

/** Builds the default world: one guild with a text channel, a forum (tags Open/Closed) and roles. */
export function seedWorld(state: FakeState, extraGuilds: number): DefaultIds {
  const guild = state.addGuild("Dokker Support");
  const staffRoleId = state.addRole(guild.id, "Staff", "17179869184"); // MANAGE_THREADS
  const botRoleId = state.addRole(guild.id, "dokker-bot", "8"); // ADMINISTRATOR
  state.addMember(guild.id, state.botUser.id, [botRoleId]);
  const text = state.addChannel({
    type: ChannelType.Text,
    guild_id: guild.id,
    name: "general",
    topic: null,
  });
  const open = state.nextId();
  const closed = state.nextId();
  const forum = state.addChannel({
    type: ChannelType.Forum,
    guild_id: guild.id,
    name: "tickets",
    position: 1,
    topic: null,
    available_tags: [tag(open, "Open"), tag(closed, "Closed")],
    default_reaction_emoji: null,
    default_sort_order: null,
    default_forum_layout: 0,
    default_thread_rate_limit_per_user: 0,
    default_auto_archive_duration: 4320,
  });
  const user = state.addUser({ username: "driver" });
  state.addMember(guild.id, user.id);
  const staffUser = state.addUser({ username: "staff" });
  state.addMember(guild.id, staffUser.id, [staffRoleId]);
  const extraGuildIds: string[] = [];
  for (let i = 0; i < extraGuilds; i++) {
    const extra = state.addGuild(`Guild ${i + 2}`);
    state.addMember(extra.id, state.botUser.id);
    state.addChannel({ type: ChannelType.Text, guild_id: extra.id, name: "general" });
    extraGuildIds.push(extra.id);
  }
  return {
    guildId: guild.id,
    textChannelId: String(text.id),
    forumChannelId: String(forum.id),
    staffRoleId,
    botRoleId,
    tags: { open, closed },
    user,
    staffUser,
    extraGuildIds,
  };
}

function tag(id: string, name: string): ApiObject {
  return { id, name, moderated: false, emoji_id: null, emoji_name: null };
}
