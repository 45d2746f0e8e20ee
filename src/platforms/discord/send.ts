/**
 * Messages outside a request (reminders, support relay) by plain REST calls: no gateway cache is
 * needed, so any shard can send to any channel or user.
 * A DM channel is opened with `POST /users/@me/channels`; 50007 ("Cannot send messages to this
 * user": DMs closed or no shared server) becomes `Unreachable` so callers can tell staff.
 * `reply.attachments` are uploaded as files (never linked: Discord's attachment URLs expire).
 */
import { type APIChannel, type Client, type RESTPostAPIChannelMessageJSONBody, Routes } from "discord.js";
import type { Reply } from "../../core/reply.js";
import { toPlatformError } from "./errors.js";
import { FILES_PER_MESSAGE, toRawFiles, type UploadFile } from "./files.js";
import { decodeConversation } from "./ids.js";
import { renderReply, toRestBody } from "./render.js";

/**
 * Posts one message body to a channel, with files. More than 10 files (Discord's per-message
 * limit) go in further messages that carry only files.
 */
export async function postToChannel(
  client: Client,
  channelId: string,
  body: RESTPostAPIChannelMessageJSONBody,
  files: readonly UploadFile[] = [],
): Promise<void> {
  const route = Routes.channelMessages(channelId);
  const first = files.slice(0, FILES_PER_MESSAGE);
  await client.rest.post(route, { body, ...(first.length > 0 ? { files: toRawFiles(first) } : {}) });
  for (let i = FILES_PER_MESSAGE; i < files.length; i += FILES_PER_MESSAGE) {
    await client.rest.post(route, {
      body: { allowed_mentions: { parse: [] } },
      files: toRawFiles(files.slice(i, i + FILES_PER_MESSAGE)),
    });
  }
}

/** The DM channel id for a user (Discord keeps one per user and returns it again). */
async function dmChannelId(client: Client, userId: string): Promise<string> {
  const dm = (await client.rest.post(Routes.userChannels(), {
    body: { recipient_id: userId },
  })) as APIChannel;
  return dm.id;
}

export async function sendReply(client: Client, conversation: string, reply: Reply): Promise<void> {
  const target = decodeConversation(conversation);
  if (!target) throw new Error(`Not a Discord conversation id: ${conversation}`);
  const body = toRestBody(renderReply(reply));
  const userId = target.kind === "dm" ? target.userId : undefined;
  try {
    const channelId = target.kind === "dm" ? await dmChannelId(client, target.userId) : target.channelId;
    await postToChannel(client, channelId, body, reply.attachments ?? []);
  } catch (error) {
    throw toPlatformError(error, { ...(userId ? { userId } : {}), what: conversation });
  }
}
