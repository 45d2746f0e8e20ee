/**
 * "Nothing more arrived" without a fixed sleep: send a marker and wait for its answer. The bot
 * answers each chat in order, so a late or duplicate reply to an earlier message would arrive
 * before the marker's answer; once the marker's answer is there, counting is safe.
 */
import type { FakeTelegram, StoredMessage } from "../fakes/telegram/index.js";

/** A pre-code whose answer names it; no test sends it for anything else. */
export const MARKER_PRECODE = "Q777";

const isMarker = (m: StoredMessage) => (m.text ?? "").includes(MARKER_PRECODE);

/**
 * Sends the marker to every chat with `send` and waits until each chat has its answer (by default
 * the message naming MARKER_PRECODE; `isAnswer` when the bot answers the marker differently);
 * then returns each chat's bot text messages (sendMessage) from before it. Answers are counted by
 * their text: a PIN answer may come with a picture (sendPhoto) after it.
 */
export async function beforeMarker(
  fake: FakeTelegram,
  chats: readonly number[],
  send: (chatId: number) => unknown,
  options: { isAnswer?: (m: StoredMessage) => boolean; timeoutMs?: number } = {},
): Promise<Map<number, StoredMessage[]>> {
  const isAnswer = options.isAnswer ?? isMarker;
  for (const chat of chats) await send(chat);
  await fake.waitFor(
    () => chats.every((c) => fake.sentMessages(c).some(isAnswer)) || undefined,
    options.timeoutMs ?? 20_000,
  );
  return new Map(
    chats.map((c) => {
      const sent = fake.sentMessages(c);
      const texts = sent.slice(0, sent.findIndex(isAnswer)).filter((m) => m.method === "sendMessage");
      return [c, texts];
    }),
  );
}
