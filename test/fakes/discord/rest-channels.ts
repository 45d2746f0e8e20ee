/**
 * Channel routes: fetch/edit/delete channels and threads, channel messages (JSON or multipart with
 * files), forum posts, DMs and reactions.
 * @see https://discord.com/developers/docs/resources/channel
 */
import {
  createThread,
  dispatchChannelUpdate,
  dispatchMessage,
  type EventDeps,
  channelDelete as removeChannel,
} from "./events.js";
import { Permission, requirePermissions } from "./permissions.js";
import {
  apiError,
  json,
  type RestReply,
  type RestRequest,
  type Route,
  unknownChannel,
  unknownMessage,
} from "./rest.js";
import { ChannelType } from "./state.js";
import type { ApiObject } from "./types.js";
import { isEmptyMessage, isObject, validateImages, validateMessage } from "./validate.js";

/** Flags a bot may set on a channel message: SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2. */
const MESSAGE_FLAGS = 4 | 4096 | 32768;

export function channelRoutes(deps: EventDeps): Route[] {
  const { state } = deps;
  const channel = (id: string | undefined) => state.channels.get(id ?? "");
  return [
    {
      method: "GET",
      pattern: "/channels/:id",
      handle: (_r, p) => {
        const found = channel(p.id);
        return found ? json(200, found) : unknownChannel();
      },
    },
    { method: "PATCH", pattern: "/channels/:id", handle: (r, p) => editChannel(deps, r, p.id ?? "") },
    {
      method: "DELETE",
      pattern: "/channels/:id",
      handle: (_r, p) => {
        const found = channel(p.id);
        if (!found) return unknownChannel();
        const thread = state.isThread(found);
        const refused = requirePermissions(
          state,
          found,
          thread ? Permission.MANAGE_THREADS : Permission.MANAGE_CHANNELS,
        );
        if (refused) return refused;
        // Deleting a thread (a forum post) deletes its messages with it.
        for (const id of state.channelLog.get(String(found.id)) ?? []) state.messages.delete(id);
        state.channelLog.delete(String(found.id));
        removeChannel(deps, String(found.id));
        return json(200, found);
      },
    },
    {
      method: "GET",
      pattern: "/channels/:id/messages",
      handle: (r, p) => {
        if (!channel(p.id)) return unknownChannel();
        const limit = Number(r.query.get("limit") ?? 50);
        // Newest first, like Discord.
        return json(
          200,
          state
            .channelMessages(p.id ?? "")
            .reverse()
            .slice(0, limit),
        );
      },
    },
    { method: "POST", pattern: "/channels/:id/messages", handle: (r, p) => postMessage(deps, r, p.id ?? "") },
    {
      // "Bot is typing…": refused where the bot could not post (unknown channel, closed DMs,
      // missing permission), like a message.
      method: "POST",
      pattern: "/channels/:id/typing",
      handle: (_r, p) => {
        const found = channel(p.id);
        if (!found) return unknownChannel();
        const recipient = state.dmRecipient(found);
        if (recipient && state.closedDms.has(recipient))
          return apiError(403, 50007, "Cannot send messages to this user");
        return postPermission(deps, found, 0) ?? json(204);
      },
    },
    {
      method: "GET",
      pattern: "/channels/:id/messages/:mid",
      handle: (_r, p) => {
        if (!channel(p.id)) return unknownChannel();
        const message = state.messages.get(p.mid ?? "");
        return message?.channel_id === p.id ? json(200, message) : unknownMessage();
      },
    },
    { method: "PATCH", pattern: "/channels/:id/messages/:mid", handle: (r, p) => editMessage(deps, r, p) },
    {
      method: "DELETE",
      pattern: "/channels/:id/messages/:mid",
      handle: (_r, p) => {
        const message = state.messages.get(p.mid ?? "");
        const where = channel(p.id);
        if (!message || !where) return unknownMessage();
        // A channel the bot can no longer see: 50001, even for its own messages.
        if (requirePermissions(state, where, Permission.VIEW_CHANNEL))
          return apiError(403, 50001, "Missing Access");
        const author = (message.author as ApiObject | undefined)?.id;
        if (author !== state.botUser.id) {
          const refused = requirePermissions(state, where, Permission.MANAGE_MESSAGES);
          if (refused) return refused;
        }
        state.messages.delete(p.mid ?? "");
        const log = state.channelLog.get(p.id ?? "") ?? [];
        const at = log.indexOf(p.mid ?? "");
        if (at !== -1) log.splice(at, 1);
        return json(204);
      },
    },
    ...["PUT", "DELETE"].map((method) => ({
      method,
      pattern: "/channels/:id/messages/:mid/reactions/:emoji/@me",
      handle: (_r: RestRequest, p: Record<string, string>) =>
        state.messages.has(p.mid ?? "") ? json(204) : unknownMessage(),
    })),
    { method: "POST", pattern: "/channels/:id/threads", handle: (r, p) => startThread(deps, r, p.id ?? "") },
    {
      method: "POST",
      pattern: "/channels/:id/messages/:mid/threads",
      handle: (r, p) => startThread(deps, r, p.id ?? "", p.mid),
    },
    {
      method: "POST",
      pattern: "/users/@me/channels",
      handle: (r) => {
        const recipient = isObject(r.body) ? String(r.body.recipient_id ?? "") : "";
        if (!recipient) return apiError(400, 50035, "Invalid Form Body");
        return json(200, state.dmChannel(recipient));
      },
    },
  ];
}

