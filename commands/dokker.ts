/** `/dokker V284` — the PIN for a pre-code, entry steps and lockout advice. */
import { recentProfile } from "../src/bot/locale.js";
import { parsePrecode } from "../src/core/precode.js";
import { DEFAULT_RADIO, radioFromShortCode } from "../src/core/radio.js";
import { ACTION_IDS } from "./replies/action-ids.js";
import { expiredButtonReply } from "./replies/expired.js";
import { withFaceplate } from "./replies/faceplate.js";
import { pinReply } from "./replies/pin.js";
import { EXAMPLE_PRECODE, precodeErrorReply } from "./replies/precode-error.js";
import type { Command, CommandContext } from "./types.js";

async function decode(text: string, ctx: CommandContext, radioCode?: string, replace = false) {
  const parsed = parsePrecode(text);
  if (!parsed.ok) {
    const context = parsed.code === "precode.empty" ? { example: EXAMPLE_PRECODE } : parsed.context;
    return precodeErrorReply(ctx.locale, parsed.code, context);
  }
  const radio = (radioCode && radioFromShortCode(radioCode)) || DEFAULT_RADIO;
  await saveDecode(ctx, { lastPrecode: parsed.value.precode, lastPin: parsed.value.pin, radioType: radio });
  return withFaceplate(ctx, pinReply(ctx.locale, parsed.value, radio, { replace }), radio, parsed.value.pin);
}

/**
 * Skipping a profile write that would change nothing (but `updated_at`). This process remembers
 * what it last wrote per user (bounded, oldest dropped first), and a write is skipped only when
 * that matches AND the profile read at the start of this very update (src/bot/locale.ts, from the
 * store, at most seconds old) still holds the same pre-code — so a `/forget`, a staff decode or
 * any other change to the pre-code, from this instance or another, makes the next decode write
 * again. (The profile service exposes only the pre-code, not the radio type.) Cross-instance
 * limit: if another instance changed only the radio type for the same pre-code after this one
 * wrote it, this instance may leave that radio type in place for a repeat of its own last decode.
 */
const WRITTEN_MAX = 1000;
const writtenBy = new WeakMap<object, Map<string, string>>();

async function saveDecode(
  ctx: CommandContext,
  patch: { lastPrecode: string; lastPin: string; radioType: string },
) {
  const profiles = ctx.services.profiles;
  if (!profiles) return;
  const userKey = `${ctx.user.platform}:${ctx.user.id}`;
  let written = writtenBy.get(profiles); // per profile service (one per store)
  if (!written) {
    written = new Map();
    writtenBy.set(profiles, written);
  }
  const values = `${patch.lastPrecode}\u0000${patch.lastPin}\u0000${patch.radioType}`;
  if (written.get(userKey) === values && recentProfile(profiles, userKey)?.lastPrecode === patch.lastPrecode)
    return;
  await profiles.update(userKey, patch);
  written.delete(userKey);
  if (written.size >= WRITTEN_MAX) written.delete(written.keys().next().value ?? "");
  written.set(userKey, values);
}

export const dokker: Command = {
  name: "dokker",
  description: "cmd.dokker.description",
  options: [
    {
      name: "precode",
      type: "string",
      description: "cmd.dokker.option.precode",
      required: true,
      minLength: 1,
      maxLength: 100,
    },
  ],
  handle: (input, ctx) => decode(String(input.options.precode ?? ""), ctx),
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
