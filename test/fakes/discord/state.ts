/**
 * In-memory world of the fake: guilds, channels (text, forum, threads, DMs), roles, members,
 * messages, registered commands and uploaded attachments. Objects are stored in Discord's own JSON
 * shape so REST and gateway can hand them out unchanged.
 */
import { ChannelType } from "./constants.js";
import { seedWorld } from "./seed.js";
import type { ApiObject, ApiUser, DefaultIds, UserInput } from "./types.js";

/** Discord epoch (2015-01-01) used by snowflakes. */
const DISCORD_EPOCH = 1420070400000n;

/** Permission bitfields as decimal strings (Administrator = 1 << 3). */
export const ALL_PERMISSIONS = "2251799813685247";
const MEMBER_PERMISSIONS = "1071698660928"; // view, send, read history, use app commands, threads …

export interface GuildRecord {
  id: string;
  name: string;
  roles: ApiObject[];
  /** userId → member object without `user` (Discord's GUILD_CREATE shape adds `user`). */
  members: Map<string, { roles: string[]; joined_at: string }>;
}

export interface StoredAttachment {
  data: Buffer;
  contentType: string;
  filename: string;
  /**
   * The file's full size when it is larger than `data` (a big photo the fake need not hold):
   * the file is `data` followed by zero bytes up to `size`, served as a stream.
   */
  size?: number;
}

export interface Command extends ApiObject {
  id: string;
  name: string;
}

export class FakeState {
  readonly applicationId: string;
  readonly botUser: ApiUser;
  readonly users = new Map<string, ApiUser>();
  readonly guilds = new Map<string, GuildRecord>();
  /** Every channel by ID: guild channels, threads and DM channels. */
  readonly channels = new Map<string, ApiObject>();
  /** Every message by ID, ephemeral ones included. */
  readonly messages = new Map<string, ApiObject>();
  /** Visible (non-ephemeral) message IDs per channel, in order. */
  readonly channelLog = new Map<string, string[]>();
  readonly closedDms = new Set<string>();
  readonly globalCommands: Command[] = [];
  readonly guildCommands = new Map<string, Command[]>();
  readonly attachments = new Map<string, StoredAttachment>();
  /** The URL paths of attachment downloads (`<channel>/<id>/<name>`), in order. */
  readonly attachmentFetches: string[] = [];
  readonly defaults: DefaultIds;
  private counter = 0n;
  private readonly baseMs = BigInt(Date.now()) - DISCORD_EPOCH;

  constructor(
    readonly baseUrl: () => string,
    extraGuilds = 0,
  ) {
    this.applicationId = this.nextId();
    this.botUser = this.addUser({ id: this.applicationId, username: "dokker-bot", bot: true });
    this.defaults = seedWorld(this, extraGuilds);
  }

  /**
   * A unique, increasing snowflake. Each ID advances the timestamp part by 1 ms so guild IDs spread
   * over shards (`shard_id = (guild_id >> 22) % num_shards`).
   */
  nextId(): string {
    this.counter += 1n;
    return (((this.baseMs + this.counter) << 22n) | (this.counter & 0xfffn)).toString();
  }

  addUser(input: UserInput = {}): ApiUser {
    const id = input.id ?? this.nextId();
    const existing = this.users.get(id);
    if (existing && !input.username) return existing;
    const user: ApiUser = {
      id,
      username: input.username ?? `user${id.slice(-4)}`,
      global_name: input.globalName ?? null,
      discriminator: "0",
      avatar: null,
      bot: input.bot ?? false,
      public_flags: 0,
      flags: 0,
    };
    this.users.set(id, user);
    return user;
  }

  /** The user object for a test's input, registered as a guild member when a guild is given. */
  resolveUser(input: UserInput | undefined, guildId?: string): ApiUser {
    const user = input ? this.addUser(input) : this.defaults.user;
    if (guildId) this.addMember(guildId, user.id, input?.roles);
    return user;
  }

