/**
 * "Download my data" for a web visitor: what the store holds under their key — the profile (the
 * bot's memory of them: language, last pre-code and code, wrong attempts), the page's history and
 * an open support request with its messages. Read-only; /forget deletes the same things.
 */
import type { Store } from "../../store/index.js";
import type { WebMessageBody } from "./render.js";

export type MyData = (conversation: string) => Promise<Record<string, unknown>>;

export function createMyData(store: Pick<Store, "profiles" | "tickets" | "web">): MyData {
  return async (conversation) => {
    const profile = await store.profiles.get(conversation);
    const history = await store.web.after(conversation, 0, 10_000);
    const ticket = await store.tickets.findOpenByUser(conversation);
    const messages = ticket ? await store.tickets.messages(ticket.id) : [];
    return {
      conversation,
      exportedAt: new Date().toISOString(),
      profile: profile
        ? {
            locale: profile.locale,
            lastPrecode: profile.lastPrecode,
            lastPin: profile.lastPin,
            radioType: profile.radioType,
            wrongAttempts: profile.wrongAttempts,
            createdAt: new Date(profile.createdAt).toISOString(),
          }
        : null,
      history: history.map((m) => ({
        at: new Date(m.createdAt).toISOString(),
        from: m.direction,
        message: JSON.parse(m.body) as WebMessageBody,
      })),
      supportRequest: ticket
        ? {
            id: ticket.id,
            status: ticket.status,
            openedAt: new Date(ticket.createdAt).toISOString(),
            messages: messages
              .filter((m) => m.direction === "user" || m.direction === "staff")
              .map((m) => ({ at: new Date(m.createdAt).toISOString(), from: m.direction, text: m.text })),
          }
        : null,
    };
  };
}
