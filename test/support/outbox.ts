/** A real outbox on an in-memory SQLite store, for tests that build an adapter in-process. */
import type { Logger } from "pino";
import { createOutbox, type Outbox } from "../../src/outbox/index.js";
import { openStore, type Store } from "../../src/store/index.js";

export async function memoryOutbox(
  logger: Logger,
): Promise<{ outbox: Outbox; store: Store; close(): Promise<void> }> {
  const store = await openStore("sqlite::memory:");
  const outbox = createOutbox({ store: store.outbox, logger, owner: "test", shared: false, pollMs: 100 });
  return {
    outbox,
    store,
    async close() {
      await outbox.stop(1000);
      await store.close();
    },
  };
}
