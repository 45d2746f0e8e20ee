/**
 * `/forget` and `/mydata`. Works with or without a support desk.
 * - /forget erases (src/store/privacy.ts): the profile, every ticket of the user with all its
 *   messages, messages they wrote anywhere else, their reminders (deleted, not cancelled), their
 *   outbox rows; on SQLite the freed bytes are zeroed and the WAL emptied. Then the desk copies:
 *   each ticket's thread is deleted where the platform allows it; where it can't be (missing
 *   right, platform error) staff are told in the thread what to delete by hand.
 * - Blocks are kept on purpose: a block is a moderation decision (and expires), and /forget must
 *   not be a way around it. Limit counters are kept too (hashed, gone within a day), or /forget
 *   would reset the support-request limit.
 * - /mydata returns everything stored about the user as one JSON document.
 */
import type { DeskWords } from "../../core/desk.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import type { JsonObject, PrivacyRepository } from "../../store/index.js";
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
  /** The desk's staff side, to delete (or flag) the threads of erased tickets. */
  channel?: Pick<DeskChannel, "erase" | "post"> | undefined;
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

  return {
    async forget(userKey): Promise<ForgetSummary> {
      const erased = await store.privacy.eraseUser(userKey);
      let threadsLeft = 0;
      for (const thread of erased.deskThreads) if (!(await eraseThread(thread))) threadsLeft += 1;
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
