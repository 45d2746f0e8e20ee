/**
 * What a web visitor's request becomes: one CommandContext, one call to the bot, the reply
 * delivered to the conversation (store + open pages). Requests of one conversation run one at a
 * time, in arrival order, so answers come in the order the questions were asked.
 */
import type { Services } from "../../../commands/services.js";
import type { CommandContext, IncomingAttachment } from "../../../commands/types.js";
import type { Bot } from "../../bot/index.js";
import { resolveLocale } from "../../bot/locale.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Reply } from "../../core/reply.js";
import { userKey } from "../../core/user-key.js";
import type { Logger } from "../../logger.js";
import type { Hub } from "./hub.js";
import { encodeWebConversation } from "./ids.js";
import { renderUserText, renderWeb } from "./render.js";

export interface ConversationDeps {
  readonly bot: Bot;
  readonly services: Services;
  readonly hub: Hub;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  readonly now: () => Date;
}

export interface Conversations {
  /** The visitor's language: their /language choice, else the browser's, else the default. */
  locale(sessionId: string, lang: string | undefined): Promise<Locale>;
  /** Stores the visitor's text and queues the bot's answer. */
  text(
    sessionId: string,
    text: string,
    lang: string | undefined,
    requestId: string,
    attachments?: readonly IncomingAttachment[],
  ): Promise<void>;
  action(sessionId: string, data: string, lang: string | undefined, requestId: string): Promise<void>;
  /** Waits for queued requests, at most `timeoutMs`. */
  idle(timeoutMs: number): Promise<void>;
}

/** The outcome of a confirmed /forget: the page's own history goes too. */
const FORGOTTEN = "forget.done";

export function createConversations(deps: ConversationDeps): Conversations {
  const tails = new Map<string, Promise<void>>();

  function serial(key: string, task: () => Promise<void>): Promise<void> {
    const run = (tails.get(key) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      deps.logger.error({ err: error, platform: "web" }, "web request failed");
    });
    tails.set(key, run);
    void run.then(() => {
      if (tails.get(key) === run) tails.delete(key);
    });
    return run;
  }

  async function context(sessionId: string, lang: string | undefined): Promise<CommandContext> {
    const conversation = encodeWebConversation(sessionId);
    return {
      ...(await resolveLocale(
        deps.services,
        userKey("web", sessionId),
        lang,
        deps.defaultLocale,
        deps.logger,
      )),
      user: { platform: "web", id: sessionId, displayName: `web visitor ${sessionId.slice(0, 6)}` },
      conversation,
      chat: "private",
      privateConversation: conversation,
      now: deps.now(),
      services: deps.services,
    };
  }

  async function answer(conversation: string, reply: Reply | undefined): Promise<void> {
    if (!reply) return;
    if (reply.outcome === FORGOTTEN) await deps.hub.forget(conversation);
    await deps.hub.deliver(conversation, renderWeb(reply));
  }

  return {
    async locale(sessionId, lang) {
      return (await context(sessionId, lang)).locale;
    },
    async text(sessionId, text, lang, requestId, attachments = []) {
      const conversation = encodeWebConversation(sessionId);
      await deps.hub.deliver(conversation, renderUserText(text, attachments));
      void serial(conversation, async () => {
        const ctx = await context(sessionId, lang);
        const withFiles = attachments.length > 0 ? { ...ctx, attachments } : ctx;
        const reply = await deps.bot.runText(text, withFiles, requestId);
        await answer(conversation, reply);
      });
    },
    async action(sessionId, data, lang, requestId) {
      const conversation = encodeWebConversation(sessionId);
      void serial(conversation, async () => {
        const reply = await deps.bot.runAction(data, await context(sessionId, lang), requestId);
        await answer(conversation, reply);
      });
    },
    async idle(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...tails.values()]),
        new Promise<void>((r) => {
          timer = setTimeout(r, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}
