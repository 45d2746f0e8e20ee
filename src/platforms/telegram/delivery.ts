/**
 * The one layer every outgoing Bot API call of this adapter goes through.
 * - Per-chat FIFO: calls for one chat run one after another, in the order they were queued, so
 *   replies arrive in order even when one of them has to wait or be retried.
 * - Throttle: message-posting methods take a token from the chat, group and global buckets.
 * - Retry: 429 waits `retry_after` exactly as Telegram asks; 5xx and network failures back off
 *   exponentially with jitter; both bounded in attempts and total time. Other 4xx are final.
 * - A call that finally fails is logged at error with chat, method and reason, then rejected —
 *   never dropped silently.
 * telegraf itself does not retry (platform-facts.md), hence this layer.
 */
import type { Logger } from "../../logger.js";
import type { PlatformError } from "../errors.js";
import type { DeliveryEvent } from "../types.js";
import { fromTelegram, isNotModified } from "./errors.js";
import { createThrottle, type ThrottleLimits } from "./throttle.js";
import type { ApiCall } from "./types.js";

export type DeliveryLimits = ThrottleLimits;

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Give up when the next wait would pass this much time since the first attempt. */
  readonly maxTotalMs: number;
  /** Abort a single HTTP call after this long (then it counts as a network failure). */
  readonly requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: DeliveryLimits = {
  perChatPerSecond: 1,
  perChatBurst: 3,
  perGroupPerMinute: 20,
  globalPerSecond: 30,
};

const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxTotalMs: 120_000,
  requestTimeoutMs: 30_000,
};

/** Methods that post or edit a message: these count against Telegram's message limits. */
const THROTTLED = new Set([
  "sendMessage",
  "editMessageText",
  "editMessageReplyMarkup",
  "copyMessage",
  "forwardMessage",
  "sendPhoto",
  "sendDocument",
  // Creating a topic posts its "topic created" service message into the group.
  "createForumTopic",
]);

export interface OutgoingCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /**
   * False for reads that need no place in the chat's FIFO (getChatMember, getFile): they run at
   * once instead of waiting behind messages throttled to the group's 20/min. Default true.
   */
  readonly ordered?: boolean;
}

/** Anything calls can be handed to: the delivery layer (direct) or the outbox (queued). */
export interface CallSink {
  call(call: OutgoingCall): Promise<unknown>;
}

export interface Delivery {
  /** Queues the call behind earlier calls for the same chat and resolves with its result. */
  call<T = unknown>(call: OutgoingCall): Promise<T>;
  /** Waits until every queued call has settled, at most `timeoutMs`. True when all settled. */
  drain(timeoutMs: number): Promise<boolean>;
  /** Calls queued or running. */
  pending(): number;
}

/** What the delivery layer reports for metrics (the shared shape in src/platforms/types.ts). */
export type { DeliveryEvent } from "../types.js";

export interface DeliveryOptions {
  readonly api: ApiCall;
  /** Observes 429s, retries and final failures (never changes what is sent). */
  readonly onEvent?: (event: DeliveryEvent) => void;
  readonly logger: Logger;
  readonly limits?: Partial<DeliveryLimits> | undefined;
  readonly retry?: Partial<RetryPolicy> | undefined;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Positive finite numbers override defaults; anything else keeps the default. */
function merge<T extends object>(defaults: T, patch: Partial<T> | undefined): T {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch ?? {})) {
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out[k] = v;
  }
  return out as T;
}

/** The queue a call belongs to: its chat, an inline message, or none (runs at once). */
function queueKey(payload: Record<string, unknown>): string | undefined {
  const chat = payload.chat_id;
  if (typeof chat === "number" || typeof chat === "string") return `chat:${chat}`;
  if (typeof payload.inline_message_id === "string") return `inline:${payload.inline_message_id}`;
  return undefined;
}

function retryReason(error: PlatformError): "429" | "5xx" | "network" {
  if (error.kind === "rate-limited") return "429";
  return error.status === undefined ? "network" : "5xx";
}

export function createDelivery(options: DeliveryOptions): Delivery {
  const log = options.logger;
  const limits = merge(DEFAULT_LIMITS, options.limits);
  const policy = merge(DEFAULT_RETRY, options.retry);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const throttle = createThrottle(limits, { now, sleep });
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<unknown>>();
  const emit = (event: DeliveryEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // An observer must never break delivery.
    }
  };

  function backoff(attempt: number): number {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling * (0.5 + random() * 0.5));
  }

  async function execute(call: OutgoingCall): Promise<unknown> {
    const { method, payload } = call;
    const chat = payload.chat_id ?? payload.inline_message_id;
    const group = typeof chat === "number" ? chat < 0 : typeof chat === "string" && chat.startsWith("-");
    const started = now();
    const throttled = THROTTLED.has(method);
    for (let attempt = 1; ; attempt += 1) {
      if (throttled) await throttle.acquire(chat as number | string | undefined, group);
      let error: PlatformError;
      try {
        return await options.api(method, payload, AbortSignal.timeout(policy.requestTimeoutMs));
      } catch (raw) {
        error = fromTelegram(raw, method);
      }
      if (isNotModified(error)) return true;
      const rateLimited = error.kind === "rate-limited";
      if (rateLimited) {
        emit({ type: "rate-limited", method });
        // Nothing was posted: a 429 caused by this chat's burst gives its global token back.
        if (throttled) throttle.rejected(chat as number | string | undefined);
      }
      const wait =
        rateLimited && error.retryAfterMs !== undefined
          ? error.retryAfterMs + 50
          : error.retryable
            ? backoff(attempt)
            : undefined;
      const outOfTime = wait !== undefined && now() - started + wait > policy.maxTotalMs;
      if (wait === undefined || attempt >= policy.maxAttempts || outOfTime) {
        log.error(
          { chat, method, attempt, kind: error.kind, reason: error.message },
          "telegram call failed for good",
        );
        emit({ type: "failed", method });
        throw error;
      }
      log.warn({ chat, method, attempt, retryAfterMs: wait, kind: error.kind }, "telegram call retried");
      emit({ type: "retry", method, reason: retryReason(error) });
      await sleep(wait);
    }
  }

  function track<T>(p: Promise<T>): Promise<T> {
    inFlight.add(p);
    const forget = () => inFlight.delete(p);
    p.then(forget, forget);
    return p;
  }

  return {
    call<T>(call: OutgoingCall): Promise<T> {
      const key = call.ordered === false ? undefined : queueKey(call.payload);
      if (key === undefined) return track(execute(call)) as Promise<T>;
      const previous = tails.get(key) ?? Promise.resolve();
      const run = previous.then(() => execute(call));
      const tail = run.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return track(run) as Promise<T>;
    },
    async drain(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left);
        });
        await Promise.race([Promise.allSettled([...inFlight]), timeout]);
        clearTimeout(timer);
      }
      return true;
    },
    pending: () => inFlight.size,
  };
}
