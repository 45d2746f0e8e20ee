import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../support/run.js";
import { renderOwnLabel } from "./own-labels.js";

/** The CLI from source (bin/dokker-bot.js prefers a dist/ build, which may be older). */
const cli = (args: readonly string[], opts: Parameters<typeof run>[2] = {}) =>
  run(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], opts);

describe("dokker-bot read-label", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "read-label-"));
    await writeFile(
      path.join(dir, "v284.jpg"),
      await renderOwnLabel({ lines: ["RADIO CD", "PRE CODE: V284"], angle: 6 }),
    );
    await writeFile(
      path.join(dir, "pn.jpg"),
      await renderOwnLabel({ lines: ["RENAULT", "8200901766TC109"], angle: -8, barcode: true }),
    );
    await writeFile(path.join(dir, "not-an-image.jpg"), "these are not image bytes");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("GIVEN two label photos and a non-image WITH --json THEN one JSON line per file, in order", async () => {
    const files = ["v284.jpg", "not-an-image.jpg", "pn.jpg"].map((f) => path.join(dir, f));
    const { code, stdout } = await cli(["read-label", ...files, "--json"], { timeoutMs: 60_000 });
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0]).toMatchObject({ precode: "V284", confident: true });
    expect(lines[0]?.candidates).toEqual(
      expect.arrayContaining([expect.objectContaining({ precode: "V284" })]),
    );
    expect(String(lines[0]?.text)).toContain("V284");
    expect(lines[1]).toEqual({ file: files[1], error: { code: "image.unreadable" } });
    expect(lines[2]).toMatchObject({ precode: "C109", confident: true });
    expect(code).toBe(1); // one file could not be read
  });

  it("GIVEN no file THEN a usage error", async () => {
    const { code, stderr } = await cli(["read-label"]);
    expect(code).toBe(2);
    expect(stderr).toContain("read-label needs at least one image file");
  });
});
