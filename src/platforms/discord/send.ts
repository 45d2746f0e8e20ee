/**
 * Posting a message to a channel by plain REST: no gateway cache is needed, so any shard can send
 * to any channel. Files are uploaded (never linked: Discord's attachment URLs expire). Used by the
 * outbox's Discord sender (outbox.ts) and the desk channel.
 */
import { type Client, type RESTPostAPIChannelMessageJSONBody, Routes } from "discord.js";
import { FILES_PER_MESSAGE, toRawFiles, type UploadFile } from "./files.js";

/**
 * Posts one message body to a channel, with files. More than 10 files (Discord's per-message
 * limit) go in further messages that carry only files. Returns the first message's id.
 */
export async function postToChannel(
  client: Client,
  channelId: string,
  body: RESTPostAPIChannelMessageJSONBody,
  files: readonly UploadFile[] = [],
): Promise<string | null> {
  const route = Routes.channelMessages(channelId);
  const first = files.slice(0, FILES_PER_MESSAGE);
  const posted = (await client.rest.post(route, {
    body,
    ...(first.length > 0 ? { files: toRawFiles(first) } : {}),
  })) as { id?: unknown } | null;
  for (let i = FILES_PER_MESSAGE; i < files.length; i += FILES_PER_MESSAGE) {
    await client.rest.post(route, {
      body: { allowed_mentions: { parse: [] } },
      files: toRawFiles(files.slice(i, i + FILES_PER_MESSAGE)),
    });
  }
  return typeof posted?.id === "string" ? posted.id : null;
}
