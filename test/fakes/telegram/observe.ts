/**
 * Polling helpers for tests. On timeout the error lists the last calls the bot made, which is
 * usually all one needs to see why the expected reply never came.
 */
import type { CallRecord } from "./types.js";

export function describeCalls(calls: CallRecord[], last = 10): string {
  if (calls.length === 0) return "  (no calls)";
  return calls
    .slice(-last)
    .map((c) => {
      const params = JSON.stringify(c.params);
      const shown = params.length > 160 ? `${params.slice(0, 160)}…` : params;
      const note = c.description ? ` "${c.description}"` : "";
      return `  ${new Date(c.at).toISOString().slice(11, 23)} ${c.method} → ${c.status || c.outcome}${note} ${shown}`;
    })
    .join("\n");
}

export function waitFor<T>(
  predicate: () => T | undefined | false | null,
  timeoutMs: number,
  calls: () => CallRecord[],
  label = "condition",
): Promise<T> {
  const started = Date.now();
  return new Promise<T>((resolve, reject) => {
    const tick = (): void => {
      let value: T | undefined | false | null;
      try {
        value = predicate();
      } catch (error) {
        reject(error);
        return;
      }
      if (value !== undefined && value !== false && value !== null) {
        resolve(value);
        return;
      }
      if (Date.now() - started >= timeoutMs) {
        reject(
          new Error(
            `fake Telegram: ${label} not met within ${timeoutMs} ms. Last calls:\n${describeCalls(calls())}`,
          ),
        );
        return;
      }
      setTimeout(tick, 10);
    };
    tick();
  });
}
