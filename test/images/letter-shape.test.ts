/**
 * A narrow glyph's shape by its ink: only a plain stroke (or one with even serifs) is an I; the
 * flag of a 1, the foot of an L, the hook of a J, the bar of a T and a Z's slant are not.
 */
import { Resvg } from "@resvg/resvg-js";
import fc from "fast-check";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { fontFiles } from "../../src/images/fonts.js";
import type { Gray } from "../../src/images/geometry.js";
import { strokeShape } from "../../src/images/letter-shape.js";

const FAMILIES = ["DejaVu Sans", "DejaVu Sans Mono"];

/** One glyph on white, binarised at half gray, as the binarised page holds it. */
async function ink(ch: string, family: string, bold: boolean, size: number, blur: number): Promise<Gray> {
  const w = Math.round(size * 1.2);
  const h = Math.round(size * 1.3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
<rect width="${w}" height="${h}" fill="#fff"/>
<text x="${w / 2}" y="${h * 0.8}" text-anchor="middle" font-family="${family}" font-weight="${bold ? "bold" : "normal"}" font-size="${size}" fill="#000">${ch}</text></svg>`;
  const png = new Resvg(svg, { font: { fontFiles: fontFiles(), loadSystemFonts: false } }).render().asPng();
  const img = sharp(png).toColourspace("b-w");
  const { data, info } = await (blur > 0 ? img.blur(blur) : img)
    .threshold(128)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

describe("strokeShape", () => {
  it("reads an I in the shipped fonts, plain and bold, sharp and blurred", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FAMILIES),
        fc.boolean(),
        fc.integer({ min: 30, max: 60 }),
        fc.constantFrom(0, 0.8),
        async (family, bold, size, blur) => {
          expect(strokeShape(await ink("I", family, bold, size, blur))).toBe("I");
        },
      ),
      { numRuns: 30 },
    );
  });

  it("never reads a 1, L, J, T, Z (or a wide letter) as an I", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("1", "L", "J", "T", "Z", "7", "O", "H", "U"),
        fc.constantFrom(...FAMILIES),
        fc.boolean(),
        fc.integer({ min: 30, max: 60 }),
        fc.constantFrom(0, 0.8),
        async (ch, family, bold, size, blur) => {
          expect(strokeShape(await ink(ch, family, bold, size, blur))).toBe("other");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("says nothing of too little ink", () => {
    expect(strokeShape({ data: new Uint8Array(100).fill(255), width: 10, height: 10 })).toBe("other");
    expect(strokeShape({ data: new Uint8Array(100).fill(0), width: 10, height: 10 })).toBe("other");
  });
});
