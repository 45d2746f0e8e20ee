/**
 * The web chat as an outbox platform (src/outbox): for a deployment that routes every outgoing
 * message through the durable outbox, a row `{ platform: "web", conversation: "web:…", payload:
 * renderWeb(reply) }` is "sent" by appending it to the conversation's history and pushing it to
 * the open pages. There is no platform rate limit to respect (one shared budget with no spacing,
 * no lanes), and nothing can refuse it except a malformed conversation id (permanent).
 *
 * The adapter's `send()` queues such rows (staff answers, reminders); replies to a request the
 * visitor just made are appended at once (the immediate answer, like a Discord interaction's).
 * Either way the history is durable: a reply for a visitor who is away waits there.
 */
import type { OutboxSender, SendFailure } from "../../outbox/index.js";
import type { Hub } from "./hub.js";
import { decodeWebConversation } from "./ids.js";
import type { WebBotMessage } from "./render.js";

class NotWebConversation extends Error {}

export function createWebOutboxSender(hub: Hub): OutboxSender {
  return {
    platform: "web",
    budget: { key: "web", intervalMs: 0 },
    lanes: () => [],
    async send(row) {
      if (decodeWebConversation(row.conversation) === undefined) {
        throw new NotWebConversation(`not a web conversation: ${row.conversation}`);
      }
      const id = await hub.deliver(row.conversation, row.payload as unknown as WebBotMessage);
      return String(id);
    },
    classify(error): SendFailure {
      return error instanceof NotWebConversation
        ? { kind: "permanent", reason: "not-found" }
        : { kind: "retry", reason: String((error as Error)?.message ?? error) };
    },
  };
}
