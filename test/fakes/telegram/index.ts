/**
 * A protocol-level fake of the Telegram Bot API for end-to-end tests and benchmarks. The real
 * telegraf client talks to it over HTTP: `new Telegraf(token, { telegram: { apiRoot: fake.apiRoot } })`.
 * See README.md in this folder for the Telegram behaviours it imitates.
 */
import type { FakeCore } from "./core.js";
import { ABANDONED, DETACHED, Dispatcher } from "./dispatch.js";
import { Faults, TELEGRAM_LIMITS } from "./faults.js";
import {
  buildCallbackQuery,
  buildInlineQuery,
  type CallbackQueryOptions,
  type InlineQueryOptions,
} from "./inject.js";
import { botMethods, commandKey } from "./methods-bot.js";
import { chatMethods } from "./methods-chats.js";
import { mediaMethods } from "./methods-media.js";
import { messageMethods } from "./methods-messages.js";
import { queryMethods } from "./methods-queries.js";
import { describeCalls, waitFor } from "./observe.js";
import { LongPoll } from "./polling.js";
import { startServer } from "./server.js";
import { FakeState } from "./state.js";
import type {
  AdminRights,
  BotCommand,
  BotUser,
  CallRecord,
  ChatInit,
  FailRateSpec,
  FailSpec,
  FakeStats,
  FakeTelegramOptions,
  ForumTopic,
  MemberStatus,
  OutageSpec,
  RateLimits,
  StoredFile,
  StoredMessage,
  TgUpdate,
  WebhookDelivery,
} from "./types.js";
import { buildUserMessage, UpdateQueue, type UserMessageOptions } from "./updates.js";
import { WebhookDeliverer, type WebhookInfo } from "./webhook.js";

export { parseHtml } from "./html.js";
export type { CallbackQueryOptions, InlineQueryOptions } from "./inject.js";
export type * from "./types.js";
export type { UserMessageOptions } from "./updates.js";
export type { WebhookInfo } from "./webhook.js";

export interface FakeTelegram {
  readonly apiRoot: string;
  readonly port: number;
  readonly bot: BotUser;
  /** Every API call in arrival order (also rejected ones, with their status). */
  readonly calls: CallRecord[];
  readonly stats: FakeStats;
  readonly webhookDeliveries: WebhookDelivery[];

  userMessage(opts?: UserMessageOptions): TgUpdate;
  callbackQuery(opts: CallbackQueryOptions): TgUpdate;
  inlineQuery(opts: InlineQueryOptions): TgUpdate;
  pushUpdate(raw: Omit<TgUpdate, "update_id"> & { update_id?: number }): TgUpdate;

  /** Messages the bot posted (current state, deleted ones flagged; topic service messages excluded). */
  sentMessages(chatId?: number): StoredMessage[];
  /** Current, non-deleted messages of a chat (user and bot), oldest first. */
  chat(chatId: number): StoredMessage[];
  callsTo(method: string): CallRecord[];
  pendingUpdates(): TgUpdate[];
  webhookInfo(): WebhookInfo | undefined;
  myCommands(opts?: { scope?: unknown; languageCode?: string }): BotCommand[] | undefined;
  topics(chatId: number): ForumTopic[];
  queryAnswer(queryId: string): unknown;
  file(fileId: string): StoredFile | undefined;
  waitFor<T>(predicate: () => T | undefined | false | null, timeoutMs?: number): Promise<T>;
  waitForCall(
    method: string,
    predicate?: (call: CallRecord) => boolean,
    timeoutMs?: number,
  ): Promise<CallRecord>;
  describeCalls(last?: number): string;

  addChat(init: ChatInit): void;
  blockUser(chatId: number): void;
  unblockUser(chatId: number): void;
  setMember(chatId: number, userId: number, status: MemberStatus): void;

  failNext(method: string, spec: FailSpec): void;
  failRate(method: string, spec: FailRateSpec): void;
  delay(method: string, ms: number): void;
  resetConnections(method: string, times?: number): void;
  outage(spec: OutageSpec): void;
  /** Replaces the flood limits; "off" turns them off (the test must mean it). */
  setLimits(limits: RateLimits | "off"): void;
  /** Takes administrator rights away from (or gives them back to) a member of a group. */
  setRights(chatId: number, userId: number, rights: Partial<AdminRights>): void;
  clearFaults(): void;

