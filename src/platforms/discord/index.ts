/**
 * Discord adapter (discord.js v14): receives interactions, calls the bot, renders and answers.
 * `start()` logs in and resolves when the client is ready; `stop()` waits for in-flight answers
 * (bounded), then `client.destroy()`. See README.md in this folder for Discord's quirks.
 */
import { Events, type Interaction } from "discord.js";
import { createClient } from "./client.js";
import { createInteractionHandler } from "./receive.js";
import { sendReply } from "./send.js";
import type { DiscordAdapter, DiscordAdapterConfig } from "./types.js";

export { buildCommandData } from "./command-data.js";
export { PlatformError, Unreachable } from "./errors.js";
export { decodeConversation, encodeConversation } from "./ids.js";
export { renderReply } from "./render.js";
export type { DiscordAdapter, DiscordAdapterConfig } from "./types.js";

export function createDiscordAdapter(config: DiscordAdapterConfig): DiscordAdapter {
  const log = config.logger.child({ platform: "discord" });
  const client = createClient({
    logger: log,
    ...(config.api ? { api: config.api } : {}),
    ...(config.intents ? { intents: config.intents } : {}),
  });
  const handle = createInteractionHandler({
    bot: config.bot,
    services: config.services,
    logger: log,
    defaultLocale: config.defaultLocale,
    deferAfterMs: config.deferAfterMs ?? 2000,
  });
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  // Interactions keep being answered while stopping (until destroy): ignoring one would show the
  // user "This interaction failed".
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const p = handle(interaction).finally(() => inFlight.delete(p));
    inFlight.add(p);
  });

  return {
    platform: "discord",
    isReady: () => !stopping && client.isReady(),
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      log.info({ user: client.user?.tag, shards: client.options.shards }, "discord ready");
    },
    async stop() {
      stopping = true;
      const drain = Promise.allSettled([...inFlight]);
      const timeout = new Promise((r) => setTimeout(r, config.drainMs ?? 5000).unref());
      await Promise.race([drain, timeout]);
      await client.destroy();
      log.info("discord stopped");
    },
    send: (conversation, reply) => sendReply(client, conversation, reply),
  };
}