  addMember(guildId: string, userId: string, roles?: string[]): void {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId}`);
    const current = guild.members.get(userId);
    if (current && !roles) return;
    guild.members.set(userId, { roles: roles ?? current?.roles ?? [], joined_at: new Date().toISOString() });
  }

  /** Member object as REST and GUILD_CREATE return it. */
  memberObject(guildId: string, userId: string): ApiObject | undefined {
    const member = this.guilds.get(guildId)?.members.get(userId);
    const user = this.users.get(userId);
    if (!member || !user) return undefined;
    return {
      user,
      nick: null,
      avatar: null,
      roles: member.roles,
      joined_at: member.joined_at,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  /** Computed permissions of a member, as interactions carry them in `member.permissions`. */
  memberPermissions(guildId: string, userId: string): string {
    const guild = this.guilds.get(guildId);
    const roles = guild?.members.get(userId)?.roles ?? [];
    let bits = BigInt(MEMBER_PERMISSIONS);
    for (const role of guild?.roles ?? []) {
      if (roles.includes(String(role.id))) bits |= BigInt(String(role.permissions));
    }
    return (bits & 8n) === 8n ? ALL_PERMISSIONS : bits.toString();
  }

  addGuild(name: string): GuildRecord {
    const id = this.nextId();
    const guild: GuildRecord = {
      id,
      name,
      // The @everyone role shares the guild's ID.
      roles: [role(id, "@everyone", 0, MEMBER_PERMISSIONS)],
      members: new Map(),
    };
    this.guilds.set(id, guild);
    return guild;
  }

  addRole(guildId: string, name: string, permissions: string): string {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId}`);
    const id = this.nextId();
    guild.roles.push(role(id, name, guild.roles.length, permissions));
    return id;
  }

  addChannel(fields: ApiObject & { type: number }): ApiObject {
    const id = typeof fields.id === "string" ? fields.id : this.nextId();
    const channel: ApiObject = {
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      nsfw: false,
      rate_limit_per_user: 0,
      last_message_id: null,
      flags: 0,
      ...fields,
      id,
    };
    this.channels.set(id, channel);
    return channel;
  }

  /** The DM channel between the bot and a user (Discord keeps exactly one). */
  dmChannel(userId: string): ApiObject {
    for (const channel of this.channels.values()) {
      const recipients = channel.recipients as ApiUser[] | undefined;
      if (channel.type === ChannelType.DM && recipients?.[0]?.id === userId) return channel;
    }
    const user = this.users.get(userId) ?? this.addUser({ id: userId });
    return this.addChannel({ type: ChannelType.DM, recipients: [user] });
  }

  dmRecipient(channel: ApiObject): string | undefined {
    if (channel.type !== ChannelType.DM) return undefined;
    return (channel.recipients as ApiUser[] | undefined)?.[0]?.id;
  }

  isThread(channel: ApiObject): boolean {
    return channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread;
  }

  /** Shard a guild's events go to. @see https://discord.com/developers/docs/events/gateway#sharding */
  shardOf(guildId: string, shards: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(shards));
  }

  /** Stores a message; ephemeral ones (flag 64) are kept out of the channel's visible history. */
  storeMessage(message: ApiObject): ApiObject {
    const id = String(message.id);
    const channelId = String(message.channel_id);
    this.messages.set(id, message);
    if ((Number(message.flags ?? 0) & 64) === 0) {
      const log = this.channelLog.get(channelId) ?? [];
      if (!log.includes(id)) log.push(id);
      this.channelLog.set(channelId, log);
      const channel = this.channels.get(channelId);
      if (channel) {
        channel.last_message_id = id;
        if (this.isThread(channel)) channel.message_count = Number(channel.message_count ?? 0) + 1;
      }
    }
    return message;
  }

  /** A message object in Discord's shape; `fields` override the defaults. */
  buildMessage(channelId: string, author: ApiUser, fields: ApiObject = {}): ApiObject {
    const channel = this.channels.get(channelId);
    return {
      id: this.nextId(),
      type: 0,
      channel_id: channelId,
      ...(channel?.guild_id ? { guild_id: channel.guild_id } : {}),
      author,
      content: "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      ...fields,
    };
  }

  /** Keeps uploaded bytes and returns the attachment object with a URL served by the fake. */
  storeAttachment(channelId: string, file: StoredAttachment) {
    const id = this.nextId();
    const key = `${channelId}/${id}/${encodeURIComponent(file.filename)}`;
    this.attachments.set(key, file);
    const url = `${this.baseUrl()}/attachments/${key}`;
    return {
      id,
      filename: file.filename,
      size: Math.max(file.size ?? 0, file.data.length),
      content_type: file.contentType,
      url,
      proxy_url: url,
    };
  }

  channelMessages(channelId: string): ApiObject[] {
    const ids = this.channelLog.get(channelId) ?? [];
    return ids.flatMap((id): ApiObject[] => {
      const message = this.messages.get(id);
      return message ? [message] : [];
    });
  }
}

function role(id: string, name: string, position: number, permissions: string): ApiObject {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export { ChannelType };
