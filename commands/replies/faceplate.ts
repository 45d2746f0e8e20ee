/**
 * Adds the faceplate picture (display showing the code, buttons marked) to a decode reply, when
 * the app provides a renderer (`services.faceplate`) and pictures are on. The picture never
 * replaces the text steps: screen readers and text-only clients keep the full answer.
 */
import type { Reply } from "../../src/core/reply.js";
import type { CommandContext } from "../types.js";

export async function withFaceplate(
  ctx: CommandContext,
  reply: Reply,
  radio: string,
  pin: string,
): Promise<Reply> {
  const draw = ctx.services.faceplate;
  if (!draw) return reply;
  const picture = await draw(radio, pin, ctx.locale);
  if (!picture) return reply;
  return { ...reply, attachments: [...(reply.attachments ?? []), picture] };
}
