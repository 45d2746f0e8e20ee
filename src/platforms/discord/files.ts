/**
 * Files in both directions. Discord attachment URLs are signed and expire (about 24 h), so the
 * support desk never links them: incoming files are downloaded here (bytes, with a size cap) and
 * outgoing ones are uploaded again as `files[n]` parts of a multipart message.
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
import type { Attachment, RawFile } from "discord.js";
import type { IncomingAttachment } from "../../../commands/types.js";
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

/**
 * Downloads attachments (a message's, or those given to a command). Files over the cap, or whose
 * download fails, are skipped and logged (the text is still relayed); the rest keep their order.
 */
export async function downloadAttachments(
  attachments: Iterable<Attachment>,
  logger: Logger,
  maxBytes = MAX_RELAY_FILE_BYTES,
): Promise<IncomingAttachment[]> {
  const out: IncomingAttachment[] = [];
  for (const a of attachments) {
    const fields = { attachment: a.id, size: a.size };
    if (a.size > maxBytes) {
      logger.warn({ ...fields, maxBytes }, "discord attachment too large to relay; skipped");
      continue;
    }
    try {
      const res = await fetch(a.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const data = new Uint8Array(await res.arrayBuffer());
      // The announced size can lie; the bytes decide.
      if (data.byteLength > maxBytes) {
        logger.warn({ ...fields, maxBytes }, "discord attachment too large to relay; skipped");
        continue;
      }
      out.push({
        name: a.name,
        contentType: a.contentType ?? "application/octet-stream",
        size: data.byteLength,
        data,
      });
    } catch (error) {
      // No URL in the log: attachment URLs are signed.
      logger.warn(
        { ...fields, err: error instanceof Error ? error.message : String(error) },
        "discord attachment download failed; skipped",
      );
    }
  }
  return out;
}
