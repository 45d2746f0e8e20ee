import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { createImageServices } from "../../src/images/services.js";
import { createConsoleAdapter } from "../../src/platforms/console/index.js";
import { memoryLogger } from "../support/logger.js";

describe("terminal chat --images DIR", () => {
  const images = createImageServices({ size: 1 });
  let dir = "";
  afterAll(async () => {
    await images.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("GIVEN a decode THEN the text steps, then the faceplate PNG written to DIR and its path printed", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "console-images-"));
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (d: Buffer) => {
      printed += d.toString();
    });
    const { logger } = memoryLogger();
    const adapter = createConsoleAdapter({
      bot: createBot({ logger }),
      logger,
      services: { faceplate: images.faceplate },
      input,
      output,
      locale: "en",
      imagesDir: path.join(dir, "pictures"),
    });
    await adapter.start();
    input.end("V284\n");
    await adapter.finished;
    expect(printed).toContain("Press button 1 until the first digit shows 4");
    const file = /\[picture\] (.+\.png)/.exec(printed)?.[1] ?? "";
    expect(file.startsWith(path.join(dir, "pictures"))).toBe(true);
    expect(printed.indexOf("Press button 1")).toBeLessThan(printed.indexOf("[picture]"));
    const meta = await sharp(await readFile(file)).metadata();
    expect(meta.format).toBe("png");
  });
});
