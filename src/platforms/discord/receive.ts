/**
 * INTERACTION_CREATE → the bot → a rendered answer. One error boundary per interaction: whatever
 * goes wrong, the user gets the friendly, localised apology (ephemeral), never Discord's
 * "This interaction failed". No business logic: commands, buttons and autocomplete all go to the
 * registry through the bot.
 */
import {
  ApplicationCommandOptionType,
  type Attachment,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from "discord.js";
import { dokker } from "../../../commands/dokker.js";
import type { Services } from "../../../commands/services.js";
import type { CommandContext, OptionValues } from "../../../commands/types.js";
import type { Bot } from "../../bot/index.js";
import { internalError } from "../../bot/outcomes.js";
import { type Locale, localeFromTag } from "../../core/i18n/locales.js";
import type { Logger } from "../../logger.js";
import { decodeMessageCommandName } from "./command-data.js";
import { commandContext, whereOf } from "./context.js";
import { errorFields, isApiError, UNKNOWN_INTERACTION } from "./errors.js";
import { downloadAttachments, LABEL_PHOTO_MAX_BYTES } from "./files.js";
import { answerButton, answerCommand, answerFailure } from "./respond.js";
import { idOf, interactionShape, shapeProblems } from "./shape.js";
import type { DeskScope } from "./staff.js";

export interface ReceiveDeps {
  readonly bot: Bot;
  readonly services: Services;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  readonly deferAfterMs: number;
  /** Support desk on Discord: ticket threads and staff (absent without a Discord desk). */
  readonly desk?: DeskScope;
}

/** Discord allows at most 25 autocomplete choices, names and values ≤ 100 characters. */
const MAX_CHOICES = 25;
const cut100 = (s: string) => (s.length <= 100 ? s : s.slice(0, 100));

export function createInteractionHandler(deps: ReceiveDeps): (interaction: Interaction) => Promise<void> {
  const { bot, logger } = deps;
  const contextMenuName = decodeMessageCommandName();

  /** Typed option values; an attachment option's value is only the file's id (its bytes come in `ctx`). */
  function optionValues(interaction: ChatInputCommandInteraction): OptionValues {
    const out: Record<string, string | number | undefined> = {};
    for (const o of interaction.options.data) {
      if (o.type === ApplicationCommandOptionType.Attachment) continue;
      if (typeof o.value === "string" || typeof o.value === "number") out[o.name] = o.value;
    }
    return out;
  }

  /**
   * The context with the files given to the command (attachment options, or the message a context
   * menu was used on), downloaded into memory — inside the answer's deadline, so a slow download
   * is deferred like a slow handler. What the files mean is the command's business; one over the
   * cap comes without bytes, marked `tooLarge`, for the command to answer.
   */
  async function withFiles(ctx: CommandContext, files: readonly Attachment[]): Promise<CommandContext> {
    if (files.length === 0) return ctx;
    const attachments = await downloadAttachments(files, logger, {
      maxBytes: LABEL_PHOTO_MAX_BYTES,
      reportTooLarge: true,
    });
    return attachments.length > 0 ? { ...ctx, attachments } : ctx;
  }

  async function chatInput(interaction: ChatInputCommandInteraction) {
    const ctx = await commandContext(deps, interaction);
    const files = interaction.options.data.flatMap((o) => (o.attachment ? [o.attachment] : []));
    const work = withFiles(ctx, files).then((full) =>
      bot.runCommand(interaction.commandName, optionValues(interaction), full, interaction.id),
    );
    return answerCommand(interaction, whereOf(interaction), work, deps.deferAfterMs);
  }

  async function messageContextMenu(interaction: MessageContextMenuCommandInteraction) {
    const ctx = await commandContext(deps, interaction);
    const target = interaction.targetMessage;
    const work =
      interaction.commandName === contextMenuName
        ? withFiles(ctx, [...target.attachments.values()]).then((full) =>
            bot.runCommand(dokker.name, { precode: target.content }, full, interaction.id),
          )
        : bot.runCommand(interaction.commandName, {}, ctx, interaction.id);
    return answerCommand(interaction, whereOf(interaction), work, deps.deferAfterMs);
  }

  async function button(interaction: ButtonInteraction) {
    const ctx = await commandContext(deps, interaction);
    const work = bot.runAction(interaction.customId, ctx, interaction.id);
    return answerButton(interaction, whereOf(interaction), work, deps.deferAfterMs);
  }

  /** Autocomplete can't be deferred: answer right away, empty when the command has no suggestions. */
  async function autocomplete(interaction: AutocompleteInteraction) {
    const command = bot.commands.find((c) => c.name === interaction.commandName);
    let choices: { name: string; value: string }[] = [];
    if (command?.autocomplete) {
      const ctx = await commandContext({ ...deps, desk: undefined }, interaction);
      const focused = interaction.options.getFocused(true);
      try {
        choices = await command.autocomplete(focused.name, String(focused.value), ctx);
      } catch (error) {
        logger.error({ err: errorFields(error), interaction: interaction.id }, "discord autocomplete failed");
      }
    }
    await interaction.respond(
      choices.slice(0, MAX_CHOICES).map((c) => ({ name: cut100(c.name), value: cut100(c.value) })),
    );
  }

  async function route(interaction: Interaction): Promise<string | undefined> {
    if (interaction.isChatInputCommand()) return (await chatInput(interaction)).outcome;
    if (interaction.isMessageContextMenuCommand()) return (await messageContextMenu(interaction)).outcome;
    if (interaction.isButton()) return (await button(interaction)).outcome;
    if (interaction.isAutocomplete()) {
      await autocomplete(interaction);
      return "autocomplete";
    }
    return undefined; // other component types, modals: not used
  }

  return async (interaction) => {
    const problems = shapeProblems(interactionShape, interaction);
    if (problems) {
      logger.warn({ interaction: idOf(interaction), problems }, "discord interaction malformed, skipped");
      return;
    }
    const fields = {
      interaction: interaction.id,
      type: interaction.type,
      name: describe(interaction),
      user: interaction.user.id,
      guild: interaction.guildId ?? undefined,
    };
    logger.debug(fields, "discord interaction");
    try {
      const outcome = await route(interaction);
      logger.debug({ ...fields, outcome }, "discord interaction answered");
    } catch (error) {
      if (isApiError(error, UNKNOWN_INTERACTION)) {
        // Too late (over 3 s) or already gone: nothing can be sent on this interaction any more.
        logger.warn(
          { ...fields, err: errorFields(error) },
          "discord interaction expired before it was answered",
        );
        return;
      }
      logger.error({ ...fields, err: errorFields(error) }, "discord interaction failed");
      if (!interaction.isRepliable()) return;
      const locale = localeFromTag(interaction.locale) ?? deps.defaultLocale;
      await answerFailure(interaction, internalError({ locale })).catch((second: unknown) => {
        logger.error({ ...fields, err: errorFields(second) }, "discord apology could not be sent");
      });
    }
  };
}

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent()) return interaction.customId.split(":")[0] ?? "";
  return "";
}
