/**
 * Hot, fixed-shape queries compiled once instead of on every call. Building and compiling a
 * Kysely query costs more than SQLite takes to run our small statements (profiled in
 * `npm run bench`: about 40 µs per query, run for every incoming update). The query is built once
 * with unique placeholder values; the positions where they land in the compiled parameters are
 * recorded, and each call only swaps in its own values. If a placeholder does not come out as a
 * parameter (it would be inlined), the query is simply built per call as before.
 */
import type { Compilable, Kysely, QueryResult } from "kysely";
import type { Database } from "./schema.js";

export function prepared<A extends readonly (string | number)[], R>(
  db: Kysely<Database>,
  build: (...args: A) => Compilable<R>,
  arity: A["length"],
): (...args: A) => Promise<QueryResult<R>> {
  let compiled: ReturnType<Compilable<R>["compile"]> | undefined;
  let positions: number[] | undefined;
  let usable = true;
  return (...args) => {
    if (!usable) return db.executeQuery(build(...args).compile());
    if (!compiled || !positions) {
      const placeholders = Array.from({ length: arity }, (_, i) => `\u0000prepared-${i}\u0000`);
      const probe = build(...(placeholders as unknown as A)).compile();
      const found = probe.parameters.map((p) => placeholders.indexOf(p as string));
      const everyOnce = placeholders.every((p) => probe.parameters.filter((x) => x === p).length >= 1);
      if (found.some((i) => i < 0) || !everyOnce || probe.sql.includes("\u0000")) {
        usable = false;
        return db.executeQuery(build(...args).compile());
      }
      compiled = probe;
      positions = found;
    }
    const values = args as readonly unknown[];
    const parameters = positions.map((i) => values[i]);
    return db.executeQuery<R>({ ...compiled, parameters });
  };
}
