/**
 * Files in both directions. Discord attachment URLs are signed and expire (about 24 h), so the
 * support desk never links them: incoming files are downloaded here (bytes, with a size cap) and
 * outgoing ones are uploaded again as `files[n]` parts of a multipart message.
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
import type { Attachment, RawFile } from "discord.js";
import type { IncomingAttachment } from "../../../commands/types.js";
import type { PictureRecipe } from "../../core/reply.js";
import { cleanName } from "../../core/text.js";
import type { Logger } from "../../logger.js";

/**
 * Largest file relayed (bytes). 8 MB is below every server's upload limit for bots (Discord's
 * floor is 10 MiB for unboosted servers and DMs), so a file we accept can always be re-uploaded.
 */
const MAX_RELAY_FILE_BYTES = 8 * 1024 * 1024;
/**
 * Largest photo fetched for reading a label (`/dokker photo:`, the context menu): the label
 * reader's own limit, so a bigger one is still fetched only up to what could be read at all.
 */
export const LABEL_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Discord accepts at most 10 files per message. */
export const FILES_PER_MESSAGE = 10;
const DOWNLOAD_TIMEOUT_MS = 15_000;

/** What we upload: anything with a name, a type and bytes (ReplyAttachment, RelayAttachment). */
export interface UploadFile {
  readonly name: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  /** What a picture shows (a reply's faceplate): its alt text in interaction answers. */
  readonly caption?: string | undefined;
  /** A picture the app can draw again: an outbox row keeps this instead of `data`. */
  readonly recipe?: PictureRecipe | undefined;
}

/** Files as @discordjs/rest sends them (it builds the multipart body with `payload_json`). */
export function toRawFiles(files: readonly UploadFile[]): RawFile[] {
  return files.map((f) => ({
    name: uploadName(f.name),
    contentType: f.contentType || "application/octet-stream",
    data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
  }));
}

/**
 * The name a file is uploaded under (Discord shows it; an embed refers to it as
 * `attachment://<name>`): short, free of path separators and control characters.
 */
export function uploadName(name: string): string {
  const cleaned = cleanName(name.replace(/[\r\n/\\]/g, "_"));
  return (cleaned || "file").slice(-100);
}

export interface DownloadOptions {
  /** Largest file fetched (bytes); the relay cap unless given. */
  readonly maxBytes?: number;
  /**
   * Files over the cap are still returned, without bytes and marked `tooLarge`, so the command
   * can say so (a user's DM, a command's files). Otherwise (staff messages) they are skipped.
   */
  readonly reportTooLarge?: boolean;
}

/** Thrown by `readCapped` when the body runs past the cap. */
class OverCap extends Error {}

/** The body's bytes, at most `maxBytes`: a longer body is cancelled as soon as it runs over. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new OverCap();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (res.body) {
    for await (const chunk of res.body) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new OverCap(); // leaving the loop cancels the stream
      chunks.push(chunk);
    }
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Downloads attachments (a message's, or those given to a command). Files over the cap (the size
 * Discord announces, or the bytes themselves) are not fetched further: reported as `tooLarge`
 * with `reportTooLarge`, else skipped and logged; a failed download is skipped and logged (the
 * text is still relayed). The rest keep their order.
 */
export async function downloadAttachments(
  attachments: Iterable<Attachment>,
  logger: Logger,
  options: DownloadOptions = {},
): Promise<IncomingAttachment[]> {
  const maxBytes = options.maxBytes ?? MAX_RELAY_FILE_BYTES;
  const out: IncomingAttachment[] = [];
  const tooLarge = (a: Attachment) => {
    logger.warn(
      { attachment: a.id, size: a.size, maxBytes, reported: options.reportTooLarge === true },
      "discord attachment over the size cap; not downloaded",
    );
    if (!options.reportTooLarge) return;
    out.push({
      name: a.name,
      contentType: a.contentType ?? "application/octet-stream",
      size: a.size,
      data: new Uint8Array(0),
      tooLarge: { maxBytes },
    });
  };
  for (const a of attachments) {
    if (a.size > maxBytes) {
      tooLarge(a);
      continue;
    }
    try {
      const res = await fetch(a.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      // The announced size can lie; the bytes decide.
      const data = await readCapped(res, maxBytes);
      out.push({
        name: a.name,
        contentType: a.contentType ?? "application/octet-stream",
        size: data.byteLength,
        data,
      });
    } catch (error) {
      if (error instanceof OverCap) {
        tooLarge(a);
        continue;
      }
      // No URL in the log: attachment URLs are signed.
      logger.warn(
        { attachment: a.id, size: a.size, err: error instanceof Error ? error.message : String(error) },
        "discord attachment download failed; skipped",
      );
    }
  }
  return out;
}
