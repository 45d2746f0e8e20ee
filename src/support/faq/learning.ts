/**
 * Learning from staff (issue #13): when staff answer a ticket with `/snippet <id>` or `/teach
 * <id>`, the user's question that opened the ticket becomes a learned phrasing of that FAQ entry,
 * in its language. The matcher is rebuilt with the learned phrasings (core stays pure: it gets
 * them as data) right after this instance changes them, and every `refreshMs` so that every
 * instance on the same database picks up the others' changes.
 *
 * Only the question text is stored, never who asked. `/forget` removes phrasings that are the
 * user's own words (their ticket messages), as far as the store can still tie them to the user.
 */
import { detectLanguage, FAQ_ENTRIES, type FaqEntry, type FaqMatcher } from "../../core/faq/index.js";
import type { LearnedPhrasing } from "../../core/faq/matcher.js";
import type { LearnedView, TeachResult } from "../../core/faq/teaching.js";
import { isLocale, type Locale } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import type { Store, TicketRepository } from "../../store/index.js";

/** How often learned phrasings are re-read from the store (changes by other instances). */
const LEARNED_REFRESH_MS = 30_000;

/** `services.faqLearning` (commands/services.ts `FaqLearningService`), plus its lifecycle. */
export interface FaqLearning {
  /** The matcher with the learned phrasings, built on first use (not at start-up). */
  matcher(): Promise<FaqMatcher>;
  /** Stores the question that opened the ticket in desk thread `deskThread` as a phrasing of `entryId`. */
  teachFromTicket(deskThread: string, entryId: string): Promise<TeachResult>;
  list(): Promise<LearnedView[]>;
  remove(id: number): Promise<boolean>;
  /** A question no entry matched (no user id is kept). */
  recordMiss(question: string, lang: Locale): void;
  /** `/forget`: removes phrasings that are this user's own words. */
  forgetUser(userKey: string): Promise<void>;
  /** Re-reads the learned phrasings now. */
  refresh(): Promise<void>;
  /** Stops the periodic refresh. */
  stop(): void;
}

export function createFaqLearning(input: {
  store: {
    readonly faqLearning: Pick<
      Store["faqLearning"],
      "list" | "add" | "remove" | "recordMiss" | "removeForUser"
    >;
    readonly tickets: Pick<TicketRepository, "findByDeskThread" | "messages">;
  };
  logger: Pick<Logger, "warn">;
  entries?: readonly FaqEntry[];
  refreshMs?: number;
}): FaqLearning {
  const { store, logger } = input;
  const entries = input.entries ?? FAQ_ENTRIES;
  const known = new Set(entries.map((e) => e.id));
  // Built on first use (about 0.3 s of CPU and a few MiB; a bot serving chats asks for it right
  // after start, app.ts); rebuilt on the next use after the learned phrasings changed.
  let current: FaqMatcher | undefined;
  let learned: LearnedPhrasing[] = [];
  let learnedKey = "[]";

  async function refresh(): Promise<void> {
    const rows = await store.faqLearning.list();
    const next = rows.flatMap((r) =>
      isLocale(r.locale) && known.has(r.entryId)
        ? [{ entryId: r.entryId, locale: r.locale, text: r.text }]
        : [],
    );
    // The periodic re-read usually finds nothing new: keep the matcher then.
    const key = JSON.stringify(next);
    if (key === learnedKey) return;
    learned = next;
    learnedKey = key;
    current = undefined;
  }
  const safeRefresh = () =>
    refresh().catch((error: unknown) => logger.warn({ err: error }, "faq learned phrasings: refresh failed"));
  void safeRefresh();
  const timer = setInterval(safeRefresh, input.refreshMs ?? LEARNED_REFRESH_MS);
  timer.unref();

  /** The user's first message in the ticket: the question that made them ask a person. */
  async function questionOf(deskThread: string): Promise<{ text: string; locale: Locale } | undefined> {
    const ticket = await store.tickets.findByDeskThread(deskThread);
    if (!ticket) return undefined;
    const messages = await store.tickets.messages(ticket.id);
    const text =
      messages.find((m) => m.direction === "user" && m.text.trim() !== "")?.text ?? ticket.subject ?? "";
    if (text.trim() === "") return undefined;
    const fallback = isLocale(ticket.locale) ? ticket.locale : "en";
    return { text: text.trim(), locale: detectLanguage(text).locale ?? fallback };
  }

  async function teachFromTicket(deskThread: string, entryId: string): Promise<TeachResult> {
    const id = entryId.trim().toLowerCase();
    if (!known.has(id)) return { ok: false, reason: "unknown-entry" };
    const question = await questionOf(deskThread);
    if (!question) return { ok: false, reason: "no-question" };
    await store.faqLearning.add({ entryId: id, locale: question.locale, text: question.text });
    await refresh();
    return { ok: true, entryId: id, ...question };
  }

  return {
    matcher: async () => {
      const { createFaqMatcher } = await import("../../core/faq/matcher.js");
      current ??= createFaqMatcher(entries, learned);
      return current;
    },
    refresh,
    stop: () => clearInterval(timer),
    teachFromTicket,
    async list(): Promise<LearnedView[]> {
      return (await store.faqLearning.list()).map((r) => ({
        id: r.id,
        entryId: r.entryId,
        locale: r.locale,
        text: r.text,
      }));
    },
    async remove(id) {
      const removed = await store.faqLearning.remove(id);
      if (removed) await refresh();
      return removed;
    },
    recordMiss(question, lang) {
      store.faqLearning
        .recordMiss({ question, locale: lang })
        .catch((error: unknown) => logger.warn({ err: error }, "faq miss not recorded"));
    },
    async forgetUser(userKey) {
      const removed = await store.faqLearning.removeForUser(userKey);
      if (removed > 0) await refresh();
    },
  };
}
