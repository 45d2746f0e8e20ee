/**
 * Files in both directions. Telegram file links expire (about an hour) and contain the bot token,
 * so a relayed file is always downloaded and re-uploaded as bytes, never linked.
 * - Download: `getFile` gives a `file_path`; the bytes are at `<apiRoot>/file/bot<token>/<path>`.
 *   The cloud Bot API lets bots download files up to 20 MB (getFile answers "file is too big");
 *   a bigger file is reported without bytes (`tooLarge`) where the user should hear about it
 *   (private chats), else skipped (logged); the message itself is still handled.
 * - Upload: photos (JPEG/PNG/WebP up to 10 MB) with sendPhoto, everything else with sendDocument
 *   (50 MB). telegraf sends a payload value `{ source: Buffer, filename }` as multipart/form-data;
 *   a Buffer (never a string: telegraf would read a local path) can be sent again on a retry.
 * @see https://core.telegram.org/bots/api#getfile
 * @see https://core.telegram.org/bots/api#sending-files
 */
import type { IncomingAttachment } from "../../../commands/types.js";
import type { ReplyAttachment } from "../../core/reply.js";
import { cleanName } from "../../core/text.js";
import type { Logger } from "../../logger.js";
import { scrubToken } from "../errors.js";
import type { Delivery, OutgoingCall } from "./delivery.js";
import { truncatePlain } from "./render.js";
import type { TgMessage } from "./types.js";

/** Telegram's limit for files a bot downloads through the cloud Bot API. */
export const DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
/** sendPhoto accepts at most 10 MB; larger images go as documents. */
const PHOTO_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
const PHOTO_TYPES = new Set(["image/jpeg", "image/jpg", "image/png", "image/webp"]);
/** Captions are 0-1024 characters after entity parsing. */
export const CAPTION_LIMIT = 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

export interface FileRef {
  readonly fileId: string;
  readonly name: string;
  readonly contentType: string;
  readonly size?: number;
}

/** The files of a message: the largest size of a photo (sizes come smallest first), a document. */
export function filesOf(m: TgMessage): FileRef[] {
  const out: FileRef[] = [];
  const photo = m.photo?.at(-1);
  if (photo) {
    out.push({
      fileId: photo.file_id,
      name: `photo-${m.message_id}.jpg`,
      contentType: "image/jpeg", // Telegram re-encodes every photo as JPEG
      ...(photo.file_size !== undefined ? { size: photo.file_size } : {}),
    });
  }
  const doc = m.document;
  if (doc) {
    out.push({
      fileId: doc.file_id,
      name: doc.file_name ?? `file-${m.message_id}`,
      contentType: doc.mime_type ?? "application/octet-stream",
      ...(doc.file_size !== undefined ? { size: doc.file_size } : {}),
    });
  }
  // Voice notes and videos: the bot says what to send instead, an open ticket relays them.
  const media = [
    [m.voice, "voice", "ogg", "audio/ogg"],
    [m.audio, "audio", "mp3", "audio/mpeg"],
    [m.video, "video", "mp4", "video/mp4"],
    [m.video_note, "video-note", "mp4", "video/mp4"],
  ] as const;
  for (const [file, kind, ext, type] of media) {
    if (!file) continue;
    out.push({
      fileId: file.file_id,
      name: `${kind}-${m.message_id}.${ext}`,
      contentType: file.mime_type ?? type,
      ...(file.file_size !== undefined ? { size: file.file_size } : {}),
    });
  }
  return out;
}

export interface Downloader {
  /**
   * Downloads what it can; a file that fails is skipped (and logged), one over the 20 MB limit
   * too, unless `reportTooLarge`: then it is returned without bytes, marked `tooLarge`.
   */
  download(
    files: readonly FileRef[],
    options?: { readonly reportTooLarge?: boolean },
  ): Promise<IncomingAttachment[]>;
}

/** Thrown inside `one` for a file over the bot download limit. */
class OverLimit extends Error {}

