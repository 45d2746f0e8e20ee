/**
 * A dark band printed across the sticker (white letters on black) is painted over with paper for
 * the line finder, following its slope, so a code line touching it is no longer one ink blob with
 * it (which the line finder drops as too wide).
 */
import { describe, expect, it } from "vitest";
import type { Gray } from "../../src/images/geometry.js";
import { textLines } from "../../src/images/lines.js";
import { paintOverBands } from "../../src/images/preprocess.js";

const PAPER = 220;
const INK = 30;

/** A sticker with text lines, a band `slope` rows lower at its right end, and a glyph under it. */
function sticker(withBand: boolean, slope = 0): Gray {
  const width = 200;
  const height = 160;
  const data = new Uint8Array(width * height).fill(PAPER);
  const fill = (x0: number, y0: number, x1: number, y1: number, v: number) => {
    for (let y = y0; y < y1; y++) data.fill(v, y * width + x0, y * width + x1);
  };
  for (let y = 90; y < 150; y += 15) for (let x = 20; x < 170; x += 12) fill(x, y, x + 7, y + 9, INK);
  if (withBand) {
    for (let x = 5; x < 195; x++) {
      const dy = Math.round((slope * x) / width);
      fill(x, 30 + dy, x + 1, 46 + dy, INK);
    }
    fill(50, 34, 58, 42, PAPER); // white letters on the band
    fill(70, 34, 78, 42, PAPER);
  }
  // A code line whose glyphs touch the band.
  for (let x = 60; x < 150; x += 20) fill(x, 46 + Math.round(slope / 2), x + 12, 75, INK);
  return { data, width, height };
}

const at = (g: Gray, x: number, y: number) => g.data[y * g.width + x];

describe("paintOverBands", () => {
  it("paints a band over with paper and keeps the glyph touching it", () => {
    const g = paintOverBands(sticker(true));
    expect(at(g, 20, 38)).toBe(PAPER);
    expect(at(g, 150, 44)).toBe(PAPER);
    expect(at(g, 105, 60)).toBe(INK);
    expect(at(g, 105, 52)).toBe(INK);
    expect(at(g, 25, 94)).toBe(INK); // the text lines below stay
  });

  it("follows a sloping band", () => {
    const g = paintOverBands(sticker(true, 8));
    expect(at(g, 190, 52)).toBe(PAPER);
    expect(at(g, 10, 31)).toBe(PAPER);
    expect(at(g, 105, 62)).toBe(INK);
  });

  it("lets the line finder find the code line touching the band", () => {
    const ink = (g: Gray): Gray => ({ ...g, data: g.data.map((v) => (v < 128 ? 0 : 255)) });
    const codeLine = (g: Gray) => textLines(ink(g)).find((l) => l.top < 80 && l.top + l.height > 60);
    expect(codeLine(sticker(true))).toBeUndefined();
    expect(codeLine(paintOverBands(sticker(true)))?.parts.length).toBe(5);
  });

  it("leaves a sticker without a band as it is", () => {
    const img = sticker(false);
    expect(paintOverBands(img)).toBe(img);
  });
});
