/**
 * The web chat's history and settings (migration 005). A conversation's rows are read in id order,
 * so `after(conversation, lastSeenId)` is how a page that reconnects catches up.
 */
import type { RepoContext } from "./context.js";
import { toNumber } from "./json.js";
import type { WebChatRepository, WebMessage } from "./types.js";

export function createWebChatRepository({ db }: RepoContext): WebChatRepository {
  return {
    async append(conversation, direction, body, at = Date.now()) {
      const row = await db
        .insertInto("web_messages")
        .values({ conversation, direction, body, created_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      return toNumber(row.id);
    },

    async after(conversation, afterId, limit) {
      // The newest `limit` rows after `afterId`, returned oldest first.
      const rows = await db
        .selectFrom("web_messages")
        .selectAll()
        .where("conversation", "=", conversation)
        .where("id", ">", afterId)
        .orderBy("id", "desc")
        .limit(limit)
        .execute();
      return rows.reverse().map(
        (r): WebMessage => ({
          id: toNumber(r.id),
          conversation: r.conversation,
          direction: r.direction === "user" ? "user" : "bot",
          body: r.body,
          createdAt: toNumber(r.created_at),
        }),
      );
    },

    async forget(conversation) {
      const result = await db
        .deleteFrom("web_messages")
        .where("conversation", "=", conversation)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async purgeOlderThan(ts) {
      const result = await db.deleteFrom("web_messages").where("created_at", "<", ts).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async setting(name, create, at = Date.now()) {
      // Insert-if-absent then read: two replicas starting together agree on the first value.
      await db
        .insertInto("web_settings")
        .values({ name, value: create(), created_at: at })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      const row = await db
        .selectFrom("web_settings")
        .select("value")
        .where("name", "=", name)
        .executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
