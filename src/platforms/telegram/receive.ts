/**
 * Incoming updates → one call to the bot → rendered reply out. No business logic here: the adapter
 * decides only WHICH bot entry point an update goes to and WHERE the answer is shown.
 * - message: private chats send everything to `runText` (commands, bare pre-codes); in groups only
 *   `/commands` are ours (privacy mode delivers nothing else anyway), and `runText` drops
 *   `/cmd@OtherBot`.
 * - callback_query: `runAction`; always answered (answerCallbackQuery), even on errors.
 * - inline_query: `@Bot A123` → the dokker command, offered as one article.
 * Anything else is ignored (logged at debug). A repeated update_id is handled once.
 */
import type { Services } from "../../../commands/services.js";
import type { CommandContext } from "../../../commands/types.js";
import type { Bot } from "../../bot/index.js";
import { resolveLocale } from "../../bot/locale.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import type { Delivery } from "./delivery.js";
import { encodeTelegramConversation } from "./ids.js";
import { alertText, editReply, inlineArticle, sendReply } from "./send.js";
import { createKeyedSerial } from "./serial.js";
import type { TgCallbackQuery, TgInlineQuery, TgMessage, TgUpdate, TgUser, UpdateDeduper } from "./types.js";

export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

export interface ReceiverDeps {
  readonly bot: Bot;
  readonly services: Services;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  readonly deduper: UpdateDeduper;
  readonly delivery: Delivery;
  readonly now: () => Date;
}

