import { afterEach } from "vitest";
import type { Store } from "../../../src/store/index.js";

/** How a backend plugs into the contract suite. */
export interface StoreFactory {
  /** A Store on a fresh, empty, isolated database. */
  open: () => Promise<Store>;
  /**
   * A second Store on the SAME database as `store`, with its own connection(s): what another
   * process would see. Absent for in-memory SQLite, where a second connection is a new database.
   */
  peer?: ((store: Store) => Promise<Store>) | undefined;
}

export interface Harness extends Required<Pick<StoreFactory, "open">> {
  peer: StoreFactory["peer"];
  /** `peer(store)` when available, else `store` itself (still concurrent, one connection/pool). */
  sibling(store: Store): Promise<Store>;
  /** Closes `store` after the test. */
  track(store: Store): Store;
}

/** Wraps a factory so every Store a test opens is closed after it, even when it fails. */
export function harness(factory: StoreFactory): Harness {
  const opened: Store[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });
  const track = (store: Store): Store => {
    opened.push(store);
    return store;
  };
  const peer = factory.peer;
  return {
    open: async () => track(await factory.open()),
    peer: peer ? async (store) => track(await peer(store)) : undefined,
    sibling: async (store) => (peer ? track(await peer(store)) : store),
    track,
  };
}

/** A fixed "now" beyond 2^31 ms, so an int4 column or a lost bigint conversion would show. */
export const T0 = 1_750_000_000_000;

export function user(n: number | string): { userKey: string; conversation: string } {
  return { userKey: `telegram:${n}`, conversation: `telegram:${n}` };
}
