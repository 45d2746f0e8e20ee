/**
 * Where /healthz, /readyz and /metrics are served: on the main HTTP server by default, or — with
 * METRICS_PORT set — on a second listener (METRICS_HOST, default HTTP_HOST), so the public
 * webhook port can face the internet while metrics stay on a private address. The second
 * listener closes with the main one.
 */
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createHttpServer, type HttpServer } from "./server.js";

export async function mountOperations(input: {
  config: Pick<Config, "HTTP_HOST" | "METRICS_HOST" | "METRICS_PORT" | "HTTP_MAX_CONNECTIONS">;
  logger: Logger;
  http: HttpServer;
  mount: (server: HttpServer) => void;
}): Promise<HttpServer> {
  const { config, logger, http } = input;
  if (config.METRICS_PORT === undefined) {
    input.mount(http);
    return http;
  }
  const ops = createHttpServer({
    host: config.METRICS_HOST ?? config.HTTP_HOST,
    port: Number(config.METRICS_PORT),
    logger,
    maxConnections: config.HTTP_MAX_CONNECTIONS,
  });
  input.mount(ops);
  const port = await ops.listen();
  http.onClose(() => ops.close());
  logger.info({ host: config.METRICS_HOST ?? config.HTTP_HOST, port }, "health and metrics listening");
  return ops;
}
