/**
 * Turns a rendered Reply into Bot API calls through the delivery layer: new messages (split into
 * chunks, keyboard on the last one), in-place edits (`Reply.replace`), inline-query articles.
 * `Reply.attachments` are re-uploaded files (sendPhoto/sendDocument, files.ts): a captioned picture
 * (the faceplate of a decode) comes first, as a photo whose caption names the code, then the text
 * steps with the buttons; other files (desk relays) follow the text.
 * The picture and the text stay two messages even where the text would fit a caption (1024
 * characters; a decode is 940–1260 depending on the language): the buttons belong on a text
 * message, which a radio-type switch edits in place (editMessageText), and the text is the whole
 * answer for screen readers.
 * Every message keeps the forum topic (`message_thread_id`) of the conversation.
 */
import type { Reply } from "../../core/reply.js";
import type { CallSink } from "./delivery.js";
import { fileCall } from "./files.js";
import type { TelegramConversation } from "./ids.js";
import { buildKeyboard } from "./keyboard.js";
import { renderHtml, renderPlain, truncatePlain } from "./render.js";
import type { InlineKeyboardMarkup } from "./types.js";

export interface SendTarget extends TelegramConversation {
  /** In groups the answer quotes the command it answers. */
  readonly replyToMessageId?: number;
}

export type EditTarget =
  | { readonly chatId: number; readonly messageId: number; readonly topicId?: number | undefined }
  | { readonly inlineMessageId: string };

const NO_PREVIEW = { is_disabled: true };

function rendered(reply: Reply) {
  return { chunks: renderHtml(reply), markup: buildKeyboard(reply.actions).markup };
}

type Files = NonNullable<Reply["attachments"]>;

/** Captioned pictures lead the reply (photo, then text); the other files follow it. */
function splitFiles(reply: Reply): { lead: Files; after: Files } {
  const files = reply.attachments ?? [];
  return {
    lead: files.filter((f) => f.caption !== undefined),
    after: files.filter((f) => f.caption === undefined),
  };
}

/** Sends the reply: its captioned pictures, the text as one or more messages, then other files. */
export function sendReply(delivery: CallSink, target: SendTarget, reply: Reply): Promise<void> {
  const { chunks, markup } = rendered(reply);
  const { lead, after } = splitFiles(reply);
  return sendChunks(delivery, target, chunks, markup, after, lead);
}

async function sendChunks(
  delivery: CallSink,
  target: SendTarget,
  chunks: readonly string[],
  markup: InlineKeyboardMarkup | undefined,
  files: Files = [],
  lead: Files = [],
): Promise<void> {
  // Queue every call now (synchronously) so they keep their order in the chat's FIFO.
  const calls = lead.map((file) => delivery.call(fileCall(target, file, file.caption)));
  const texts = chunks.map((text, i) =>
    delivery.call({
      method: "sendMessage",
      payload: {
        chat_id: target.chatId,
        text,
        parse_mode: "HTML",
        link_preview_options: NO_PREVIEW,
        ...(target.topicId === undefined ? {} : { message_thread_id: target.topicId }),
        ...(i === 0 && target.replyToMessageId !== undefined
          ? { reply_parameters: { message_id: target.replyToMessageId, allow_sending_without_reply: true } }
          : {}),
        ...(i === chunks.length - 1 && markup ? { reply_markup: markup } : {}),
      },
    }),
  );
  calls.push(...texts);
  for (const file of files) calls.push(delivery.call(fileCall(target, file)));
  const results = await Promise.allSettled(calls);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * Replaces a message's text and keyboard. When the message is gone (deleted, too old to edit)
 * the outbox sends it as a new message instead (outbox.ts `fallback`), so the user still gets it.
 */
export async function editReply(delivery: CallSink, target: EditTarget, reply: Reply): Promise<void> {
  const { chunks, markup } = rendered(reply);
  const where =
    "inlineMessageId" in target
      ? { inline_message_id: target.inlineMessageId }
      : { chat_id: target.chatId, message_id: target.messageId };
  // An inline message can hold only one chunk: keep the first (always the PIN and its steps).
  const [first = "…", ...rest] = chunks;
  await delivery.call({
    method: "editMessageText",
    payload: {
      ...where,
      text: first,
      parse_mode: "HTML",
      link_preview_options: NO_PREVIEW,
      reply_markup: markup ?? { inline_keyboard: [] },
    },
  });
  if ("inlineMessageId" in target) return;
  // The picture of the old answer (another radio's buttons) stays above: the new one follows.
  const { lead } = splitFiles(reply);
  if (rest.length > 0 || lead.length > 0) await sendChunks(delivery, target, rest, undefined, [], lead);
}

/** The reply as an inline-query result (an article whose message is the rendered HTML). */
export function inlineArticle(reply: Reply, id: string): Record<string, unknown> {
  const { chunks, markup } = rendered(reply);
  const plain = renderPlain(reply);
  const firstLine = plain.split("\n").find((l) => l.trim() !== "") ?? "…";
  return {
    type: "article",
    id,
    title: truncatePlain(reply.title ?? firstLine, 100),
    description: truncatePlain(reply.summary ?? plain.replace(/\s+/g, " "), 200),
    input_message_content: {
      message_text: chunks[0] ?? "…",
      parse_mode: "HTML",
      link_preview_options: NO_PREVIEW,
    },
    ...(markup ? { reply_markup: markup } : {}),
  };
}

/** Short text for `answerCallbackQuery` alerts (Telegram allows 0-200 characters). */
export function alertText(reply: Reply): string | undefined {
  const text = renderPlain(reply);
  return text.length <= 200 ? text : undefined;
}
