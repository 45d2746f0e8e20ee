import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { REST } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { multipartBody, uploadAsOneBuffer } from "../../../src/platforms/discord/multipart.js";

/** Parsed the way a server does (undici's multipart parser), as names, file names, types and bytes. */
async function parse(body: Buffer | FormData, contentType?: string) {
  const init = contentType ? { headers: { "content-type": contentType } } : {};
  const form = await new Response(body, init).formData();
  const out: { name: string; filename?: string; type?: string; text: string }[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") out.push({ name, text: value });
    else
      out.push({
        name,
        filename: value.name,
        type: value.type,
        text: Buffer.from(await value.arrayBuffer()).toString("base64"),
      });
  }
  return out;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe("uploads as one multipart buffer", () => {
  it("reads back exactly as the FormData @discordjs/rest would have sent", async () => {
    const json = { content: "PIN 0086 – «ü»", attachments: [{ id: 0, filename: "code.png" }] };
    const ours = multipartBody(json, [{ name: "code.png", data: PNG }]);
    const form = new FormData();
    form.append("files[0]", new Blob([PNG], { type: "image/png" }), "code.png");
    form.append("payload_json", JSON.stringify(json));
    const theirs = await parse(form);
    const mine = await parse(ours.body, ours.contentType);
    expect(mine.map((p) => p.name).sort()).toEqual(["files[0]", "payload_json"]);
    expect([...mine].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...theirs].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it("keeps any file name, key, bytes and body intact (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\r\n"]/.test(s)),
            data: fc.uint8Array({ maxLength: 200 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.jsonValue(),
        async (files, json) => {
          const { body, contentType } = multipartBody(json, files);
          const parsed = await parse(body, contentType);
          const filesBack = parsed.filter((p) => p.filename !== undefined);
          expect(filesBack.map((p) => [p.name, p.filename, p.text])).toEqual(
            files.map((f, i) => [`files[${i}]`, f.name, Buffer.from(f.data).toString("base64")]),
          );
          const payload = parsed.find((p) => p.name === "payload_json");
          if (json === null) expect(payload).toBeUndefined();
          else expect(JSON.parse(payload?.text ?? "")).toEqual(JSON.parse(JSON.stringify(json)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("escapes quotes and line breaks in a file name", async () => {
    const { body, contentType } = multipartBody(undefined, [{ name: 'a"b\r\nc.png', data: PNG }]);
    const text = body.toString("latin1");
    expect(text).toContain('filename="a%22b%0D%0Ac.png"');
    expect((await parse(body, contentType)).map((p) => p.name)).toEqual(["files[0]"]);
  });

  it("names a file's type by its bytes when none is given", async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1]);
    const { body, contentType } = multipartBody(undefined, [
      { name: "a.png", data: PNG },
      { name: "b", data: jpeg },
      { name: "c.txt", data: Buffer.from("hello") },
    ]);
    expect((await parse(body, contentType)).map((p) => p.type)).toEqual([
      "image/png",
      "image/jpeg",
      "application/octet-stream",
    ]);
  });

  it("sends a REST upload as one multipart body, and plain JSON unchanged", async () => {
    const seen: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(200, { "content-type": "application/json" }).end('{"id":"1"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const rest = new REST({ api: `http://127.0.0.1:${port}`, retries: 0 }).setToken("t");
      uploadAsOneBuffer(rest);
      await rest.post("/channels/1/messages", {
        body: { content: "hi" },
        files: [{ name: "code.png", data: PNG }],
      });
      await rest.post("/channels/1/messages", { body: { content: "plain" } });
      const [upload, plain] = seen;
      const type = upload?.headers["content-type"] ?? "";
      expect(type).toMatch(/^multipart\/form-data; boundary=dokker-[0-9a-f]{24}$/);
      expect(upload?.headers.authorization).toBe("Bot t");
      const parts = await parse(upload?.body ?? Buffer.alloc(0), type);
      expect(parts).toEqual([
        { name: "payload_json", text: '{"content":"hi"}' },
        { name: "files[0]", filename: "code.png", type: "image/png", text: PNG.toString("base64") },
      ]);
      expect(plain?.headers["content-type"]).toBe("application/json");
      expect(plain?.body.toString()).toBe('{"content":"plain"}');
    } finally {
      server.close();
    }
  });
});