  /** Forgets calls, chats, updates, webhook, faults and stats; update_id keeps growing. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_BOT: BotUser = {
  id: 7000000001,
  is_bot: true,
  first_name: "Dokker Test Bot",
  username: "DokkerTestBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
};

const emptyStats = (): FakeStats => ({
  requests: 0,
  tooManyRequests: 0,
  injectedFaults: 0,
  connectionResets: 0,
  connections: 0,
  webhookDeliveries: 0,
  webhookFailures: 0,
});

const limitsOf = (limits: RateLimits | "off" | undefined): RateLimits | undefined =>
  limits === "off" ? undefined : (limits ?? TELEGRAM_LIMITS);

export async function createFakeTelegram(options: FakeTelegramOptions): Promise<FakeTelegram> {
  const bot: BotUser = { ...DEFAULT_BOT, ...options.bot };
  const state = new FakeState(bot, {
    strictChats: options.strictChats ?? true,
    forumByDefault: options.forumByDefault ?? true,
  });
  for (const chat of options.chats ?? []) state.addChat(chat);
  const queue = new UpdateQueue();
  const stats = emptyStats();
  const calls: CallRecord[] = [];
  const maxCalls = options.maxRecordedCalls ?? 100_000;
  const faults = new Faults(options.seed ?? 42, limitsOf(options.limits));
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  let dispatcher: Dispatcher | undefined;
  const webhook = new WebhookDeliverer({
    queue,
    stats,
    retryDelayMs: options.webhookRetryDelayMs ?? 200,
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
    executeReply: async (method, params, files) => {
      await dispatcher?.call(method, params, files, DETACHED, "webhook-reply");
    },
  });
  const poll = new LongPoll(
    queue,
    () => webhook.info !== undefined,
    options.getUpdatesConflict ?? "terminate-older",
  );
  const core: FakeCore = { state, queue, poll, webhook };
  dispatcher = new Dispatcher({
    methods: {
      ...botMethods(core),
      ...messageMethods(core),
      ...mediaMethods(core),
      ...chatMethods(core),
      ...queryMethods(core),
    },
    faults,
    state,
    stats,
    sleep,
    record: (call) => {
      calls.push(call);
      if (calls.length > maxCalls * 1.1) calls.splice(0, calls.length - maxCalls);
    },
  });
  const api = dispatcher;
  const server = await startServer({
    token: options.token,
    call: (method, params, files, conn) => api.call(method, params, files, conn),
    file: (path) => {
      const file = state.fileByPath(path);
      // A file larger than what the fake holds: the rest is zeros.
      return file?.size
        ? Buffer.concat([file.bytes, Buffer.alloc(file.size - file.bytes.length)])
        : file?.bytes;
    },
    onConnection: () => {
      stats.connections += 1;
    },
  });

  const allMessages = (): StoredMessage[] =>
    [...state.chats.values()].flatMap((c) => [...c.messages.values()]);
  const chatState = (chatId: number) => state.resolveChat(chatId, true);

  const fake: FakeTelegram = {
    apiRoot: `http://127.0.0.1:${server.port}`,
    port: server.port,
    bot,
    calls,
    stats,
    webhookDeliveries: webhook.deliveries,

    userMessage: (opts = {}) => queue.push({ message: buildUserMessage(state, opts).message }),
    callbackQuery: (opts) => queue.push({ callback_query: buildCallbackQuery(state, opts) }),
    inlineQuery: (opts) => queue.push({ inline_query: buildInlineQuery(state, opts) }),
    pushUpdate: (raw) => queue.push(raw),

    sentMessages: (chatId) =>
      (chatId === undefined ? allMessages() : [...(state.chats.get(chatId)?.messages.values() ?? [])]).filter(
        (m) => m.author === "bot" && m.method !== "createForumTopic",
      ),
    chat: (chatId) => [...(state.chats.get(chatId)?.messages.values() ?? [])].filter((m) => !m.deleted),
    callsTo: (method) => calls.filter((c) => c.method === method),
    pendingUpdates: () => queue.peek(),
    webhookInfo: () => webhook.info,
    myCommands: (opts = {}) => state.commands.get(commandKey(opts.scope, opts.languageCode)),
    topics: (chatId) => [...(state.chats.get(chatId)?.topics.values() ?? [])],
    queryAnswer: (id) => (state.callbackQueries.get(id) ?? state.inlineQueries.get(id))?.answer,
    file: (fileId) => state.files.get(fileId),
    waitFor: (predicate, timeoutMs = 5000) => waitFor(predicate, timeoutMs, () => calls),
    waitForCall: (method, predicate = () => true, timeoutMs = 5000) =>
      waitFor(
        () => calls.find((c) => c.method === method && c.outcome !== "pending" && predicate(c)),
        timeoutMs,
        () => calls,
        `call ${method}`,
      ),
    describeCalls: (last) => describeCalls(calls, last),

    addChat: (init) => void state.addChat(init),
    blockUser: (chatId) => {
      chatState(chatId).blocked = true;
    },
    unblockUser: (chatId) => {
      chatState(chatId).blocked = false;
    },
    setMember: (chatId, userId, status) => void chatState(chatId).members.set(userId, status),

    failNext: (method, spec) => faults.failNext(method, spec),
    failRate: (method, spec) => faults.failRate(method, spec),
    delay: (method, ms) => faults.delay(method, ms),
    resetConnections: (method, times = 1) => faults.resetConnections(method, times),
    outage: (spec) => faults.outage(spec),
    setLimits: (limits) => faults.setLimits(limitsOf(limits)),
    setRights: (chatId, userId, rights) => {
      const chat = chatState(chatId);
      chat.rights.set(userId, { ...chat.rights.get(userId), ...rights });
    },
    clearFaults: () => faults.clear(),

    reset: () => {
      calls.length = 0;
      webhook.deliveries.length = 0;
      Object.assign(stats, emptyStats());
      faults.clear();
      faults.setLimits(limitsOf(options.limits));
      webhook.remove();
      queue.clear();
      state.clear();
      for (const chat of options.chats ?? []) state.addChat(chat);
    },
    close: async () => {
      poll.terminate(ABANDONED);
      webhook.close();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await server.close();
    },
  };
  return fake;
}
