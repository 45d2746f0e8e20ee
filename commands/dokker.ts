/**
 * `/dokker V284` — the PIN for a pre-code, entry steps and lockout advice. Given a photo instead
 * (Discord's `photo` option, the "Decode pre-code" menu on a message with a picture), the pre-code
 * is read from the label and proposed for a tap (label-photo.ts): a typed pre-code wins.
 */
import { DECODE_TOPIC } from "../src/core/faq/follow-up.js";
import { parsePrecode } from "../src/core/precode.js";
import { DEFAULT_RADIO, radioFromShortCode } from "../src/core/radio.js";
import { userKeyOf } from "../src/core/user-key.js";
import { readAttachedLabel } from "./label-photo.js";
import { ACTION_IDS } from "./replies/action-ids.js";
import { expiredButtonReply } from "./replies/expired.js";
import { withFaceplate } from "./replies/faceplate.js";
import { pinReply } from "./replies/pin.js";
import { EXAMPLE_PRECODE, misreadReply, precodeErrorReply } from "./replies/precode-error.js";
import type { Command, CommandContext } from "./types.js";

async function decode(
  text: string,
  ctx: CommandContext,
  radioCode?: string,
  replace = false,
  parsed = parsePrecode(text),
) {
  if (!parsed.ok) {
    const context = parsed.code === "precode.empty" ? { example: EXAMPLE_PRECODE } : parsed.context;
    return precodeErrorReply(ctx.locale, parsed.code, context);
  }
  // A misread (V2B4 → V284) is a guess: proposed for a tap, never decoded by itself.
  if (parsed.value.assumed) return misreadReply(ctx.locale, parsed.value.assumed);
  const radio = (radioCode && radioFromShortCode(radioCode)) || DEFAULT_RADIO;
  await saveDecode(ctx, {
    lastPrecode: parsed.value.precode,
    lastPin: parsed.value.pin,
    radioType: radio,
    // What the user asks next ("it didn't work", "which button?") follows up on the code.
    lastTopic: { id: DECODE_TOPIC, at: ctx.now.getTime() },
  });
  return withFaceplate(ctx, pinReply(ctx.locale, parsed.value, radio, { replace }), radio, parsed.value.pin);
}

/** The user's last decode, kept for the support desk's ticket header and lockout reminders. */
async function saveDecode(
  ctx: CommandContext,
  patch: {
    lastPrecode: string;
    lastPin: string;
    radioType: string;
    lastTopic: { id: string; at: number };
  },
) {
  await ctx.services.profiles?.update(userKeyOf(ctx.user), patch);
}

export const dokker: Command = {
  name: "dokker",
  description: "cmd.dokker.description",
  options: [
    {
      name: "precode",
      type: "string",
      description: "cmd.dokker.option.precode",
      // Optional since a photo may stand in for it; without either the reply shows an example.
      required: false,
      minLength: 1,
      maxLength: 100,
    },
    { name: "photo", type: "attachment", description: "cmd.dokker.option.photo", required: false },
  ],
  handle: async (input, ctx) => {
    const text = String(input.options.precode ?? "");
    const parsed = parsePrecode(text);
    if (!parsed.ok) {
      const fromPhoto = await readAttachedLabel(ctx);
      if (fromPhoto) return fromPhoto;
    }
    return decode(text, ctx, undefined, false, parsed);
  },
  actions: [
    {
      // Switch radio type: re-render the same message with other steps. Payload `V284.pr`.
      id: ACTION_IDS["dokker.radio"],
      handle: (payload, ctx) => {
        const [precode = "", radio = ""] = payload.split(".");
        if (!radioFromShortCode(radio)) return expiredButtonReply(ctx.locale);
        return decode(precode, ctx, radio, true);
      },
    },
    {
      // "Did you mean V284?" / pick one of several pre-codes. Payload `V284`.
      id: ACTION_IDS["dokker.decode"],
      handle: (payload, ctx) => decode(payload, ctx),
    },
  ],
};
