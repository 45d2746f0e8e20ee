/**
 * The pending-update queue and the builders tests use to make "a user did something".
 *
 * Telegram keeps an update until the bot confirms it: getUpdates with offset = last update_id + 1
 * drops everything older; a webhook delivery answered with 2xx confirms that one update.
 * update_id only ever grows (also across reset()) so a running bot's offset stays valid.
 * @see https://core.telegram.org/bots/api#getupdates
 */
import { createHash } from "node:crypto";
import { imageHeader } from "../image-bytes.js";
import type { ChatState, FakeState } from "./state.js";
import { unixNow } from "./state.js";
import type { ChatType, StoredMessage, TgMessage, TgMessageEntity, TgUpdate, TgUser } from "./types.js";

export class UpdateQueue {
  private pending: TgUpdate[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();

  push(raw: Omit<TgUpdate, "update_id"> & { update_id?: number }): TgUpdate {
    const update_id = raw.update_id ?? this.nextId;
    this.nextId = Math.max(this.nextId, update_id + 1);
    const update = { ...raw, update_id } as TgUpdate;
    this.pending.push(update);
    for (const listener of [...this.listeners]) listener();
    return update;
  }

  /** getUpdates offset semantics: positive confirms older ids, negative keeps only the last |n|. */
  confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset < 0) this.pending = this.pending.slice(offset);
    else this.pending = this.pending.filter((u) => u.update_id >= offset);
  }

  peek(limit = Number.POSITIVE_INFINITY): TgUpdate[] {
    return this.pending.slice(0, limit);
  }

  remove(updateId: number): void {
    this.pending = this.pending.filter((u) => u.update_id !== updateId);
  }

  clear(): void {
    this.pending = [];
  }

  get size(): number {
    return this.pending.length;
  }

  onPush(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const DEFAULT_USER: TgUser = {
  id: 424242,
  is_bot: false,
  first_name: "Test",
  last_name: "User",
  username: "test_user",
  language_code: "en",
};

export interface UserMessageOptions {
  chatId?: number;
  from?: Partial<TgUser>;
  text?: string;
  chatType?: "private" | "group" | "supergroup";
  threadId?: number;
  isTopicMessage?: boolean;
  /** Photo bytes: a real PNG/JPEG/WebP/GIF image (Telegram clients only send images as photos). */
  photo?: Uint8Array;
  /** `size`: the document's size when larger than `bytes` (announced; getFile refuses > 20 MB). */
  document?: { bytes: Uint8Array | string; fileName?: string; mimeType?: string; size?: number };
  /** A voice note: OGG bytes (Telegram clients record Opus in OGG; anything else is refused). */
  voice?: { bytes: Uint8Array; duration?: number };
  /** A sticker: Telegram sends its emoji with it. */
  sticker?: { emoji?: string };
  caption?: string;
  entities?: TgMessageEntity[];
  languageCode?: string;
  replyToMessageId?: number;
}

export function buildUser(from: Partial<TgUser> | undefined, languageCode?: string): TgUser {
  const user: TgUser = { ...DEFAULT_USER, ...from };
  if (languageCode) user.language_code = languageCode;
  return user;
}

function defaultChatId(type: UserMessageOptions["chatType"], user: TgUser): number {
  if (type === "supergroup") return -1001000000001;
  if (type === "group") return -100001;
  return user.id;
}

/** Commands at the start of a text become a bot_command entity, as Telegram clients produce. */
function commandEntities(text: string | undefined): TgMessageEntity[] | undefined {
  const match = text ? /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?/.exec(text) : null;
  return match ? [{ type: "bot_command", offset: 0, length: match[0].length }] : undefined;
}

const toBuffer = (b: Uint8Array | string): Buffer =>
  typeof b === "string" ? Buffer.from(b) : Buffer.from(b);

function chatFor(state: FakeState, opts: UserMessageOptions, user: TgUser): ChatState {
  const id = opts.chatId ?? defaultChatId(opts.chatType, user);
  const known = state.chats.get(id);
  if (known) return known;
  const type = opts.chatType ?? (id > 0 ? "private" : undefined);
  return type === "private"
    ? state.addChat({
        id,
        type,
        first_name: user.first_name,
        ...(user.username ? { username: user.username } : {}),
      })
    : state.addChat({ id, ...(type ? { type } : {}) });
}

export function buildUserMessage(
  state: FakeState,
  opts: UserMessageOptions,
): { message: TgMessage; stored: StoredMessage } {
  const user = buildUser(opts.from, opts.languageCode);
  const chatState = chatFor(state, opts, user);
  const message: TgMessage = {
    message_id: state.allocateMessageId(chatState),
    from: user,
    chat: { ...chatState.chat },
    date: unixNow(),
  };
  if (opts.threadId !== undefined) {
    message.message_thread_id = opts.threadId;
    // In forums, messages inside a topic carry is_topic_message: true.
    if (opts.isTopicMessage ?? chatState.chat.is_forum === true) message.is_topic_message = true;
  }
  if (opts.text !== undefined) {
    message.text = opts.text;
    const entities = opts.entities ?? commandEntities(opts.text);
    if (entities) message.entities = entities;
  }
  if (opts.photo !== undefined) {
    const image = imageHeader(opts.photo);
    if (!image) throw new Error("userMessage: photo must be the bytes of a PNG, JPEG, WebP or GIF image");
    const file = state.addFile(toBuffer(opts.photo), "photos");
    const thumb = state.addFile(toBuffer(opts.photo), "photos");
    const scale = Math.min(1, 90 / Math.max(image.width, image.height));
    message.photo = [
      {
        file_id: thumb.file_id,
        file_unique_id: thumb.file_unique_id,
        width: Math.max(1, Math.round(image.width * scale)),
        height: Math.max(1, Math.round(image.height * scale)),
        file_size: thumb.bytes.length,
      },
      {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        width: image.width,
        height: image.height,
        file_size: file.bytes.length,
      },
    ];
  }
  if (opts.document !== undefined) {
    const d = opts.document;
    const file = state.addFile(toBuffer(d.bytes), "documents", d.fileName ?? "file.bin", d.mimeType);
    if (d.size !== undefined && d.size > file.bytes.length) file.size = d.size;
    message.document = {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: file.size ?? file.bytes.length,
    };
    if (file.file_name) message.document.file_name = file.file_name;
    if (file.mime_type) message.document.mime_type = file.mime_type;
  }
  if (opts.voice !== undefined) {
    const bytes = toBuffer(opts.voice.bytes);
    if (bytes.subarray(0, 4).toString("latin1") !== "OggS")
      throw new Error("userMessage: voice must be the bytes of an OGG file");
    const file = state.addFile(bytes, "voice", "voice.oga", "audio/ogg");
    message.voice = {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      duration: opts.voice.duration ?? 3,
      mime_type: "audio/ogg",
      file_size: bytes.length,
    };
  }
  if (opts.sticker !== undefined) {
    const file = state.addFile(Buffer.from("RIFF\0\0\0\0WEBPVP8 "), "photos", "sticker.webp", "image/webp");
    message.sticker = {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      type: "regular",
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      ...(opts.sticker.emoji !== undefined ? { emoji: opts.sticker.emoji } : {}),
    };
  }
  if (opts.caption !== undefined) message.caption = opts.caption;
  const replied = state.findMessage(chatState, opts.replyToMessageId);
  if (replied) message.reply_to_message = replied.message;
  const stored: StoredMessage = {
    message_id: message.message_id,
    chat_id: chatState.chat.id,
    author: "user",
    method: "update",
    reactions: [],
    files: [],
    deleted: false,
    edits: 0,
    message,
  };
  if (opts.text !== undefined) stored.text = opts.text;
  if (opts.caption !== undefined) stored.caption = opts.caption;
  if (opts.threadId !== undefined) stored.message_thread_id = opts.threadId;
  chatState.messages.set(message.message_id, stored);
  return { message, stored };
}

let queryCounter = 0;
/** Telegram query ids are opaque decimal strings. */
export function nextQueryId(): string {
  queryCounter += 1;
  return `${BigInt(Date.now()) * 100_000n + BigInt(queryCounter)}`;
}

export function chatInstance(chatId: number): string {
  return BigInt(`0x${createHash("sha1").update(String(chatId)).digest("hex").slice(0, 15)}`).toString();
}

export type ChatTypeOrSender = ChatType | "sender";
