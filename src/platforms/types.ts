/** What every platform adapter offers the rest of the app (vercel/chat's `Adapter` idea). */
import type { Platform } from "../../commands/types.js";
import type { Reply } from "../core/reply.js";

export interface PlatformAdapter {
  readonly platform: Platform;
  /** Connects and starts receiving. Resolves once the adapter is ready. */
  start(): Promise<void>;
  /** Stops receiving, finishes in-flight replies, disconnects. */
  stop(): Promise<void>;
  /** Sends a reply outside a request (reminders, support relay) to `platform:…` conversation ids. */
  send(conversation: string, reply: Reply): Promise<void>;
  /** True when connected (readiness). */
  isReady(): boolean;
}
