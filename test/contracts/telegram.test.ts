import fc from "fast-check";
import {
  decodeTelegramConversation,
  encodeTelegramConversation,
  type TelegramConversation,
} from "../../src/platforms/telegram/ids.js";
import { conversationIdContract } from "./conversation-ids.js";

const chatId = fc.oneof(
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), // private chats: the user's id
  fc.integer({ min: -999_999_999_999, max: -1 }), // basic groups
  fc.integer({ min: 1, max: 999_999_999_999 }).map((n) => -(1_000_000_000_000 + n)), // supergroups -100…
);

conversationIdContract<TelegramConversation>({
  platform: "telegram",
  encode: encodeTelegramConversation,
  decode: decodeTelegramConversation,
  values: fc.oneof(
    chatId.map((id) => ({ chatId: id })),
    fc
      .tuple(chatId, fc.integer({ min: 1, max: 2_147_483_647 }))
      .map(([id, topicId]) => ({ chatId: id, topicId })),
  ),
  malformed: [
    "telegram:abc",
    "telegram:1:",
    "telegram:1:2:3",
    "telegram:1:-2",
    "telegram:1:0",
    "telegram:0",
    "telegram:-0",
    "telegram:007",
    "telegram:1.5",
    "telegram: 1",
    "telegram:99999999999999999999",
  ],
});
