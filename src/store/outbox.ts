/**
 * The durable outbox's persistence (issue #10). See `migrations/002-outbox.ts` for the table and
 * `src/outbox/` for the scheduler that drains it.
 *
 * - Order: rows of one conversation carry an increasing `seq`; only the head (the lowest pending
 *   seq) may be leased, so a conversation is sent by one instance at a time, in order.
 * - Leases: `claim` leases rows to one instance (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one
 *   UPDATE under the single writer lock). A lease that runs out (the instance died) makes the row
 *   claimable again: delivery is at-least-once, and such a row is flagged `resumed`.
 * - Privacy: once sent, failed or dropped, the payload is cleared; only the message id stays (and
 *   a transcript's `meta`, its ticket number). Rows carry the user they are about (`user_key`):
 *   /forget deletes them, and deletes the transcripts sent to the log channel by their message id.
 */
import { setTimeout as pause } from "node:timers/promises";
import { type Kysely, type RawBuilder, type Selectable, sql } from "kysely";
import type { RepoContext } from "./context.js";
import { isConnectionLost, isUniqueViolation } from "./errors.js";
import { parseJsonObject, toNumber } from "./json.js";
import { compiledOnce, prepared } from "./prepared.js";
import type { Database, OutboxTable } from "./schema.js";
import type { NewOutboxRow, OutboxRepository, OutboxRow } from "./types.js";

const MAX_ERROR_LENGTH = 500;
const SEQ_RETRIES = 5;
/**
 * How long the claim transaction is tried again when its connection died (a PostgreSQL restart):
 * the server rolled it back, so running it again is safe; failing instead would make the update
 * come back (webhook 500, polling offset not confirmed) and its reply wait for a redelivery.
 */
const CONNECTION_RETRY_MS = 20_000;

type Row = Selectable<OutboxTable>;

function toOutboxRow(row: Row): OutboxRow {
  return {
    id: toNumber(row.id),
    platform: row.platform,
    conversation: row.conversation,
    seq: toNumber(row.seq),
    userKey: row.user_key,
    kind: row.kind,
    payload: row.payload === null ? {} : parseJsonObject(row.payload, "outbox.payload"),
    meta: row.meta === null ? null : parseJsonObject(row.meta, "outbox.meta"),
    attempts: toNumber(row.attempts),
    createdAt: toNumber(row.created_at),
    resumed: toNumber(row.leases) > toNumber(row.attempts) + 1,
  };
}

/** Thrown inside the transaction to roll it back when the update was claimed before. */
class AlreadyClaimed extends Error {}

/**
 * One outbox row's insert, compiled once per shape (issue #10: every reply is one): with its seq
 * given, or with the conversation's next seq taken in the insert itself (one statement, not a
 * select and an insert). Values: platform, conversation, seq or conversation again, user, kind,
 * payload, meta, next_at, created_at.
 */
type InsertValues = [
  string,
  string,
  string | number,
  string | null,
  string,
  string,
  string | null,
  number,
  number,
];

function outboxInserts(db: Kysely<Database>) {
  const insert = (v: InsertValues, seq: number | string | RawBuilder<number>) =>
    db
      .insertInto("outbox")
      .values({
        platform: v[0],
        conversation: v[1],
        seq: seq as number,
        user_key: v[3],
        kind: v[4],
        payload: v[5],
        meta: v[6],
        next_at: v[7],
        created_at: v[8],
      })
      .returning(["id", "seq"]);
  return {
    withSeq: compiledOnce((...v: InsertValues) => insert(v, v[2]), 9),
    afterLast: compiledOnce(
      (...v: InsertValues) =>
        insert(
          v,
          sql<number>`(select coalesce(max(o.seq), 0) + 1 from outbox o where o.conversation = ${v[2]})`,
        ),
      9,
    ),
  };
}

async function insertRows(
  trx: Kysely<Database>,
  inserts: ReturnType<typeof outboxInserts>,
  rows: readonly NewOutboxRow[],
  at: number,
): Promise<number[]> {
  const next = new Map<string, number>();
  const ids: number[] = [];
  for (const row of rows) {
    // The conversation's first row here takes max(seq) + 1 in the insert itself; the rows after
    // it in this batch follow on.
    const known = next.get(row.conversation);
    const values: InsertValues = [
      row.platform,
      row.conversation,
      known ?? row.conversation,
      row.userKey ?? null,
      row.kind,
      JSON.stringify(row.payload),
      row.meta ? JSON.stringify(row.meta) : null,
      row.notBefore ?? at,
      at,
    ];
    const compiled = known === undefined ? inserts.afterLast(...values) : inserts.withSeq(...values);
    const [inserted] = (await trx.executeQuery(compiled)).rows;
    if (!inserted) throw new Error("outbox: the insert returned no row");
    next.set(row.conversation, toNumber(inserted.seq) + 1);
    ids.push(toNumber(inserted.id));
  }
  return ids;
}

