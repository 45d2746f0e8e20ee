/**
 * Runs tasks one at a time per key, in the order they were added. Updates from one chat are
 * handled in arrival order (telegraf's polling loop starts a whole batch at once), so their
 * replies are queued for delivery in that order too. Different keys run concurrently.
 */
export interface KeyedSerial {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export function createKeyedSerial(): KeyedSerial {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
