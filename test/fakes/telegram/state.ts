/**
 * Everything the fake Telegram remembers: chats, their messages and topics, files, queries and
 * command lists. Methods mutate it only after validation and fault injection have passed, so a
 * rejected call never leaves a trace here.
 */
import { createHash, randomBytes } from "node:crypto";
import { badRequest } from "./errors.js";
import type {
  AdminRights,
  BotCommand,
  BotUser,
  ChatInit,
  ChatType,
  ForumTopic,
  MemberStatus,
  StoredFile,
  StoredMessage,
  TgChat,
} from "./types.js";

export interface ChatState {
  chat: TgChat;
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  topics: Map<number, ForumTopic>;
  members: Map<number, MemberStatus>;
  /** Rights taken away from administrators (setRights); everything else is granted. */
  rights: Map<number, Partial<AdminRights>>;
  blocked: boolean;
}

export interface QueryState {
  answers: number;
  answer?: unknown;
}

export const unixNow = (): number => Math.floor(Date.now() / 1000);

/** Telegram's chat id conventions: users > 0, basic groups < 0, supergroups/channels -100…. */
function typeFromId(id: number): ChatType {
  if (id > 0) return "private";
  return String(id).startsWith("-100") ? "supergroup" : "group";
}

export class FakeState {
  readonly chats = new Map<number, ChatState>();
  readonly files = new Map<string, StoredFile>();
  readonly callbackQueries = new Map<string, QueryState>();
  readonly inlineQueries = new Map<string, QueryState>();
  readonly inlineMessages = new Map<string, StoredMessage>();
  /** Command lists keyed by (scope, language_code) — Telegram keeps each pair separately. */
  readonly commands = new Map<string, BotCommand[]>();
  private fileCounter = 0;

  constructor(
    readonly bot: BotUser,
    private readonly options: { strictChats: boolean; forumByDefault: boolean },
  ) {}

  clear(): void {
    this.chats.clear();
    this.files.clear();
    this.callbackQueries.clear();
    this.inlineQueries.clear();
    this.inlineMessages.clear();
    this.commands.clear();
  }

  addChat(init: ChatInit): ChatState {
    const type = init.type ?? typeFromId(init.id);
    const chat: TgChat = { id: init.id, type };
    if (type === "private") chat.first_name = init.first_name ?? `User ${init.id}`;
    else chat.title = init.title ?? `Chat ${init.id}`;
    if (init.username) chat.username = init.username;
    const forum = init.isForum ?? (type === "supergroup" && this.options.forumByDefault);
    if (forum && type === "supergroup") chat.is_forum = true;
    const existing = this.chats.get(init.id);
    const state: ChatState = existing
      ? { ...existing, chat }
      : {
          chat,
          nextMessageId: 1,
          messages: new Map(),
          topics: new Map(),
          members: new Map(),
          rights: new Map(),
          blocked: false,
        };
    this.chats.set(init.id, state);
    return state;
  }

  /** Looks a chat up by id or @username; unknown numeric ids are created unless strictChats. */
  resolveChat(ref: number | string | undefined, create = !this.options.strictChats): ChatState {
    if (ref === undefined || ref === "") throw badRequest("chat_id is empty");
    if (typeof ref === "string" && ref.startsWith("@")) {
      for (const state of this.chats.values()) {
        if (state.chat.username && `@${state.chat.username}`.toLowerCase() === ref.toLowerCase())
          return state;
      }
      throw badRequest("chat not found");
    }
    const id = typeof ref === "number" ? ref : Number(ref);
    if (!Number.isInteger(id) || id === 0) throw badRequest("chat not found");
    const found = this.chats.get(id);
    if (found) return found;
    if (!create) throw badRequest("chat not found");
    return this.addChat({ id });
  }

  allocateMessageId(state: ChatState): number {
    const id = state.nextMessageId;
    state.nextMessageId += 1;
    return id;
  }

  findMessage(state: ChatState, messageId: number | undefined): StoredMessage | undefined {
    if (messageId === undefined) return undefined;
    const found = state.messages.get(messageId);
    return found && !found.deleted ? found : undefined;
  }

  /** A live (not deleted) topic, or undefined. */
  topic(state: ChatState, threadId: number): ForumTopic | undefined {
    const topic = state.topics.get(threadId);
    return topic && !topic.deleted ? topic : undefined;
  }

  memberStatus(state: ChatState, userId: number): MemberStatus {
    const explicit = state.members.get(userId);
    if (explicit) return explicit;
    if (state.chat.type === "private")
      return state.chat.id === userId || userId === this.bot.id ? "member" : "left";
    // Bots that run support desks are normally admins of the staff group.
    return userId === this.bot.id ? "administrator" : "member";
  }

  /** An administrator's rights (all true unless setRights() changed them); none for other members. */
  adminRights(state: ChatState, userId: number): AdminRights {
    const status = this.memberStatus(state, userId);
    const admin = status === "administrator" || status === "creator";
    const all: AdminRights = {
      can_delete_messages: admin,
      can_manage_topics: admin,
      can_pin_messages: admin,
    };
    return status === "creator" ? all : { ...all, ...(admin ? state.rights.get(userId) : {}) };
  }

  addFile(
    bytes: Buffer,
    kind: "photos" | "documents" | "voice",
    fileName?: string,
    mimeType?: string,
  ): StoredFile {
    this.fileCounter += 1;
    const unique = createHash("sha1").update(bytes).update(String(this.fileCounter)).digest("base64url");
    const extension = fileName?.includes(".")
      ? fileName.slice(fileName.lastIndexOf("."))
      : kind === "photos"
        ? ".jpg"
        : "";
    const file: StoredFile = {
      // Real file_ids are long opaque base64url strings; tests must not parse them.
      file_id: `AgAC${randomBytes(24).toString("base64url")}`,
      file_unique_id: `AQAD${unique.slice(0, 12)}`,
      file_path: `${kind}/file_${this.fileCounter}${extension}`,
      bytes,
    };
    if (fileName) file.file_name = fileName;
    if (mimeType) file.mime_type = mimeType;
    this.files.set(file.file_id, file);
    return file;
  }

  fileByPath(path: string): StoredFile | undefined {
    for (const file of this.files.values()) if (file.file_path === path) return file;
    return undefined;
  }
}
