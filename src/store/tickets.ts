import { err, ok } from "../core/result.js";
import type { RepoContext } from "./context.js";
import { isUniqueViolation } from "./errors.js";
import { toNumber } from "./json.js";
import { createTicketMessageMethods } from "./ticket-messages.js";
import { toTicket } from "./ticket-rows.js";
import type { Ticket, TicketRepository } from "./types.js";

/** More than enough: each retry means another request closed the ticket we just lost to. */
const OPEN_FOR_ATTEMPTS = 5;

export function createTicketRepository(ctx: RepoContext): TicketRepository {
  const { db } = ctx;

  async function get(id: number): Promise<Ticket | null> {
    const row = await db.selectFrom("tickets").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toTicket(row) : null;
  }

  async function findOpenByUser(userKey: string): Promise<Ticket | null> {
    const row = await db
      .selectFrom("tickets")
      .selectAll()
      .where("user_key", "=", userKey)
      .where("status", "=", "open")
      .executeTakeFirst();
    return row ? toTicket(row) : null;
  }

  return {
    get,
    findOpenByUser,
    ...createTicketMessageMethods(ctx),

    async openFor(input) {
      const at = input.at ?? Date.now();
      for (let attempt = 1; attempt <= OPEN_FOR_ATTEMPTS; attempt++) {
        const existing = await findOpenByUser(input.userKey);
        if (existing) return { ticket: existing, created: false };
        try {
          const row = await db
            .insertInto("tickets")
            .values({
              user_key: input.userKey,
              platform: input.platform,
              conversation: input.conversation,
              locale: input.locale,
              subject: input.subject ?? null,
              context: JSON.stringify(input.context ?? {}),
              created_at: at,
              updated_at: at,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          return { ticket: toTicket(row), created: true };
        } catch (error) {
          // Check-then-insert races: two messages from the same user (or two instances handling
          // them) both saw "no open ticket". The partial unique index lets exactly one INSERT
          // win; the loser loops and re-reads the winner's ticket instead of creating a duplicate.
          if (!isUniqueViolation(error)) throw error;
          ctx.logger.debug({ userKey: input.userKey, attempt }, "openFor lost a race; re-reading");
        }
      }
      throw new Error(`openFor(${input.userKey}): no stable open ticket after ${OPEN_FOR_ATTEMPTS} attempts`);
    },

    async findByDeskThread(deskThreadId) {
      const row = await db
        .selectFrom("tickets")
        .selectAll()
        .where("desk_thread_id", "=", deskThreadId)
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst();
      return row ? toTicket(row) : null;
    },

    async setDeskThread(id, deskThreadId, at = Date.now()) {
      const result = await db
        .updateTable("tickets")
        .set({ desk_thread_id: deskThreadId, updated_at: at })
        .where("id", "=", id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async close(id, { by, at = Date.now() }) {
      // `status = 'open'` in the WHERE makes close idempotent and lets exactly one of several
      // concurrent closers (staff command, scheduled close on another instance) see the row.
      const row = await db
        .updateTable("tickets")
        .set({
          status: "closed",
          closed_at: at,
          closed_by: by,
          close_at: null,
          close_silent: 0,
          updated_at: at,
        })
        .where("id", "=", id)
        .where("status", "=", "open")
        .returningAll()
        .executeTakeFirst();
      return row ? toTicket(row) : null;
    },

    async reopen(id, at = Date.now()) {
      const ticket = await get(id);
      if (!ticket) return err("ticket.not-found", { ticketId: id });
      if (ticket.status === "open") return err("ticket.already-open", { ticketId: id });
      if (ticket.userKey === null) return err("ticket.anonymised", { ticketId: id });
      try {
        const row = await db
          .updateTable("tickets")
          .set({ status: "open", closed_at: null, closed_by: null, updated_at: at })
          .where("id", "=", id)
          .where("status", "=", "closed")
          .where("user_key", "is not", null)
          .returningAll()
          .executeTakeFirst();
        if (row) return ok(toTicket(row));
        // Changed between our read and the UPDATE: someone reopened or anonymised it first.
        const now = await get(id);
        if (!now) return err("ticket.not-found", { ticketId: id });
        return err(now.status === "open" ? "ticket.already-open" : "ticket.anonymised", { ticketId: id });
      } catch (error) {
        // The user already has another open ticket: the one-open-ticket index refuses a second.
        if (!isUniqueViolation(error)) throw error;
        const other = await findOpenByUser(ticket.userKey);
        return err("ticket.other-open", other ? { ticketId: id, otherTicketId: other.id } : { ticketId: id });
      }
    },

    async scheduleClose(id, at, options = {}) {
      const result = await db
        .updateTable("tickets")
        .set({ close_at: at, close_silent: options.silent ? 1 : 0 })
        .where("id", "=", id)
        .where("status", "=", "open")
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async cancelScheduledClose(id) {
      const result = await db
        .updateTable("tickets")
        .set({ close_at: null, close_silent: 0 })
        .where("id", "=", id)
        .where("close_at", "is not", null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async dueCloses(now) {
      // Several instances may see the same due ticket; `close` lets only one of them win.
      const rows = await db
        .selectFrom("tickets")
        .selectAll()
        .where("status", "=", "open")
        .where("close_at", "is not", null)
        .where("close_at", "<=", now)
        .orderBy("close_at", "asc")
        .orderBy("id", "asc")
        .execute();
      return rows.map(toTicket);
    },

    async claim(id, staffKey, options = {}) {
      const at = options.at ?? Date.now();
      // Conditional UPDATE: two staff pressing "claim" together cannot both succeed.
      const row = await db
        .updateTable("tickets")
        .set({ claimed_by: staffKey, claimed_at: at, updated_at: at })
        .where("id", "=", id)
        .where("status", "=", "open")
        .$if(!options.force, (qb) =>
          qb.where((eb) => eb.or([eb("claimed_by", "is", null), eb("claimed_by", "=", staffKey)])),
        )
        .returningAll()
        .executeTakeFirst();
      if (row) return ok(toTicket(row));
      const current = await get(id);
      if (!current) return err("ticket.not-found", { ticketId: id });
      if (current.status !== "open") return err("ticket.closed", { ticketId: id });
      return err(
        "ticket.claimed-by-other",
        current.claimedBy ? { ticketId: id, claimedBy: current.claimedBy } : { ticketId: id },
      );
    },

    async purgeClosedBefore(ts) {
      // Messages go with their ticket (ON DELETE CASCADE; SQLite needs foreign_keys=ON, set at open).
      const result = await db
        .deleteFrom("tickets")
        .where("status", "=", "closed")
        .where("closed_at", "<", ts)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async countOpen() {
      const row = await db
        .selectFrom("tickets")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "open")
        .executeTakeFirstOrThrow();
      return toNumber(row.n);
    },
  };
}
