import type { Insertable, Selectable } from "kysely";
import type { RepoContext } from "./context.js";
import { parseJsonObject, toNullableNumber, toNumber } from "./json.js";
import { prepared } from "./prepared.js";
import type { ProfilesTable } from "./schema.js";
import type { Profile, ProfilePatch, ProfileRepository } from "./types.js";

type ProfileColumns = Omit<Insertable<ProfilesTable>, "user_key" | "created_at" | "updated_at">;

/** Only the keys present in the patch become columns, so absent fields are left untouched. */
function patchColumns(patch: ProfilePatch): ProfileColumns {
  const columns: ProfileColumns = {};
  if (patch.locale !== undefined) columns.locale = patch.locale;
  if (patch.lastPrecode !== undefined) columns.last_precode = patch.lastPrecode;
  if (patch.lastPin !== undefined) columns.last_pin = patch.lastPin;
  if (patch.radioType !== undefined) columns.radio_type = patch.radioType;
  if (patch.wrongAttempts !== undefined) columns.wrong_attempts = patch.wrongAttempts;
  if (patch.lastWrongAt !== undefined) columns.last_wrong_at = patch.lastWrongAt;
  if (patch.displayName !== undefined) columns.display_name = patch.displayName;
  if (patch.platformData !== undefined) columns.platform_data = JSON.stringify(patch.platformData);
  if (patch.conversationLocale !== undefined) columns.conversation_locale = patch.conversationLocale;
  if (patch.lastTopic !== undefined) columns.last_topic = patch.lastTopic;
  if (patch.lastTopicAt !== undefined) columns.last_topic_at = patch.lastTopicAt;
  return columns;
}

function toProfile(row: Selectable<ProfilesTable>): Profile {
  return {
    userKey: row.user_key,
    locale: row.locale,
    lastPrecode: row.last_precode,
    lastPin: row.last_pin,
    radioType: row.radio_type,
    wrongAttempts: toNumber(row.wrong_attempts),
    lastWrongAt: toNullableNumber(row.last_wrong_at),
    displayName: row.display_name,
    platformData: parseJsonObject(row.platform_data, "profiles.platform_data"),
    conversationLocale: row.conversation_locale ?? null,
    lastTopic: row.last_topic ?? null,
    lastTopicAt: toNullableNumber(row.last_topic_at ?? null),
    createdAt: toNumber(row.created_at),
    updatedAt: toNumber(row.updated_at),
  };
}

export function createProfileRepository({ db }: RepoContext): ProfileRepository {
  // Read for every update (the user's language): compiled once.
  const selectProfile = prepared(
    db,
    (userKey: string) => db.selectFrom("profiles").selectAll().where("user_key", "=", userKey),
    1,
  );
  // One statement, so two concurrent first updates cannot both INSERT: the loser turns into
  // an UPDATE of the winner's row (each dialect's native upsert). Written for every decode and
  // every question's language, so compiled once per set of patched columns (a handful of shapes
  // in practice). A patch that changes nothing is not written (`WHERE … IS DISTINCT FROM`): the
  // same pre-code decoded again, or a question in the language already stored, costs no row
  // write (no new PostgreSQL row version, no SQLite page write) - the store's answer to the
  // per-process caches the callers used to keep.
  const upserts = new Map<string, ReturnType<typeof buildUpsert>>();
  function buildUpsert(names: readonly (keyof ProfileColumns)[]) {
    return prepared(
      db,
      (userKey: string, at: number, ...values: (string | number)[]) => {
        const columns = Object.fromEntries(names.map((n, i) => [n, values[i]])) as ProfileColumns;
        return db
          .insertInto("profiles")
          .values({ user_key: userKey, ...columns, created_at: at, updated_at: at })
          .onConflict((oc) => {
            const update = oc.column("user_key").doUpdateSet({ ...columns, updated_at: at });
            if (names.length === 0) return update;
            return update.where((eb) =>
              eb.or(names.map((n) => eb(`profiles.${n}`, "is distinct from", eb.ref(`excluded.${n}`)))),
            );
          })
          .returning("user_key");
      },
      names.length + 2,
    );
  }
  function upsertFor(names: readonly (keyof ProfileColumns)[]) {
    const key = names.join(",");
    let fn = upserts.get(key);
    if (!fn) {
      fn = buildUpsert(names);
      upserts.set(key, fn);
    }
    return fn;
  }

  return {
    async get(userKey) {
      const [row] = (await selectProfile(userKey)).rows;
      return row ? toProfile(row) : null;
    },

    async update(userKey, patch, at = Date.now()) {
      const columns = patchColumns(patch);
      const names = Object.keys(columns) as (keyof ProfileColumns)[];
      const upsert = upsertFor(names);
      const values = names.map((n) => columns[n] as string | number);
      // A row comes back when one was inserted or updated; none when the profile already held it.
      return (await upsert(userKey, at, ...values)).rows.length > 0;
    },

    async forget(userKey) {
      const result = await db.deleteFrom("profiles").where("user_key", "=", userKey).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
