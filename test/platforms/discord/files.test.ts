/**
 * The Discord adapter's download of files given to it: the announced size is checked first, and
 * a body that runs past the cap anyway (announced small, served big) is cut off as it streams in.
 * A real HTTP server on 127.0.0.1 serves the bytes; the attachments are discord.js's own objects.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type APIAttachment, Attachment } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadAttachments } from "../../../src/platforms/discord/files.js";
import { memoryLogger } from "../../support/logger.js";

const CAP = 64 * 1024;
let server: Server;
let base: string;
/** Bytes the server wrote for the last `/endless` request before the client went away. */
let written = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/small") {
      res.end(Buffer.alloc(1000, 7));
      return;
    }
    // No content-length (chunked): only the bytes can tell it is too large. Up to 50 MB.
    written = 0;
    const chunk = Buffer.alloc(16 * 1024, 1);
    const pump = () => {
      while (written < 50 * 1024 * 1024 && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** discord.js builds these from the API's objects; its typings hide the constructor. */
const AttachmentOf = Attachment as unknown as new (data: APIAttachment) => Attachment;

const attachment = (id: string, path: string, size: number) =>
  new AttachmentOf({
    id,
    filename: `${id}.jpg`,
    size,
    url: `${base}${path}`,
    proxy_url: `${base}${path}`,
    content_type: "image/jpeg",
  });

describe("downloadAttachments", () => {
  it("GIVEN a file announced over the cap THEN it is reported tooLarge without a request; skipped when not reporting", async () => {
    const big = attachment("1", "/endless", CAP + 1);
    const { logger } = memoryLogger();
    const reported = await downloadAttachments([big], logger, { maxBytes: CAP, reportTooLarge: true });
    expect(reported).toEqual([
      {
        name: "1.jpg",
        contentType: "image/jpeg",
        size: CAP + 1,
        data: new Uint8Array(0),
        tooLarge: { maxBytes: CAP },
      },
    ]);
    expect(written).toBe(0);
    expect(await downloadAttachments([big], logger, { maxBytes: CAP })).toEqual([]);
  });

  it("GIVEN a file announced small whose bytes run past the cap THEN the download stops early and it is reported tooLarge", async () => {
    const liar = attachment("2", "/endless", 1000);
    const small = attachment("3", "/small", 1000);
    const { logger, lines } = memoryLogger();
    const got = await downloadAttachments([liar, small], logger, { maxBytes: CAP, reportTooLarge: true });
    expect(got.map((f) => [f.name, f.tooLarge?.maxBytes, f.data.byteLength])).toEqual([
      ["2.jpg", CAP, 0],
      ["3.jpg", undefined, 1000],
    ]);
    // Cut off near the cap, not read to the end (50 MB): what the server got out before the
    // client went away is the cap plus socket buffers.
    expect(written).toBeLessThan(16 * 1024 * 1024);
    expect(lines().some((l) => l.msg === "discord attachment over the size cap; not downloaded")).toBe(true);
  });
});
