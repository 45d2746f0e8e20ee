import type { RepoContext } from "./context.js";
import { prepared } from "./prepared.js";
import type { UpdateRepository } from "./types.js";

/**
 * De-duplicates inbound platform updates (Telegram `update_id`, Discord interaction id). Telegram
 * re-delivers a webhook that timed out and several instances may poll or receive the same event;
 * the primary key (source, update_id) lets exactly one INSERT succeed, whichever process it is.
 */
export function createUpdateRepository({ db }: RepoContext): UpdateRepository {
  // RETURNING rather than the affected-row count: with ON CONFLICT DO NOTHING both drivers
  // then agree (a skipped row returns nothing). Runs for every update: compiled once.
  const insertClaim = prepared(
    db,
    (source: string, updateId: string, now: number) =>
      db
        .insertInto("processed_updates")
        .values({ source, update_id: updateId, received_at: now })
        .onConflict((oc) => oc.columns(["source", "update_id"]).doNothing())
        .returning("update_id"),
    3,
  );
  return {
    async claim(source, updateId, now = Date.now()) {
      const { rows } = await insertClaim(source, updateId, now);
      return rows.length === 1;
    },

    async purgeOlderThan(ts) {
      const result = await db
        .deleteFrom("processed_updates")
        .where("received_at", "<", ts)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
