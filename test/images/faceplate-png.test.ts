import { Resvg } from "@resvg/resvg-js";
import fc from "fast-check";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { FACEPLATE_SIZE, faceplateSvg } from "../../src/core/faceplate.js";
import { RADIO_TYPES, type RadioType } from "../../src/core/radio.js";
import { buildPlate } from "../../src/images/faceplate-plate.js";
import { faceplatePng, faceplatePngDrawn } from "../../src/images/faceplate-png.js";
import { fontFiles } from "../../src/images/fonts.js";
import { OcrPool } from "../../src/images/ocr.js";

const pin = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0"));
const radio = fc.constantFrom(...RADIO_TYPES);
/** English and Turkish: the shortest and the longest "hold" marker. */
const confirm = fc.constantFrom("hold", "basılı tut");

async function rgb(png: Buffer): Promise<Buffer> {
  return sharp(png).removeAlpha().raw().toBuffer();
}

/** Pixels that differ between two same-size RGB pictures, and the largest channel difference. */
function difference(a: Buffer, b: Buffer): { pixels: number; max: number } {
  let pixels = 0;
  let max = 0;
  for (let i = 0; i < a.length; i += 3) {
    const d = Math.max(
      Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
      Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
      Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)),
    );
    if (d > 0) pixels++;
    max = Math.max(max, d);
  }
  return { pixels, max };
}

function drawWithResvg(svg: string) {
  return new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  }).render();
}

describe("faceplatePng", () => {
  const pool = new OcrPool({ size: 1 });
  afterAll(() => pool.close());

  it("renders a palette PNG of the declared size, each radio type differently", async () => {
    const hashes = new Set<string>();
    for (const r of RADIO_TYPES) {
      const png = faceplatePng(r, "4727", { confirm: "hold" });
      const meta = await sharp(png).metadata();
      expect(meta).toMatchObject({
        format: "png",
        width: FACEPLATE_SIZE.width,
        height: FACEPLATE_SIZE.height,
        isPalette: true,
      });
      hashes.add(png.toString("base64"));
    }
    expect(hashes.size).toBe(RADIO_TYPES.length);
  });

  it("looks like resvg's drawing of the SVG, for any radio type, PIN and confirm text (property)", async () => {
    // The palette keeps 256 colours: the few pixels of rarer blends move to the nearest kept one.
    let worst = { pixels: 0, max: 0 };
    await fc.assert(
      fc.asyncProperty(radio, pin, confirm, async (r, p, c) => {
        const ours = await rgb(faceplatePng(r, p, { confirm: c }));
        const reference = await rgb(faceplatePngDrawn(r, p, { confirm: c }));
        expect(ours.length).toBe(FACEPLATE_SIZE.width * FACEPLATE_SIZE.height * 3);
        const d = difference(ours, reference);
        // Measured over every radio type and language: at most 62 pixels, by at most 8.
        expect(d.pixels, `${r} ${p} ${c}`).toBeLessThanOrEqual(300); // of 216,000
        expect(d.max, `${r} ${p} ${c}`).toBeLessThanOrEqual(16); // of 255
        worst = { pixels: Math.max(worst.pixels, d.pixels), max: Math.max(worst.max, d.max) };
      }),
      { numRuns: 40 },
    );
    console.log(
      `faceplate PNG vs resvg, worst of 40: ${worst.pixels} pixels differ, by at most ${worst.max}`,
    );
  });

  it("refuses what is not a four-digit PIN", () => {
    expect(() => faceplatePng("radio-cd", "12a4", { confirm: "hold" })).toThrow(RangeError);
    expect(() => faceplatePng("radio-cd", "12345", { confirm: "hold" })).toThrow(RangeError);
  });

  it("takes at most 2 ms of CPU per new PIN's picture (median of 300, after the plates are drawn)", () => {
    // CPU time, not wall time: the test machine is shared, and waiting for a core is not our cost.
    for (const r of RADIO_TYPES) faceplatePng(r, "0000", { confirm: "hold" }); // plates drawn once per process
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < 300; i++) {
      const c0 = process.cpuUsage();
      const t = performance.now();
      faceplatePng(RADIO_TYPES[i % RADIO_TYPES.length] ?? "radio-cd", String(1000 + i * 7), {
        confirm: "hold",
      });
      wall.push(performance.now() - t);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[150] ?? Number.POSITIVE_INFINITY;
    console.log(`faceplate PNG: median ${median(cpu).toFixed(3)} ms CPU, ${median(wall).toFixed(3)} ms wall`);
    expect(median(cpu)).toBeLessThanOrEqual(2);
  });

  it.each(["4727", "0086", "1621"])("reads back %s from the picture by OCR", async (code) => {
    const png = faceplatePng("radio-cd", code, { confirm: "hold" });
    const gray = await sharp(png).grayscale().png().toBuffer();
    const r = await pool.recognize({ image: gray, mode: "block" });
    const compact = r.text.split("\n").map((l) => l.replace(/\s+/g, ""));
    expect(compact, r.text).toContain(code);
  });
});

describe("buildPlate", () => {
  const draw = (r: RadioType, order: (pin: string) => string) => (p: string) =>
    drawWithResvg(faceplateSvg(r, order(p), { confirm: "hold" }));

  it("finds the four digit positions on the display and on the markers", () => {
    const plate = buildPlate(draw("renault-tuner", (p) => p));
    const positions = new Set(plate?.parts.flatMap((part) => ("position" in part ? [part.position] : [])));
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });

  it("gives up (the caller then draws each picture) when the drawing does not split as expected", () => {
    // Digits drawn right to left: 0000…9999 split fine, the check PIN does not match.
    expect(buildPlate(draw("radio-cd", (p) => [...p].reverse().join("")))).toBeUndefined();
    // A drawing of another size.
    expect(
      buildPlate(() => drawWithResvg('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')),
    ).toBeUndefined();
  });
});
