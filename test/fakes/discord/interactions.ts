/**
 * Builders for INTERACTION_CREATE payloads, shaped like what Discord sends so discord.js 14 parses
 * them: `entitlements` (it calls `.reduce`), `app_permissions`, `authorizing_integration_owners`,
 * `context`, the partial `channel`, and `member` (guild) or `user` (DM).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
import { type AttachmentInput, storeUserFile } from "./events.js";
import type { Gateway } from "./gateway.js";
import type { InteractionLog } from "./interaction-log.js";
import { botPermissions } from "./permissions.js";
import { ALL_PERMISSIONS, type FakeState } from "./state.js";
import type { ApiObject, InjectedInteraction, UserInput } from "./types.js";

export interface InteractionTarget {
  guildId?: string;
  channelId?: string;
  user?: UserInput;
  locale?: string;
  /** Sent in the bot's DM channel with the user (no guild, no member). */
  dm?: boolean;
}

/** Options as Discord sends them, or a shorthand `{ name: value }` (string 3, integer 4, boolean 5, number 10). */
export type OptionsInput = ApiObject[] | Record<string, string | number | boolean>;

export interface SlashCommandInput extends InteractionTarget {
  name: string;
  options?: OptionsInput;
  /**
   * Files given to ATTACHMENT options, by option name: each becomes an option of type 11 whose
   * value is the attachment's id, with the attachment object (its URL served by the fake) in
   * `resolved.attachments`, as Discord sends them.
   */
  attachments?: Record<string, AttachmentInput>;
  commandId?: string;
}

export interface ButtonInput extends InteractionTarget {
  customId: string;
  /** ID of a stored message, or fields of the message carrying the button (defaults to a bot message). */
  message?: string | ApiObject;
}

export interface MessageContextMenuInput extends InteractionTarget {
  name: string;
  /** The message the menu was used on; its files are stored and served like a message's. */
  targetMessage: { id?: string; content: string; author?: UserInput; attachments?: AttachmentInput[] };
  commandId?: string;
}

export interface AutocompleteInput extends InteractionTarget {
  name: string;
  options: OptionsInput;
  /** With the shorthand form: which option is focused (default: the first). */
  focused?: string;
  commandId?: string;
}

export interface InteractionDeps {
  state: FakeState;
  log: InteractionLog;
  gateway: Gateway;
}

export function slashCommand(deps: InteractionDeps, input: SlashCommandInput): InjectedInteraction {
  const typed = toOptions(input.options);
  const resolvedUsers = resolveUsers(deps.state, typed);
  return inject(deps, 2, input, (guildId, channelId) => {
    const files = Object.entries(input.attachments ?? {}).map(
      ([name, file]) => [name, storeUserFile(deps.state, channelId, file)] as const,
    );
    const options = [...typed, ...files.map(([name, a]) => ({ name, type: 11, value: a.id }))];
    const resolved = {
      ...(resolvedUsers ? { users: resolvedUsers } : {}),
      ...(files.length ? { attachments: Object.fromEntries(files.map(([, a]) => [String(a.id), a])) } : {}),
    };
    return {
      id: input.commandId ?? commandIdFor(deps.state, input.name, guildId),
      name: input.name,
      type: 1, // CHAT_INPUT
      ...(options.length ? { options } : {}),
      ...(Object.keys(resolved).length ? { resolved } : {}),
      ...(guildId && deps.state.guildCommands.get(guildId)?.some((c) => c.name === input.name)
        ? { guild_id: guildId }
        : {}),
    };
  });
}

export function button(deps: InteractionDeps, input: ButtonInput): InjectedInteraction {
  const { state } = deps;
  let message: ApiObject | undefined;
  return inject(
    deps,
    3,
    input,
    () => ({ custom_id: input.customId, component_type: 2 }),
    (channelId) => {
      message =
        typeof input.message === "string"
          ? state.messages.get(input.message)
          : state.storeMessage(
              state.buildMessage(channelId, state.botUser, {
                components: [
                  {
                    type: 1,
                    components: [{ type: 2, style: 1, label: "Button", custom_id: input.customId }],
                  },
                ],
                ...input.message,
              }),
            );
      if (!message) throw new Error(`fake-discord: unknown message ${String(input.message)}`);
      return { message };
    },
  );
}

export function messageContextMenu(
  deps: InteractionDeps,
  input: MessageContextMenuInput,
): InjectedInteraction {
  const { state } = deps;
  return inject(deps, 2, input, (guildId, channelId) => {
    const author = state.resolveUser(input.targetMessage.author ?? { id: state.defaults.user.id }, guildId);
    const target = state.storeMessage(
      state.buildMessage(channelId, author, {
        ...(input.targetMessage.id ? { id: input.targetMessage.id } : {}),
        content: input.targetMessage.content,
        attachments: (input.targetMessage.attachments ?? []).map((a) => storeUserFile(state, channelId, a)),
      }),
    );
    return {
      id: input.commandId ?? commandIdFor(state, input.name, guildId),
      name: input.name,
      type: 3, // MESSAGE context menu
      target_id: target.id,
      resolved: { messages: { [String(target.id)]: target } },
    };
  });
}

