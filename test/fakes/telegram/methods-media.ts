/**
 * Files and message copies: sendPhoto, sendDocument, getFile, copyMessage, forwardMessage.
 * A file is either uploaded (multipart part named after the field, or `attach://name`), an
 * http(s) URL Telegram would download (stored with no bytes), or a file_id it already knows.
 * copyMessage returns only `{ message_id }` and hides the original sender; forwardMessage returns
 * the full message with `forward_origin`. Uploaded photos must be real images (IMAGE_PROCESS_FAILED).
 * @see https://core.telegram.org/bots/api#sending-files
 */

import { inspectImage } from "../image-bytes.js";
import { checkThread, type FakeCore, replyTarget, sendTarget, storeBotMessage } from "./core.js";
import type { MethodContext, MethodHandler } from "./dispatch.js";
import { badRequest } from "./errors.js";
import { formatCaption } from "./formatting.js";
import { validateReplyMarkup } from "./markup.js";
import type { TgMessage, UploadedFile } from "./types.js";

interface InputFile {
  fileId: string;
  width?: number;
  height?: number;
  uniqueId: string;
  size: number;
  upload?: UploadedFile;
  fileName?: string;
  mimeType?: string;
}

/**
 * Telegram re-encodes photos: bytes that are not a decodable image fail with IMAGE_PROCESS_FAILED.
 * sendDocument takes any bytes (as Telegram does), whatever the file name says.
 */
async function checkImage(upload: UploadedFile, field: "photo" | "document") {
  if (field === "document") return undefined;
  const image = await inspectImage(upload.bytes);
  if (!image) throw badRequest("IMAGE_PROCESS_FAILED");
  return image;
}

async function resolveInputFile(
  core: FakeCore,
  { p, files }: MethodContext,
  field: "photo" | "document",
): Promise<InputFile> {
  const kind = field === "photo" ? "photos" : "documents";
  const raw = p.str(field);
  const attached = raw?.startsWith("attach://") ? raw.slice("attach://".length) : undefined;
  const upload = files.find((f) => f.field === (attached ?? field));
  if (upload) {
    const image = await checkImage(upload, field);
    const file = core.state.addFile(upload.bytes, kind, upload.filename, upload.contentType);
    return {
      ...(image ? { width: image.width, height: image.height } : {}),
      fileId: file.file_id,
      uniqueId: file.file_unique_id,
      size: upload.bytes.length,
      upload,
      fileName: upload.filename,
      mimeType: upload.contentType,
    };
  }
  if (!raw) throw badRequest(`there is no ${field} in the request`);
  if (/^https?:\/\//i.test(raw)) {
    const name = new URL(raw).pathname.split("/").pop() || "file";
    const file = core.state.addFile(Buffer.alloc(0), kind, name);
    return { fileId: file.file_id, uniqueId: file.file_unique_id, size: 0, fileName: name };
  }
  const known = core.state.files.get(raw);
  if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
  const input: InputFile = {
    fileId: known.file_id,
    uniqueId: known.file_unique_id,
    size: known.bytes.length,
  };
  if (known.file_name) input.fileName = known.file_name;
  if (known.mime_type) input.mimeType = known.mime_type;
  return input;
}

async function sendFile(core: FakeCore, ctx: MethodContext, field: "photo" | "document"): Promise<unknown> {
  const { p } = ctx;
  const chat = sendTarget(core.state, p);
  const caption = p.str("caption");
  const parseMode = p.str("parse_mode");
  const parsedCaption = formatCaption(caption, parseMode);
  const markup = validateReplyMarkup(p.json("reply_markup"));
  const threadId = p.int("message_thread_id");
  checkThread(core.state, chat, threadId);
  const replyTo = replyTarget(core.state, chat, p);
  const input = await resolveInputFile(core, ctx, field);
  const content: Partial<TgMessage> = {};
  if (field === "photo") {
    content.photo = [
      {
        file_id: input.fileId,
        file_unique_id: input.uniqueId,
        width: input.width ?? 800,
        height: input.height ?? 600,
        file_size: input.size,
      },
    ];
  } else {
    content.document = { file_id: input.fileId, file_unique_id: input.uniqueId, file_size: input.size };
    if (input.fileName) content.document.file_name = input.fileName;
    if (input.mimeType) content.document.mime_type = input.mimeType;
  }
  if (parsedCaption) {
    content.caption = parsedCaption.plain;
    if (parsedCaption.entities.length > 0) content.caption_entities = parsedCaption.entities;
  }
  const stored = storeBotMessage(core.state, chat, {
    method: field === "photo" ? "sendPhoto" : "sendDocument",
    content,
    ...(caption !== undefined ? { caption } : {}),
    ...(parseMode ? { parseMode } : {}),
    ...(markup ? { markup } : {}),
    ...(threadId !== undefined ? { threadId } : {}),
    ...(replyTo ? { replyTo } : {}),
    files: input.upload ? [input.upload] : [],
  });
  return stored.message;
}

