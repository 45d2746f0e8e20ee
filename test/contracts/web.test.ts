import fc from "fast-check";
import { decodeWebConversation, encodeWebConversation } from "../../src/platforms/web/ids.js";
import { conversationIdContract } from "./conversation-ids.js";

conversationIdContract<string>({
  platform: "web",
  encode: encodeWebConversation,
  decode: decodeWebConversation,
  // Session ids: 16 random bytes in base64url.
  values: fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => Buffer.from(b).toString("base64url")),
  malformed: [
    "web:short",
    "web:AAAAAAAAAAAAAAAAAAAAA=",
    "web:AAAAAAAAAAAAAAAAAAAAAAA",
    "web:AAAAAAAAAAAAAAAAAAAA+/",
  ],
});
