/**
 * HTTP hardening (issue #11) on the real server: 413 and a closed connection for bodies over the
 * limit (declared or streamed), slow requests cut off in seconds, a connection cap, and health
 * and metrics on their own listener with METRICS_PORT.
 */
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { mountHealth } from "../../src/http/health.js";
import { createMetrics } from "../../src/http/metrics.js";
import { mountOperations } from "../../src/http/ops-listener.js";
import { createHttpServer, type HttpServer, MAX_BODY_BYTES, readBody } from "../../src/http/server.js";
import { memoryLogger } from "../support/logger.js";

const servers: HttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(opts: Partial<Parameters<typeof createHttpServer>[0]> = {}) {
  const { logger } = memoryLogger("silent");
  const http = createHttpServer({ host: "127.0.0.1", port: 0, logger, ...opts });
  // A route like the webhook: reads the body, answers 400 on any read error.
  http.route("POST", "/in", async (req, res) => {
    try {
      const body = await readBody(req);
      res.writeHead(200).end(String(body.length));
    } catch {
      res.writeHead(400).end();
    }
  });
  servers.push(http);
  return { http, port: await http.listen() };
}

/** Raw socket: what it received and when it was closed by the server. */
function rawClient(port: number) {
  const socket: Socket = connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (d: Buffer) => {
    received += d.toString("latin1");
  });
  socket.on("error", () => undefined); // a reset after close is fine
  const closed = new Promise<number>((resolve) => {
    const t0 = performance.now();
    socket.once("close", () => resolve(performance.now() - t0));
  });
  return { socket, received: () => received, closed };
}

describe("HTTP hardening", () => {
  it("GIVEN a declared 50 MB body THEN 413 at once and the connection closed, the body never read", async () => {
    const { port } = await start();
    const c = rawClient(port);
    c.socket.write("POST /in HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n");
    c.socket.write(Buffer.alloc(64 * 1024));
    await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(c.received().toLowerCase()).toContain("connection: close");
  });

  it("GIVEN a chunked body crossing the limit THEN 413 (not 400) and the connection closed", async () => {
    const { port } = await start();
    const c = rawClient(port);
    c.socket.write("POST /in HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    const chunk = Buffer.alloc(256 * 1024, 97);
    for (let sent = 0; sent <= MAX_BODY_BYTES && !c.socket.destroyed; sent += chunk.length) {
      c.socket.write(`${chunk.length.toString(16)}\r\n`);
      c.socket.write(chunk);
      c.socket.write("\r\n");
    }
    await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
  });

  it("GIVEN a body within the limit THEN it is read (the route answers 200)", async () => {
    const { port } = await start();
    const res = await fetch(`http://127.0.0.1:${port}/in`, { method: "POST", body: "x".repeat(1000) });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("1000");
  });

  it("GIVEN a body that stalls THEN the request is cut off after the request timeout, not minutes", async () => {
    const { port } = await start({ requestTimeoutMs: 1000, headersTimeoutMs: 1000 });
    const c = rawClient(port);
    c.socket.write("POST /in HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly-a-bit");
    const ms = await c.closed;
    expect(ms).toBeLessThan(3500); // 1 s timeout, checked every second
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("GIVEN more connections than the cap THEN the extra one is closed at once, the others served", async () => {
    const { port } = await start({ maxConnections: 2 });
    const a = rawClient(port);
    const b = rawClient(port);
    await new Promise((r) => a.socket.once("connect", r));
    await new Promise((r) => b.socket.once("connect", r));
    // Let the server accept both before the third arrives.
    a.socket.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
    await new Promise<void>((r) => a.socket.once("data", () => r()));
    const extra = rawClient(port);
    await extra.closed;
    expect(extra.received()).toBe("");
    b.socket.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
    await new Promise<void>((r) => b.socket.once("data", () => r()));
    expect(b.received()).toMatch(/^HTTP\/1\.1 404 /);
    a.socket.destroy();
    b.socket.destroy();
  });

  it("GIVEN METRICS_PORT THEN health and metrics answer there only, and close with the main server", async () => {
    const { logger } = memoryLogger("silent");
    const { http, port } = await start();
    const metrics = createMetrics({ defaultMetrics: false });
    const ops = await mountOperations({
      config: {
        HTTP_HOST: "127.0.0.1",
        METRICS_HOST: "127.0.0.1",
        METRICS_PORT: "0",
        HTTP_MAX_CONNECTIONS: 10,
      },
      logger,
      http,
      mount: (s) => mountHealth(s, () => [], metrics),
    });
    expect(ops).not.toBe(http);
    const opsPort = ops.port();
    expect((await fetch(`http://127.0.0.1:${opsPort}/metrics`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${opsPort}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    await http.close();
    servers.length = 0;
    await expect(fetch(`http://127.0.0.1:${opsPort}/healthz`)).rejects.toThrow();
  });

  it("GIVEN no METRICS_PORT THEN health and metrics stay on the main server", async () => {
    const { logger } = memoryLogger("silent");
    const { http, port } = await start();
    const ops = await mountOperations({
      config: {
        HTTP_HOST: "127.0.0.1",
        METRICS_HOST: undefined,
        METRICS_PORT: undefined,
        HTTP_MAX_CONNECTIONS: 10,
      },
      logger,
      http,
      mount: (s) => mountHealth(s, () => [], createMetrics({ defaultMetrics: false })),
    });
    expect(ops).toBe(http);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
  });
});
