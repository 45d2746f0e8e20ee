/**
 * Runs tasks one at a time per key, in the order they were added. Updates from one chat are
 * handled in arrival order (telegraf's polling loop starts a whole batch at once), so their
 * replies are queued for delivery in that order too. Different keys run concurrently, at most
 * `maxConcurrent` at a time (the rest wait in arrival order).
 *
 * Why the cap: every update's handling takes the store's one SQLite connection a few times, in
 * turn with the others. 300 updates started at once advanced in lockstep, so the first of them
 * finished only when nearly all had, and the outbox's claim queued behind them: in a burst of
 * 600 updates the first reply left after 2.6 s (issue #10, `npm run bench -- --only limits`).
 * With a few running at once, and the event loop turning between them, the first replies are
 * queued, and sent, within milliseconds.
 */
export interface KeyedSerial {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export function createKeyedSerial(maxConcurrent = Number.POSITIVE_INFINITY): KeyedSerial {
  const tails = new Map<string, Promise<unknown>>();
  const waiting: (() => void)[] = [];
  let active = 0;
  const release = () => {
    const next = waiting.shift();
    // Through the event loop, not at once: the store answers synchronously (SQLite), so handing
    // the slot over directly chained every waiting update into one run of microtasks, and the
    // outbox's timers (its claim, its sends) waited until the whole burst was in.
    if (next) setImmediate(next);
    else active -= 1;
  };
  const acquire = (): Promise<void> => {
    if (active < maxConcurrent) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  const limited = <T>(task: () => Promise<T>): Promise<T> => acquire().then(task).finally(release);
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const go = () => limited(task);
      const result = previous.then(go, go);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
