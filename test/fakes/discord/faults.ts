/**
 * Injected REST faults: 429 rate limits, 5xx errors and delays. Each fault matches requests by
 * `"METHOD /path"` (path below `/api/v10`) and is used up after `times` matches.
 */
import type { FailFault, RateLimitFault, RouteMatcher } from "./types.js";

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface Pending<T> {
  matcher: RouteMatcher;
  remaining: number;
  fault: T;
}

function matches(matcher: RouteMatcher, method: string, path: string): boolean {
  if (typeof matcher === "function") return matcher({ method, path });
  const line = `${method} ${path}`;
  return typeof matcher === "string" ? line.includes(matcher) : matcher.test(line);
}

export class Faults {
  private rateLimits: Pending<RateLimitFault>[] = [];
  private failures: Pending<FailFault>[] = [];
  private delays: { matcher: RouteMatcher; ms: number }[] = [];

  rateLimitNext(matcher: RouteMatcher, fault: RateLimitFault = {}): void {
    this.rateLimits.push({ matcher, remaining: fault.times ?? 1, fault });
  }

  failNext(matcher: RouteMatcher, fault: FailFault): void {
    this.failures.push({ matcher, remaining: fault.times ?? 1, fault });
  }

  /** Every matching request is answered `ms` later (until `reset()`). */
  delay(matcher: RouteMatcher, ms: number): void {
    this.delays.push({ matcher, ms });
  }

  delayFor(method: string, path: string): number {
    return this.delays.filter((d) => matches(d.matcher, method, path)).reduce((sum, d) => sum + d.ms, 0);
  }

  /** The fault response to send instead of the real one, consuming one use of the fault. */
  take(method: string, path: string): FaultResponse | undefined {
    const limit = consume(this.rateLimits, method, path);
    if (limit) return rateLimitResponse(limit);
    const failure = consume(this.failures, method, path);
    if (failure) {
      return {
        status: failure.status,
        headers: {},
        body: { message: `${failure.status}: injected`, code: 0 },
      };
    }
    return undefined;
  }

  reset(): void {
    this.rateLimits = [];
    this.failures = [];
    this.delays = [];
  }
}

function consume<T>(list: Pending<T>[], method: string, path: string): T | undefined {
  const entry = list.find((p) => p.remaining > 0 && matches(p.matcher, method, path));
  if (!entry) return undefined;
  entry.remaining -= 1;
  return entry.fault;
}

/**
 * Discord's 429: `Retry-After` in seconds plus the `X-RateLimit-*` bucket headers, which
 * @discordjs/rest reads to wait and retry; `X-RateLimit-Global` blocks every route.
 * @see https://discord.com/developers/docs/topics/rate-limits#header-format
 */
function rateLimitResponse(fault: RateLimitFault): FaultResponse {
  const retryAfter = fault.retryAfterSec ?? 0.1;
  const headers: Record<string, string> = {
    "retry-after": String(retryAfter),
    "x-ratelimit-limit": "1",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-reset-after": String(retryAfter),
    "x-ratelimit-reset": String(Date.now() / 1000 + retryAfter),
    "x-ratelimit-bucket": "fake-bucket",
    "x-ratelimit-scope": fault.global ? "global" : "user",
  };
  if (fault.global) headers["x-ratelimit-global"] = "true";
  return {
    status: 429,
    headers,
    body: { message: "You are being rate limited.", retry_after: retryAfter, global: fault.global ?? false },
  };
}
