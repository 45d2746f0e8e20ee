/** Small network helpers for tests that start whole bot processes. */
import { createServer } from "node:net";

/** A TCP port free right now on 127.0.0.1 (the bot binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const p = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(p));
    });
  });
}

/** GET that never throws: status 0 when nothing answers yet. */
export async function probe(url: string): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(url);
    return { status: res.status, body: await res.text() };
  } catch {
    return { status: 0, body: "" };
  }
}

/** Posts a Telegram update to a bot's webhook route with the secret header. */
export function postUpdate(url: string, secret: string, update: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify(update),
  });
}

/** A private-chat text message update, as Telegram sends it. */
export function textUpdate(updateId: number, chatId: number, text: string): Record<string, unknown> {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "U" },
      from: { id: chatId, is_bot: false, first_name: "U", language_code: "en" },
      text,
    },
  };
}
