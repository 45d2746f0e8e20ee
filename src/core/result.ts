/**
 * Expected outcomes are values, not exceptions (Sapphire's `Result` style).
 * `code` is a stable identifier used for localisation and logs, e.g. `precode.not-issued`.
 */
export type Ok<T> = { ok: true; value: T };
export type Err<C extends string, X = Record<string, string>> = { ok: false; code: C; context: X };
export type Result<T, C extends string, X = Record<string, string>> = Ok<T> | Err<C, X>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<C extends string, X>(code: C, context: X): Err<C, X> {
  return { ok: false, code, context };
}
