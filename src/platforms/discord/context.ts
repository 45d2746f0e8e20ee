/**
 * Who asked, where, in which language — an interaction (or a DM, `messageContext`) as the bot's
 * CommandContext — and whether the answer is ephemeral. Rules:
 * - In the bot's DM (`context` 1) the chat is private and nothing is ephemeral (only the user is there).
 * - Anywhere else (a server, a group DM, a server where only the user installed the app) answers are
 *   ephemeral unless the reply says otherwise: a PIN is the user's business.
 * - Conversation: the channel when the bot is installed in that server (desk threads use it),
 *   otherwise the user's DM. Reminders and support replies always go to the DM
 *   (`privateConversation`): a PIN must never land in a shared channel.
 * - Support desk: in a post of the desk forum the conversation is `discord:{threadId}` (how staff
 *   commands find the ticket), and `staff` is set for members holding the staff role (staff.ts).
 */
import {
  ApplicationIntegrationType,
  type BaseInteraction,
  InteractionContextType,
  type Message,
  MessageFlags,
} from "discord.js";
import type { Services } from "../../../commands/services.js";
import type { CommandContext, IncomingAttachment } from "../../../commands/types.js";
import { resolveLocale } from "../../bot/locale.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Reply } from "../../core/reply.js";
import { userKey } from "../../core/user-key.js";
import type { Logger } from "../../logger.js";
import { encodeConversation } from "./ids.js";
import type { DeskScope } from "./staff.js";

export interface Where {
  /** The bot's own DM with the user. */
  readonly botDm: boolean;
  readonly conversation: string;
}

export function whereOf(interaction: BaseInteraction): Where {
  const botDm =
    interaction.context === InteractionContextType.BotDM ||
    (interaction.context === null &&
      interaction.guildId === null &&
      interaction.channel?.isDMBased() === true);
  const owners = interaction.authorizingIntegrationOwners ?? {};
  const guildInstalled =
    interaction.guildId !== null && owners[ApplicationIntegrationType.GuildInstall] === interaction.guildId;
  const channelId = interaction.channelId;
  const conversation =
    !botDm && guildInstalled && channelId
      ? encodeConversation({ kind: "channel", channelId })
      : encodeConversation({ kind: "dm", userId: interaction.user.id });
  return { botDm, conversation };
}

export interface ContextDeps {
  readonly services: Services;
  readonly defaultLocale: Locale;
  readonly logger: Pick<Logger, "warn">;
  /** Support desk on Discord: ticket threads and staff (absent: no desk, or not worth asking). */
  readonly desk?: DeskScope | undefined;
}

export async function commandContext(
  deps: ContextDeps,
  interaction: BaseInteraction,
  now: Date = new Date(),
): Promise<CommandContext> {
  const { services, desk } = deps;
  const { user } = interaction;
  const where = whereOf(interaction);
  const key = userKey("discord", user.id);
  const language = await resolveLocale(services, key, interaction.locale, deps.defaultLocale, deps.logger);
  const inTicket = desk ? await desk.isTicketThread(interaction.guildId, interaction.channelId) : false;
  const staff = desk ? await desk.isStaff(interaction.guildId, user.id, interaction.member) : false;
  return {
    ...language,
    user: { platform: "discord", id: user.id, displayName: user.globalName ?? user.username },
    conversation:
      inTicket && interaction.channelId
        ? encodeConversation({ kind: "channel", channelId: interaction.channelId })
        : where.conversation,
    ...(staff ? { staff: true } : {}),
    privateConversation: encodeConversation({ kind: "dm", userId: user.id }),
    chat: where.botDm ? "private" : "group",
    now,
    services,
  };
}

/**
 * A DM to the bot (MESSAGE_CREATE, messages.ts) as a CommandContext: always private, the DM is
 * both conversations. Messages carry no client locale: the profile's choice, else the default.
 */
export async function messageContext(
  deps: ContextDeps,
  message: Message,
  attachments: readonly IncomingAttachment[],
): Promise<CommandContext> {
  const { author } = message;
  const { services } = deps;
  const dm = encodeConversation({ kind: "dm", userId: author.id });
  const key = userKey("discord", author.id);
  return {
    ...(await resolveLocale(services, key, undefined, deps.defaultLocale, deps.logger)),
    user: { platform: "discord", id: author.id, displayName: author.globalName ?? author.username },
    conversation: dm,
    privateConversation: dm,
    chat: "private",
    now: new Date(),
    services,
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

/** Ephemeral before the reply is known (a defer fixes it): everywhere but the bot's DM. */
export function defaultEphemeral(where: Where): boolean {
  return !where.botDm;
}

/** Message flags for a reply: ephemeral unless in the bot's DM or the reply asks to be public. */
export function replyFlags(where: Where, reply: Reply): MessageFlags.Ephemeral | undefined {
  if (where.botDm) return undefined;
  return (reply.ephemeral ?? true) ? MessageFlags.Ephemeral : undefined;
}
