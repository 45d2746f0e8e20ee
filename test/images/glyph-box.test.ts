/**
 * Fitting a glyph box from tesseract to the glyphs in it before they are re-read alone: a right
 * edge that cuts a glyph moves to its end, bits of a neighbouring line above are cut off, a
 * sliver of the glyph before is left out.
 */
import { describe, expect, it } from "vitest";
import type { Gray } from "../../src/images/geometry.js";
import { fitGlyphBox } from "../../src/images/preprocess.js";

function page(ink: number): Gray {
  const width = 60;
  const height = 32;
  const data = new Uint8Array(width * height).fill(255);
  const fill = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y < y1; y++) data.fill(ink, y * width + x0, y * width + x1);
  };
  fill(12, 6, 23, 25); // the glyphs
  fill(14, 2, 21, 4); // the bottom of a character of the line above
  fill(5, 8, 11, 24); // the glyph before, its last two columns inside the box
  return { data, width, height };
}

describe("fitGlyphBox", () => {
  it("moves a right edge that cuts a glyph to its end and cuts off the line above", () => {
    const box = fitGlyphBox(page(20), { left: 9, top: 1, width: 9, height: 26 }, 13);
    expect(box).toEqual({ left: 11, top: 6, width: 12, height: 19 });
  });

  it("fits gray print the same way, and leaves a box with nothing dark in it as it is", () => {
    const box = { left: 9, top: 1, width: 9, height: 26 };
    expect(fitGlyphBox(page(110), box, 13)).toEqual({ left: 11, top: 6, width: 12, height: 19 });
    expect(fitGlyphBox(page(200), box, 13)).toEqual(box);
  });

  it("keeps a right edge in white, and a blank box", () => {
    const g = page(20);
    expect(fitGlyphBox(g, { left: 11, top: 5, width: 14, height: 21 }, 10)).toEqual({
      left: 11,
      top: 6,
      width: 14,
      height: 19,
    });
    const blank = { left: 30, top: 5, width: 10, height: 10 };
    expect(fitGlyphBox(g, blank, 5)).toEqual(blank);
  });
});