/**
 * Editing a channel needs MANAGE_CHANNELS. A thread's owner may rename, archive and re-tag it;
 * locking, touching a locked thread, or editing someone else's thread needs MANAGE_THREADS.
 */
function editPermission(deps: EventDeps, channel: ApiObject, body: ApiObject): RestReply | undefined {
  const { state } = deps;
  if (!state.isThread(channel)) return requirePermissions(state, channel, Permission.MANAGE_CHANNELS);
  const locked = (channel.thread_metadata as ApiObject | undefined)?.locked === true;
  const owner = channel.owner_id === state.botUser.id;
  const managed = body.locked !== undefined || locked || !owner;
  return managed ? requirePermissions(state, channel, Permission.MANAGE_THREADS) : undefined;
}

function editChannel(deps: EventDeps, req: RestRequest, id: string): RestReply {
  const channel = deps.state.channels.get(id);
  if (!channel) return unknownChannel();
  const body = isObject(req.body) ? req.body : {};
  const refused = editPermission(deps, channel, body);
  if (refused) return refused;
  for (const key of ["name", "topic", "applied_tags", "rate_limit_per_user", "available_tags"]) {
    if (body[key] !== undefined) channel[key] = body[key];
  }
  if (deps.state.isThread(channel)) {
    // Archived and locked live in thread_metadata; locked threads can only be reopened by moderators.
    const meta = { ...(channel.thread_metadata as ApiObject) };
    for (const key of ["archived", "locked", "auto_archive_duration", "invitable"]) {
      if (body[key] !== undefined) meta[key] = body[key];
    }
    if (body.archived !== undefined) meta.archive_timestamp = new Date().toISOString();
    channel.thread_metadata = meta;
  }
  dispatchChannelUpdate(deps, channel);
  return json(200, channel);
}

/**
 * Posting needs VIEW_CHANNEL and SEND_MESSAGES (SEND_MESSAGES_IN_THREADS in a thread), plus
 * ATTACH_FILES for files. An archived thread refuses messages (50083) until it is unarchived; a
 * locked one only takes messages from members with MANAGE_THREADS.
 */
function postPermission(deps: EventDeps, channel: ApiObject, files: number): RestReply | undefined {
  const { state } = deps;
  const thread = state.isThread(channel);
  const meta = channel.thread_metadata as ApiObject | undefined;
  if (meta?.archived) return apiError(400, 50083, "Thread is archived");
  const send = thread ? Permission.SEND_MESSAGES_IN_THREADS : Permission.SEND_MESSAGES;
  const needed = [Permission.VIEW_CHANNEL, send];
  if (files > 0) needed.push(Permission.ATTACH_FILES);
  if (meta?.locked) needed.push(Permission.MANAGE_THREADS);
  return requirePermissions(state, channel, ...needed);
}

