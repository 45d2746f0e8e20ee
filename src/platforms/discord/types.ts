/** Configuration and public shape of the Discord adapter. */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, GatewayIntentBits } from "discord.js";
import type { Services } from "../../../commands/services.js";
import type { Bot } from "../../bot/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import type { Outbox } from "../../outbox/index.js";
import type { DeskChannel } from "../../support/desk/types.js";
import type { PlatformAdapter } from "../types.js";
import type { UploadFile } from "./files.js";
import type { StaffMessageSink } from "./messages.js";
import type { DeskScopeConfig } from "./staff.js";

export interface DiscordAdapterConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: Bot;
  readonly services: Services;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  /** The durable outbox every message outside an interaction's answer leaves through. */
  readonly outbox: Outbox;
  /** REST base (discord.js `rest.api`), e.g. `https://discord.com/api` or a local fake. */
  readonly api?: string;
  /**
   * Gateway intents. Default: Guilds + DirectMessages — interactions arrive without any intent;
   * with `desk`, GuildMessages + MessageContent (privileged) are added to read staff messages.
   */
  readonly intents?: readonly GatewayIntentBits[];
  /** Defer the first response when the handler hasn't answered after this long (Discord allows 3 s). */
  readonly deferAfterMs?: number;
  /** Called for each 429 Discord sends back (metrics, issue #7); @discordjs/rest retries it. */
  readonly onRateLimited?: () => void;
  /** How long `stop()` waits for in-flight interactions before disconnecting. */
  readonly drainMs?: number;
  /**
   * The support desk is a forum of this bot (SUPPORT_DESK=discord:<forumId>): staff messages in
   * its posts are read (adds the GuildMessages + privileged MessageContent intents) and staff
   * commands there act on the post's ticket.
   */
  readonly desk?: DeskScopeConfig;
}

export interface DiscordAdapter extends PlatformAdapter {
  readonly platform: "discord";
  /** The desk's staff side on this bot's forum (see desk.ts). Call before or after `start()`. */
  deskChannel(options: { forumChannelId: string; logChannelId?: string }): DeskChannel;
  /** Where staff messages written in ticket posts go (the support desk, built after the adapter). */
  attachDesk(desk: StaffMessageSink): void;
}

/** The message a Reply becomes: what `render.ts` produces and every sender uses. */
export interface DiscordMessage {
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  /** Always empty: nothing the bot sends may ping anyone (replies quote user text). */
  readonly allowedMentions: { readonly parse: [] };
  /** Uploaded with the message (the faceplate picture, shown in the last embed). */
  readonly files: readonly UploadFile[];
}
