#!/usr/bin/env node
// `npm start`'s prestart: compiles TypeScript to dist/ only when a source is newer than the last
// build, so `npm start` runs plain `node dist/src/main.js` (no compiler in memory) and a fresh
// clone still needs one command. Progress goes to stderr: stdout is the terminal chat's.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist", ".build-stamp");
const entry = join(root, "dist", "src", "main.js");
const inputs = ["src", "commands", "tsconfig.json", "tsconfig.build.json", "package.json", "bin/bundle.mjs"];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs; // a deleted or renamed file changes its folder's mtime
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const built = existsSync(stamp) && existsSync(entry) ? statSync(stamp).mtimeMs : 0;
const sources = Math.max(...inputs.map((p) => newest(join(root, p))));
const bundle = () => {
  // The entry bundled into one file (bin/bundle.mjs): fewer modules to load at start-up.
  const r = spawnSync(process.execPath, [join(root, "bin", "bundle.mjs")], {
    cwd: root,
    stdio: ["ignore", 2, 2],
  });
  if (r.status !== 0) process.stderr.write("Bundling failed: starting tsc's unbundled output.\n");
};
if (built >= sources) {
  // Up to date, but a plain `tsc` since (the benchmark, a developer) leaves the entry unbundled.
  if (!readFileSync(entry, "utf8").startsWith("// dokker-bot: bundled entry")) bundle();
  process.exit(0);
}

process.stderr.write(
  built === 0 ? "Building dist/ (first start)…\n" : "Sources changed: rebuilding dist/…\n",
);
const started = Date.now();
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: root,
  stdio: ["ignore", 2, 2], // tsc reports on stdout; keep stdout for the bot
});
if (result.status !== 0) {
  // tsc still emits JavaScript on type errors; run that rather than refuse to start, but say so.
  if (!existsSync(entry)) {
    process.stderr.write("Build failed: dist/src/main.js was not produced.\n");
    process.exit(result.status ?? 1);
  }
  process.stderr.write("Type errors above (`npm run typecheck`); the JavaScript was emitted, starting it.\n");
}
bundle();
// Faceplate plates saved once (src/images/build-plates.ts): no user waits for one to be drawn.
const plates = spawnSync(process.execPath, [join(root, "dist", "src", "images", "build-plates.js")], {
  cwd: root,
  stdio: ["ignore", 2, 2],
});
if (plates.status !== 0)
  process.stderr.write("Saving the faceplate plates failed: they are drawn on first use.\n");
writeFileSync(stamp, `${new Date().toISOString()}\n`);
process.stderr.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
