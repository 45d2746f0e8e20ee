/**
 * `/healthz`: the process is alive: 200 while the event loop turns and intake works; 503 when a
 *   platform's intake has been dead for over a minute (e.g. getUpdates failing), so an
 *   orchestrator restarts the process.
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
  live: () => readonly { readonly name: string; readonly alive: boolean }[] = () => [],
): void {
  http.route("GET", "/healthz", (_req, res) => {
    const dead = live()
      .filter((l) => !l.alive)
      .map((l) => l.name);
    if (dead.length > 0) {
      res
        .writeHead(503, { "content-type": "application/json" })
        .end(JSON.stringify({ status: "intake dead", dead }));
      return;
    }
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