export interface Receiver {
  /** Handles one update up to the point where its reply is queued; never throws. */
  handle(update: TgUpdate): Promise<void>;
  /** Waits for updates being handled and the replies they queued, at most `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean>;
}

const displayName = (u: TgUser) =>
  [u.first_name, u.last_name].filter(Boolean).join(" ") || u.username || undefined;

/** A forum topic only when the message is in one; other thread ids (reply threads) are not kept. */
const topicOf = (m: TgMessage | undefined) =>
  m?.is_topic_message && m.message_thread_id !== undefined ? m.message_thread_id : undefined;

export function createReceiver(deps: ReceiverDeps): Receiver {
  const { bot, delivery } = deps;
  const log = deps.logger;
  const serial = createKeyedSerial();
  const running = new Set<Promise<unknown>>();

  /** Runs a send in the background: failures are already logged by the delivery layer. */
  function background(p: Promise<unknown>): void {
    const tracked = p.catch(() => undefined);
    running.add(tracked);
    void tracked.then(() => running.delete(tracked));
  }

  async function context(from: TgUser, chat: { id: number; type: string }, topicId?: number) {
    const userKey = `telegram:${from.id}`;
    const locale = await resolveLocale(deps.services, userKey, from.language_code, deps.defaultLocale);
    const ctx: CommandContext = {
      locale,
      user: { platform: "telegram", id: String(from.id), displayName: displayName(from) },
      conversation: encodeTelegramConversation({ chatId: chat.id, topicId }),
      chat: chat.type === "private" ? "private" : "group",
      // A user's private chat with the bot has the user's id; reminders never go to a group.
      privateConversation: encodeTelegramConversation({ chatId: from.id }),
      now: deps.now(),
      services: deps.services,
    };
    return ctx;
  }

  async function onMessage(updateId: number, m: TgMessage): Promise<void> {
    const text = m.text;
    const group = m.chat.type !== "private";
    if (text === undefined || !m.from || m.from.is_bot || m.chat.type === "channel") return;
    if (group && !text.trimStart().startsWith("/")) return;
    const topicId = topicOf(m);
    const ctx = await context(m.from, m.chat, topicId);
    const reply = await bot.runText(text, ctx, `tg-${updateId}`);
    if (!reply) return;
    const target = { chatId: m.chat.id, topicId, ...(group ? { replyToMessageId: m.message_id } : {}) };
    background(sendReply(delivery, target, reply));
  }

  async function onCallback(updateId: number, cq: TgCallbackQuery): Promise<void> {
    let answered = false;
    const answer = (extra: Record<string, unknown> = {}) => {
      answered = true;
      background(
        delivery.call({ method: "answerCallbackQuery", payload: { callback_query_id: cq.id, ...extra } }),
      );
    };
    try {
      if (cq.data === undefined) return;
      const m = cq.message;
      const chat = m?.chat ?? { id: cq.from.id, type: "private" };
      const ctx = await context(cq.from, chat, topicOf(m));
      const reply = await bot.runAction(cq.data, ctx, `tg-${updateId}`);
      const alert = reply.ephemeral ? alertText(reply) : undefined;
      if (alert !== undefined) {
        answer({ text: alert, show_alert: true });
        return;
      }
      answer();
      if (cq.inline_message_id !== undefined) {
        // A message posted through inline mode belongs to no chat the bot can write to: edit it.
        background(editReply(delivery, { inlineMessageId: cq.inline_message_id }, reply));
      } else if (m && reply.replace) {
        const topicId = topicOf(m);
        background(editReply(delivery, { chatId: m.chat.id, messageId: m.message_id, topicId }, reply));
      } else if (m) {
        background(sendReply(delivery, { chatId: m.chat.id, topicId: topicOf(m) }, reply));
      }
    } finally {
      if (!answered) answer();
    }
  }

  async function onInline(updateId: number, q: TgInlineQuery): Promise<void> {
    const query = q.query.trim();
    let results: Record<string, unknown>[] = [];
    if (query !== "") {
      const ctx = await context(q.from, { id: q.from.id, type: "private" });
      const reply = await bot.runCommand("dokker", { precode: query }, ctx, `tg-${updateId}`);
      results = [inlineArticle(reply, "1")];
    }
    background(
      delivery.call({
        method: "answerInlineQuery",
        payload: { inline_query_id: q.id, results, cache_time: 60, is_personal: true },
      }),
    );
  }

  /** Which handler, and the key that keeps one chat's (or user's) updates in order. */
  function route(u: TgUpdate): { key: string; run: () => Promise<void> } | undefined {
    if (u.message) {
      const m = u.message;
      return { key: `chat:${m.chat.id}`, run: () => onMessage(u.update_id, m) };
    }
    if (u.callback_query) {
      const cq = u.callback_query;
      const key = cq.message ? `chat:${cq.message.chat.id}` : `user:${cq.from.id}`;
      return { key, run: () => onCallback(u.update_id, cq) };
    }
    if (u.inline_query) {
      const q = u.inline_query;
      return { key: `user:${q.from.id}`, run: () => onInline(u.update_id, q) };
    }
    return undefined;
  }

  async function claim(updateId: number): Promise<boolean> {
    try {
      return await deps.deduper.claim("telegram", String(updateId));
    } catch (error) {
      // Better a rare duplicate answer than a dropped one while the store is unavailable.
      log.warn({ err: error, updateId }, "update de-duplication failed; handling anyway");
      return true;
    }
  }

  async function handle(update: TgUpdate): Promise<void> {
    const updateId = update.update_id;
    const routed = route(update);
    if (!routed) {
      const types = Object.keys(update).filter((k) => k !== "update_id");
      log.debug({ updateId, types }, "telegram update ignored");
      return;
    }
    if (!(await claim(updateId))) {
      log.info({ updateId }, "repeated telegram update ignored");
      return;
    }
    try {
      await serial.run(routed.key, routed.run);
    } catch (error) {
      log.error({ err: error, updateId }, "telegram update failed");
    }
  }

  return {
    handle(update) {
      const p = handle(update);
      running.add(p);
      void p.then(() => running.delete(p));
      return p;
    },
    async idle(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (running.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...running]),
          new Promise<void>((r) => {
            timer = setTimeout(r, left);
          }),
        ]);
        clearTimeout(timer);
      }
      return true;
    },
  };
}
