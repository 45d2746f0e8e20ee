/**
 * Headless Chromium for the web chat tests: Debian's `chromium` (installed by .ci/run when
 * missing) driven by playwright-core. Each `launch()` gets its own temporary profile.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations on the page (run through DevTools, not a script tag). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.evaluate(AXE);
  // A string expression: it runs in the page (DOM types are not part of the Node program).
  const all = (await page.evaluate(
    "axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))",
  )) as { id: string; impact: string; nodes: number }[];
  return all.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** A site of an operator that embeds the widget: serves one page with the widget's script tag. */
export async function hostSite(widgetUrl: string): Promise<{ origin: string; close(): Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garage Dupont</title>
<style>button { background: hotpink !important; font-size: 40px; } p { color: green; }</style></head>
<body><h1>Garage Dupont</h1><p id="host-text">We fix radios.</p>
<script src="${widgetUrl}" data-open="true" data-lang="en"></script></body></html>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
