/**
 * Helpers for end-to-end support-desk tests against the fake Bot API: a staff supergroup with
 * forum topics, users writing privately, staff writing in ticket topics. Everything is read from
 * what the fake received — the same wire data real Telegram would get.
 */
import type { FakeTelegram, ForumTopic, StoredMessage } from "../../fakes/telegram/index.js";
import { botEnv, TOKEN } from "./e2e-scenarios.js";

export const GROUP = -1009000000777;
export const STAFF = { id: 8001, first_name: "Alice", last_name: "", language_code: "en" };

/**
 * Flood limits for the fake Telegram when the bot runs with deskEnv: the same raised rates, so
 * the fake allows what the bot was told it may send (Telegram itself allows 20/min per group).
 */
export const DESK_LIMITS = {
  perChatPerSecond: 200,
  perChatBurst: 20,
  perGroupPerMinute: 60_000,
  globalPerSecond: 2000,
};

/** Environment for a bot whose desk is the staff group, with limits raised for test speed. */
export function deskEnv(apiRoot: string, databaseUrl: string, extra: Record<string, string> = {}) {
  return botEnv(apiRoot, databaseUrl, {
    SUPPORT_DESK: `telegram:${GROUP}`,
    TELEGRAM_RATE_PER_CHAT: "200",
    TELEGRAM_RATE_PER_GROUP_MINUTE: "60000",
    TELEGRAM_RATE_GLOBAL: "2000",
    ...extra,
  });
}

export const userRef = (id: number) => ({ id, first_name: `Name${id}`, last_name: "", language_code: "en" });

/** Calls the fake Bot API directly (as a staff member's client would act, e.g. deleting a topic). */
export async function api(fake: FakeTelegram, method: string, payload: Record<string, unknown>) {
  const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  return (await res.json()) as { ok: boolean; result?: unknown; description?: string };
}

export function createDesk(fake: FakeTelegram) {
  const live = () => fake.topics(GROUP).filter((t) => !t.deleted);
  /** Every topic (live or deleted) whose name mentions the user. */
  const topicsOf = (userId: number) => fake.topics(GROUP).filter((t) => t.name.includes(`Name${userId}`));
  /** Bot messages in a topic (plain visible text in `.message.text`, raw HTML in `.text`). */
  const inTopic = (topic: number) => fake.sentMessages(GROUP).filter((m) => m.message_thread_id === topic);
  const toUser = (userId: number) => fake.sentMessages(userId);
  const visible = (m: StoredMessage) => m.message.text ?? m.message.caption ?? "";

  return {
    live,
    topicsOf,
    inTopic,
    toUser,
    visible,
    /** The user's one live topic (waits for it). */
    topic: (userId: number, timeoutMs = 8000): Promise<ForumTopic> =>
      fake.waitFor(() => topicsOf(userId).find((t) => !t.deleted), timeoutMs),
    userSays: (userId: number, text: string) => fake.userMessage({ from: userRef(userId), text }),
    staffSays: (topic: number, text: string, from: { id: number; first_name?: string } = STAFF) =>
      fake.userMessage({ chatId: GROUP, chatType: "supergroup", threadId: topic, from, text }),
    /** Waits for a bot message in the topic whose visible text matches. */
    topicMessage: (topic: number, match: RegExp | string, timeoutMs = 8000) =>
      fake.waitFor(() => inTopic(topic).find((m) => matches(visible(m), match)), timeoutMs),
    /** Waits for a bot message to the user whose visible text matches. */
    userMessage: (userId: number, match: RegExp | string, timeoutMs = 8000) =>
      fake.waitFor(() => toUser(userId).find((m) => matches(visible(m), match)), timeoutMs),
  };
}

function matches(text: string, match: RegExp | string): boolean {
  return typeof match === "string" ? text.includes(match) : match.test(text);
}
