/**
 * Fixed-window counters for per-user limits. `hit` is one atomic upsert that returns the count
 * after this hit, so two instances counting the same user at once still see 1, 2, 3… and exactly
 * one of them sees `limit + 1` (the one that sends the notice).
 */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { RepoContext } from "./context.js";
import { prepared } from "./prepared.js";
import type { LimitRepository } from "./types.js";

/** The stored key: kind plus a hash of the user key, so no user id is kept in clear. */
const counterKey = (kind: string, userKey: string) =>
  `${kind}:${createHash("sha256").update(userKey).digest("hex").slice(0, 32)}`;

export function createLimitRepository({ db }: RepoContext): LimitRepository {
  // Counted for every message a user sends: compiled once.
  const upsert = prepared(
    db,
    (key: string, windowStart: number, first: number) =>
      db
        .insertInto("rate_counters")
        .values({ key, window_start: windowStart, count: first })
        .onConflict((oc) =>
          oc.columns(["key", "window_start"]).doUpdateSet({ count: sql`rate_counters.count + 1` }),
        )
        .returning("count"),
    3,
  );
  return {
    async hit(kind, userKey, windowMs, now = Date.now()) {
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const [row] = (await upsert(counterKey(kind, userKey), windowStart, 1)).rows;
      if (!row) throw new Error("rate counter: the upsert returned no row");
      return Number(row.count);
    },
    async purgeBefore(ts) {
      const result = await db.deleteFrom("rate_counters").where("window_start", "<", ts).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
