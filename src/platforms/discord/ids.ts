/**
 * Conversation ids for Discord: `discord:{channelId}` (a channel the bot can post in) or
 * `discord:dm:{userId}` (the user's DM with the bot, opened on demand — the only way to reach a
 * user who used the app as a user install, in a server the bot is not in, or in a group DM).
 * A support-desk thread id is the forum post's channel id: `discord:{threadId}` (the contract in
 * src/support/types.ts).
 */
export type DiscordConversation =
  | { readonly kind: "channel"; readonly channelId: string }
  | { readonly kind: "dm"; readonly userId: string };

const SNOWFLAKE = /^\d{1,20}$/;

export function encodeConversation(c: DiscordConversation): string {
  return c.kind === "dm" ? `discord:dm:${c.userId}` : `discord:${c.channelId}`;
}

/** `undefined` when the id is not a Discord conversation id. */
export function decodeConversation(id: string): DiscordConversation | undefined {
  const parts = id.split(":");
  if (parts[0] !== "discord") return undefined;
  if (parts.length === 3 && parts[1] === "dm" && SNOWFLAKE.test(parts[2] ?? "")) {
    return { kind: "dm", userId: parts[2] ?? "" };
  }
  if (parts.length === 2 && SNOWFLAKE.test(parts[1] ?? ""))
    return { kind: "channel", channelId: parts[1] ?? "" };
  return undefined;
}

/** A forum post (a thread) as the desk's thread id. */
export const encodeDeskThread = (threadId: string): string =>
  encodeConversation({ kind: "channel", channelId: threadId });

/** The post's thread id; `undefined` when `id` is not a Discord desk thread id. */
export function decodeDeskThread(id: string): string | undefined {
  const c = decodeConversation(id);
  return c?.kind === "channel" ? c.channelId : undefined;
}
