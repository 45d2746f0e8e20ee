/**
 * Guild objects as GUILD_CREATE and `GET /guilds/{id}` return them. discord.js builds its caches
 * (channels, roles, the bot's own member) from GUILD_CREATE, and only emits `clientReady` once every
 * guild listed as unavailable in READY has arrived.
 * @see https://discord.com/developers/docs/events/gateway-events#guild-create
 */
import type { FakeState } from "./state.js";
import type { ApiObject } from "./types.js";

export function guildObject(state: FakeState, guildId: string): ApiObject | undefined {
  const guild = state.guilds.get(guildId);
  if (!guild) return undefined;
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: state.defaults.staffUser.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: "en-US",
    max_video_channel_users: 25,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}

/** The extra fields only GUILD_CREATE carries: channels, active threads, members, `joined_at`. */
export function guildCreatePayload(state: FakeState, guildId: string): ApiObject | undefined {
  const base = guildObject(state, guildId);
  const guild = state.guilds.get(guildId);
  if (!base || !guild) return undefined;
  const inGuild = [...state.channels.values()].filter((c) => c.guild_id === guildId);
  const members = [...guild.members.keys()].flatMap((id) => state.memberObject(guildId, id) ?? []);
  return {
    ...base,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: guild.members.size,
    voice_states: [],
    members,
    channels: inGuild.filter((c) => !state.isThread(c)),
    // Only active (non-archived) threads are part of GUILD_CREATE.
    threads: inGuild.filter((c) => state.isThread(c) && !isArchived(c)),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function isArchived(channel: ApiObject): boolean {
  const meta = channel.thread_metadata as { archived?: boolean } | undefined;
  return meta?.archived === true;
}
