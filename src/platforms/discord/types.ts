/** Configuration and public shape of the Discord adapter. */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, GatewayIntentBits } from "discord.js";
import type { Services } from "../../../commands/services.js";
import type { Bot } from "../../bot/index.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import type { PlatformAdapter } from "../types.js";

export interface DiscordAdapterConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: Bot;
  readonly services: Services;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  /** REST base (discord.js `rest.api`), e.g. `https://discord.com/api` or a local fake. */
  readonly api?: string;
  /**
   * Gateway intents. Default: Guilds + DirectMessages — interactions arrive without any intent;
   * a later support desk adds GuildMessages + MessageContent (privileged) when it reads messages.
   */
  readonly intents?: readonly GatewayIntentBits[];
  /** Defer the first response when the handler hasn't answered after this long (Discord allows 3 s). */
  readonly deferAfterMs?: number;
  /** How long `stop()` waits for in-flight interactions before disconnecting. */
  readonly drainMs?: number;
}

export interface DiscordAdapter extends PlatformAdapter {
  readonly platform: "discord";
}

/** The message a Reply becomes: what `render.ts` produces and every sender uses. */
export interface DiscordMessage {
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  /** Always empty: nothing the bot sends may ping anyone (replies quote user text). */
  readonly allowedMentions: { readonly parse: [] };
}
