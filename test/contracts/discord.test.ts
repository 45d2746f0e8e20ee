import fc from "fast-check";
import {
  type DiscordConversation,
  decodeConversation,
  encodeConversation,
} from "../../src/platforms/discord/ids.js";
import { conversationIdContract } from "./conversation-ids.js";

/** Discord snowflakes: 64-bit integers written in decimal. */
const snowflake = fc.bigInt({ min: 1n << 22n, max: (1n << 63n) - 1n }).map(String);

conversationIdContract<DiscordConversation>({
  platform: "discord",
  encode: encodeConversation,
  decode: decodeConversation,
  values: fc.oneof(
    snowflake.map((channelId): DiscordConversation => ({ kind: "channel", channelId })),
    snowflake.map((userId): DiscordConversation => ({ kind: "dm", userId })),
  ),
  malformed: [
    "discord:abc",
    "discord:dm",
    "discord:dm:",
    "discord:dm:x1",
    "discord:12:34",
    "discord:-12",
    "discord:1e5",
    "discord:123456789012345678901",
    "discord:DM:123",
  ],
});
