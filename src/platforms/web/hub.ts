/**
 * A web conversation's delivery: every message (the user's, the bot's, a staff answer, a
 * reminder) is appended to the conversation's history in the store, then pushed to the pages that
 * have it open right now (server-sent events). A page that was closed reads what it missed when it
 * comes back (`after` = the last id it showed), so nothing sent to an offline user is lost.
 */
import type { WebChatRepository, WebMessage } from "../../store/types.js";
import type { WebMessageBody } from "./render.js";

export interface StreamEvent {
  readonly id: number;
  readonly at: number;
  readonly msg: WebMessageBody;
}

/** One open page: receives events in id order. */
export interface StreamSink {
  event(e: StreamEvent): void;
  /** The conversation's history was deleted (/forget): the page clears what it shows. */
  reset(): void;
}

export interface Hub {
  deliver(conversation: string, body: WebMessageBody, at?: number): Promise<number>;
  /** Registers a page, sends it what it missed after `afterId`, then live events. */
  attach(conversation: string, sink: StreamSink, afterId: number): Promise<() => void>;
  /** Catches a page up from the store (rows another instance wrote). */
  catchUp(conversation: string, sink: StreamSink): Promise<void>;
  forget(conversation: string): Promise<void>;
  /** Open pages, for tests and metrics. */
  openStreams(): number;
}

/** How many earlier messages a page gets when it opens. */
const HISTORY_LIMIT = 200;

function toEvent(row: WebMessage): StreamEvent | undefined {
  try {
    return { id: row.id, at: row.createdAt, msg: JSON.parse(row.body) as WebMessageBody };
  } catch {
    return undefined;
  }
}

export function createHub(repo: WebChatRepository): Hub {
  /** `held`: live events that arrived while the page's history was being read. */
  type PageState = { last: number; held?: StreamEvent[] };
  const pages = new Map<string, Map<StreamSink, PageState>>();

  function push(sink: StreamSink, state: PageState, e: StreamEvent): void {
    if (state.held) {
      state.held.push(e);
      return;
    }
    if (e.id <= state.last) return; // already shown (a catch-up and a live push can overlap)
    state.last = e.id;
    sink.event(e);
  }

  async function catchUp(conversation: string, sink: StreamSink): Promise<void> {
    const state = pages.get(conversation)?.get(sink);
    if (!state) return;
    for (const row of await repo.after(conversation, state.last, HISTORY_LIMIT)) {
      const e = toEvent(row);
      if (e) push(sink, state, e);
    }
  }

  return {
    async deliver(conversation, body, at = Date.now()) {
      const id = await repo.append(
        conversation,
        body.kind === "user" ? "user" : "bot",
        JSON.stringify(body),
        at,
      );
      const open = pages.get(conversation);
      if (open) for (const [sink, state] of open) push(sink, state, { id, at, msg: body });
      return id;
    },
    async attach(conversation, sink, afterId) {
      let open = pages.get(conversation);
      if (!open) {
        open = new Map();
        pages.set(conversation, open);
      }
      // Registered before the history read, with live events held until it is done: a message
      // delivered meanwhile is shown after the history, once, in id order.
      const state: PageState = { last: afterId, held: [] };
      open.set(sink, state);
      try {
        for (const row of await repo.after(conversation, afterId, HISTORY_LIMIT)) {
          const e = toEvent(row);
          if (e && e.id > state.last) {
            state.last = e.id;
            sink.event(e);
          }
        }
      } finally {
        const held = state.held ?? [];
        delete state.held;
        for (const e of held) push(sink, state, e);
      }
      return () => {
        const current = pages.get(conversation);
        current?.delete(sink);
        if (current?.size === 0) pages.delete(conversation);
      };
    },
    catchUp,
    async forget(conversation) {
      await repo.forget(conversation);
      const open = pages.get(conversation);
      if (open)
        for (const [sink, state] of open) {
          state.last = 0;
          sink.reset();
        }
    },
    openStreams() {
      let n = 0;
      for (const open of pages.values()) n += open.size;
      return n;
    },
  };
}
