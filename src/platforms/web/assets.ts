/**
 * The browser files (client/chat.js, client/chat.css), read once at start-up. They are plain
 * files, not compiled: the same bytes are served under `tsx` and from `node dist/…`. From
 * `dist/src/platforms/web/` the source folder is looked up too (tsc copies no assets); a
 * deployment that ships only `dist/` must copy `src/platforms/web/client/` next to it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface WebAssets {
  readonly js: string;
  readonly css: string;
}

// Beside this file (tsx), from dist/src/platforms/web/ (tsc), from dist/src/ (the bundled entry).
const CANDIDATES = ["./client/", "../../../../src/platforms/web/client/", "../../src/platforms/web/client/"];

function read(name: string): string {
  for (const dir of CANDIDATES) {
    try {
      return readFileSync(fileURLToPath(new URL(`${dir}${name}`, import.meta.url)), "utf8");
    } catch {
      // try the next place
    }
  }
  throw new Error(`web chat asset ${name} not found (looked in ${CANDIDATES.join(", ")})`);
}

export function loadAssets(): WebAssets {
  return { js: read("chat.js"), css: read("chat.css") };
}