export function autocomplete(deps: InteractionDeps, input: AutocompleteInput): InjectedInteraction {
  const options = toOptions(input.options);
  const focusedName = input.focused ?? options.find((o) => o.focused)?.name ?? options[0]?.name;
  const marked = options.map((o) => (o.name === focusedName ? { ...o, focused: true } : o));
  return inject(deps, 4, input, (guildId) => ({
    id: input.commandId ?? commandIdFor(deps.state, input.name, guildId),
    name: input.name,
    type: 1,
    options: marked,
  }));
}

/** Assembles the common interaction envelope, records it and dispatches INTERACTION_CREATE. */
function inject(
  deps: InteractionDeps,
  type: number,
  input: InteractionTarget,
  data: (guildId: string | undefined, channelId: string) => ApiObject,
  extra?: (channelId: string) => ApiObject,
): InjectedInteraction {
  const { state } = deps;
  const dm = input.dm ?? false;
  const user = state.resolveUser(input.user);
  const channel = dm
    ? state.dmChannel(user.id)
    : state.channels.get(input.channelId ?? state.defaults.textChannelId);
  if (!channel) throw new Error(`fake-discord: unknown channel ${String(input.channelId)}`);
  const channelId = String(channel.id);
  const guildId = dm ? undefined : (input.guildId ?? (channel.guild_id as string | undefined));
  if (guildId) state.resolveUser(input.user ?? { id: user.id }, guildId);
  const id = state.nextId();
  const token = `fake-token-${id}-${Math.random().toString(36).slice(2, 10)}`;
  const extraFields = extra?.(channelId) ?? {};
  const payload: ApiObject = {
    id,
    application_id: state.applicationId,
    type,
    token,
    version: 1,
    data: data(guildId, channelId),
    channel_id: channelId,
    channel: { ...channel, ...(guildId ? { permissions: ALL_PERMISSIONS } : {}) },
    locale: input.locale ?? "en-US",
    // What the bot may do in this channel (setBotPermissions / denyBotPermissions change it).
    app_permissions: botPermissions(state, channel).toString(),
    entitlements: [],
    // Key "0" = installed to a guild (value: guild ID, or "0" in the bot's DM); "1" = user install.
    authorizing_integration_owners: { "0": guildId ?? "0" },
    context: dm ? 1 : 0, // 0 GUILD, 1 BOT_DM
    attachment_size_limit: 10 * 1024 * 1024,
    ...extraFields,
    ...(guildId
      ? {
          guild_id: guildId,
          guild: { id: guildId, locale: "en-US", features: [] },
          guild_locale: "en-US",
          member: {
            ...state.memberObject(guildId, user.id),
            permissions: state.memberPermissions(guildId, user.id),
          },
        }
      : { user }),
  };
  const message = extraFields.message as ApiObject | undefined;
  deps.log.add({
    id,
    token,
    type,
    channelId,
    ...(guildId ? { guildId } : {}),
    user,
    ...(message ? { componentMessageId: String(message.id) } : {}),
    acknowledged: false,
    responses: [],
    createdAt: Date.now(),
  });
  deps.gateway.dispatch("INTERACTION_CREATE", payload, guildId ? { guildId } : {});
  return { id, token };
}

/** The registered command's ID (guild list first, then global), or a fresh one. */
function commandIdFor(state: FakeState, name: string, guildId: string | undefined): string {
  const guildList = guildId ? (state.guildCommands.get(guildId) ?? []) : [];
  const found = [...guildList, ...state.globalCommands].find((c) => c.name === name);
  return found?.id ?? state.nextId();
}

function toOptions(input: OptionsInput | undefined): ApiObject[] {
  if (!input) return [];
  if (Array.isArray(input)) return input;
  return Object.entries(input).map(([name, value]) => ({
    name,
    value,
    type: typeof value === "boolean" ? 5 : typeof value === "number" ? (Number.isInteger(value) ? 4 : 10) : 3,
  }));
}

/** USER options (type 6) carry an ID; discord.js looks the user up in `resolved.users`. */
function resolveUsers(state: FakeState, options: ApiObject[]): Record<string, ApiObject> | undefined {
  const users: Record<string, ApiObject> = {};
  const walk = (list: ApiObject[]) => {
    for (const option of list) {
      const user = option.type === 6 ? state.users.get(String(option.value)) : undefined;
      if (user) users[user.id] = user;
      if (Array.isArray(option.options)) walk(option.options as ApiObject[]);
    }
  };
  walk(options);
  return Object.keys(users).length ? users : undefined;
}
