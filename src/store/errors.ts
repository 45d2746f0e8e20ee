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

/**
 * PostgreSQL SQLSTATEs and socket errors that mean "the connection/server is gone", not "the
 * query is bad": a statement or transaction that failed so was rolled back and may run again.
 */
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up / shutting down)
  "08000",
  "08003",
  "08006",
]);

export function isConnectionLost(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
  const message = (error as { message?: unknown }).message;
  return (
    typeof message === "string" &&
    /connection terminated|connection.*(ended|closed)|not queryable/i.test(message)
  );
}
