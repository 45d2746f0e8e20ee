/**
 * `/healthz`: the process is alive (always 200 while the event loop turns).
 * `/readyz`: every started platform is connected and the store answers; 503 otherwise, with
 * the failing checks named so an operator sees why.
 */
import type { Metrics } from "./metrics.js";
import type { HttpServer } from "./server.js";

export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<boolean> | boolean;
}

export function mountHealth(
  http: HttpServer,
  checks: () => readonly ReadinessCheck[],
  metrics?: Metrics,
): void {
  http.route("GET", "/healthz", (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
  });
  http.route("GET", "/readyz", async (_req, res) => {
    const results = await Promise.all(
      checks().map(async (c) => {
        const ok = await Promise.resolve()
          .then(() => c.check())
          .catch(() => false);
        return [c.name, ok] as const;
      }),
    );
    const ready = results.every(([, ok]) => ok);
    const body = JSON.stringify({
      status: ready ? "ready" : "not ready",
      checks: Object.fromEntries(results),
    });
    res.writeHead(ready ? 200 : 503, { "content-type": "application/json" }).end(body);
  });
  if (metrics) {
    http.route("GET", "/metrics", async (_req, res) => {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text);
    });
  }
}
