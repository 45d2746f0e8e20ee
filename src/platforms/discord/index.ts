/**
 * Discord adapter (discord.js v14): receives interactions and messages, calls the bot (or the
 * support desk for staff messages in ticket posts), renders and answers. `start()` logs in and
 * resolves when the client is ready; `stop()` waits for in-flight answers (bounded), then
 * `client.destroy()`. See README.md in this folder for Discord's quirks.
 */
import { Events, GatewayIntentBits, type Interaction, type Message } from "discord.js";
import { badConversationId } from "../errors.js";
import { createClient, DEFAULT_INTENTS } from "./client.js";
import { createDiscordDeskChannel } from "./desk.js";
import { decodeConversation } from "./ids.js";
import { createMessageHandler, type StaffMessageSink } from "./messages.js";
import { createDiscordSender, discordRow } from "./outbox.js";
import { createInteractionHandler } from "./receive.js";
import { renderReply, toRestBody } from "./render.js";
import { createDeskScope } from "./staff.js";
import type { DiscordAdapter, DiscordAdapterConfig } from "./types.js";

export type { DiscordAdapter, DiscordAdapterConfig } from "./types.js";

/** Reading staff messages in forum posts: guild messages and their content (privileged). */
const DESK_INTENTS = [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];

export function createDiscordAdapter(config: DiscordAdapterConfig): DiscordAdapter {
  const log = config.logger.child({ platform: "discord" });
  const base = config.intents ?? DEFAULT_INTENTS;
  const intents = config.desk ? [...new Set([...base, ...DESK_INTENTS])] : base;
  const client = createClient({
    logger: log,
    intents,
    ...(config.api ? { api: config.api } : {}),
    ...(config.onRateLimited ? { onRateLimited: config.onRateLimited } : {}),
  });
  const desk = config.desk ? createDeskScope(client, config.desk, log) : undefined;
  // Messages outside an interaction's own answer leave through the durable outbox.
  const { outbox } = config;
  const sender = createDiscordSender({
    client,
    botId: config.applicationId,
    services: config.services,
  });
  outbox.register(sender);
  let sink: StaffMessageSink | undefined;
  const handle = createInteractionHandler({
    bot: config.bot,
    services: config.services,
    logger: log,
    defaultLocale: config.defaultLocale,
    deferAfterMs: config.deferAfterMs ?? 2000,
    ...(desk ? { desk } : {}),
  });
  const onMessage = createMessageHandler({
    client,
    bot: config.bot,
    services: config.services,
    logger: log,
    defaultLocale: config.defaultLocale,
    ...(desk ? { desk } : {}),
    sink: () => sink,
    outbox,
  });
  const inFlight = new Set<Promise<void>>();
  /** Interactions being answered, per channel: a ticket post is archived only after (desk.ts). */
  const answering = new Map<string, Set<Promise<void>>>();
  let stopping = false;

  function track(p: Promise<void>, channelId: string | null): void {
    inFlight.add(p);
    const set = channelId ? (answering.get(channelId) ?? new Set()) : undefined;
    if (channelId && set) answering.set(channelId, set.add(p));
    void p.finally(() => {
      inFlight.delete(p);
      set?.delete(p);
      if (channelId && set?.size === 0) answering.delete(channelId);
    });
  }

  // Interactions keep being answered while stopping (until destroy): ignoring one would show the
  // user "This interaction failed".
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    track(handle(interaction), interaction.channelId);
  });
  client.on(Events.MessageCreate, (message: Message) => {
    if (!stopping) track(onMessage(message), null);
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
    async send(conversation, reply, options) {
      const target = decodeConversation(conversation);
      if (!target) throw badConversationId("discord", conversation);
      const message = { body: toRestBody(renderReply(reply)), files: reply.attachments ?? [] };
      const to =
        target.kind === "dm"
          ? { op: "dm" as const, userId: target.userId }
          : { op: "channel" as const, channelId: target.channelId };
      await outbox.enqueue([
        discordRow(to, message, {
          kind: options?.kind ?? "message",
          ...(options?.userKey !== undefined ? { userKey: options.userKey } : {}),
          meta: options?.meta ?? null,
        }),
      ]);
    },
    deskChannel: (options) =>
      createDiscordDeskChannel({
        client,
        logger: log,
        forumChannelId: options.forumChannelId,
        outbox,
        sender,
        ...(options.logChannelId ? { logChannelId: options.logChannelId } : {}),
        pendingAnswers: (channelId) => {
          const set = answering.get(channelId);
          return set && set.size > 0 ? Promise.allSettled([...set]).then(() => undefined) : undefined;
        },
      }),
    attachDesk(next) {
      sink = next;
    },
  };
}
