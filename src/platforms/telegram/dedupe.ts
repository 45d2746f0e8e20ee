/**
 * In-memory `UpdateDeduper`: remembers the last `capacity` update ids (oldest forgotten first).
 * Enough for one process (webhook redeliveries arrive within minutes); the store-backed one
 * (`store.updates.claim`) also covers restarts and several instances.
 */
import type { UpdateDeduper } from "./types.js";

export function createMemoryDeduper(capacity = 10_000): UpdateDeduper {
  const seen = new Set<string>();
  return {
    async claim(source, id) {
      const key = `${source}:${id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      // A Set iterates in insertion order: the first entry is the oldest.
      if (seen.size > capacity) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      return true;
    },
  };
}
