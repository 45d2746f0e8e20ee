/**
 * The code token's letter re-read alone: tesseract's single-character mode takes a blurred Z
 * apart into several letters; the glyph is then read as a single word, which keeps it whole.
 */
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { fontFiles } from "../../src/images/fonts.js";
import { OcrPool } from "../../src/images/ocr.js";
import { readLetter } from "../../src/images/read-label.js";

/** One glyph, DejaVu Sans, on white with a margin as the re-reads crop it, blurred. */
async function glyph(ch: string, size: number, blur: number): Promise<Buffer> {
  const w = Math.round(size * 1.6);
  const h = Math.round(size * 1.6);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
<rect width="${w}" height="${h}" fill="#fff"/>
<text x="${w / 2}" y="${h * 0.68}" text-anchor="middle" font-family="DejaVu Sans" font-size="${size}" fill="#000">${ch}</text></svg>`;
  const png = new Resvg(svg, { font: { fontFiles: fontFiles(), loadSystemFonts: false } }).render().asPng();
  const img = sharp(png).toColourspace("b-w");
  return (blur > 0 ? img.blur(blur) : img).png().toBuffer();
}

describe("readLetter", () => {
  const pool = new OcrPool({ size: 1 });
  afterAll(() => pool.close());

  it("reads a blurred Z that the single-character mode takes apart", async () => {
    const img = await glyph("Z", 36, 1.5);
    const single = (
      await pool.recognize({ image: img, mode: "char", whitelist: "ABCDEFGHIJKLMNOPQRSTUVWXYZ" })
    ).text.trim();
    expect(single.length).toBeGreaterThan(1);
    expect(await readLetter(pool, img)).toBe("Z");
  }, 30_000);

  it("keeps the single-character reading of a sharp J (the word mode misses narrow letters)", async () => {
    expect(await readLetter(pool, await glyph("J", 34, 0))).toBe("J");
  }, 30_000);
});
