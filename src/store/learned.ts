/** Learned FAQ phrasings and unmatched questions (migration 003). No user ids are stored. */
import type { RepoContext } from "./context.js";
import { toNumber } from "./json.js";

export interface LearnedRow {
  readonly id: number;
  readonly entryId: string;
  readonly locale: string;
  readonly text: string;
  readonly createdAt: number;
}

export interface MissCount {
  readonly question: string;
  readonly locale: string;
  readonly count: number;
  readonly lastAt: number;
}

export interface FaqLearningRepository {
  /** Stores a phrasing; the same text for the same entry and language is kept once. */
  add(input: { entryId: string; locale: string; text: string }, at?: number): Promise<LearnedRow>;
  list(): Promise<LearnedRow[]>;
  /** Whether a phrasing with this id existed. */
  remove(id: number): Promise<boolean>;
  /**
   * `/forget`: removes phrasings that are this user's own words — the text of a message they
   * wrote in one of their tickets (phrasings store no user id, so this is the only tie left).
   */
  removeForUser(userKey: string): Promise<number>;
  recordMiss(input: { question: string; locale: string }, at?: number): Promise<void>;
  /** Deletes misses recorded before `ts` (RETENTION_DAYS: a question may hold personal words). */
  purgeMissesBefore(ts: number): Promise<number>;
  /** Unmatched questions since `since`, grouped by text, most frequent first. */
  misses(since: number, limit?: number): Promise<MissCount[]>;
}

/** Questions are short; a pasted essay is cut before it is stored. */
const MAX_TEXT = 400;

export function createFaqLearningRepository({ db }: RepoContext): FaqLearningRepository {
  const toRow = (r: {
    id: unknown;
    entry_id: string;
    locale: string;
    text: string;
    created_at: unknown;
  }) => ({
    id: toNumber(r.id as number),
    entryId: r.entry_id,
    locale: r.locale,
    text: r.text,
    createdAt: toNumber(r.created_at as number),
  });
  return {
    async add({ entryId, locale, text }, at = Date.now()) {
      const clean = text.trim().slice(0, MAX_TEXT);
      await db
        .insertInto("faq_learned")
        .values({ entry_id: entryId, locale, text: clean, created_at: at })
        .onConflict((oc) => oc.columns(["entry_id", "locale", "text"]).doNothing())
        .execute();
      const row = await db
        .selectFrom("faq_learned")
        .selectAll()
        .where("entry_id", "=", entryId)
        .where("locale", "=", locale)
        .where("text", "=", clean)
        .executeTakeFirstOrThrow();
      return toRow(row);
    },
    async list() {
      return (await db.selectFrom("faq_learned").selectAll().orderBy("id").execute()).map(toRow);
    },
    async remove(id) {
      const r = await db.deleteFrom("faq_learned").where("id", "=", id).executeTakeFirst();
      return r.numDeletedRows > 0n;
    },
    async removeForUser(userKey) {
      const own = db
        .selectFrom("ticket_messages")
        .innerJoin("tickets", "tickets.id", "ticket_messages.ticket_id")
        .select("ticket_messages.text")
        .where("tickets.user_key", "=", userKey)
        .where("ticket_messages.direction", "=", "user");
      const r = await db.deleteFrom("faq_learned").where("text", "in", own).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async recordMiss({ question, locale }, at = Date.now()) {
      await db
        .insertInto("faq_misses")
        .values({ question: question.trim().slice(0, MAX_TEXT), locale, created_at: at })
        .execute();
    },
    async purgeMissesBefore(ts) {
      const r = await db.deleteFrom("faq_misses").where("created_at", "<", ts).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async misses(since, limit = 100) {
      const rows = await db
        .selectFrom("faq_misses")
        .select((eb) => [
          "question",
          "locale",
          eb.fn.countAll<number | string | bigint>().as("count"),
          eb.fn.max("created_at").as("last_at"),
        ])
        .where("created_at", ">=", since)
        .groupBy(["question", "locale"])
        .orderBy("count", "desc")
        .orderBy("last_at", "desc")
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        question: r.question,
        locale: r.locale,
        count: Number(r.count),
        lastAt: toNumber(r.last_at as number),
      }));
    },
  };
}
