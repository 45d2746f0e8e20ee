/**
 * The user side of the support jobs (`Messenger`, src/support/desk/types.ts), built from the
 * running adapters: a conversation (`telegram:…`, `discord:…`, `web:…`, `console:…`) goes to the
 * adapter of its platform. Part of the composition root (src/app-support.ts uses it).
 */
import type { Outbox } from "./outbox/index.js";
import { isUnreachable, PlatformError } from "./platforms/errors.js";
import type { PlatformAdapter } from "./platforms/types.js";
import type { Messenger, Undelivered } from "./support/desk/types.js";

function platformOf(conversation: string): string {
  const at = conversation.indexOf(":");
  return at < 0 ? conversation : conversation.slice(0, at);
}

/**
 * `adapters` is read at send time, so adapters added after creation are found too. With the
 * outbox, a message that fails for good after it was queued is reported to `onUndelivered`
 * listeners (rows that carry `meta`).
 */
export function createMessenger(
  adapters: readonly Pick<PlatformAdapter, "platform" | "send">[],
  outbox?: Pick<Outbox, "onFailed">,
): Messenger {
  const listeners: ((u: Undelivered) => void)[] = [];
  outbox?.onFailed(({ row, error }) => {
    // Desk posts and log-channel posts (transcripts) are the desk channel's, not a user's message.
    if (!row.meta || row.kind === "desk" || row.kind === "transcript" || row.kind === "log") return;
    const u: Undelivered = {
      conversation: row.conversation,
      meta: row.meta,
      // Blocked the bot, DMs closed, chat gone; rows dropped as too old carry no error.
      reason: isUnreachable(error) ? "unreachable" : "failed",
    };
    for (const l of listeners) l(u);
  });
  return {
    async send(conversation, reply, options) {
      const platform = platformOf(conversation);
      const adapter = adapters.find((a) => a.platform === platform);
      if (!adapter) {
        throw new PlatformError("unreachable", `no adapter runs for conversation ${conversation}`, {
          platform,
          reason: "no-route",
        });
      }
      await adapter.send(conversation, reply, options);
    },
    onUndelivered(listener) {
      listeners.push(listener);
    },
  };
}
