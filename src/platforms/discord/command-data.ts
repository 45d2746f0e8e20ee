/**
 * Application-command JSON built from the registry in `commands/` (the guide's `data.toJSON()`,
 * but generated): names, English descriptions with `description_localizations`, typed options with
 * their limits (an `attachment` option is Discord's ATTACHMENT type), and installability to servers
 * and users. Plus one message context-menu command, "Decode pre-code", that decodes the pre-code
 * found in someone's message, or reads it from the message's photo of the label.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 * @see https://discord.com/developers/docs/reference#locales
 */
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type LocalizationMap,
  type RESTPutAPIApplicationCommandsJSONBody,
} from "discord.js";
import { listCommands } from "../../../commands/registry.js";
import type { Command, CommandOption } from "../../../commands/types.js";
import { allTranslations, type MessageKey, t } from "../../core/i18n/index.js";
import type { Locale } from "../../core/i18n/locales.js";

export const COMMAND_LIMITS = { name: 32, description: 100, options: 25 } as const;

/** Our locales → Discord's locale codes (Spanish has two). English is the default text. */
export const DISCORD_LOCALES: Readonly<Record<Exclude<Locale, "en">, readonly string[]>> = {
  fr: ["fr"],
  de: ["de"],
  es: ["es-ES", "es-419"],
  ro: ["ro"],
  tr: ["tr"],
};

/** The catalog key of the message context-menu command's name. */
const DECODE_MESSAGE_KEY: MessageKey = "cmd.decode-message.name";

/** The context-menu command's default (English) name: Discord sends it as `commandName`. */
export function decodeMessageCommandName(): string {
  return limit(t("en", DECODE_MESSAGE_KEY), COMMAND_LIMITS.name);
}

function limit(text: string, max: number): string {
  const s = text.replace(/\s+/g, " ").trim();
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** `description_localizations` / `name_localizations` for a key, every Discord locale we speak. */
function localizations(key: MessageKey, max: number): LocalizationMap {
  const all = allTranslations(key);
  const out: Record<string, string> = {};
  for (const [ours, codes] of Object.entries(DISCORD_LOCALES)) {
    const text = all[ours as Locale];
    if (!text) continue;
    for (const code of codes) out[code] = limit(text, max);
  }
  return out as LocalizationMap;
}

function optionData(o: CommandOption): APIApplicationCommandBasicOption {
  const common = {
    name: o.name,
    description: limit(t("en", o.description), COMMAND_LIMITS.description),
    description_localizations: localizations(o.description, COMMAND_LIMITS.description),
    required: o.required,
  };
  if (o.type === "attachment") return { ...common, type: ApplicationCommandOptionType.Attachment };
  if (o.type === "integer") {
    return {
      ...common,
      type: ApplicationCommandOptionType.Integer,
      ...(o.min !== undefined ? { min_value: o.min } : {}),
      ...(o.max !== undefined ? { max_value: o.max } : {}),
      ...(o.autocomplete ? { autocomplete: true } : {}),
    };
  }
  return {
    ...common,
    type: ApplicationCommandOptionType.String,
    // Discord accepts min_length 0–6000 and max_length 1–6000.
    ...(o.minLength !== undefined ? { min_length: Math.max(0, Math.min(6000, o.minLength)) } : {}),
    ...(o.maxLength !== undefined ? { max_length: Math.max(1, Math.min(6000, o.maxLength)) } : {}),
    ...(o.autocomplete ? { autocomplete: true } : {}),
  };
}

const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};

/**
 * Staff commands (support desk) are server-only and hidden from members by default
 * (`default_member_permissions: "0"`: only administrators until a server grants a role).
 */
const STAFF_ONLY = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
  default_member_permissions: "0",
};

export function slashCommandData(c: Command): RESTPutAPIApplicationCommandsJSONBody[number] {
  // Discord requires required options before optional ones.
  const options = [...c.options.filter((o) => o.required), ...c.options.filter((o) => !o.required)]
    .slice(0, COMMAND_LIMITS.options)
    .map(optionData);
  return {
    type: ApplicationCommandType.ChatInput,
    name: c.name,
    description: limit(t("en", c.description), COMMAND_LIMITS.description),
    description_localizations: localizations(c.description, COMMAND_LIMITS.description),
    ...(options.length > 0 ? { options } : {}),
    ...(c.audience === "staff" ? STAFF_ONLY : EVERYWHERE),
  };
}

function decodeMessageCommandData(): RESTPutAPIApplicationCommandsJSONBody[number] {
  return {
    type: ApplicationCommandType.Message,
    name: decodeMessageCommandName(),
    name_localizations: localizations(DECODE_MESSAGE_KEY, COMMAND_LIMITS.name),
    ...EVERYWHERE,
  };
}

/** Everything to register: visible slash commands, then the message context menu. */
export function buildCommandData(
  commands: readonly Command[] = listCommands(),
  desk = true,
): RESTPutAPIApplicationCommandsJSONBody {
  const offered = commands.filter((c) => !c.hidden && (c.needs !== "desk" || desk));
  return [...offered.map(slashCommandData), decodeMessageCommandData()];
}
