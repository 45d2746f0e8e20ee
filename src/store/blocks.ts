import type { RepoContext } from "./context.js";
import { toNullableNumber, toNumber } from "./json.js";
import type { BlockRepository } from "./types.js";

export function createBlockRepository({ db }: RepoContext): BlockRepository {
  return {
    async block(userKey, until, by, at = Date.now()) {
      // Re-blocking replaces the previous entry (e.g. turning a temporary block into a permanent one).
      await db
        .insertInto("blocks")
        .values({ user_key: userKey, until, blocked_by: by, created_at: at })
        .onConflict((oc) => oc.column("user_key").doUpdateSet({ until, blocked_by: by, created_at: at }))
        .execute();
    },

    async isBlocked(userKey, now = Date.now()) {
      // An expired block is simply ignored; nothing needs to delete it for the user to get back in.
      const row = await db
        .selectFrom("blocks")
        .select("user_key")
        .where("user_key", "=", userKey)
        .where((eb) => eb.or([eb("until", "is", null), eb("until", ">", now)]))
        .executeTakeFirst();
      return row !== undefined;
    },

    async get(userKey) {
      const row = await db
        .selectFrom("blocks")
        .selectAll()
        .where("user_key", "=", userKey)
        .executeTakeFirst();
      if (!row) return null;
      return {
        userKey: row.user_key,
        until: toNullableNumber(row.until),
        by: row.blocked_by,
        createdAt: toNumber(row.created_at),
      };
    },

    async unblock(userKey) {
      const result = await db.deleteFrom("blocks").where("user_key", "=", userKey).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
