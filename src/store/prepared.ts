/**
 * Hot, fixed-shape queries compiled once instead of on every call. Building and compiling a
 * Kysely query costs more than SQLite takes to run our small statements (profiled in
 * `npm run bench`: about 40 µs per query, run for every incoming update). The query is built once
 * with unique placeholder values; the positions where they land in the compiled parameters are
 * recorded, and each call only swaps in its own values. If a placeholder does not come out as a
 * parameter (it would be inlined), the query is simply built per call as before. The builder
 * must not look at its arguments (it sees the placeholders): any choice between shapes is made
 * by the caller, with one compiled query per shape.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from "kysely";
import type { Database } from "./schema.js";

type Arg = string | number | null;

/** `build`'s query for given arguments, compiled once for all of them. */
export function compiledOnce<A extends readonly Arg[], R>(
  build: (...args: A) => Compilable<R>,
  arity: A["length"],
): (...args: A) => CompiledQuery<R> {
  let compiled: CompiledQuery<R> | undefined;
  let positions: number[] | undefined;
  let usable = true;
  return (...args) => {
    if (!usable) return build(...args).compile();
    if (!compiled || !positions) {
      const placeholders = Array.from({ length: arity }, (_, i) => `\u0000prepared-${i}\u0000`);
      const probe = build(...(placeholders as unknown as A)).compile();
      const found = probe.parameters.map((p) => placeholders.indexOf(p as string));
      const everyOnce = placeholders.every((p) => probe.parameters.filter((x) => x === p).length >= 1);
      if (found.some((i) => i < 0) || !everyOnce || probe.sql.includes("\u0000")) {
        usable = false;
        return build(...args).compile();
      }
      compiled = probe;
      positions = found;
    }
    const values = args as readonly unknown[];
    return { ...compiled, parameters: positions.map((i) => values[i]) };
  };
}

/** `compiledOnce`, run on `db`. */
export function prepared<A extends readonly Arg[], R>(
  db: Kysely<Database>,
  build: (...args: A) => Compilable<R>,
  arity: A["length"],
): (...args: A) => Promise<QueryResult<R>> {
  const compile = compiledOnce(build, arity);
  return (...args) => db.executeQuery<R>(compile(...args));
}
