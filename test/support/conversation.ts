/**
 * A user talking to the bot over time, with a real SQLite store: every message reads the profile
 * first (language and last topic), as an adapter does for each update. For tests of what the bot
 * keeps between messages (follow-ups, a count after "how many wrong codes?").
 */
import type { Services } from "../../commands/services.js";
import { createBot } from "../../src/bot/index.js";
import { resolveLocale } from "../../src/bot/locale.js";
import type { Reply } from "../../src/core/reply.js";
import { openStore, type Store } from "../../src/store/index.js";
import { testContext } from "./context.js";
import { memoryLogger } from "./logger.js";

/** 8 Dec 2026, 10:00 UTC, and `minutes(n)` after it: the clock the conversation runs on. */
export const T0 = new Date("2026-12-08T10:00:00Z");
export const minutes = (n: number): Date => new Date(T0.getTime() + n * 60_000);

export interface Conversation {
  readonly store: Store;
  /** A private message from console user `id` ("tester" unless given) at `now`. */
  say(text: string, now: Date, id?: string): Promise<Reply | undefined>;
  /** A tap on a button (its encoded data) at `now`. */
  tap(data: string, now: Date, id?: string): Promise<Reply>;
  close(): Promise<void>;
}

export async function openConversation(services: (store: Store) => Services): Promise<Conversation> {
  const store = await openStore("sqlite::memory:");
  const wired = services(store);
  const { logger } = memoryLogger("silent");
  const contextFor = async (now: Date, id: string) => {
    const profile = await resolveLocale(wired, `console:${id}`, undefined, "en", logger);
    return testContext({ ...profile, user: { platform: "console", id }, services: wired, now });
  };
  return {
    store,
    say: async (text, now, id = "tester") => createBot({ logger }).runText(text, await contextFor(now, id)),
    tap: async (data, now, id = "tester") => createBot({ logger }).runAction(data, await contextFor(now, id)),
    close: () => store.close(),
  };
}