export function createDownloader(deps: {
  readonly delivery: Delivery;
  readonly token: string;
  readonly apiRoot?: string | undefined;
  readonly logger: Logger;
}): Downloader {
  const root = (deps.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
  const log = deps.logger;

  async function one(ref: FileRef): Promise<IncomingAttachment | undefined> {
    if ((ref.size ?? 0) > DOWNLOAD_LIMIT_BYTES) throw new OverLimit();
    // A read: no place in the chat's FIFO needed (ordered: false), still retried on 429/5xx.
    const file = await deps.delivery
      .call<{ file_path?: string; file_size?: number }>({
        method: "getFile",
        payload: { file_id: ref.fileId },
        ordered: false,
      })
      .catch((error: unknown) => {
        if (error instanceof Error && /file is too big/i.test(error.message)) throw new OverLimit();
        throw error;
      });
    if ((file.file_size ?? 0) > DOWNLOAD_LIMIT_BYTES) throw new OverLimit();
    if (!file.file_path) {
      log.warn({ name: ref.name, size: file.file_size }, "telegram file not downloadable; skipped");
      return undefined;
    }
    const res = await fetch(`${root}/file/bot${deps.token}/${file.file_path}`, {
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`file download answered HTTP ${res.status}`);
    const data = new Uint8Array(await res.arrayBuffer());
    if (data.byteLength > DOWNLOAD_LIMIT_BYTES) throw new OverLimit();
    return { name: ref.name, contentType: ref.contentType, size: data.byteLength, data };
  }

  return {
    async download(files, options = {}) {
      const out: IncomingAttachment[] = [];
      for (const ref of files) {
        try {
          const got = await one(ref);
          if (got) out.push(got);
        } catch (error) {
          if (error instanceof OverLimit) {
            const reported = options.reportTooLarge === true;
            log.warn(
              { name: ref.name, size: ref.size, reported },
              "telegram file over the 20 MB bot download limit",
            );
            if (reported) {
              const tooLarge = { maxBytes: DOWNLOAD_LIMIT_BYTES };
              out.push({
                name: ref.name,
                contentType: ref.contentType,
                size: ref.size ?? 0,
                data: new Uint8Array(0),
                tooLarge,
              });
            }
            continue;
          }
          // The URL holds the token: only a scrubbed message is logged.
          const reason = scrubToken(error instanceof Error ? error.message : String(error));
          log.warn({ name: ref.name, reason }, "telegram file download failed; skipped");
        }
      }
      return out;
    },
  };
}

/** A multipart file name: no quotes, backslashes, slashes, line breaks or control characters; not empty. */
function safeFileName(name: string): string {
  const cleaned = cleanName(name.replace(/[\r\n"\\/]/g, "_"));
  return truncatePlain(cleaned === "" ? "file" : cleaned, 120);
}

function isPhoto(file: Pick<ReplyAttachment, "contentType" | "data">): boolean {
  const type = file.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return PHOTO_TYPES.has(type) && file.data.byteLength <= PHOTO_UPLOAD_LIMIT_BYTES;
}

/**
 * Where a file upload `{source, filename}` keeps the recipe of a picture the app can draw again:
 * a symbol, so telegraf never sends it, and the outbox stores the recipe instead of the bytes.
 */
export const RECIPE: unique symbol = Symbol("picture recipe");

/** The sendPhoto/sendDocument call for one file; `caption` is plain text (no parse mode). */
export function fileCall(
  target: { readonly chatId: number; readonly topicId?: number | undefined },
  file: Pick<ReplyAttachment, "name" | "contentType" | "data" | "recipe">,
  caption?: string,
): OutgoingCall {
  const photo = isPhoto(file);
  const field = photo ? "photo" : "document";
  const upload = { source: Buffer.from(file.data), filename: safeFileName(file.name) };
  return {
    method: photo ? "sendPhoto" : "sendDocument",
    payload: {
      chat_id: target.chatId,
      ...(target.topicId === undefined ? {} : { message_thread_id: target.topicId }),
      [field]: file.recipe ? { ...upload, [RECIPE]: file.recipe } : upload,
      ...(caption ? { caption: truncatePlain(caption, CAPTION_LIMIT) } : {}),
    },
  };
}
