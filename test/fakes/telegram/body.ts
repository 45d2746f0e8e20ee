/**
 * Request parameters, as the Bot API accepts them: query string, application/json,
 * application/x-www-form-urlencoded and multipart/form-data (telegraf switches to multipart
 * whenever a call uploads a file). The multipart parser is minimal: fields become strings, parts
 * with a filename become UploadedFile buffers.
 */
import type { IncomingMessage } from "node:http";
import { badRequest, isRecord } from "./errors.js";
import type { Params, UploadedFile } from "./types.js";

export interface ParsedBody {
  params: Params;
  files: UploadedFile[];
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function headerParam(header: string, name: string): string | undefined {
  const match = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

function parseMultipart(body: Buffer, boundary: string): ParsedBody {
  const params: Params = {};
  const files: UploadedFile[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === "--") break; // closing delimiter
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // A part is "\r\nheaders\r\n\r\nbody\r\n" between two delimiters.
    const part = body.subarray(partStart, next);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      let content = part.subarray(headerEnd + 4);
      if (content.subarray(-2).toString() === "\r\n") content = content.subarray(0, -2);
      const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? "";
      const name = headerParam(disposition, "name");
      const filename = headerParam(disposition, "filename");
      if (name !== undefined && filename !== undefined) {
        const contentType =
          /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim() ?? "application/octet-stream";
        files.push({ field: name, filename, contentType, bytes: Buffer.from(content) });
      } else if (name !== undefined) {
        params[name] = content.toString("utf8");
      }
    }
    start = next;
  }
  return { params, files };
}

export function parseParams(
  contentType: string | undefined,
  body: Buffer,
  query: URLSearchParams,
): ParsedBody {
  const params: Params = Object.fromEntries(query.entries());
  const type = (contentType ?? "").toLowerCase();
  if (body.length === 0) return { params, files: [] };
  if (type.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (!isRecord(parsed)) throw badRequest("JSON object expected");
    return { params: { ...params, ...parsed }, files: [] };
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = headerParam(contentType ?? "", "boundary");
    if (!boundary) throw badRequest("multipart boundary is missing");
    const multipart = parseMultipart(body, boundary);
    return { params: { ...params, ...multipart.params }, files: multipart.files };
  }
  // urlencoded (and anything else) is read as a form.
  const form = new URLSearchParams(body.toString("utf8"));
  return { params: { ...params, ...Object.fromEntries(form.entries()) }, files: [] };
}
