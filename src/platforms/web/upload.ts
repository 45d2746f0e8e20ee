/**
 * A photo the visitor attaches (the radio's label for the support team): JSON
 * `{ name, data }` with the bytes in base64. Only pictures, recognised by their first bytes (the
 * declared type is ignored), at most UPLOAD_LIMIT. It reaches the bot as `ctx.attachments`,
 * exactly like a photo sent on Telegram or Discord.
 */
import type { IncomingAttachment } from "../../../commands/types.js";
import { pictureType } from "../../core/picture-type.js";
import { cleanName } from "../../core/text.js";

export const UPLOAD_LIMIT = 5 * 1024 * 1024;

/** The attachment, or "invalid" (not a picture, too big, malformed). */
export function parseUpload(value: unknown): IncomingAttachment | "invalid" {
  if (typeof value !== "object" || value === null) return "invalid";
  const { name, data } = value as Record<string, unknown>;
  if (typeof data !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return "invalid";
  const bytes = Buffer.from(data, "base64");
  if (bytes.length === 0 || bytes.length > UPLOAD_LIMIT) return "invalid";
  const type = pictureType(bytes);
  if (!type) return "invalid";
  const clean =
    typeof name === "string"
      ? cleanName(name.replace(/[\r\n\\/]/g, "_"))
          .slice(0, 100)
          .trim()
      : "";
  return {
    name: clean === "" ? `photo.${type.slice(6)}` : clean,
    contentType: type,
    size: bytes.length,
    data: new Uint8Array(bytes),
  };
}
