/**
 * Pictures in waiting outbox rows: a picture the app can draw again (`ReplyAttachment.recipe`)
 * is stored as its recipe, not its bytes, and drawn again by the sender when the row leaves. A
 * burst of decodes then writes a few bytes per picture to the store instead of ~170 KB of base64,
 * and marking the row sent has nothing large to overwrite.
 */
import type { Services } from "../../commands/services.js";
import { isLocale } from "../core/i18n/locales.js";
import type { PictureRecipe } from "../core/reply.js";
import { PlatformError } from "./errors.js";

export function isPictureRecipe(value: unknown): value is PictureRecipe {
  if (!value || typeof value !== "object") return false;
  const r = value as Record<string, unknown>;
  return (
    r.kind === "faceplate" &&
    typeof r.radio === "string" &&
    typeof r.pin === "string" &&
    typeof r.locale === "string" &&
    isLocale(r.locale)
  );
}

/** Draws a stored recipe again; a picture that can no longer be drawn fails its row for good. */
export async function redraw(
  services: Pick<Services, "faceplate">,
  recipe: PictureRecipe,
  platform: string,
): Promise<Uint8Array> {
  const picture = await services.faceplate?.(recipe.radio, recipe.pin, recipe.locale);
  if (!picture) {
    throw new PlatformError("refused", "the picture could not be drawn again (pictures off?)", {
      platform,
      reason: "picture",
    });
  }
  return picture.data;
}
