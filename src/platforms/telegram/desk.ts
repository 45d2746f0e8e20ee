/**
 * The support desk's staff side on Telegram: one forum topic per ticket in the staff supergroup.
 * - A topic is created with `createForumTopic` (name 1-128 characters); its `message_thread_id`
 *   must be on EVERY message meant for it, or the message lands in "General".
 * - The thread id given to the desk is `telegram:{chatId}:{topicId}` — the same string the
 *   receiver uses as `ctx.conversation` / `threadId` for messages in that topic (types.ts contract).
 * - Staff deleting a topic makes Telegram answer "message thread not found" (sendMessage) or
 *   TOPIC_ID_INVALID (topic methods): that becomes `ThreadGone`, and the desk opens a new topic.
 * - Closing a ticket closes the topic (admins, including the bot, can still post in it) and
 *   swaps the name's 🟢 for ✅. Telegram has no "get topic" method, so names are remembered from
 *   `openThread`; after a restart a topic is still closed/reopened, only its name keeps its mark.
 * - What a post shows is decided once for both desks (src/support/desk/post.ts); render.ts lays it
 *   out and everything goes out through `sendReply` (renderHtml: the one escaping function, 4096
 *   splitting; files after the text, in the chat's FIFO).
 * - Messages (headers, posts, transcripts) go through the durable outbox (paced at most 20 a
 *   minute per group there); a post into a topic that turns out deleted fails there, and the desk
 *   hears of it through `onThreadGone` and opens a new topic. Topic management (create, rename,
 *   close) goes straight to the API: the desk needs the new topic's id at once.
 * @see https://core.telegram.org/bots/api#createforumtopic
 */
import type { Logger } from "../../logger.js";
import type { Outbox } from "../../outbox/index.js";
import { deskPostContent, logRowOwner } from "../../support/desk/post.js";
import type { DeskChannel, DeskPost } from "../../support/desk/types.js";
import { ThreadGone } from "../../support/errors.js";
import { isPlatformError } from "../errors.js";
import type { CallSink, Delivery } from "./delivery.js";
import { CAPTION_LIMIT, fileCall } from "./files.js";
import { decodeTelegramConversation, encodeTelegramConversation } from "./ids.js";
import { callOf, type RowContext } from "./outbox.js";
import { deskHeaderReply, deskPostReply, truncatePlain } from "./render.js";
import { sendReply } from "./send.js";

const TOPIC_NAME_LIMIT = 128;
const OPEN_MARK = "🟢";
const CLOSED_MARK = "✅";

export interface TelegramDeskOptions {
  readonly delivery: Delivery;
  /** Outbox rows for messages (see the header); without it, messages go out at once. */
  readonly out?: (ctx: RowContext) => CallSink;
  readonly outbox?: Pick<Outbox, "onFailed">;
  /** The staff supergroup (topics enabled; the bot an administrator allowed to manage topics). */
  readonly groupChatId: number;
  /** Optional chat for closed tickets' transcripts (SUPPORT_LOG_CHANNEL). */
  readonly logChatId?: number;
  readonly logger: Logger;
}

/**
 * Deleted topic: sendMessage says "message thread not found", topic methods TOPIC_ID_INVALID
 * (`fromTelegram` maps both to `not-found`, reason `thread`).
 */
const isThreadGoneError = (error: unknown): boolean =>
  isPlatformError(error, "not-found") && error.reason === "thread";

/** Editing or closing a topic into the state it already has: nothing to do. */
const isNotModified = (error: unknown) =>
  isPlatformError(error, "refused") && error.reason === "topic-not-modified";

const topicName = (mark: string, title: string) =>
  truncatePlain(`${mark} ${title}`.replace(/\s+/g, " ").trim(), TOPIC_NAME_LIMIT);

