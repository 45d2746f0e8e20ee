/**
 * Incoming updates → one call to the bot → rendered reply out. No business logic here: the adapter
 * decides only WHICH bot entry point an update goes to and WHERE the answer is shown.
 * - message: private chats send everything to `runText` (commands, bare pre-codes); in groups only
 *   `/commands` are ours (privacy mode delivers nothing else anyway), and `runText` drops
 *   `/cmd@OtherBot`. Photos and documents are downloaded and passed as `ctx.attachments` with
 *   their caption as the text (private chats and the desk group only); voice notes, audio and
 *   videos likewise (the bot says what to send instead, or an open ticket relays them). A sticker
 *   in a private chat is its emoji as text.
 * - the support desk's staff group (staff.ts): plain messages in a ticket topic go to the desk;
 *   commands there run with `ctx.staff = true` for members. Nowhere else is `ctx.staff` set, so
 *   staff commands from any other chat are denied by the `staffOnly` precondition.
 * - callback_query: `runAction`; always answered (answerCallbackQuery), even on errors.
 * - inline_query: `@Bot A123` → the dokker command, offered as one article.
 * Anything else is ignored (logged at debug). A repeated update_id is handled once.
 *
 * Durability (issue #10): each update runs inside `outbox.intake`: the replies it produces are
 * outbox rows written in ONE transaction with the update's claim, and `handle` resolves true
 * only once that transaction committed — the webhook answers 200 and polling confirms the offset
 * only then. Nothing here waits for a send. Callback answers and inline results are the
 * immediate answers and go straight to the API.
 *
 * Hostile input (issue #11): the update's shape is checked first (update.ts); a malformed update
 * is logged with its id and skipped, never thrown.
 */
import { dokker } from "../../../commands/dokker.js";
import type { Services } from "../../../commands/services.js";
import type { CommandContext } from "../../../commands/types.js";
import type { Bot } from "../../bot/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import { userKey } from "../../core/user-key.js";
import type { Logger } from "../../logger.js";
import type { Outbox } from "../../outbox/index.js";
import { isConnectionLost } from "../../store/errors.js";
import { commandContext, topicOf } from "./context.js";
import type { CallSink, Delivery } from "./delivery.js";
import { type Downloader, filesOf } from "./files.js";
import type { RowContext } from "./outbox.js";
import { alertText, editReply, inlineArticle, sendReply } from "./send.js";
import { createKeyedSerial } from "./serial.js";
import { isAnonymousAdmin, onStaffTopicMessage, type StaffGroup } from "./staff.js";
import type { StaffDesk, TgCallbackQuery, TgInlineQuery, TgMessage, TgUpdate } from "./types.js";
import { checkUpdate } from "./update.js";

export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

export interface ReceiverDeps {
  readonly bot: Bot;
  readonly services: Services;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  readonly delivery: Delivery;
  readonly outbox: Outbox;
  /** Where messages go: outbox rows described by `ctx`. */
  readonly out: (ctx: RowContext) => CallSink;
  readonly now: () => Date;
  readonly downloader: Downloader;
  /** The desk's staff group, once `deskChannel()` made one (undefined: no Telegram desk). */
  readonly staffGroup: () => StaffGroup | undefined;
  readonly desk?: (() => StaffDesk | undefined) | undefined;
}

