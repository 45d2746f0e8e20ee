/**
 * The user side of the support jobs (`Messenger`, src/support/desk/types.ts), built from the
 * running adapters: a conversation (`telegram:…`, `discord:…`, `web:…`, `console:…`) goes to the
 * adapter of its platform. Part of the composition root (src/app-support.ts uses it).
 */
import type { Outbox } from "./outbox/index.js";
import type { PlatformAdapter } from "./platforms/types.js";
import type { Messenger, Undelivered } from "./support/desk/types.js";
import { Unreachable } from "./support/errors.js";

function platformOf(conversation: string): string {
  const at = conversation.indexOf(":");
  return at < 0 ? conversation : conversation.slice(0, at);
}

/** Platform refusals that mean the user can't be reached (blocked the bot, chat or DMs gone). */
const UNREACHABLE =
  /^(forbidden|discord\.forbidden|discord\.unreachable)|chat not found|user not found|PEER_ID_INVALID|deactivated|Cannot send messages to this user|Unknown Channel/i;

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
  outbox?.onFailed(({ row, reason }) => {
    if (!row.meta || row.kind === "desk") return;
    const u: Undelivered = {
      conversation: row.conversation,
      meta: row.meta,
      reason: UNREACHABLE.test(reason) ? "unreachable" : "failed",
    };
    for (const l of listeners) l(u);
  });
  return {
    async send(conversation, reply, options) {
      const platform = platformOf(conversation);
      const adapter = adapters.find((a) => a.platform === platform);
      if (!adapter) throw new Unreachable(conversation, "no-route");
      await adapter.send(conversation, reply, options);
    },
    onUndelivered(listener) {
      listeners.push(listener);
    },
  };
}
