/**
 * Test harness for the support desk: the REAL store (SQLite in memory, or PostgreSQL in a private
 * schema when TEST_DATABASE_URL is set), the real bot from createBot, and small recording fakes of
 * the PLATFORM boundary only (a DeskChannel and a Messenger), never of our own modules.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { CommandContext, UserRef } from "../../commands/types.js";
import {
  createPrivacyService,
  createSupportDesk,
  createSupportService,
  type MutableServices,
} from "../../src/app-support.js";
import { type Bot, createBot } from "../../src/bot/index.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import { type Reply, replyToPlainText } from "../../src/core/reply.js";
import { PlatformError } from "../../src/platforms/errors.js";
import { openStore, type Store } from "../../src/store/index.js";
import type { SupportDesk } from "../../src/support/desk/desk.js";
import type { DeskChannel, DeskPost, Messenger, TicketHeader } from "../../src/support/desk/types.js";
import { ThreadGone } from "../../src/support/errors.js";
import { createFaqAnswers } from "../../src/support/faq/answers.js";
import { createProfileService } from "../../src/support/privacy/profiles.js";
import { createLockoutReminders } from "../../src/support/reminders/schedule.js";
import { memoryLogger } from "../support/logger.js";

export const PG_URL = process.env.TEST_DATABASE_URL;
export const T0 = Date.parse("2026-11-24T10:00:00Z");

export type Backend = "sqlite" | "postgres";
export const BACKENDS: Backend[] = PG_URL ? ["sqlite", "postgres"] : ["sqlite"];

const schemas: string[] = [];
export const PREFIX = `desk_test_${process.pid}_${randomBytes(3).toString("hex")}`;

export function pgUrlFor(schema: string): string {
  const url = new URL(PG_URL ?? "");
  url.searchParams.set("schema", schema);
  return url.toString();
}

export async function openTestStore(backend: Backend, schema?: string): Promise<Store> {
  if (backend === "sqlite") return openStore("sqlite::memory:");
  const name = schema ?? `${PREFIX}_${schemas.length + 1}`;
  schemas.push(name);
  return openStore(pgUrlFor(name), { poolSize: 4 });
}

/** Drops every PostgreSQL schema this file created (call in afterAll). */
export async function dropSchemas(): Promise<void> {
  if (!PG_URL) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const rows = await client.query<{ nspname: string }>(
      "select nspname from pg_namespace where nspname like $1",
      [`${PREFIX}%`],
    );
    for (const { nspname } of rows.rows) await client.query(`drop schema "${nspname}" cascade`);
  } finally {
    await client.end();
  }
}

/** A forum/topic desk that records everything; threads can be "deleted" by staff. */
export class FakeDeskChannel implements DeskChannel {
  readonly kind = "fake";
  readonly headers: TicketHeader[] = [];
  readonly posts = new Map<string, DeskPost[]>();
  readonly states = new Map<string, "open" | "closed">();
  readonly log: DeskPost[] = [];
  readonly deleted = new Set<string>();
  private next = 1;

  async openThread(header: TicketHeader): Promise<string> {
    // A yield, like a real HTTP call: lets concurrent requests interleave.
    await new Promise((r) => setTimeout(r, 5));
    this.headers.push(header);
    const id = `fake:thread-${this.next++}`;
    this.posts.set(id, []);
    this.states.set(id, "open");
    return id;
  }
  async post(threadId: string, post: DeskPost): Promise<void> {
    if (this.deleted.has(threadId) || !this.posts.has(threadId)) throw new ThreadGone(threadId);
    this.posts.get(threadId)?.push(post);
  }
  async setState(threadId: string, state: "open" | "closed"): Promise<void> {
    if (this.deleted.has(threadId)) throw new ThreadGone(threadId);
    this.states.set(threadId, state);
  }
  async postToLog(post: DeskPost): Promise<void> {
    this.log.push(post);
  }
  /** Set to make `erase` fail like a platform refusing (missing right). */
  eraseRefusal: string | undefined;
  async erase(threadId: string): Promise<void> {
    if (this.eraseRefusal) throw new Error(this.eraseRefusal);
    this.deleted.add(threadId);
    this.posts.delete(threadId);
  }
  postsIn(threadId: string | null | undefined): DeskPost[] {
    return threadId ? (this.posts.get(threadId) ?? []) : [];
  }
}

/** The user side: records sends; some conversations can be unreachable (blocked the bot). */
export class FakeMessenger implements Messenger {
  readonly sent: { conversation: string; reply: Reply }[] = [];
  readonly unreachable = new Set<string>();
  async send(conversation: string, reply: Reply): Promise<void> {
    if (this.unreachable.has(conversation)) {
      throw new PlatformError("unreachable", `${conversation}: blocked the bot`, {
        platform: conversation.split(":")[0] ?? "",
        reason: "blocked",
      });
    }
    this.sent.push({ conversation, reply });
  }
  textsTo(conversation: string): string[] {
    return this.sent.filter((s) => s.conversation === conversation).map((s) => replyToPlainText(s.reply));
  }
}

export interface Harness {
  store: Store;
  desk: SupportDesk;
  channel: FakeDeskChannel;
  messenger: FakeMessenger;
  services: MutableServices;
  bot: Bot;
  clock: { now: number };
  user(id?: string, over?: Partial<CommandContext> & { locale?: Locale; name?: string }): CommandContext;
  staff(threadId: string | null | undefined, over?: Partial<CommandContext>): CommandContext;
  close(): Promise<void>;
}

export async function createHarness(backend: Backend, options: { store?: Store } = {}): Promise<Harness> {
  const store = options.store ?? (await openTestStore(backend));
  const { logger } = memoryLogger("silent");
  const clock = { now: T0 };
  const channel = new FakeDeskChannel();
  const messenger = new FakeMessenger();
  const desk = createSupportDesk({
    store,
    channel,
    messenger,
    logger,
    faq: createFaqAnswers(),
    clock: () => clock.now,
  });
  const services: MutableServices = {
    profiles: createProfileService(store),
    reminders: createLockoutReminders(store),
    support: createSupportService(desk),
    privacy: createPrivacyService({ store, channel, logger }),
  };
  const bot = createBot({ logger });
  const user: Harness["user"] = (id = "42", over = {}) => {
    const ref: UserRef = { platform: "telegram", id, displayName: over.name ?? "Jane" };
    return {
      locale: over.locale ?? "en",
      user: ref,
      conversation: `telegram:${id}`,
      chat: "private",
      now: new Date(clock.now),
      services,
      ...over,
    };
  };
  const staff: Harness["staff"] = (threadId, over = {}) => ({
    locale: "en",
    user: { platform: "discord", id: "900000000000000001", displayName: "Alice" },
    conversation: threadId ?? "fake:none",
    chat: "group",
    now: new Date(clock.now),
    services,
    staff: true,
    ...over,
  });
  return { store, desk, channel, messenger, services, bot, clock, user, staff, close: () => store.close() };
}

export const text = (reply: Reply | undefined): string => (reply ? replyToPlainText(reply) : "");
