/**
 * The fake gateway: a `ws` server speaking Discord's JSON gateway protocol (no compression).
 * HELLO → IDENTIFY → READY + one GUILD_CREATE per guild of the shard; heartbeats are ACKed;
 * RESUME replays the events missed after the client's last sequence number, then sends RESUMED.
 * Each IDENTIFY opens a session; events go to every live session whose shard owns the guild
 * (DM events go to shard 0), so several shards or processes can be connected at once.
 * @see https://discord.com/developers/docs/events/gateway
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { guildCreatePayload } from "./objects.js";
import type { FakeState } from "./state.js";
import type { ApiObject, FakeStats, IdentifyRecord } from "./types.js";

export const Intents = { Guilds: 1, GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 };

interface Dispatch {
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  token: string;
  intents: number;
  shard: [number, number];
  seq: number;
  events: Dispatch[];
  socket: WebSocket | undefined;
  /** False once invalidated or closed normally by the client (codes 1000/1001 end a session). */
  valid: boolean;
}

export interface DispatchOptions {
  /** Routes the event to the shard owning this guild; without it the event goes to shard 0. */
  guildId?: string;
  /** Only sessions that asked for this intent receive the event. */
  intent?: number;
  /** Per-session transform, e.g. to blank message content without the MESSAGE_CONTENT intent. */
  shape?: (d: ApiObject, intents: number) => ApiObject;
}

export interface GatewayConfig {
  wsUrl: () => string;
  heartbeatIntervalMs: number;
  applicationFlags: number;
  acceptsToken: (token: string) => boolean;
}

export class Gateway {
  readonly identifyLog: IdentifyRecord[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly serverClosed = new WeakSet<WebSocket>();

  constructor(
    private readonly state: FakeState,
    private readonly config: GatewayConfig,
    private readonly stats: FakeStats,
    private readonly changed: () => void,
  ) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
  }

  private onConnection(ws: WebSocket): void {
    this.stats.connections += 1;
    ws.on("message", (raw) => this.onMessage(ws, String(raw)));
    ws.on("close", (code) => this.onClose(ws, code));
    ws.on("error", () => undefined);
    send(ws, { op: 10, d: { heartbeat_interval: this.config.heartbeatIntervalMs }, s: null, t: null });
  }

  private onMessage(ws: WebSocket, raw: string): void {
    let payload: { op?: number; d?: unknown };
    try {
      payload = JSON.parse(raw);
    } catch {
      ws.close(4002, "Error while decoding payload.");
      return;
    }
    switch (payload.op) {
      case 1:
        this.stats.heartbeats += 1;
        send(ws, { op: 11, d: null, s: null, t: null });
        break;
      case 2:
        this.identify(ws, payload.d as ApiObject);
        break;
      case 6:
        this.resume(ws, payload.d as ApiObject);
        break;
      default:
        // Presence updates (3), voice (4), member requests (8): accepted and ignored.
        break;
    }
  }

  private identify(ws: WebSocket, d: ApiObject): void {
    const token = String(d.token ?? "");
    if (!this.config.acceptsToken(token)) {
      this.closeByServer(ws, 4004, "Authentication failed.");
      return;
    }
    const shard = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
    this.stats.identifies += 1;
    this.identifyLog.push({ token, intents: Number(d.intents ?? 0), shard, at: Date.now() });
    const session: Session = {
      id: randomUUID().replaceAll("-", ""),
      token,
      intents: Number(d.intents ?? 0),
      shard,
      seq: 0,
      events: [],
      socket: ws,
      valid: true,
    };
    this.sessions.set(session.id, session);
    const guildIds = [...this.state.guilds.keys()].filter(
      (id) => this.state.shardOf(id, shard[1]) === shard[0],
    );
    this.emit(session, "READY", {
      v: 10,
      user: this.state.botUser,
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.config.wsUrl(),
      application: { id: this.state.applicationId, flags: this.config.applicationFlags },
      shard,
      private_channels: [],
      relationships: [],
      presences: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
      _trace: ["fake-discord"],
    });
    for (const id of guildIds) this.emit(session, "GUILD_CREATE", guildCreatePayload(this.state, id));
    this.changed();
  }

  private resume(ws: WebSocket, d: ApiObject): void {
    const session = this.sessions.get(String(d.session_id ?? ""));
    if (!session?.valid || session.token !== d.token) {
      // Op 9 with d:false: the session cannot be resumed, the client must identify again.
      send(ws, { op: 9, d: false, s: null, t: null });
      return;
    }
    if (session.socket && session.socket !== ws)
      this.closeByServer(session.socket, 4000, "Resumed elsewhere");
    session.socket = ws;
    this.stats.resumes += 1;
    const after = Number(d.seq ?? 0);
    for (const event of session.events) {
      if (event.s > after) send(ws, { op: 0, s: event.s, t: event.t, d: event.d });
    }
    this.emit(session, "RESUMED", { _trace: ["fake-discord"] });
    this.changed();
  }

  private onClose(ws: WebSocket, code: number): void {
    for (const session of this.sessions.values()) {
      if (session.socket !== ws) continue;
      session.socket = undefined;
      // A client closing with 1000/1001 ends its session; other codes keep it resumable.
      if (!this.serverClosed.has(ws) && (code === 1000 || code === 1001)) session.valid = false;
    }
  }

  /** Sends a dispatch (op 0) to every live session that should see it; returns how many did. */
  dispatch(t: string, d: ApiObject, options: DispatchOptions = {}): number {
    let count = 0;
    for (const session of this.sessions.values()) {
      if (!session.valid) continue;
      const [shardId, shardCount] = session.shard;
      const target = options.guildId ? this.state.shardOf(options.guildId, shardCount) : 0;
      if (target !== shardId) continue;
      if (options.intent !== undefined && (session.intents & options.intent) === 0) continue;
      this.emit(session, t, options.shape ? options.shape(d, session.intents) : d);
      count += 1;
    }
    return count;
  }

  /** Records the event for RESUME and sends it now if the session has a socket. */
  private emit(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.events.push(event);
    if (session.socket) send(session.socket, { op: 0, ...event });
  }

  /** Closes every socket with `code`; 4000 (unknown error) lets clients resume. */
  closeConnection(code = 4000): void {
    for (const ws of this.wss.clients) this.closeByServer(ws, code, "fake-discord: forced close");
  }

  /** Invalidates all sessions (op 9, d:false): clients must IDENTIFY again. */
  invalidateSession(): void {
    for (const session of this.sessions.values()) {
      session.valid = false;
      if (session.socket) send(session.socket, { op: 9, d: false, s: null, t: null });
    }
  }

  /** Sends op 7 RECONNECT: clients close and RESUME. */
  requestReconnect(): void {
    for (const ws of this.wss.clients) send(ws, { op: 7, d: null, s: null, t: null });
  }

  liveSessions(): number {
    return [...this.sessions.values()].filter((s) => s.valid && s.socket).length;
  }

  private closeByServer(ws: WebSocket, code: number, reason: string): void {
    this.serverClosed.add(ws);
    ws.close(code, reason);
  }

  close(): void {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}

function send(ws: WebSocket, payload: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
}