async function postMessage(deps: EventDeps, req: RestRequest, channelId: string): Promise<RestReply> {
  const { state } = deps;
  const channel = state.channels.get(channelId);
  if (!channel) return unknownChannel();
  const recipient = state.dmRecipient(channel);
  if (recipient && state.closedDms.has(recipient)) {
    // The user's privacy settings block DMs from the bot (or they share no server with it).
    return apiError(403, 50007, "Cannot send messages to this user");
  }
  const body = isObject(req.body) ? req.body : {};
  if (isEmptyMessage(body, req.files.length)) {
    return apiError(400, 50006, "Cannot send an empty message");
  }
  const invalid = validateMessage(body) ?? (await validateImages(req.files, body));
  if (invalid) return json(400, invalid);
  const refused = postPermission(deps, channel, req.files.length);
  if (refused) return refused;
  const message = state.storeMessage(
    state.buildMessage(channelId, state.botUser, bodyFields(deps, channelId, body, req)),
  );
  dispatchMessage(deps, message);
  return json(200, message);
}

async function editMessage(deps: EventDeps, req: RestRequest, p: Record<string, string>): Promise<RestReply> {
  const message = deps.state.messages.get(p.mid ?? "");
  if (!message || message.channel_id !== p.id) return unknownMessage();
  const body = isObject(req.body) ? req.body : {};
  const invalid = validateMessage(body) ?? (await validateImages(req.files, body));
  if (invalid) return json(400, invalid);
  Object.assign(message, bodyFields(deps, String(p.id), body, req), {
    edited_timestamp: new Date().toISOString(),
  });
  return json(200, message);
}

/**
 * `POST /channels/{id}/threads`. On a forum (type 15) the body carries the starter `message` and
 * `applied_tags` (IDs from the forum's `available_tags`); the starter message shares the thread's ID.
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 */
async function startThread(
  deps: EventDeps,
  req: RestRequest,
  parentId: string,
  fromMessage?: string,
): Promise<RestReply> {
  const { state } = deps;
  const parent = state.channels.get(parentId);
  if (!parent) return unknownChannel();
  const body = isObject(req.body) ? req.body : {};
  const forum = parent.type === ChannelType.Forum;
  const starter = isObject(body.message) ? body.message : undefined;
  if (forum && !starter) return apiError(400, 50035, "Invalid Form Body", { message: { _errors: [] } });
  if (starter) {
    const invalid = validateMessage(starter, ["message"]) ?? (await validateImages(req.files, starter));
    if (invalid) return json(400, invalid);
  }
  // A forum post is a message in the forum; other threads need CREATE_PUBLIC_THREADS.
  const needed = forum
    ? [Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES]
    : [Permission.VIEW_CHANNEL, Permission.CREATE_PUBLIC_THREADS];
  if (req.files.length > 0) needed.push(Permission.ATTACH_FILES);
  const refused = requirePermissions(state, parent, ...needed);
  if (refused) return refused;
  const tags = Array.isArray(body.applied_tags) ? body.applied_tags.map(String) : [];
  const known = new Set(((parent.available_tags as ApiObject[] | undefined) ?? []).map((t) => String(t.id)));
  const unknownTag = tags.find((t) => !known.has(t));
  if (forum && unknownTag) {
    return apiError(400, 50035, "Invalid Form Body", {
      applied_tags: { _errors: [{ code: "INVALID_TAG", message: `Unknown tag ${unknownTag}` }] },
    });
  }
  const thread = createThread(deps, {
    parentId,
    name: String(body.name ?? "thread"),
    appliedTags: tags,
    ...(fromMessage ? { id: fromMessage } : {}),
    ...(!forum && body.type === ChannelType.PrivateThread ? { type: ChannelType.PrivateThread } : {}),
  });
  if (!starter) return json(201, thread);
  const message = state.storeMessage(
    state.buildMessage(String(thread.id), state.botUser, {
      ...bodyFields(deps, String(thread.id), starter, req),
      id: thread.id,
    }),
  );
  dispatchMessage(deps, message);
  return json(201, { ...thread, message });
}

/** Message fields from a create/edit body; uploaded `files[n]` become attachments with local URLs. */
function bodyFields(deps: EventDeps, channelId: string, body: ApiObject, req: RestRequest): ApiObject {
  const fields: ApiObject = {};
  for (const key of ["content", "embeds", "components", "message_reference", "sticker_ids", "tts"]) {
    if (body[key] !== undefined) fields[key] = body[key];
  }
  if (body.flags !== undefined) fields.flags = Number(body.flags) & MESSAGE_FLAGS;
  if (req.files.length) fields.attachments = req.files.map((f) => deps.state.storeAttachment(channelId, f));
  return fields;
}
