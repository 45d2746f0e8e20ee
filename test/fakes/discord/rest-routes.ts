/**
 * Routes for the bot itself, its application and commands, guilds and gateway discovery.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
import { guildObject } from "./objects.js";
import { apiError, json, type RestReply, type RestRequest, type Route } from "./rest.js";
import type { Command, FakeState } from "./state.js";
import type { ApiObject } from "./types.js";
import { isObject, validateCommands } from "./validate.js";

export interface MiscRouteDeps {
  state: FakeState;
  wsUrl: () => string;
  shards: number;
  maxConcurrency: number;
  applicationFlags: number;
}

export function miscRoutes(deps: MiscRouteDeps): Route[] {
  const { state } = deps;
  const commands = "/applications/:appId/commands";
  const guildCommands = "/applications/:appId/guilds/:guildId/commands";
  const guild = (id: string | undefined) => state.guilds.get(id ?? "");
  return [
    { method: "GET", pattern: "/gateway", auth: false, handle: () => json(200, { url: deps.wsUrl() }) },
    {
      method: "GET",
      pattern: "/gateway/bot",
      handle: () =>
        json(200, {
          url: deps.wsUrl(),
          shards: deps.shards,
          session_start_limit: {
            total: 1000,
            remaining: 1000,
            reset_after: 0,
            max_concurrency: deps.maxConcurrency,
          },
        }),
    },
    { method: "GET", pattern: "/users/@me", handle: () => json(200, state.botUser) },
    {
      method: "GET",
      pattern: "/users/:id",
      handle: (_r, p) => {
        const user = state.users.get(p.id ?? "");
        return user ? json(200, user) : apiError(404, 10013, "Unknown User");
      },
    },
    { method: "GET", pattern: "/applications/@me", handle: () => json(200, application(deps)) },
    {
      method: "GET",
      pattern: commands,
      handle: (_r, p) => withApp(deps, p, () => json(200, state.globalCommands)),
    },
    {
      method: "PUT",
      pattern: commands,
      handle: (r, p) => withApp(deps, p, () => overwrite(state, state.globalCommands, r)),
    },
    {
      method: "GET",
      pattern: guildCommands,
      handle: (_r, p) => withApp(deps, p, () => json(200, state.guildCommands.get(p.guildId ?? "") ?? [])),
    },
    {
      method: "PUT",
      pattern: guildCommands,
      handle: (r, p) =>
        withApp(deps, p, () => {
          if (!guild(p.guildId)) return apiError(404, 10004, "Unknown Guild");
          const list = state.guildCommands.get(p.guildId ?? "") ?? [];
          state.guildCommands.set(p.guildId ?? "", list);
          return overwrite(state, list, r, p.guildId);
        }),
    },
    {
      method: "GET",
      pattern: "/guilds/:id",
      handle: (_r, p) => {
        const found = guildObject(state, p.id ?? "");
        return found ? json(200, found) : apiError(404, 10004, "Unknown Guild");
      },
    },
    {
      method: "GET",
      pattern: "/guilds/:id/channels",
      handle: (_r, p) =>
        guild(p.id)
          ? json(
              200,
              [...state.channels.values()].filter((c) => c.guild_id === p.id && !state.isThread(c)),
            )
          : apiError(404, 10004, "Unknown Guild"),
    },
    {
      method: "GET",
      pattern: "/guilds/:id/threads/active",
      handle: (_r, p) =>
        json(200, {
          threads: [...state.channels.values()].filter((c) => c.guild_id === p.id && state.isThread(c)),
          members: [],
        }),
    },
    {
      method: "GET",
      pattern: "/guilds/:id/roles",
      handle: (_r, p) => {
        const found = guild(p.id);
        return found ? json(200, found.roles) : apiError(404, 10004, "Unknown Guild");
      },
    },
    {
      method: "GET",
      pattern: "/guilds/:id/members/:userId",
      handle: (_r, p) => {
        if (!guild(p.id)) return apiError(404, 10004, "Unknown Guild");
        const member = state.memberObject(p.id ?? "", p.userId ?? "");
        return member ? json(200, member) : apiError(404, 10007, "Unknown Member");
      },
    },
  ];
}

function withApp(deps: MiscRouteDeps, p: Record<string, string>, run: () => RestReply): RestReply {
  return p.appId === deps.state.applicationId ? run() : apiError(403, 50001, "Missing Access");
}

/**
 * Bulk overwrite: the body is the complete list. Commands keep their ID when a command of the same
 * name and type already exists, as on Discord; the rest get new IDs.
 */
function overwrite(state: FakeState, list: Command[], req: RestRequest, guildId?: string): RestReply {
  const invalid = validateCommands(req.body);
  if (invalid || !Array.isArray(req.body)) return json(400, invalid);
  const next = (req.body as unknown[]).filter(isObject).map((body): Command => {
    const type = Number(body.type ?? 1);
    const existing = list.find((c) => c.name === body.name && Number(c.type ?? 1) === type);
    return {
      default_member_permissions: null,
      nsfw: false,
      ...body,
      type,
      name: String(body.name),
      description: String(body.description ?? ""),
      id: existing?.id ?? state.nextId(),
      application_id: state.applicationId,
      version: state.nextId(),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  });
  list.splice(0, list.length, ...next);
  return json(200, next);
}

function application(deps: MiscRouteDeps): ApiObject {
  const { state } = deps;
  return {
    id: state.applicationId,
    name: state.botUser.username,
    icon: null,
    description: "",
    bot_public: false,
    bot_require_code_grant: false,
    bot: state.botUser,
    owner: state.defaults.staffUser,
    team: null,
    verify_key: "0".repeat(64),
    flags: deps.applicationFlags,
    approximate_guild_count: state.guilds.size,
    integration_types_config: { "0": {}, "1": {} },
  };
}
