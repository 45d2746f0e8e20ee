/**
 * Start-up wiring beside the composition root (src/app.ts): builds the desk's staff side from SUPPORT_DESK (`discord:<forum channel id>` or
 * `telegram:<supergroup id>`).
 * The channel runs on the adapter of that platform (Discord forum posts with Open/Closed tags, or
 * Telegram forum topics); a desk whose platform has no token configured is a ConfigError.
 */
import { type Config, ConfigError } from "./config.js";
import type { DiscordAdapter } from "./platforms/discord/index.js";
import type { TelegramAdapter } from "./platforms/telegram/index.js";
import type { PlatformAdapter } from "./platforms/types.js";
import type { DeskChannel } from "./support/desk/types.js";

export interface DeskTarget {
  readonly platform: "discord" | "telegram";
  /** Discord forum channel id, or Telegram supergroup id (`-100…`). */
  readonly id: string;
}

/** `discord:123…` / `telegram:-100…` → its parts; undefined when empty. (Config validates the shape.) */
function parseDeskTarget(value: string | undefined): DeskTarget | undefined {
  const m = /^(discord|telegram):(-?\d+)$/.exec((value ?? "").trim());
  return m ? { platform: m[1] as DeskTarget["platform"], id: m[2] ?? "" } : undefined;
}

export function buildDeskChannel(
  config: Pick<Config, "SUPPORT_DESK" | "SUPPORT_LOG_CHANNEL" | "STAFF_ROLE_ID">,
  adapters: readonly PlatformAdapter[],
): DeskChannel | undefined {
  const target = parseDeskTarget(config.SUPPORT_DESK);
  if (!target) return undefined;
  if (target.platform === "discord") return discordDeskChannel(target.id, config, adapters);
  return telegramDeskChannel(Number(target.id), config, adapters);
}

/**
 * A Telegram desk: forum topics in the staff supergroup, posted by the Telegram adapter (its
 * delivery layer paces the group's 20 messages a minute). SUPPORT_LOG_CHANNEL is used when it
 * names a Telegram chat.
 */
function telegramDeskChannel(
  groupChatId: number,
  config: Pick<Config, "SUPPORT_LOG_CHANNEL">,
  adapters: readonly PlatformAdapter[],
): DeskChannel {
  const telegram = adapters.find(
    (a): a is TelegramAdapter => a.platform === "telegram" && "deskChannel" in a,
  );
  if (!telegram) {
    throw new ConfigError([
      "SUPPORT_DESK: a Telegram supergroup desk needs the Telegram bot — set TELEGRAM_BOT_TOKEN",
    ]);
  }
  const log = /^telegram:(-?\d+)$/.exec(config.SUPPORT_LOG_CHANNEL ?? "")?.[1];
  return telegram.deskChannel({ groupChatId, ...(log ? { logChatId: Number(log) } : {}) });
}

/**
 * A Discord forum desk runs on the started Discord adapter (the same client, its intents and
 * shard); SUPPORT_LOG_CHANNEL is used when it names a Discord channel.
 */
function discordDeskChannel(
  forumChannelId: string,
  config: Pick<Config, "SUPPORT_LOG_CHANNEL">,
  adapters: readonly PlatformAdapter[],
): DeskChannel {
  const discord = adapters.find((a): a is DiscordAdapter => a.platform === "discord" && "deskChannel" in a);
  if (!discord) {
    throw new ConfigError([
      "SUPPORT_DESK: a Discord forum desk needs the Discord bot — set DISCORD_TOKEN and DISCORD_APPLICATION_ID",
    ]);
  }
  const log = /^discord:(\d+)$/.exec(config.SUPPORT_LOG_CHANNEL ?? "")?.[1];
  return discord.deskChannel({ forumChannelId, ...(log ? { logChannelId: log } : {}) });
}

/**
 * What the Discord adapter needs to read a forum desk (its forum and staff role), when
 * SUPPORT_DESK is a Discord forum. Config requires STAFF_ROLE_ID with a Discord desk.
 */
export function discordDeskScope(
  config: Pick<Config, "SUPPORT_DESK" | "STAFF_ROLE_ID">,
): { forumChannelId: string; staffRoleId: string } | undefined {
  const target = parseDeskTarget(config.SUPPORT_DESK);
  if (target?.platform !== "discord" || !config.STAFF_ROLE_ID) return undefined;
  return { forumChannelId: target.id, staffRoleId: config.STAFF_ROLE_ID };
}
