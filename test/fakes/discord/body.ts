/**
 * Request-body parsing for the fake's REST API. discord.js sends JSON, or multipart/form-data with a
 * `payload_json` part and `files[n]` parts when attachments are uploaded.
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
import type { IncomingMessage } from "node:http";
import type { RecordedFile } from "./types.js";

export interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (raw.length === 0) return { body: undefined, files: [] };
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
  if (contentType?.startsWith("multipart/form-data") && boundary) {
    return parseMultipart(raw, boundary[1] ?? boundary[2] ?? "");
  }
  const text = raw.toString("utf8");
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

function parseMultipart(raw: Buffer, boundary: string): ParsedBody {
  const delimiter = Buffer.from(`--${boundary}`);
  const files: RecordedFile[] = [];
  let body: unknown;
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    // Each part: CRLF, headers, blank line, content, CRLF before the next delimiter.
    const part = raw.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    if (split !== -1) {
      const headers = part.subarray(0, split).toString("utf8");
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? "application/octet-stream";
      if (filename !== undefined) {
        files.push({ field: name, filename, contentType: type.trim(), data: Buffer.from(content) });
      } else if (name === "payload_json") {
        body = JSON.parse(content.toString("utf8"));
      }
    }
    start = next;
  }
  return { body, files };
}
