/**
 * The assembled fake: one HTTP server on 127.0.0.1 serving REST (`/api/v10`), attachments and the
 * gateway WebSocket (`/gateway`), sharing one in-memory state.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  channelDelete,
  createThread,
  dispatchChannelUpdate,
  type MessageCreateInput,
  messageCreate,
  type ThreadInput,
  threadDelete,
} from "./events.js";
import { Faults } from "./faults.js";
import { Gateway, Intents } from "./gateway.js";
import { InteractionLog } from "./interaction-log.js";
import {
  type AutocompleteInput,
  autocomplete,
  type ButtonInput,
  button,
  type MessageContextMenuInput,
  messageContextMenu,
  type SlashCommandInput,
  slashCommand,
} from "./interactions.js";
import { createRestHandler } from "./rest.js";
import { channelRoutes } from "./rest-channels.js";
import { interactionRoutes } from "./rest-interactions.js";
import { miscRoutes } from "./rest-routes.js";
import { type Command, FakeState } from "./state.js";
import type {
  ApiObject,
  ApiUser,
  DefaultIds,
  FailFault,
  FakeDiscordOptions,
  FakeStats,
  InjectedInteraction,
  InteractionResponse,
  RateLimitFault,
  RecordedRequest,
  RouteMatcher,
  UserInput,
} from "./types.js";
import { ChangeSignal, describeRequests, waitUntil } from "./wait.js";

export class FakeDiscord {
  readonly state: FakeState;
  readonly stats: FakeStats = { identifies: 0, resumes: 0, heartbeats: 0, connections: 0, unknownRoutes: [] };
  /** Every API request, in arrival order (attachment downloads are not recorded). */
  readonly requests: RecordedRequest[] = [];
  readonly gateway: Gateway;
  private readonly faults = new Faults();
  private readonly log = new InteractionLog();
  private readonly signal = new ChangeSignal();
  private readonly server: Server;
  private port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    const base = () => `http://127.0.0.1:${this.port}`;
    const wsUrl = () => `ws://127.0.0.1:${this.port}/gateway`;
    const acceptsToken = (token: string) =>
      options.token === undefined ? token.length > 0 : token === options.token;
    this.state = new FakeState(base, options.extraGuilds ?? 0);
    this.gateway = new Gateway(
      this.state,
      {
        wsUrl,
        heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41250,
        applicationFlags: options.applicationFlags ?? 0,
        acceptsToken,
      },
      this.stats,
      this.signal.emit,
    );
    const deps = { state: this.state, gateway: this.gateway };
    const routes = [
      ...interactionRoutes({ ...deps, log: this.log, deadlineMs: options.interactionDeadlineMs ?? 3000 }),
      ...channelRoutes(deps),
      ...miscRoutes({
        state: this.state,
        wsUrl,
        shards: options.shards ?? 1,
        maxConcurrency: options.maxConcurrency ?? 1,
        applicationFlags: options.applicationFlags ?? 0,
      }),
    ];
    const handler = createRestHandler({
      state: this.state,
      faults: this.faults,
      stats: this.stats,
      requests: this.requests,
      routes,
      acceptsToken,
      changed: this.signal.emit,
    });
    this.server = createServer((req, res) => {
      handler(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: `fake-discord crashed: ${String(error)}`, code: 0 }));
      });
    });
    this.server.on("upgrade", (req, socket, head) => {
      if (req.url?.startsWith("/gateway")) this.gateway.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Base URL for discord.js `rest: { api }`. */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get applicationId(): string {
    return this.state.applicationId;
  }
  get botUser(): ApiUser {
    return this.state.botUser;
  }
  get defaults(): DefaultIds {
    return this.state.defaults;
  }

  // Gateway control
  closeConnection(code = 4000): void {
    this.gateway.closeConnection(code);
  }
  invalidateSession(): void {
    this.gateway.invalidateSession();
  }
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  // Injected events
  slashCommand(input: SlashCommandInput): InjectedInteraction {
    return slashCommand(this.interactionDeps(), input);
  }
  button(input: ButtonInput): InjectedInteraction {
    return button(this.interactionDeps(), input);
  }
  messageContextMenu(input: MessageContextMenuInput): InjectedInteraction {
    return messageContextMenu(this.interactionDeps(), input);
  }
  autocomplete(input: AutocompleteInput): InjectedInteraction {
    return autocomplete(this.interactionDeps(), input);
  }
  messageCreate(input: MessageCreateInput): ApiObject {
    return messageCreate(this.eventDeps(), input);
  }
  createThread(input: ThreadInput): ApiObject {
    return createThread(this.eventDeps(), input);
  }
  threadDelete(threadId: string): void {
    threadDelete(this.eventDeps(), threadId);
  }
  channelDelete(channelId: string): void {
    channelDelete(this.eventDeps(), channelId);
  }

  // World setup
  addUser(input: UserInput = {}): ApiUser {
    const user = this.state.addUser(input);
    if (input.roles) this.state.addMember(this.defaults.guildId, user.id, input.roles);
    return user;
  }
  addMember(guildId: string, userId: string, roles?: string[]): void {
    this.state.addMember(guildId, userId, roles);
  }
  /**
   * Replaces the permissions of the bot's role in the default guild (default ADMINISTRATOR).
   * Calls needing a permission the bot no longer has answer 403 50013 "Missing Permissions".
   */
  setBotPermissions(bits: bigint): void {
    const guild = this.state.guilds.get(this.defaults.guildId);
    const role = guild?.roles.find((r) => r.id === this.defaults.botRoleId);
    if (!guild || !role) throw new Error("fake-discord: the bot's role is gone");
    role.permissions = bits.toString();
    this.gateway.dispatch(
      "GUILD_ROLE_UPDATE",
      { guild_id: guild.id, role },
      { guildId: guild.id, intent: Intents.Guilds },
    );
  }
  /** Adds a channel overwrite denying the bot `bits` there (threads inherit their parent's). */
  denyBotPermissions(channelId: string, bits: bigint): void {
    const channel = this.state.channels.get(channelId);
    if (!channel) throw new Error(`fake-discord: unknown channel ${channelId}`);
    const list = [...((channel.permission_overwrites as ApiObject[] | undefined) ?? [])];
    const botId = this.state.botUser.id;
    const at = list.findIndex((o) => o.id === botId);
    const current = at === -1 ? { id: botId, type: 1, allow: "0", deny: "0" } : (list[at] as ApiObject);
    const next = { ...current, deny: (BigInt(String(current.deny)) | bits).toString() };
    if (at === -1) list.push(next);
    else list[at] = next;
    channel.permission_overwrites = list;
    dispatchChannelUpdate(this.eventDeps(), channel);
  }
  /** Messages to this user's DM channel fail with 50007 from now on. */
  closeDms(userId: string): void {
    this.state.closedDms.add(userId);
  }
  openDms(userId: string): void {
    this.state.closedDms.delete(userId);
  }

  // Faults
  rateLimitNext(matcher: RouteMatcher, fault: RateLimitFault = {}): void {
    this.faults.rateLimitNext(matcher, fault);
  }
  failNext(matcher: RouteMatcher, fault: FailFault): void {
    this.faults.failNext(matcher, fault);
  }
  delay(matcher: RouteMatcher, ms: number): void {
    this.faults.delay(matcher, ms);
  }

  // Observation
  interactionResponses(interactionId: string): InteractionResponse[] {
    return this.log.responses(interactionId);
  }
  waitForResponse(
    interactionId: string,
    predicate: (response: InteractionResponse) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<InteractionResponse> {
    return this.waitFor(
      () => this.log.responses(interactionId).find(predicate),
      timeoutMs,
      `for a response to interaction ${interactionId}`,
    );
  }
  channel(channelId: string): ApiObject | undefined {
    return this.state.channels.get(channelId);
  }
  channelMessages(channelId: string): ApiObject[] {
    return this.state.channelMessages(channelId);
  }
  /** Paths of attachment downloads so far (`<channel>/<id>/<name>`), in order. */
  attachmentFetches(): string[] {
    return [...this.state.attachmentFetches];
  }
  dmMessages(userId: string): ApiObject[] {
    return this.state.channelMessages(String(this.state.dmChannel(userId).id));
  }
  registeredCommands(options: { guildId?: string } = {}): Command[] {
    return [
      ...(options.guildId
        ? (this.state.guildCommands.get(options.guildId) ?? [])
        : this.state.globalCommands),
    ];
  }
  /** Resolves with the predicate's first truthy value; the timeout error lists recent requests. */
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5000, description = ""): Promise<T> {
    return waitUntil(this.signal, predicate, timeoutMs, () => {
      const what = description ? `waiting ${description}` : "waiting for a condition";
      return `${what}.\nRecent requests:\n${describeRequests(this.requests)}`;
    });
  }

  /** Clears logs, messages, commands, faults, closed DMs and stats; guilds, channels and sessions stay. */
  reset(): void {
    this.requests.splice(0);
    this.faults.reset();
    this.log.clear();
    Object.assign(this.stats, {
      identifies: 0,
      resumes: 0,
      heartbeats: 0,
      connections: 0,
      unknownRoutes: [],
    });
    const { state } = this;
    for (const map of [state.messages, state.channelLog, state.guildCommands, state.attachments]) map.clear();
    state.closedDms.clear();
    state.globalCommands.splice(0);
    state.attachmentFetches.splice(0);
  }

  /** Terminates sockets and stops listening without waiting for clients. */
  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private eventDeps() {
    return { state: this.state, gateway: this.gateway };
  }
  private interactionDeps() {
    return { state: this.state, gateway: this.gateway, log: this.log };
  }
}
