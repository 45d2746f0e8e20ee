/**
 * Gateway events the fake emits, both when a test injects them and as side effects of REST calls
 * (Discord echoes a bot's own messages and thread changes back over the gateway).
 */
import { imageHeader } from "../image-bytes.js";
import { type Gateway, Intents } from "./gateway.js";
import { ChannelType, type FakeState } from "./state.js";
import type { ApiObject, ApiUser, UserInput } from "./types.js";

export interface EventDeps {
  state: FakeState;
  gateway: Gateway;
}

export interface AttachmentInput {
  filename: string;
  data?: Buffer | string;
  contentType?: string;
  /**
   * A file larger than `data` without holding it (a 12 MB photo): `data` (e.g. an image's first
   * bytes) padded with zero bytes to `size`. The attachment object announces `size`, and the URL
   * serves all of it, as Discord would.
   */
  size?: number;
}

export interface MessageCreateInput {
  channelId?: string;
  guildId?: string;
  author?: UserInput;
  content: string;
  attachments?: AttachmentInput[];
  /** Sent in the author's DM channel with the bot (`channelId` is ignored). */
  dm?: boolean;
}

export interface ThreadInput {
  /** Threads started from a message share its ID; forum posts share it with their starter message. */
  id?: string;
  parentId?: string;
  /** 11 public (default) or 12 private. */
  type?: number;
  name: string;
  appliedTags?: string[];
  ownerId?: string;
  archived?: boolean;
  locked?: boolean;
}

/**
 * A file a user sends (with a message, or given to a command): kept by the fake and served at the
 * attachment's `url`; images carry their `width`/`height` as Discord's attachment objects do.
 */
export function storeUserFile(state: FakeState, channelId: string, a: AttachmentInput): ApiObject {
  const data = Buffer.isBuffer(a.data) ? a.data : Buffer.from(a.data ?? "");
  const contentType = a.contentType ?? "application/octet-stream";
  const stored = state.storeAttachment(channelId, {
    filename: a.filename,
    contentType,
    data,
    ...(a.size !== undefined && a.size > data.length ? { size: a.size } : {}),
  });
  const image = contentType.startsWith("image/") ? imageHeader(data) : undefined;
  return image ? { ...stored, width: image.width, height: image.height } : stored;
}

/** A user (or staff member) writes a message; it is stored and dispatched as MESSAGE_CREATE. */
export function messageCreate(deps: EventDeps, input: MessageCreateInput): ApiObject {
  const { state } = deps;
  const author = state.resolveUser(input.author);
  const channel = input.dm
    ? state.dmChannel(author.id)
    : state.channels.get(input.channelId ?? state.defaults.textChannelId);
  if (!channel) throw new Error(`fake-discord: unknown channel ${String(input.channelId)}`);
  const channelId = String(channel.id);
  const guildId = input.dm ? undefined : (input.guildId ?? (channel.guild_id as string | undefined));
  if (guildId) state.resolveUser(input.author ?? { id: author.id }, guildId);
  const attachments = (input.attachments ?? []).map((a) => storeUserFile(state, channelId, a));
  const message = state.storeMessage(
    state.buildMessage(channelId, author, {
      content: input.content,
      attachments,
      ...(guildId ? { guild_id: guildId } : {}),
    }),
  );
  dispatchMessage(deps, message);
  return message;
}

/**
 * MESSAGE_CREATE needs GUILD_MESSAGES (guild) or DIRECT_MESSAGES (DM). Without the privileged
 * MESSAGE_CONTENT intent, guild messages arrive with empty content, embeds, attachments and
 * components unless they mention the bot; DMs always carry their content.
 * @see https://discord.com/developers/docs/events/gateway#message-content-intent
 */
