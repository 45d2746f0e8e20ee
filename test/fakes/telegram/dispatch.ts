/**
 * One API call, start to finish: find the method (Bot API method names are case-insensitive),
 * record the call, ask the fault injector, then apply the method. Rejected calls are recorded
 * with their status but never reach the method, so they change no state.
 */
import { ApiError, defaultDescription, ParamReader } from "./errors.js";
import type { Faults } from "./faults.js";
import type { FakeState } from "./state.js";
import type { CallRecord, FakeStats, Params, UploadedFile } from "./types.js";

/** The HTTP connection a call arrived on (long polls need to notice when the client leaves). */
export interface Connection {
  onClose(listener: () => void): void;
  readonly closed: boolean;
}

export interface MethodContext {
  p: ParamReader;
  files: UploadedFile[];
  conn: Connection;
}

/** Returned by a handler that gave up because the client went away: nothing is written. */
export const ABANDONED: unique symbol = Symbol("abandoned");

export type MethodHandler = (ctx: MethodContext) => unknown;

export type Outcome =
  | { kind: "ok"; result: unknown }
  | { kind: "error"; error: ApiError }
  | { kind: "reset" }
  | { kind: "abandoned" };

export interface DispatcherDeps {
  methods: Record<string, MethodHandler>;
  faults: Faults;
  state: FakeState;
  stats: FakeStats;
  record(call: CallRecord): void;
  sleep(ms: number): Promise<void>;
}

export const DETACHED: Connection = { onClose: () => undefined, closed: false };

export class Dispatcher {
  private readonly byLowerName = new Map<string, { name: string; handler: MethodHandler }>();

  constructor(private readonly deps: DispatcherDeps) {
    for (const [name, handler] of Object.entries(deps.methods)) {
      this.byLowerName.set(name.toLowerCase(), { name, handler });
    }
  }

  private chatInfo(params: Params): { key?: string; isGroup: boolean } {
    const raw = params.chat_id;
    if (raw === undefined || raw === null || raw === "") return { isGroup: false };
    const key = String(raw);
    const known = this.deps.state.chats.get(Number(raw))?.chat.type;
    const isGroup = known ? known !== "private" : Number(raw) < 0 || key.startsWith("@");
    return { key, isGroup };
  }

  async call(
    rawMethod: string,
    params: Params,
    files: UploadedFile[],
    conn: Connection,
    via: CallRecord["via"] = "http",
  ): Promise<Outcome> {
    const { stats, faults } = this.deps;
    stats.requests += 1;
    const found = this.byLowerName.get(rawMethod.toLowerCase());
    const record: CallRecord = {
      method: found?.name ?? rawMethod,
      params,
      files,
      at: Date.now(),
      status: 0,
      outcome: "pending",
      via,
    };
    this.deps.record(record);
    const finish = (outcome: Outcome): Outcome => {
      if (outcome.kind === "ok") {
        record.status = 200;
        record.outcome = "ok";
        record.result = outcome.result;
      } else if (outcome.kind === "error") {
        record.status = outcome.error.status;
        record.outcome = "error";
        record.description = outcome.error.description;
      } else {
        record.outcome = outcome.kind === "reset" ? "reset" : "abandoned";
      }
      return outcome;
    };
    if (!found) return finish({ kind: "error", error: new ApiError(404, defaultDescription(404)) });

    const decision = faults.decide(found.name, this.chatInfo(params));
    if (decision.delayMs > 0) await this.deps.sleep(decision.delayMs);
    if (decision.action === "reset") {
      stats.connectionResets += 1;
      return finish({ kind: "reset" });
    }
    if (decision.action === "fail" && decision.error) {
      if (decision.error.status === 429) stats.tooManyRequests += 1;
      if (!decision.limited) stats.injectedFaults += 1;
      return finish({ kind: "error", error: decision.error });
    }
    try {
      const result = await found.handler({ p: new ParamReader(params), files, conn });
      return finish(result === ABANDONED ? { kind: "abandoned" } : { kind: "ok", result });
    } catch (error) {
      if (error instanceof ApiError) return finish({ kind: "error", error });
      // A bug in the fake itself: answer 500 so the test fails loudly instead of hanging.
      const message = error instanceof Error ? error.message : String(error);
      return finish({
        kind: "error",
        error: new ApiError(500, `Internal Server Error: fake bug: ${message}`),
      });
    }
  }
}
