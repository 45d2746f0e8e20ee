/** Unexpected persistence failures. Expected refusals are `Result` values, never these. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: "store.bad-url" | "store.migration-failed" | "store.corrupt-row",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A unique/primary-key violation, on either driver. PostgreSQL reports SQLSTATE 23505;
 * better-sqlite3 sets `code` to the extended SQLite result code.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const { code } = error;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