/** The message being copied/forwarded; service messages (topic created…) cannot be copied. */
function sourceMessage(core: FakeCore, ctx: MethodContext, verb: "copy" | "forward") {
  const fromRef = ctx.p.params.from_chat_id;
  const from = core.state.resolveChat(
    typeof fromRef === "number" || typeof fromRef === "string" ? fromRef : undefined,
  );
  const source = core.state.findMessage(
    from,
    ctx.p.requireInt("message_id", "message identifier is not specified"),
  );
  if (!source) throw badRequest(`message to ${verb} not found`);
  if (source.message.forum_topic_created)
    throw badRequest(`message can't be ${verb === "copy" ? "copied" : "forwarded"}`);
  return source;
}

const CONTENT_KEYS = ["text", "entities", "caption", "caption_entities", "photo", "document"] as const;

function copyContent(message: TgMessage): Partial<TgMessage> {
  const content: Partial<TgMessage> = {};
  for (const key of CONTENT_KEYS)
    if (message[key] !== undefined) Object.assign(content, { [key]: message[key] });
  return content;
}

function copyOrForward(core: FakeCore, ctx: MethodContext, verb: "copy" | "forward"): unknown {
  const { p } = ctx;
  const source = sourceMessage(core, ctx, verb);
  const chat = sendTarget(core.state, p);
  const threadId = p.int("message_thread_id");
  checkThread(core.state, chat, threadId);
  const content = copyContent(source.message);
  const extra: Partial<TgMessage> = {};
  let markup = verb === "copy" ? validateReplyMarkup(p.json("reply_markup")) : undefined;
  const caption = verb === "copy" ? p.str("caption") : undefined;
  if (caption !== undefined && content.text === undefined) {
    const parsed = formatCaption(caption, p.str("parse_mode"));
    content.caption = parsed?.plain ?? "";
    if (parsed?.entities.length) content.caption_entities = parsed.entities;
  }
  if (verb === "forward") {
    // Forwards keep the original author, copies look like the bot wrote them.
    const origin = source.message.from;
    extra.forward_origin = origin
      ? { type: "user", sender_user: origin, date: source.message.date }
      : { type: "chat", sender_chat: source.message.chat, date: source.message.date };
    extra.forward_date = source.message.date;
    if (source.message.reply_markup) markup = source.message.reply_markup;
  }
  const replyTo = verb === "copy" ? replyTarget(core.state, chat, p) : undefined;
  const stored = storeBotMessage(core.state, chat, {
    method: verb === "copy" ? "copyMessage" : "forwardMessage",
    content: { ...content, ...extra },
    ...(source.message.text !== undefined ? { text: source.text ?? source.message.text } : {}),
    ...(content.caption !== undefined ? { caption: caption ?? source.caption ?? content.caption } : {}),
    ...(markup ? { markup } : {}),
    ...(threadId !== undefined ? { threadId } : {}),
    ...(replyTo ? { replyTo } : {}),
    extra: { files: source.files },
  });
  return verb === "copy" ? { message_id: stored.message_id } : stored.message;
}

/** getFile's limit on the cloud Bot API. @see https://core.telegram.org/bots/api#getfile */
const GET_FILE_LIMIT_BYTES = 20 * 1024 * 1024;

function getFile(core: FakeCore, { p }: MethodContext): unknown {
  const file = core.state.files.get(p.requireStr("file_id", "file_id is empty"));
  if (!file) throw badRequest("invalid file_id");
  // The cloud Bot API hands bots files up to 20 MB only.
  if ((file.size ?? file.bytes.length) > GET_FILE_LIMIT_BYTES) throw badRequest("file is too big");
  return {
    file_id: file.file_id,
    file_unique_id: file.file_unique_id,
    file_size: file.size ?? file.bytes.length,
    file_path: file.file_path,
  };
}

export function mediaMethods(core: FakeCore): Record<string, MethodHandler> {
  return {
    sendPhoto: (ctx) => sendFile(core, ctx, "photo"),
    sendDocument: (ctx) => sendFile(core, ctx, "document"),
    copyMessage: (ctx) => copyOrForward(core, ctx, "copy"),
    forwardMessage: (ctx) => copyOrForward(core, ctx, "forward"),
    getFile: (ctx) => getFile(core, ctx),
  };
}
