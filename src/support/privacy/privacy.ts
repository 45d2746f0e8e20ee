/**
 * `/forget` and `/mydata`. Works with or without a support desk.
 * - /forget erases (src/store/privacy.ts): the profile, every ticket of the user with all its
 *   messages, messages they wrote anywhere else, their reminders (deleted, not cancelled), their
 *   outbox rows (messages not sent yet, among them transcripts waiting for the log channel); on
 *   SQLite the freed bytes are zeroed and the WAL emptied. Then the desk copies:
 *   - each ticket's thread is deleted where the platform allows it; where it can't be (missing
 *     right, platform error) staff are told in the thread what to delete by hand;
 *   - each transcript of their tickets already posted to the log channel (SUPPORT_LOG_CHANNEL) is
 *     deleted there, by the message id the outbox kept; where the platform refuses (Telegram: older
 *     than 48 h, or no right; Discord: no access to the channel any more) staff are told in the log
 *     channel which ticket's transcript to delete by hand (its number only), and it is logged.
 *     A message already deleted counts as deleted.
 * - What it cannot reach: copies outside the bot's hands (a staff member's own notes, screenshots,
 *   forwards, the platforms' own retention); a transcript posted before transcripts carried their
 *   user (kind `transcript` with the ticket's user key) - the store cannot tell whose it is; one
 *   whose outbox row was purged after RETENTION_DAYS; one being sent at the moment of erasure
 *   (its row is gone before its message id is recorded). README "Privacy" says the same.
 * - The user is told counts only (tickets, messages, reminders, profile); nothing about the desk.
 * - Blocks are kept on purpose: a block is a moderation decision (and expires), and /forget must
 *   not be a way around it. Limit counters are kept too (hashed, gone within a day), or /forget
 *   would reset the support-request limit.
 * - /mydata returns everything stored about the user as one JSON document.
 */
import type { DeskWords } from "../../core/desk.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import type { JsonObject, LogMessageRef, PrivacyRepository } from "../../store/index.js";
import type { DeskChannel } from "../desk/types.js";

/** What /forget reports to the user (counts only). */
export interface ForgetSummary {
  readonly profile: boolean;
  readonly tickets: number;
  readonly messages: number;
  readonly reminders: number;
}

export interface Privacy {
  forget(userKey: string): Promise<ForgetSummary>;
  exportData(userKey: string): Promise<JsonObject>;
}

export function createPrivacy(input: {
  store: { readonly privacy: Pick<PrivacyRepository, "eraseUser" | "exportUser"> };
  /**
   * The desk's staff side, to delete (or flag) the threads of erased tickets and their transcripts
   * in the log channel.
   */
  channel?: Pick<DeskChannel, "kind" | "erase" | "post" | "postToLog" | "eraseLogMessage"> | undefined;
  /** Words the note to staff when a thread cannot be deleted. */
  words: Pick<DeskWords, "note">;
  deskLocale?: Locale;
  logger: Logger;
}): Privacy {
  const { store, channel, logger, words } = input;
  const deskLocale = input.deskLocale ?? "en";

  async function eraseThread(thread: string): Promise<boolean> {
    if (!channel) return true;
    try {
      if (!channel.erase) throw new Error("this desk cannot delete threads");
      await channel.erase(thread);
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ err: error, thread }, "could not delete an erased user's desk thread");
      await channel
        .post(thread, {
          kind: "note",
          event: "forgotten",
          text: words.note(deskLocale, { kind: "erased", reason: reason.slice(0, 200) }),
        })
        .catch((second: unknown) => logger.error({ err: second, thread }, "could not tell staff either"));
      return false;
    }
  }

  /** Deletes a transcript in the log channel; the reason it could not, or undefined when done. */
  async function eraseLogMessage(message: LogMessageRef): Promise<string | undefined> {
    try {
      if (!channel?.eraseLogMessage) throw new Error("no desk runs here to delete it");
      if (message.platform !== channel.kind) throw new Error(`the desk is not on ${message.platform}`);
      await channel.eraseLogMessage(message);
      return undefined;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Where and which ticket only: the user's identity is what is being erased.
      logger.warn(
        {
          err: error,
          ticketId: message.ticketId,
          conversation: message.conversation,
          messageId: message.messageId,
        },
        "could not delete an erased user's transcript in the log channel",
      );
      return reason;
    }
  }

  /** Staff are asked, in the log channel, to delete a ticket's transcript by hand. */
  async function flagLogMessage(ticketId: number | null, reason: string): Promise<void> {
    if (!channel?.postToLog) return;
    await channel
      .postToLog({
        kind: "note",
        event: "forgotten",
        text: words.note(deskLocale, { kind: "erased-log", ticketId, reason: reason.slice(0, 200) }),
      })
      .catch((error: unknown) => logger.error({ err: error, ticketId }, "could not tell staff either"));
  }

  return {
    async forget(userKey): Promise<ForgetSummary> {
      const erased = await store.privacy.eraseUser(userKey);
      let threadsLeft = 0;
      for (const thread of erased.deskThreads) if (!(await eraseThread(thread))) threadsLeft += 1;
      // One note per ticket, however many messages its transcript took.
      const logLeft = new Map<number | null, string>();
      for (const message of erased.logMessages) {
        const reason = await eraseLogMessage(message);
        if (reason !== undefined && !logLeft.has(message.ticketId)) logLeft.set(message.ticketId, reason);
      }
      for (const [ticketId, reason] of logLeft) await flagLogMessage(ticketId, reason);
      // Counts only: the user's identity is what was just erased.
      logger.info(
        {
          tickets: erased.tickets,
          messages: erased.messages,
          reminders: erased.reminders,
          outbox: erased.outbox,
          profile: erased.profile,
          threadsDeleted: erased.deskThreads.length - threadsLeft,
          threadsLeft,
          logMessages: erased.logMessages.length,
          logTicketsLeft: logLeft.size,
        },
        "user data erased",
      );
      return {
        profile: erased.profile,
        tickets: erased.tickets,
        messages: erased.messages,
        reminders: erased.reminders,
      };
    },
    exportData: (userKey) => store.privacy.exportUser(userKey),
  };
}
