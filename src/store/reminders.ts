import { type Kysely, type Selectable, sql } from "kysely";
import type { RepoContext } from "./context.js";
import { StoreError } from "./errors.js";
import { parseJsonObject, toNullableNumber, toNumber } from "./json.js";
import type { Database, RemindersTable } from "./schema.js";
import type { Reminder, ReminderRepository, ReminderStatus } from "./types.js";

/** A claim older than this is presumed dead (its instance crashed) and may be claimed again. */
export const DEFAULT_REMINDER_LEASE_MS = 60_000;
export const DEFAULT_REMINDER_MAX_ATTEMPTS = 5;
const MAX_ERROR_LENGTH = 1_000;

const STATUSES: readonly string[] = ["pending", "sent", "failed", "cancelled"] satisfies ReminderStatus[];
type ReminderRow = Selectable<RemindersTable>;

function toReminder(row: ReminderRow): Reminder {
  if (!STATUSES.includes(row.status)) {
    throw new StoreError("store.corrupt-row", `reminder ${row.id} has unknown status ${row.status}`);
  }
  return {
    id: toNumber(row.id),
    userKey: row.user_key,
    platform: row.platform,
    conversation: row.conversation,
    locale: row.locale,
    kind: row.kind,
    payload: parseJsonObject(row.payload, "reminders.payload"),
    dueAt: toNumber(row.due_at),
    status: row.status as ReminderStatus,
    attempts: toNumber(row.attempts),
    lastError: row.last_error,
    claimedBy: row.claimed_by,
    claimedAt: toNullableNumber(row.claimed_at),
    createdAt: toNumber(row.created_at),
    sentAt: toNullableNumber(row.sent_at),
  };
}

function cancelPending(db: Kysely<Database>, userKey: string, kind: string | undefined, at: number) {
  return db
    .updateTable("reminders")
    .set({ status: "cancelled", updated_at: at })
    .where("user_key", "=", userKey)
    .where("status", "=", "pending")
    .$if(kind !== undefined, (qb) => qb.where("kind", "=", kind ?? ""))
    .executeTakeFirst();
}

/**
 * Delivery is at-least-once: a reminder is leased to one instance by `claimDue`, and only if that
 * instance neither marks it sent nor releases it within the lease does another instance get it.
 * A send that outlives its lease can therefore be repeated; keep the lease well above send time.
 */
export function createReminderRepository(ctx: RepoContext): ReminderRepository {
  const { db, dialect, reminderLeaseMs, reminderMaxAttempts } = ctx;

  return {
    async schedule(reminder) {
      const at = reminder.at ?? Date.now();
      const insert = async (trx: Kysely<Database>) => {
        if (reminder.replace) await cancelPending(trx, reminder.userKey, reminder.kind, at);
        const row = await trx
          .insertInto("reminders")
          .values({
            user_key: reminder.userKey,
            platform: reminder.platform,
            conversation: reminder.conversation,
            locale: reminder.locale,
            kind: reminder.kind,
            payload: JSON.stringify(reminder.payload ?? {}),
            due_at: reminder.dueAt,
            created_at: at,
            updated_at: at,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        return toNumber(row.id);
      };
      // With `replace`, cancel-then-insert must be atomic or a concurrent reader could see none.
      return reminder.replace ? db.transaction().execute(insert) : insert(db);
    },

    async cancelFor(userKey, kind) {
      const result = await cancelPending(db, userKey, kind, Date.now());
      return Number(result.numUpdatedRows);
    },

    async claimDue(now, limit, instanceId) {
      if (limit <= 0) return [];
      const staleBefore = now - reminderLeaseMs;
      const result =
        dialect === "postgres"
          ? // Select-and-lease in ONE statement. FOR UPDATE SKIP LOCKED makes concurrent claimers
            // pass over rows another transaction is leasing right now instead of waiting for them
            // (and then double-claiming); if that other claim committed after our snapshot, the
            // FOR UPDATE re-check sees claimed_at set and drops the row. MATERIALIZED keeps the
            // planner from inlining the CTE and evaluating the locking subquery more than once.
            await sql<ReminderRow>`
              with due as materialized (
                select id from reminders
                where status = 'pending' and due_at <= ${now}
                  and (claimed_at is null or claimed_at < ${staleBefore})
                order by due_at, id
                limit ${limit}
                for update skip locked
              )
              update reminders as r
              set claimed_by = ${instanceId}, claimed_at = ${now}, updated_at = ${now}
              from due
              where r.id = due.id
              returning r.*`.execute(db)
          : // SQLite has a single writer per database file: this one UPDATE takes the write lock
            // for its whole run (better-sqlite3 executes it synchronously, busy_timeout makes a
            // second connection wait), so the sub-select and the update see the same rows and
            // another connection can only run before or after it - never in between.
            await sql<ReminderRow>`
              update reminders
              set claimed_by = ${instanceId}, claimed_at = ${now}, updated_at = ${now}
              where id in (
                select id from reminders
                where status = 'pending' and due_at <= ${now}
                  and (claimed_at is null or claimed_at < ${staleBefore})
                order by due_at, id
                limit ${limit}
              )
              returning *`.execute(db);
      // RETURNING order is unspecified on both dialects.
      return result.rows.map(toReminder).sort((a, b) => a.dueAt - b.dueAt || a.id - b.id);
    },

    async markSent(id, at = Date.now()) {
      const result = await db
        .updateTable("reminders")
        .set({ status: "sent", sent_at: at, updated_at: at })
        .where("id", "=", id)
        .where("status", "=", "pending")
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async release(id, { retryAt, error }) {
      // One UPDATE computes the new attempt count and the resulting status together (SET
      // expressions read the row's old values), so no read-modify-write window.
      const row = await db
        .updateTable("reminders")
        .set({
          attempts: sql<number>`attempts + 1`,
          status: sql<string>`case when attempts + 1 >= ${reminderMaxAttempts} then 'failed' else 'pending' end`,
          due_at: retryAt,
          claimed_by: null,
          claimed_at: null,
          last_error: error.slice(0, MAX_ERROR_LENGTH),
          updated_at: Date.now(),
        })
        .where("id", "=", id)
        .where("status", "=", "pending")
        .returning("status")
        .executeTakeFirst();
      return row ? (row.status as ReminderStatus) : null;
    },

    async markFailed(id, error, at = Date.now()) {
      const result = await db
        .updateTable("reminders")
        .set({
          status: "failed",
          claimed_by: null,
          claimed_at: null,
          last_error: error.slice(0, MAX_ERROR_LENGTH),
          updated_at: at,
        })
        .where("id", "=", id)
        .where("status", "=", "pending")
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async get(id) {
      const row = await db.selectFrom("reminders").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? toReminder(row) : null;
    },

    async countPending() {
      const row = await db
        .selectFrom("reminders")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "pending")
        .executeTakeFirstOrThrow();
      return toNumber(row.n);
    },
  };
}