export function createTelegramDeskChannel(options: TelegramDeskOptions): DeskChannel {
  const { delivery, groupChatId } = options;
  const out = options.out ?? (() => delivery);
  const log = options.logger.child({ component: "telegram-desk", group: groupChatId });
  /** Topic base names (without the mark), by thread id; see the header comment. */
  const titles = new Map<string, string>();
  const remember = (threadId: string, title: string) => {
    titles.delete(threadId);
    titles.set(threadId, title);
    // Bounded: forget the oldest (a Map iterates in insertion order); only their marks are lost.
    if (titles.size > 10_000) titles.delete(titles.keys().next().value ?? "");
  };

  function topicOf(threadId: string): number {
    const c = decodeTelegramConversation(threadId);
    if (!c || c.topicId === undefined) throw new ThreadGone(threadId);
    return c.topicId;
  }

  /** Runs a call for a topic; a deleted topic becomes ThreadGone, "not modified" success. */
  async function inTopic(threadId: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (isNotModified(error)) return;
      if (isThreadGoneError(error)) throw new ThreadGone(threadId, { cause: error });
      throw error;
    }
  }

  /** Rows for a thread: a user's words belong to that user (erased by /forget). */
  const rowsFor = (threadId: string | undefined, post?: DeskPost): CallSink =>
    out({
      userKey: post?.kind === "user" ? post.message.user.key : null,
      kind: "desk",
      meta: threadId ? { deskThread: threadId } : null,
    });

  async function postTo(
    target: { chatId: number; topicId?: number | undefined },
    post: DeskPost,
    threadId?: string,
    sink: CallSink = rowsFor(threadId, post),
  ): Promise<void> {
    const content = deskPostContent(post);
    const [file] = content.files;
    if (post.kind === "transcript" && file) {
      // One document with a short plain caption (captions are at most 1024 characters).
      await sink.call(fileCall(target, file, truncatePlain(content.body, CAPTION_LIMIT)));
      return;
    }
    await sendReply(sink, target, deskPostReply(content, post.kind));
  }

  const goneListeners: ((threadId: string, repost: (newThreadId: string) => Promise<void>) => void)[] = [];
  options.outbox?.onFailed(({ row, error }) => {
    const thread = row.meta?.deskThread;
    if (typeof thread !== "string" || !isThreadGoneError(error)) return;
    // The same call again, into the topic that replaced the deleted one.
    const { method, params } = callOf(row);
    const repost = async (newThreadId: string) => {
      await out({ userKey: row.userKey, kind: row.kind, meta: { deskThread: newThreadId } }).call({
        method,
        payload: { ...params, message_thread_id: topicOf(newThreadId) },
      });
    };
    for (const l of goneListeners) l(thread, repost);
  });

  return {
    kind: "telegram",

    async openThread(header) {
      const created = await delivery.call<{ message_thread_id: number }>({
        method: "createForumTopic",
        payload: { chat_id: groupChatId, name: topicName(OPEN_MARK, header.title) },
      });
      const topicId = created.message_thread_id;
      const threadId = encodeTelegramConversation({ chatId: groupChatId, topicId });
      remember(threadId, header.title);
      await inTopic(threadId, () =>
        sendReply(rowsFor(threadId), { chatId: groupChatId, topicId }, deskHeaderReply(header)),
      );
      log.debug({ topicId, ticketId: header.ticketId }, "ticket topic created");
      return threadId;
    },

    async post(threadId, post) {
      const topicId = topicOf(threadId);
      await inTopic(threadId, () => postTo({ chatId: groupChatId, topicId }, post, threadId));
    },

    async erase(threadId) {
      // The topic and every message in it; needs the "Delete messages" admin right.
      const where = { chat_id: groupChatId, message_thread_id: topicOf(threadId) };
      await delivery.call({ method: "deleteForumTopic", payload: where });
      titles.delete(threadId);
    },

    async setState(threadId, state, title) {
      const topicId = topicOf(threadId);
      if (title) remember(threadId, title);
      const where = { chat_id: groupChatId, message_thread_id: topicId };
      const base = titles.get(threadId);
      if (base) {
        const name = topicName(state === "open" ? OPEN_MARK : CLOSED_MARK, base);
        await inTopic(threadId, () =>
          delivery.call({ method: "editForumTopic", payload: { ...where, name } }),
        );
      }
      const method = state === "open" ? "reopenForumTopic" : "closeForumTopic";
      await inTopic(threadId, () => delivery.call({ method, payload: where }));
    },

    async eraseLogMessage(message) {
      // Telegram refuses messages older than 48 h ("message can't be deleted"), and everything
      // without the right to (a channel: can_post_messages). Already deleted: done.
      const chat = decodeTelegramConversation(message.conversation);
      if (!chat) throw new Error(`not a Telegram chat: ${message.conversation}`);
      try {
        await delivery.call({
          method: "deleteMessage",
          payload: { chat_id: chat.chatId, message_id: Number(message.messageId) },
        });
      } catch (error) {
        if (isPlatformError(error, "not-found") && error.reason === "message") return;
        throw error;
      }
    },

    onThreadGone(listener: (threadId: string, repost: (newThreadId: string) => Promise<void>) => void) {
      goneListeners.push(listener);
    },

    ...(options.logChatId === undefined
      ? {}
      : {
          async postToLog(post: DeskPost) {
            // A transcript is its ticket's user's: /forget finds it by the message id kept when sent.
            await postTo({ chatId: options.logChatId as number }, post, undefined, out(logRowOwner(post)));
          },
        }),
  };
}
