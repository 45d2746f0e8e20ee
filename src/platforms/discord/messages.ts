/**
 * MESSAGE_CREATE → the bot or the desk. No business logic: receive, map, call, render.
 * - In the bot's DM: `bot.runText(text, ctx)` with the files (FAQ questions, bare pre-codes and the
 *   open ticket's relay all live behind it); its Reply is posted to the DM with its buttons.
 *   DM content arrives without the MESSAGE_CONTENT intent (DIRECT_MESSAGES + `Partials.Channel`).
 * - In a post of the desk forum: a staff member's message (role checked, see staff.ts) goes to
 *   `desk.onStaffMessage`; anyone else's is not relayed and gets a 🚫 reaction so they can tell.
 *   Guild message content needs the privileged MESSAGE_CONTENT intent (set when the desk is on
 *   Discord); without it the text is empty and only staff slash commands work.
 * Messages of one channel are handled one after another, so relayed messages keep their order.
 */
import { type Client, type Message, Routes } from "discord.js";
import type { Services } from "../../../commands/services.js";
import type { Bot } from "../../bot/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import { userKey } from "../../core/user-key.js";
import type { Logger } from "../../logger.js";
import type { Outbox } from "../../outbox/index.js";
import type { SupportDesk } from "../../support/desk/desk.js";
import { messageContext } from "./context.js";
import { errorFields } from "./errors.js";
import { downloadAttachments } from "./files.js";
import { encodeDeskThread } from "./ids.js";
import { discordRow } from "./outbox.js";
import { renderReply, toRestBody } from "./render.js";
import { idOf, messageShape, shapeProblems } from "./shape.js";
import type { DeskScope } from "./staff.js";

/** What the adapter needs of the desk: where staff messages go. */
export type StaffMessageSink = Pick<SupportDesk, "onStaffMessage">;

export interface MessageDeps {
  readonly client: Client;
  readonly bot: Bot;
  readonly services: Services;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  readonly desk?: DeskScope;
  /** Set once the support desk exists (it is built after the adapter). */
  readonly sink: () => StaffMessageSink | undefined;
  /** Answers to DMs are outbox rows, written with the message's claim (a replayed event runs once). */
  readonly outbox: Pick<Outbox, "intake" | "enqueue">;
}

const NOT_RELAYED = "🚫";

export function createMessageHandler(deps: MessageDeps): (message: Message) => Promise<void> {
  const { client, bot, logger } = deps;
  const queues = new Map<string, Promise<void>>();

  async function fromUser(message: Message): Promise<void> {
    const { author } = message;
    // Reading a photo takes a few seconds: "typing…" meanwhile (best effort, not a message), as
    // the Telegram adapter does for a file in a private chat.
    if (message.attachments.size > 0) {
      client.rest
        .post(Routes.channelTyping(message.channelId))
        .catch((error: unknown) => logger.debug({ err: error }, "typing not shown"));
    }
    // A file over the cap comes marked `tooLarge` (no bytes): the bot says so instead of nothing.
    const attachments = await downloadAttachments(message.attachments.values(), logger, {
      reportTooLarge: true,
    });
    // A sticker, a call notice or a file whose download failed: nothing to answer.
    if (message.content.trim() === "" && attachments.length === 0) return;
    const ctx = await messageContext(deps, message, attachments);
    await deps.outbox.intake({ source: "discord-message", updateId: message.id }, async () => {
      const reply = await bot.runText(message.content, ctx, message.id);
      if (!reply) return;
      await deps.outbox.enqueue([
        discordRow(
          { op: "channel", channelId: message.channelId },
          { body: toRestBody(renderReply(reply)), files: reply.attachments ?? [] },
          { userKey: userKey("discord", author.id), kind: "reply" },
        ),
      ]);
    });
  }

  async function inTicketThread(message: Message, sink: StaffMessageSink, scope: DeskScope): Promise<void> {
    const { author } = message;
    const staff = await scope.isStaff(message.guildId, author.id, message.member);
    const threadId = encodeDeskThread(message.channelId);
    if (!staff) {
      logger.info(
        { thread: message.channelId, user: author.id },
        "desk thread message from non-staff ignored",
      );
      await client.rest
        .put(Routes.channelMessageOwnReaction(message.channelId, message.id, encodeURIComponent(NOT_RELAYED)))
        .catch((error: unknown) => logger.debug({ err: errorFields(error) }, "reaction failed"));
      return;
    }
    const attachments = await downloadAttachments(message.attachments.values(), logger);
    const outcome = await sink.onStaffMessage({
      threadId,
      staff: {
        key: userKey("discord", author.id),
        name: message.member?.displayName ?? author.globalName ?? author.username,
      },
      text: message.content,
      attachments,
      verifiedStaff: true,
    });
    logger.debug({ thread: message.channelId, outcome }, "desk staff message");
  }

  async function handle(message: Message): Promise<void> {
    if (message.author.bot || message.system) return; // our own echoes, other bots, joins/pins
    if (!message.inGuild()) {
      await fromUser(message);
      return;
    }
    const sink = deps.sink();
    if (!sink || !deps.desk) return;
    if (!(await deps.desk.isTicketThread(message.guildId, message.channelId))) return;
    await inTicketThread(message, sink, deps.desk);
  }

  /** One error boundary per message; messages of a channel in arrival order. */
  return (message) => {
    const problems = shapeProblems(messageShape, message);
    if (problems) {
      logger.warn({ message: idOf(message), problems }, "discord message malformed, skipped");
      return Promise.resolve();
    }
    const previous = queues.get(message.channelId) ?? Promise.resolve();
    const next = previous
      .then(() => handle(message))
      .catch((error: unknown) => {
        logger.error(
          { err: errorFields(error), message: message.id, channel: message.channelId },
          "discord message handling failed",
        );
      })
      .finally(() => {
        if (queues.get(message.channelId) === next) queues.delete(message.channelId);
      });
    queues.set(message.channelId, next);
    return next;
  };
}
