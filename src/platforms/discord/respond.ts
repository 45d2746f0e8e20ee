/**
 * Answering an interaction on time. Discord drops an interaction that is not acknowledged within
 * 3 s ("This interaction failed"), and the first response fixes whether it is ephemeral. So the
 * handler runs against a timer: if it hasn't produced a Reply after `deferAfterMs` (~2 s), the
 * interaction is deferred (`deferReply` / `deferUpdate`) and the Reply later arrives as an edit
 * or follow-up (the token stays valid for 15 min).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import type { Reply } from "../../core/reply.js";
import { defaultEphemeral, replyFlags, type Where } from "./context.js";
import { uploadName } from "./files.js";
import { renderReply } from "./render.js";

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Resolves with `work`'s value; calls `defer` first when `work` is still pending after `ms`.
 * `deferred` tells the caller which response method is left (edit/follow-up instead of reply).
 */
export async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  defer: () => Promise<unknown>,
): Promise<{ value: T; deferred: boolean }> {
  const settled: Promise<Settled<T>> = work.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<"slow">((resolve) => {
    timer = setTimeout(() => resolve("slow"), ms);
  });
  const first = await Promise.race([settled, slow]);
  clearTimeout(timer);
  let deferred = false;
  if (first === "slow") {
    await defer();
    deferred = true;
  }
  const result = first === "slow" ? await settled : first;
  if (!result.ok) throw result.error;
  return { value: result.value, deferred };
}

/**
 * A Reply as discord.js message options: files as attachment payloads under their upload names
 * (the embed shows the picture by that name). On an update the new files replace the old ones,
 * so a radio-type switch swaps the picture too.
 */
function interactionMessage(reply: Reply) {
  const { files, ...message } = renderReply(reply);
  if (files.length === 0) return message;
  return {
    ...message,
    files: files.map((f) => ({
      attachment: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
      name: uploadName(f.name),
      // Alt text: what the picture shows, for screen readers and when images are off.
      ...(f.caption ? { description: f.caption.slice(0, 1024) } : {}),
    })),
  };
}

type CommandLike = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** Slash command or context menu: reply, or defer (ephemeral as the default would be) then edit. */
export async function answerCommand(
  interaction: CommandLike,
  where: Where,
  work: Promise<Reply>,
  deferAfterMs: number,
): Promise<Reply> {
  const { value: reply, deferred } = await withDeadline(work, deferAfterMs, () =>
    interaction.deferReply(defaultEphemeral(where) ? { flags: MessageFlags.Ephemeral } : {}),
  );
  const message = interactionMessage(reply);
  if (deferred) await interaction.editReply(message);
  else {
    const flags = replyFlags(where, reply);
    await interaction.reply(flags ? { ...message, flags } : message);
  }
  return reply;
}

/**
 * Button: a Reply with `replace` updates the message the button was on (callback type 7);
 * otherwise it is a new message. When slow: `deferUpdate`, then edit or follow up.
 */
export async function answerButton(
  interaction: ButtonInteraction,
  where: Where,
  work: Promise<Reply>,
  deferAfterMs: number,
): Promise<Reply> {
  const { value: reply, deferred } = await withDeadline(work, deferAfterMs, () => interaction.deferUpdate());
  const message = interactionMessage(reply);
  if (reply.replace) {
    if (deferred) await interaction.editReply(message);
    else await interaction.update(message);
    return reply;
  }
  const flags = replyFlags(where, reply);
  const options = flags ? { ...message, flags } : message;
  if (deferred) await interaction.followUp(options);
  else await interaction.reply(options);
  return reply;
}

/** The friendly apology, ephemeral, by whichever method is still open (the caller catches). */
export async function answerFailure(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const options = { ...interactionMessage(reply), flags: MessageFlags.Ephemeral } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}
