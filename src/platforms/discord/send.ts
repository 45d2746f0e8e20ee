/**
 * Messages outside a request (reminders, support relay) by plain REST calls: no gateway cache is
 * needed, so any shard can send to any channel or user.
 * A DM channel is opened with `POST /users/@me/channels`; 50007 ("Cannot send messages to this
 * user": DMs closed or no shared server) becomes `Unreachable` so callers can tell staff.
 */
import { type APIChannel, type Client, Routes } from "discord.js";
import type { Reply } from "../../core/reply.js";
import { toPlatformError } from "./errors.js";
import { decodeConversation } from "./ids.js";
import { renderReply, toRestBody } from "./render.js";

export async function sendReply(client: Client, conversation: string, reply: Reply): Promise<void> {
  const target = decodeConversation(conversation);
  if (!target) throw new Error(`Not a Discord conversation id: ${conversation}`);
  const body = toRestBody(renderReply(reply));
  const userId = target.kind === "dm" ? target.userId : undefined;
  try {
    let channelId: string;
    if (target.kind === "dm") {
      const dm = (await client.rest.post(Routes.userChannels(), {
        body: { recipient_id: target.userId },
      })) as APIChannel;
      channelId = dm.id;
    } else {
      channelId = target.channelId;
    }
    await client.rest.post(Routes.channelMessages(channelId), { body });
  } catch (error) {
    throw toPlatformError(error, { ...(userId ? { userId } : {}), what: conversation });
  }
}
