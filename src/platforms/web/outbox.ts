/**
 * The web chat as an outbox platform (src/outbox): for a deployment that routes every outgoing
 * message through the durable outbox, a row `{ platform: "web", conversation: "web:…", payload:
 * renderWeb(reply) }` is "sent" by appending it to the conversation's history and pushing it to
 * the open pages. There is no platform rate limit to respect (one shared budget with no spacing,
 * no lanes), and nothing can refuse it except a malformed conversation id (a `refused`
 * PlatformError: final); anything else (the store) is tried again later.
 *
 * The adapter's `send()` queues such rows (staff answers, reminders); replies to a request the
 * visitor just made are appended at once (the immediate answer, like a Discord interaction's).
 * Either way the history is durable: a reply for a visitor who is away waits there.
 */
import type { OutboxSender } from "../../outbox/index.js";
import { badConversationId } from "../errors.js";
import type { Hub } from "./hub.js";
import { decodeWebConversation } from "./ids.js";
import type { WebBotMessage } from "./render.js";

export function createWebOutboxSender(hub: Hub): OutboxSender {
  return {
    platform: "web",
    budget: { key: "web", intervalMs: 0 },
    lanes: () => [],
    async send(row) {
      if (decodeWebConversation(row.conversation) === undefined) {
        throw badConversationId("web", row.conversation);
      }
      const id = await hub.deliver(row.conversation, row.payload as unknown as WebBotMessage);
      return String(id);
    },
  };
}
