import { StoreError } from "./errors.js";
import type { JsonObject } from "./types.js";

/** JSON columns are text on both dialects; a row that does not parse is a bug, so fail loudly. */
export function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new StoreError("store.corrupt-row", `column ${what} does not hold valid JSON`, { cause });
  }
}

export function parseJsonObject(text: string, what: string): JsonObject {
  const value = parseJson<unknown>(text, what);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new StoreError("store.corrupt-row", `column ${what} does not hold a JSON object`);
  }
  return value as JsonObject;
}

/** PostgreSQL `bigint` arrives as a number thanks to the pool's type parser; be defensive anyway. */
export function toNumber(value: number | bigint | string): number {
  return typeof value === "number" ? value : Number(value);
}

export function toNullableNumber(value: number | bigint | string | null): number | null {
  return value === null ? null : toNumber(value);
}
