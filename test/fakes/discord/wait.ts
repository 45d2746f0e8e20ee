/** Waiting helpers: re-check a condition whenever the fake changes (and every 20 ms as a fallback). */
import type { RecordedRequest } from "./types.js";

export class ChangeSignal {
  private readonly listeners = new Set<() => void>();

  emit = (): void => {
    for (const listener of [...this.listeners]) listener();
  };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function waitUntil<T>(
  signal: ChangeSignal,
  check: () => T | undefined | null | false,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (run: () => void) => {
      done = true;
      clearInterval(poll);
      clearTimeout(timer);
      unsubscribe();
      run();
    };
    const attempt = () => {
      if (done) return;
      try {
        const value = check();
        if (value !== undefined && value !== null && value !== false) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const unsubscribe = signal.subscribe(() => setImmediate(attempt));
    const poll = setInterval(attempt, 20);
    const timer = setTimeout(
      () => finish(() => reject(new Error(`fake-discord: timed out after ${timeoutMs} ms ${describe()}`))),
      timeoutMs,
    );
    attempt();
  });
}

/** The last requests, one per line, for failure messages. */
export function describeRequests(requests: readonly RecordedRequest[], count = 15): string {
  const recent = requests.slice(-count);
  if (!recent.length) return "(no requests received)";
  return recent
    .map((r) => {
      const body = r.body === undefined ? "" : ` ${JSON.stringify(r.body).slice(0, 200)}`;
      return `  ${r.method} ${r.path} → ${r.status || "pending"}${body}`;
    })
    .join("\n");
}
