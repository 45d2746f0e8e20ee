/**
 * Start-up failures as one line an operator can act on: the failing setting and the path or
 * address it points at, never a stack trace (that only with LOG_LEVEL=debug/trace). The database
 * URL is never echoed (it may carry a password): only the SQLite path or PostgreSQL host:port.
 */
import { sqlitePathFromUrl } from "./store/sqlite.js";

interface ErrnoLike {
  code?: unknown;
  syscall?: unknown;
  address?: unknown;
  port?: unknown;
  path?: unknown;
  message?: unknown;
}

const asRecord = (error: unknown): ErrnoLike => (typeof error === "object" && error !== null ? error : {});

/** Where the database is, safe to print: a SQLite path or a PostgreSQL host:port/db. */
function describeDatabase(databaseUrl: string | undefined): string {
  if (!databaseUrl) return "the database";
  if (databaseUrl.startsWith("sqlite:")) return `the SQLite database ${sqlitePathFromUrl(databaseUrl)}`;
  try {
    const u = new URL(databaseUrl);
    return `PostgreSQL at ${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "the PostgreSQL database";
  }
}

function reason(error: unknown): string {
  const e = asRecord(error);
  const message = typeof e.message === "string" ? e.message : String(error);
  const code = typeof e.code === "string" ? e.code : undefined;
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/** One line naming the setting at fault. Falls back to the error's own message. */
export function describeStartupError(
  error: unknown,
  env: Record<string, string | undefined>,
): { line: string; known: boolean } {
  const e = asRecord(error);
  const code = typeof e.code === "string" ? e.code : "";
  if (e.syscall === "listen") {
    const where = `${String(e.address ?? env.HTTP_HOST ?? "")}:${String(e.port ?? "")}`;
    const why =
      code === "EADDRINUSE"
        ? "is already in use"
        : code === "EACCES"
          ? "needs privileges (use a port above 1023)"
          : code === "EADDRNOTAVAIL"
            ? "is not an address of this machine"
            : `cannot be used (${code})`;
    const setting =
      env.METRICS_PORT && String(e.port) === env.METRICS_PORT
        ? "METRICS_PORT/METRICS_HOST"
        : "HTTP_PORT/HTTP_HOST";
    return { line: `${setting}: ${where} ${why}.`, known: true };
  }
  const storeLike =
    code.startsWith("SQLITE_") ||
    ["EACCES", "EPERM", "ENOENT", "EROFS", "ENOTDIR", "ENOSPC"].includes(code) ||
    ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "28P01", "28000", "3D000"].includes(code) ||
    (error instanceof Error && error.name === "StoreError");
  if (storeLike) {
    return {
      line: `DATABASE_URL: cannot open ${describeDatabase(env.DATABASE_URL ?? "sqlite:./data/dokker.db")}: ${reason(error)}`,
      known: true,
    };
  }
  return { line: reason(error), known: false };
}
