/**
 * Chats and topics: getChat, getChatMember, sendChatAction and the forum topic methods.
 * A topic's message_thread_id is the message_id of its "topic created" service message, exactly
 * as in Telegram, so thread ids and message ids share one counter per chat.
 * @see https://core.telegram.org/bots/api#createforumtopic
 */
import { botAsUser, checkThread, type FakeCore, sendTarget, storeBotMessage } from "./core.js";
import type { MethodContext, MethodHandler } from "./dispatch.js";
import { badRequest, type ParamReader } from "./errors.js";
import type { ChatState } from "./state.js";
import type { AdminRights, ForumTopic } from "./types.js";

/** The six colours Telegram allows for topic icons. */
const TOPIC_ICON_COLORS = [7322096, 16766590, 13338331, 9367192, 16749490, 16478047];

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

function chatOf(core: FakeCore, p: ParamReader): ChatState {
  const ref = p.params.chat_id;
  return core.state.resolveChat(typeof ref === "number" || typeof ref === "string" ? ref : undefined);
}

function getChat(core: FakeCore, { p }: MethodContext): unknown {
  const chat = chatOf(core, p);
  return { ...chat.chat, accent_color_id: 0, max_reaction_count: 11 };
}

function getChatMember(core: FakeCore, { p }: MethodContext): unknown {
  const chat = chatOf(core, p);
  const userId = p.requireInt("user_id", "user_id is empty");
  const status = core.state.memberStatus(chat, userId);
  const user =
    userId === core.state.bot.id
      ? botAsUser(core.state)
      : { id: userId, is_bot: false, first_name: `User ${userId}` };
  const member: Record<string, unknown> = { status, user };
  if (status === "creator") member.is_anonymous = false;
  if (status === "administrator") {
    Object.assign(member, {
      can_be_edited: false,
      is_anonymous: false,
      can_manage_chat: true,
      can_manage_video_chats: true,
      can_restrict_members: true,
      can_promote_members: false,
      can_change_info: true,
      can_invite_users: true,
      can_post_stories: false,
      can_edit_stories: false,
      can_delete_stories: false,
      ...core.state.adminRights(chat, userId),
    });
  }
  return member;
}

function sendChatAction(core: FakeCore, { p }: MethodContext): unknown {
  const chat = sendTarget(core.state, p);
  if (!CHAT_ACTIONS.has(p.str("action") ?? "")) throw badRequest("wrong parameter action in request");
  checkThread(core.state, chat, p.int("message_thread_id"));
  return true;
}

/** The forum chat of a topic method; the bot must be an administrator holding `right`. */
function forumChat(
  core: FakeCore,
  p: ParamReader,
  rightsError: string,
  right: keyof AdminRights = "can_manage_topics",
): ChatState {
  const chat = chatOf(core, p);
  if (!chat.chat.is_forum) throw badRequest("the chat is not a forum");
  if (!core.state.adminRights(chat, core.state.bot.id)[right]) throw badRequest(rightsError);
  return chat;
}

function topicOf(core: FakeCore, chat: ChatState, p: ParamReader): ForumTopic {
  const topic = core.state.topic(chat, p.requireInt("message_thread_id", "message_thread_id is empty"));
  if (!topic) throw badRequest("TOPIC_ID_INVALID");
  return topic;
}

function checkTopicName(name: string | undefined): string {
  if (name === undefined || name.trim() === "") throw badRequest("TOPIC_TITLE_EMPTY");
  if (name.length > 128) throw badRequest("TOPIC_TITLE_INVALID");
  return name;
}

function createForumTopic(core: FakeCore, { p }: MethodContext): unknown {
  const chat = forumChat(core, p, "not enough rights to create a topic");
  const name = checkTopicName(p.str("name"));
  const iconColor = p.int("icon_color") ?? TOPIC_ICON_COLORS[0] ?? 7322096;
  if (!TOPIC_ICON_COLORS.includes(iconColor)) throw badRequest("TOPIC_ICON_COLOR_INVALID");
  const emoji = p.str("icon_custom_emoji_id");
  const created = { name, icon_color: iconColor, ...(emoji ? { icon_custom_emoji_id: emoji } : {}) };
  const service = storeBotMessage(core.state, chat, {
    method: "createForumTopic",
    content: { forum_topic_created: created },
  });
  const threadId = service.message_id;
  service.message_thread_id = threadId;
  service.message.message_thread_id = threadId;
  service.message.is_topic_message = true;
  const topic: ForumTopic = { message_thread_id: threadId, ...created, closed: false, deleted: false };
  chat.topics.set(threadId, topic);
  return { message_thread_id: threadId, ...created };
}

function editForumTopic(core: FakeCore, { p }: MethodContext): unknown {
  const chat = forumChat(core, p, "not enough rights to edit a topic");
  const topic = topicOf(core, chat, p);
  const name = p.has("name") ? checkTopicName(p.str("name")) : undefined;
  const emoji = p.str("icon_custom_emoji_id");
  const changed =
    (name !== undefined && name !== topic.name) ||
    (emoji !== undefined && emoji !== (topic.icon_custom_emoji_id ?? ""));
  if (!changed) throw badRequest("TOPIC_NOT_MODIFIED");
  if (name !== undefined) topic.name = name;
  if (emoji !== undefined) {
    if (emoji === "") delete topic.icon_custom_emoji_id;
    else topic.icon_custom_emoji_id = emoji;
  }
  return true;
}

function setTopicClosed(core: FakeCore, { p }: MethodContext, closed: boolean): unknown {
  const chat = forumChat(core, p, "not enough rights to manage topics");
  const topic = topicOf(core, chat, p);
  if (topic.closed === closed) throw badRequest("TOPIC_NOT_MODIFIED");
  topic.closed = closed;
  return true;
}

function deleteForumTopic(core: FakeCore, { p }: MethodContext): unknown {
  // Deleting a topic deletes its messages: Telegram wants can_delete_messages for it.
  const chat = forumChat(core, p, "not enough rights to delete a topic", "can_delete_messages");
  const topic = topicOf(core, chat, p);
  topic.deleted = true;
  // Deleting a topic deletes all its messages.
  for (const m of chat.messages.values())
    if (m.message_thread_id === topic.message_thread_id) m.deleted = true;
  return true;
}

export function chatMethods(core: FakeCore): Record<string, MethodHandler> {
  return {
    getChat: (ctx) => getChat(core, ctx),
    getChatMember: (ctx) => getChatMember(core, ctx),
    sendChatAction: (ctx) => sendChatAction(core, ctx),
    createForumTopic: (ctx) => createForumTopic(core, ctx),
    editForumTopic: (ctx) => editForumTopic(core, ctx),
    closeForumTopic: (ctx) => setTopicClosed(core, ctx, true),
    reopenForumTopic: (ctx) => setTopicClosed(core, ctx, false),
    deleteForumTopic: (ctx) => deleteForumTopic(core, ctx),
  };
}
