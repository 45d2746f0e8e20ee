#!/usr/bin/env node
// Runs the compiled CLI when built (`npm run build`), otherwise the TypeScript source via tsx.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const compiled = fileURLToPath(new URL("../dist/src/cli/index.js", import.meta.url));
let cli;
if (existsSync(compiled)) {
  cli = await import(pathToFileURL(compiled).href);
} else {
  const { tsImport } = await import("tsx/esm/api");
  cli = await tsImport("../src/cli/index.ts", import.meta.url);
}
process.exitCode = await cli.main(process.argv.slice(2));