export function dispatchMessage(deps: EventDeps, message: ApiObject): void {
  const guildId = message.guild_id as string | undefined;
  const author = message.author as ApiUser;
  const member = guildId ? deps.state.memberObject(guildId, author.id) : undefined;
  const { user: _user, ...memberWithoutUser } = member ?? {};
  // Discord adds `channel_type`; discord.js needs it to build an uncached DM channel (partials).
  const channelType = deps.state.channels.get(String(message.channel_id))?.type;
  const payload = {
    ...message,
    ...(channelType === undefined ? {} : { channel_type: channelType }),
    ...(member ? { member: memberWithoutUser } : {}),
  };
  const botId = deps.state.botUser.id;
  deps.gateway.dispatch("MESSAGE_CREATE", payload, {
    ...(guildId ? { guildId } : {}),
    intent: guildId ? Intents.GuildMessages : Intents.DirectMessages,
    shape: (d, intents) => {
      const mentioned = (d.mentions as ApiUser[] | undefined)?.some((u) => u.id === botId);
      if (!guildId || (intents & Intents.MessageContent) !== 0 || mentioned || author.id === botId) return d;
      return { ...d, content: "", embeds: [], attachments: [], components: [] };
    },
  });
}

/** Creates a thread (a forum post when the parent is a forum) and dispatches THREAD_CREATE. */
export function createThread(deps: EventDeps, input: ThreadInput): ApiObject {
  const { state } = deps;
  const parent = state.channels.get(input.parentId ?? state.defaults.forumChannelId);
  if (!parent) throw new Error(`fake-discord: unknown channel ${String(input.parentId)}`);
  const now = new Date().toISOString();
  const thread = state.addChannel({
    ...(input.id ? { id: input.id } : {}),
    type: input.type ?? ChannelType.PublicThread,
    guild_id: parent.guild_id,
    parent_id: parent.id,
    owner_id: input.ownerId ?? state.botUser.id,
    name: input.name,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    applied_tags: input.appliedTags ?? [],
    thread_metadata: {
      archived: input.archived ?? false,
      auto_archive_duration: 4320,
      archive_timestamp: now,
      locked: input.locked ?? false,
      create_timestamp: now,
    },
  });
  deps.gateway.dispatch(
    "THREAD_CREATE",
    { ...thread, newly_created: true },
    { guildId: String(parent.guild_id), intent: Intents.Guilds },
  );
  return thread;
}

/** Dispatches CHANNEL_UPDATE or THREAD_UPDATE for a changed channel. */
export function dispatchChannelUpdate(deps: EventDeps, channel: ApiObject): void {
  const event = deps.state.isThread(channel) ? "THREAD_UPDATE" : "CHANNEL_UPDATE";
  dispatchGuildChannelEvent(deps, event, channel);
}

/** Removes a thread (e.g. staff deleted the ticket post) and dispatches THREAD_DELETE. */
export function threadDelete(deps: EventDeps, threadId: string): void {
  const thread = deps.state.channels.get(threadId);
  if (!thread) throw new Error(`fake-discord: unknown thread ${threadId}`);
  deps.state.channels.delete(threadId);
  // THREAD_DELETE carries only id, guild_id, parent_id and type.
  dispatchGuildChannelEvent(deps, "THREAD_DELETE", {
    id: thread.id,
    guild_id: thread.guild_id,
    parent_id: thread.parent_id,
    type: thread.type,
  });
}

/** Removes a channel (threads go through THREAD_DELETE) and dispatches CHANNEL_DELETE. */
export function channelDelete(deps: EventDeps, channelId: string): void {
  const channel = deps.state.channels.get(channelId);
  if (!channel) throw new Error(`fake-discord: unknown channel ${channelId}`);
  if (deps.state.isThread(channel)) {
    threadDelete(deps, channelId);
    return;
  }
  deps.state.channels.delete(channelId);
  dispatchGuildChannelEvent(deps, "CHANNEL_DELETE", channel);
}

function dispatchGuildChannelEvent(deps: EventDeps, event: string, channel: ApiObject): void {
  const guildId = channel.guild_id as string | undefined;
  deps.gateway.dispatch(event, channel, guildId ? { guildId, intent: Intents.Guilds } : {});
}
