/**
 * "Is this a real image?" as Telegram and Discord answer it: the bytes must start like a PNG,
 * JPEG, WebP or GIF file and decode. Both fakes use it to refuse photo uploads that are not
 * images, and to give user-sent photos their real width and height.
 */
import sharp from "sharp";

export type ImageFormat = "png" | "jpeg" | "webp" | "gif";

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
}

/** The format named by the first bytes, or undefined when they match none of the four. */
export function imageFormat(bytes: Uint8Array): ImageFormat | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "png";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP")
    return "webp";
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.toString("latin1", 0, 6))) return "gif";
  return undefined;
}

function jpegSize(b: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < b.length && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0;
    const length = b.readUInt16BE(at + 2);
    // SOF0…SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}

function webpSize(b: Buffer): { width: number; height: number } | undefined {
  const chunk = b.toString("latin1", 12, 16);
  if (chunk === "VP8 " && b.length >= 30)
    return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (chunk === "VP8L" && b.length >= 25) {
    const [b1 = 0, b2 = 0, b3 = 0, b4 = 0] = b.subarray(21, 25);
    return {
      width: 1 + (((b2 & 0x3f) << 8) | b1),
      height: 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | (b2 >> 6)),
    };
  }
  if (chunk === "VP8X" && b.length >= 30)
    return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  return undefined;
}

/**
 * Format and size read from the header alone (synchronous; no decoding), or undefined when the
 * bytes are not a PNG/JPEG/WebP/GIF with a readable header.
 */
export function imageHeader(bytes: Uint8Array): ImageInfo | undefined {
  const format = imageFormat(bytes);
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size: { width: number; height: number } | undefined;
  if (format === "png" && b.length >= 24) size = { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (format === "gif" && b.length >= 10) size = { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (format === "jpeg") size = jpegSize(b);
  if (format === "webp") size = webpSize(b);
  return format && size && size.width > 0 && size.height > 0 ? { format, ...size } : undefined;
}

/**
 * Format and size of an image, or undefined when the bytes are not a decodable PNG/JPEG/WebP/GIF.
 * sharp decodes the whole image (test images are small), so a truncated file is refused too.
 */
export async function inspectImage(bytes: Uint8Array): Promise<ImageInfo | undefined> {
  const format = imageFormat(bytes);
  if (!format) return undefined;
  try {
    const { info } = await sharp(bytes, { failOn: "error" }).raw().toBuffer({ resolveWithObject: true });
    return { format, width: info.width, height: info.height };
  } catch {
    return undefined;
  }
}

/** A small solid-colour image for tests that need real image bytes. */
export function sampleImage(format: ImageFormat = "png", width = 32, height = 24): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } });
  return image.toFormat(format).toBuffer();
}
