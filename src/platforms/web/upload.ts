/**
 * A photo the visitor attaches (the radio's label for the support team): JSON
 * `{ name, data }` with the bytes in base64. Only pictures, recognised by their first bytes (the
 * declared type is ignored), at most UPLOAD_LIMIT. It reaches the bot as `ctx.attachments`,
 * exactly like a photo sent on Telegram or Discord.
 */
import type { IncomingAttachment } from "../../../commands/types.js";
import { cleanName } from "../../core/text.js";

export const UPLOAD_LIMIT = 5 * 1024 * 1024;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SIGNATURES: readonly { type: string; test: (b: Buffer) => boolean }[] = [
  { type: "image/png", test: (b) => b.subarray(0, 8).equals(PNG) },
  { type: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", test: (b) => b.subarray(0, 4).toString("latin1") === "GIF8" },
  {
    type: "image/webp",
    test: (b) =>
      b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
];

/** The attachment, or "invalid" (not a picture, too big, malformed). */
export function parseUpload(value: unknown): IncomingAttachment | "invalid" {
  if (typeof value !== "object" || value === null) return "invalid";
  const { name, data } = value as Record<string, unknown>;
  if (typeof data !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return "invalid";
  const bytes = Buffer.from(data, "base64");
  if (bytes.length === 0 || bytes.length > UPLOAD_LIMIT) return "invalid";
  const kind = SIGNATURES.find((s) => s.test(bytes));
  if (!kind) return "invalid";
  const clean =
    typeof name === "string"
      ? cleanName(name.replace(/[\r\n\\/]/g, "_"))
          .slice(0, 100)
          .trim()
      : "";
  return {
    name: clean === "" ? `photo.${kind.type.slice(6)}` : clean,
    contentType: kind.type,
    size: bytes.length,
    data: new Uint8Array(bytes),
  };
}