export interface Receiver {
  /**
   * Handles one update up to the point where its replies are durably queued; never throws.
   * Resolves false when that could not be recorded (store down): the update must come again.
   */
  handle(update: unknown): Promise<boolean>;
  /** Waits for updates being handled and the replies they queued, at most `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean>;
}

/**
 * Updates handled at once (serial.ts says why there is a cap). High enough that a few slow ones
 * (a label photo waiting for the OCR worker) leave room for the rest.
 */
const UPDATES_AT_ONCE = 32;

export function createReceiver(deps: ReceiverDeps): Receiver {
  const { bot, delivery } = deps;
  const log = deps.logger;
  const serial = createKeyedSerial(UPDATES_AT_ONCE);
  const running = new Set<Promise<unknown>>();

  /** Runs a send in the background: failures are already logged by the delivery layer. */
  function background(p: Promise<unknown>): void {
    const tracked = p.catch(() => undefined);
    running.add(tracked);
    void tracked.then(() => running.delete(tracked));
  }

  async function onMessage(updateId: number, m: TgMessage): Promise<void> {
    const from = m.from;
    if (!from || m.chat.type === "channel") return;
    const staffGroup = deps.staffGroup();
    const inDesk = staffGroup !== undefined && m.chat.id === staffGroup.chatId;
    if (from.is_bot && !(inDesk && isAnonymousAdmin(m))) return;
    // A sticker in a private chat is read as its emoji (small talk: 👍, 🙏, 👋).
    const sticker = m.chat.type === "private" ? m.sticker?.emoji : undefined;
    const text = m.text ?? m.caption ?? sticker;
    const files = filesOf(m);
    if (text === undefined && files.length === 0) return;
    const group = m.chat.type !== "private";
    const command = (text ?? "").trimStart().startsWith("/");
    const topicId = topicOf(m);
    if (inDesk && !command) {
      if (topicId === undefined) return; // "General": not a ticket
      const staffDeps = { receiver: deps, downloader: deps.downloader, desk: deps.desk, background };
      await onStaffTopicMessage(staffDeps, staffGroup, { ...m, from }, topicId, text ?? "", files);
      return;
    }
    if (group && !command) return;
    const staff = inDesk && (isAnonymousAdmin(m) || (await staffGroup.isStaff(from.id)));
    // Files are fetched only where they can go somewhere: a private chat (ticket relay) or the desk.
    // In a private chat a file over the download limit is still reported (`tooLarge`, no bytes).
    // Reading a photo takes a few seconds: the user sees "typing…" meanwhile (not a message, so
    // not through the outbox; lost on a crash, which costs nothing).
    if (files.length > 0 && !group) {
      background(
        deps.delivery.call({ method: "sendChatAction", payload: { chat_id: m.chat.id, action: "typing" } }),
      );
    }
    const attachments =
      files.length > 0 && (!group || inDesk)
        ? await deps.downloader.download(files, { reportTooLarge: !group })
        : [];
    const ctx: CommandContext = {
      ...(await commandContext(deps, from, m.chat, topicId)),
      ...(staff ? { staff: true } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
    };
    const reply = await bot.runText(text ?? "", ctx, `tg-${updateId}`);
    if (!reply) return;
    const target = { chatId: m.chat.id, topicId, ...(group ? { replyToMessageId: m.message_id } : {}) };
    await sendReply(deps.out({ userKey: userKey("telegram", from.id), kind: "reply" }), target, reply);
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
      const ctx = await commandContext(deps, cq.from, chat, topicOf(m));
      const reply = await bot.runAction(cq.data, ctx, `tg-${updateId}`);
      const alert = reply.ephemeral ? alertText(reply) : undefined;
      if (alert !== undefined) {
        answer({ text: alert, show_alert: true });
        return;
      }
      answer();
      const out = deps.out({ userKey: userKey("telegram", cq.from.id), kind: "reply" });
      if (cq.inline_message_id !== undefined) {
        // A message posted through inline mode belongs to no chat the bot can write to: edit it.
        await editReply(out, { inlineMessageId: cq.inline_message_id }, reply);
      } else if (m && reply.replace) {
        const topicId = topicOf(m);
        await editReply(out, { chatId: m.chat.id, messageId: m.message_id, topicId }, reply);
      } else if (m) {
        await sendReply(out, { chatId: m.chat.id, topicId: topicOf(m) }, reply);
      }
    } finally {
      if (!answered) answer();
    }
  }

  async function onInline(updateId: number, q: TgInlineQuery): Promise<void> {
    const query = q.query.trim();
    let results: Record<string, unknown>[] = [];
    if (query !== "") {
      const ctx = await commandContext(deps, q.from, { id: q.from.id, type: "private" });
      const reply = await bot.runCommand(dokker.name, { precode: query }, ctx, `tg-${updateId}`);
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

  async function handle(raw: unknown): Promise<boolean> {
    const checked = checkUpdate(raw);
    if (!checked.ok) {
      log.warn({ updateId: checked.updateId, problem: checked.problem }, "malformed telegram update skipped");
      return true; // nothing to do with it, ever: let it go
    }
    const update = checked.update;
    const updateId = update.update_id;
    const routed = route(update);
    if (!routed) {
      const types = Object.keys(update).filter((k) => k !== "update_id");
      log.debug({ updateId, types }, "telegram update ignored");
      return true;
    }
    try {
      const { accepted } = await serial.run(routed.key, () =>
        deps.outbox.intake({ source: "telegram", updateId: String(updateId) }, async () => {
          try {
            await routed.run();
          } catch (error) {
            // The store is away (a PostgreSQL restart outlasting the retries): not claimed, so
            // the update comes again, instead of being marked handled with no answer.
            if (isConnectionLost(error)) throw error;
            // Claimed anyway: a poison update must not come back forever.
            log.error({ err: error, updateId }, "telegram update failed");
          }
        }),
      );
      if (!accepted) log.info({ updateId }, "repeated telegram update ignored");
      return true;
    } catch (error) {
      log.error({ err: error, updateId }, "telegram update not recorded; it will be received again");
      return false;
    }
  }

  return {
    handle(update) {
      const p = handle(update).catch((error: unknown) => {
        log.error({ err: error }, "telegram update handling failed");
        return false;
      });
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
