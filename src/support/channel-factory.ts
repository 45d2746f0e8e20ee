/**
 * Builds the desk's staff side from SUPPORT_DESK (`discord:<forum channel id>` or
 * `telegram:<supergroup id>`).
 *
 * TODO(desk channels, issue #6 — platform desk work): return
 * `createDiscordDeskChannel(...)` (forum posts with Open/Closed tags, src/platforms/discord) or
 * `createTelegramDeskChannel(...)` (forum topics, src/platforms/telegram), implementing
 * `DeskChannel` from ./types.ts and throwing `ThreadGone` from ./errors.ts. Until then this returns
 * undefined and the app runs without a desk (/support explains that support is unavailable).
 */
import type { Config } from "../config.js";
import type { PlatformAdapter } from "../platforms/types.js";
import type { DeskChannel } from "./types.js";

export interface DeskTarget {
  readonly platform: "discord" | "telegram";
  /** Discord forum channel id, or Telegram supergroup id (`-100…`). */
  readonly id: string;
}

/** `discord:123…` / `telegram:-100…` → its parts; undefined when empty. (Config validates the shape.) */
export function parseDeskTarget(value: string | undefined): DeskTarget | undefined {
  const m = /^(discord|telegram):(-?\d+)$/.exec((value ?? "").trim());
  return m ? { platform: m[1] as DeskTarget["platform"], id: m[2] ?? "" } : undefined;
}

export function buildDeskChannel(
  config: Pick<Config, "SUPPORT_DESK" | "SUPPORT_LOG_CHANNEL" | "STAFF_ROLE_ID">,
  adapters: readonly PlatformAdapter[],
): DeskChannel | undefined {
  const target = parseDeskTarget(config.SUPPORT_DESK);
  if (!target) return undefined;
  void adapters; // TODO(desk channels): find the adapter for target.platform and build its channel.
  return undefined;
}
