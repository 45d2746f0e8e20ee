/**
 * The app's Messenger: routes a conversation id to the adapter of its platform
 * (`telegram:…` → Telegram, `discord:…` → Discord, `console:local` → the terminal chat).
 * Adapters' `send` throw `Unreachable` for blocked users / closed DMs; a conversation whose
 * platform is not running in this process is `Unreachable` too (`no-route`), so callers treat it
 * as permanent instead of retrying forever.
 */
import type { Reply } from "../core/reply.js";
import type { PlatformAdapter } from "../platforms/types.js";
import { Unreachable } from "./errors.js";
import type { Messenger } from "./types.js";

export function platformOf(conversation: string): string {
  const at = conversation.indexOf(":");
  return at < 0 ? conversation : conversation.slice(0, at);
}

/** `adapters` is read at send time, so adapters added after creation are found too. */
export function createMessenger(adapters: readonly Pick<PlatformAdapter, "platform" | "send">[]): Messenger {
  return {
    async send(conversation: string, reply: Reply): Promise<void> {
      const platform = platformOf(conversation);
      const adapter = adapters.find((a) => a.platform === platform);
      if (!adapter) throw new Unreachable(conversation, "no-route");
      await adapter.send(conversation, reply);
    },
  };
}
