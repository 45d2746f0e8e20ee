/**
 * `/forget`: deletes what the bot stores about one user. Works with or without a support desk.
 * - tickets: the store anonymises them in one transaction (user's words erased, identity cleared,
 *   an open ticket closed); staff replies are kept, without the user attached;
 * - the desk (when configured) posts a note in affected threads and archives them;
 * - the profile (language, last pre-code/PIN, counters, platform data) is deleted;
 * - pending reminders are cancelled.
 * Blocks are kept on purpose: a block is a moderation decision (and expires), and /forget must
 * not be a way around it. Closed tickets are purged after RETENTION_DAYS anyway.
 */
import type { ForgetSummary, PrivacyService } from "../../commands/services.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/index.js";
import type { SupportDesk } from "./desk.js";

export function createPrivacyService(input: {
  store: Store;
  desk?: Pick<SupportDesk, "archiveForgotten">;
  logger: Logger;
}): PrivacyService {
  const { store, desk, logger } = input;
  return {
    async forget(userKey): Promise<ForgetSummary> {
      // Reminders first: a reminder firing between the other steps would re-create nothing, but
      // cancelling first means none can be sent after the user asked to be forgotten.
      const reminders = await store.reminders.cancelFor(userKey);
      const anonymised = await store.tickets.anonymise(userKey);
      const profile = await store.profiles.forget(userKey);
      if (desk && anonymised.closedTicketIds.length > 0) {
        await desk.archiveForgotten(anonymised.closedTicketIds).catch((error: unknown) => {
          logger.error({ err: error }, "could not archive forgotten tickets' threads");
        });
      }
      logger.info(
        { tickets: anonymised.tickets, messages: anonymised.messages, reminders, profile },
        "user data forgotten",
      );
      return { profile, tickets: anonymised.tickets, messages: anonymised.messages, reminders };
    },
  };
}
