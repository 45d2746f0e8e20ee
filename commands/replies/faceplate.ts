/**
 * Adds the faceplate picture (display showing the code, buttons marked) to a decode reply, when
 * the app provides a renderer (`services.faceplate`) and pictures are on. The picture never
 * replaces the text steps: screen readers and text-only clients keep the full answer. Its caption
 * names the code ("Code 4727: buttons 1–4 pressed as marked…"): Telegram shows it under the photo,
 * Discord as the picture's alt text.
 */
import { t } from "../../src/core/i18n/index.js";
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
  const caption = t(ctx.locale, "faceplate.caption", { pin });
  return { ...reply, attachments: [...(reply.attachments ?? []), { ...picture, caption }] };
}
