/**
 * A picture's type from its first bytes (what it is, whatever its name or declared type says):
 * PNG, JPEG, GIF or WebP; `undefined` for anything else.
 */
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (b: Uint8Array, bytes: readonly number[], at = 0) =>
  bytes.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export type PictureType = "image/png" | "image/jpeg" | "image/gif" | "image/webp";

export function pictureType(b: Uint8Array): PictureType | undefined {
  if (startsWith(b, PNG)) return "image/png";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(b, ascii("GIF8"))) return "image/gif";
  if (startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8)) return "image/webp";
  return undefined;
}
