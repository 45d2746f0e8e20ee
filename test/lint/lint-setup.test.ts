/**
 * The lint setup catches what it is there for: `npm run lint` runs dependency-cruiser with the
 * repository's .dependency-cruiser.cjs and knip with its knip.json, and both fail on a small
 * project (a temporary folder) with an upward import, an import cycle and an unused export —
 * and pass once those are gone. Type-only cycles are allowed.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "node_modules", ".bin");

interface Run {
  code: number;
  output: string;
}

function run(tool: "depcruise" | "knip", args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(join(BIN, tool), args, { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

const depcruise = (cwd: string, ...paths: string[]) =>
  run(
    "depcruise",
    [...paths, "--config", join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "err"],
    cwd,
  );
const knip = (cwd: string) =>
  run("knip", ["--config", join(ROOT, "knip.json"), "--reporter", "compact"], cwd);

let project: string;

/** Writes files (path → source) into the temporary project. */
async function write(files: Record<string, string>): Promise<void> {
  for (const [path, source] of Object.entries(files)) {
    await mkdir(dirname(join(project, path)), { recursive: true });
    await writeFile(join(project, path), source);
  }
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), "lint-setup-"));
  await symlink(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  await write({
    "package.json": JSON.stringify({ name: "lint-fixture", type: "module", private: true }),
    "tsconfig.json": JSON.stringify({
      compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true },
      include: ["src", "commands"],
    }),
    "src/main.ts": 'import { pinReply } from "../commands/pin.js";\nconsole.log(pinReply("A123"));\n',
    "commands/pin.ts":
      'import { pin } from "../src/core/pin.js";\nexport const pinReply = (p: string) => pin(p);\n',
    "src/core/pin.ts": "export const pin = (precode: string): string => precode.slice(1);\n",
    "src/platforms/telegram/send.ts":
      'import { pin } from "../../core/pin.js";\nexport const send = () => pin("A123");\n',
  });
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe("npm run lint", () => {
  it("runs Biome, dependency-cruiser with .dependency-cruiser.cjs and knip", async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    const scripts = pkg.scripts;
    expect(scripts.lint).toMatch(/^biome check \. && npm run lint:layers && npm run lint:unused$/);
    expect(scripts["lint:layers"]).toContain("depcruise src commands");
    expect(scripts["lint:layers"]).toContain("--config .dependency-cruiser.cjs");
    expect(scripts["lint:unused"]).toBe("knip");
  });

  it("GIVEN a clean layered project THEN dependency-cruiser passes", async () => {
    const result = await depcruise(project, "src", "commands");
    expect(result.output).toContain("no dependency violations found");
    expect(result.code).toBe(0);
  });

  it("GIVEN src/core importing a platform THEN dependency-cruiser fails naming the rule", async () => {
    await write({
      "src/core/leak.ts":
        'import { send } from "../platforms/telegram/send.js";\nexport const leak = () => send();\n',
    });
    try {
      const result = await depcruise(project, "src/core/leak.ts");
      expect(result.code).not.toBe(0);
      expect(result.output).toContain("core-is-pure: src/core/leak.ts → src/platforms/telegram/send.ts");
      expect(result.output).toContain("nothing-below-imports-a-platform");
    } finally {
      await rm(join(project, "src/core/leak.ts"));
    }
  });

  it("GIVEN a command importing beyond src/core, or anything importing an entry point THEN it fails", async () => {
    await write({
      "src/bot/run.ts": "export const run = () => 1;\n",
      "commands/uses-bot.ts": 'import { run } from "../src/bot/run.js";\nexport const x = run;\n',
      "src/bot/again.ts": 'import "../main.js";\n',
    });
    try {
      const result = await depcruise(project, "commands/uses-bot.ts", "src/bot/again.ts");
      expect(result.code).not.toBe(0);
      expect(result.output).toContain("commands-only-core: commands/uses-bot.ts → src/bot/run.ts");
      expect(result.output).toContain("no-importing-entry-points: src/bot/again.ts → src/main.ts");
    } finally {
      for (const f of ["src/bot/run.ts", "commands/uses-bot.ts", "src/bot/again.ts"])
        await rm(join(project, f));
    }
  });

  it("GIVEN an import cycle THEN it fails; a cycle of type-only imports passes", async () => {
    await write({
      "src/store/types-a.ts": 'import type { B } from "./types-b.js";\nexport type A = { b?: B };\n',
      "src/store/types-b.ts": 'import type { A } from "./types-a.js";\nexport type B = { a?: A };\n',
    });
    expect((await depcruise(project, "src/store")).code).toBe(0);
    await write({
      "src/store/a.ts": 'import { b } from "./b.js";\nexport const a = (): number => b() + 1;\n',
      "src/store/b.ts": 'import { a } from "./a.js";\nexport const b = (): number => (a ? 1 : 0);\n',
    });
    try {
      const result = await depcruise(project, "src/store");
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(
        /no-circular: src\/store\/a\.ts →\s+src\/store\/b\.ts →\s+src\/store\/a\.ts/,
      );
      expect(result.output).not.toContain("types-a.ts");
    } finally {
      for (const f of ["a", "b", "types-a", "types-b"]) await rm(join(project, `src/store/${f}.ts`));
    }
  });

  it("GIVEN an unused export THEN knip fails naming it; without it knip passes", async () => {
    await write({
      "src/core/pin.ts":
        "export const pin = (precode: string): string => precode.slice(1);\nexport const neverUsed = 1;\n",
    });
    const failing = await knip(project);
    expect(failing.code).not.toBe(0);
    expect(failing.output).toContain("src/core/pin.ts: neverUsed");
    await write({ "src/core/pin.ts": "export const pin = (precode: string): string => precode.slice(1);\n" });
    // The platform file is not imported by anything: knip reports the unused file until it is used.
    await write({
      "src/main.ts":
        'import { pinReply } from "../commands/pin.js";\nimport { send } from "./platforms/telegram/send.js";\nconsole.log(pinReply("A123"), send());\n',
    });
    const passing = await knip(project);
    expect(passing.output.trim()).toBe("");
    expect(passing.code).toBe(0);
  });
});