export function createOutboxRepository({ db, dialect }: RepoContext): OutboxRepository {
  const greatest = dialect === "postgres" ? "greatest" : "max";
  const inserts = outboxInserts(db);
  // Every sent row: compiled once (the message id is null for a reaction or a deleted message).
  const markSent = prepared(
    db,
    (id: number, messageId: string | null, at: number, state: string) =>
      db
        .updateTable("outbox")
        .set({
          state: state as "sent",
          payload: null,
          // A transcript keeps its ticket number (no user data): /forget names it to staff when
          // the log channel's copy can't be deleted.
          meta: sql<string | null>`case when kind = 'transcript' then meta else null end`,
          message_id: messageId,
          lease_owner: null,
          lease_until: null,
          done_at: at,
        })
        .where("id", "=", id),
    4,
  );

  return {
    async enqueue(rows, options = {}) {
      const at = options.at ?? Date.now();
      const { claim } = options;
      if (rows.length === 0 && !claim) return { accepted: true, ids: [] };
      const started = Date.now();
      for (let attempt = 1; ; attempt += 1) {
        try {
          const ids = await db.transaction().execute(async (trx) => {
            if (claim) {
              const claimed = await trx
                .insertInto("processed_updates")
                .values({ source: claim.source, update_id: claim.updateId, received_at: at })
                .onConflict((oc) => oc.columns(["source", "update_id"]).doNothing())
                .returning("update_id")
                .execute();
              if (claimed.length === 0) throw new AlreadyClaimed();
            }
            return insertRows(trx, inserts, rows, at);
          });
          return { accepted: true, ids };
        } catch (error) {
          if (error instanceof AlreadyClaimed) return { accepted: false, ids: [] };
          // Two instances appending to one conversation at once: one seq wins, the other retries.
          if (isUniqueViolation(error) && attempt < SEQ_RETRIES) continue;
          // Only with a claim: a commit that reached the server just before its connection died
          // then finds the update claimed (handled once) instead of queuing the rows twice.
          if (claim && isConnectionLost(error) && Date.now() - started < CONNECTION_RETRY_MS) {
            await pause(Math.min(1000, 100 * attempt));
            continue;
          }
          throw error;
        }
      }
    },

    async claim({ now, limit, owner, platforms, leaseMs }) {
      if (limit <= 0 || platforms.length === 0) return [];
      const until = now + leaseMs;
      const list = sql.join(platforms.map((p) => sql`${p}`));
      const due = sql`
        select o.id from outbox o
        where o.state = 'pending' and o.next_at <= ${now} and o.platform in (${list})
          and (o.lease_until is null or o.lease_until < ${now})
          and not exists (
            select 1 from outbox p
            where p.conversation = o.conversation and p.state = 'pending' and p.seq < o.seq
          )
        order by o.next_at, o.id
        limit ${limit}`;
      const result =
        dialect === "postgres"
          ? await sql<Row>`
              with due as materialized (${due} for update of o skip locked)
              update outbox as r
              set lease_owner = ${owner}, lease_until = ${until}, leases = r.leases + 1
              from due where r.id = due.id
              returning r.*`.execute(db)
          : await sql<Row>`
              update outbox
              set lease_owner = ${owner}, lease_until = ${until}, leases = leases + 1
              where id in (${due})
              returning *`.execute(db);
      return result.rows.map(toOutboxRow).sort((a, b) => a.id - b.id);
    },

    async markSent(id, messageId, at = Date.now()) {
      await markSent(id, messageId, at, "sent");
    },

    async reschedule(id, nextAt, error) {
      await db
        .updateTable("outbox")
        .set({
          attempts: sql<number>`attempts + 1`,
          next_at: nextAt,
          lease_owner: null,
          lease_until: null,
          error: error.slice(0, MAX_ERROR_LENGTH),
        })
        .where("id", "=", id)
        .where("state", "=", "pending")
        .execute();
    },

    async finish(id, state, error, at = Date.now()) {
      await db
        .updateTable("outbox")
        .set({
          state,
          payload: null,
          lease_owner: null,
          lease_until: null,
          error: error.slice(0, MAX_ERROR_LENGTH),
          done_at: at,
        })
        .where("id", "=", id)
        .execute();
    },

    async renewLeases(owner, until) {
      const result = await db
        .updateTable("outbox")
        .set({ lease_until: until })
        .where("state", "=", "pending")
        .where("lease_owner", "=", owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async releaseLeases(owner) {
      const result = await db
        .updateTable("outbox")
        .set({ lease_owner: null, lease_until: null })
        .where("state", "=", "pending")
        .where("lease_owner", "is not", null)
        .$if(owner !== undefined, (qb) => qb.where("lease_owner", "=", owner ?? ""))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async reserve(key, count, intervalMs, now = Date.now()) {
      // bigint column: whole milliseconds (a slot spacing like 33.3 ms is rounded up over the batch).
      const span = Math.ceil(count * intervalMs);
      now = Math.floor(now);
      const row = await sql<{ tat: number | string }>`
        insert into outbox_budget (key, tat) values (${key}, ${now + span})
        on conflict (key) do update set tat = ${sql.raw(greatest)}(outbox_budget.tat, ${now}) + ${span}
        returning tat`.execute(db);
      const tat = toNumber(row.rows[0]?.tat ?? now + span);
      return tat - span;
    },

    async eraseUser(userKey) {
      const result = await db.deleteFrom("outbox").where("user_key", "=", userKey).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async purgeFinishedBefore(ts) {
      const result = await db
        .deleteFrom("outbox")
        .where("state", "!=", "pending")
        .where("done_at", "<", ts)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async stats(now = Date.now()) {
      const row = await db
        .selectFrom("outbox")
        .select((eb) => [
          eb.fn.countAll<number>().as("n"),
          eb.fn.min(sql<number>`case when next_at <= ${now} then created_at end`).as("oldest"),
        ])
        .where("state", "=", "pending")
        .executeTakeFirstOrThrow();
      const oldest = row.oldest === null || row.oldest === undefined ? null : toNumber(row.oldest);
      return { pending: toNumber(row.n), oldestDueMs: oldest === null ? 0 : Math.max(0, now - oldest) };
    },

    async nextDueAt(platforms) {
      if (platforms.length === 0) return null;
      const row = await db
        .selectFrom("outbox")
        .select((eb) => eb.fn.min("next_at").as("next"))
        .where("state", "=", "pending")
        .where("platform", "in", [...platforms])
        .executeTakeFirst();
      return row?.next === null || row?.next === undefined ? null : toNumber(row.next);
    },
  };
}
