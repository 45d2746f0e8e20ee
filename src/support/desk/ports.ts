/**
 * The store as the desk uses it: only the methods it calls (src/store/types.ts: consumers depend
 * on narrow repository interfaces, not on `Store`). A `Store` fits; so does anything else that
 * implements these, e.g. in a test.
 */
import type { BlockRepository, ProfileRepository, TicketRepository } from "../../store/index.js";

export type DeskTickets = Pick<
  TicketRepository,
  | "openFor"
  | "get"
  | "findOpenByUser"
  | "findByDeskThread"
  | "setDeskThread"
  | "close"
  | "reopen"
  | "scheduleClose"
  | "cancelScheduledClose"
  | "dueCloses"
  | "addMessage"
  | "messages"
  | "purgeClosedBefore"
>;

export interface DeskStore {
  readonly tickets: DeskTickets;
  /** The ticket header reads the user's last pre-code; /code records the one staff sent. */
  readonly profiles: Pick<ProfileRepository, "get" | "update">;
  readonly blocks: Pick<BlockRepository, "block" | "isBlocked" | "unblock">;
}
