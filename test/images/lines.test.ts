/**
 * The label geometry on synthetic rasters: hysteresis keeps faint strokes that touch print and
 * drops faint noise, the skew comes from character centres (not the barcode), and text lines of
 * two columns side by side stay apart while a barcode's bars are left out.
 */
import { describe, expect, it } from "vitest";
import { boxMean, type Gray, hysteresisThreshold } from "../../src/images/geometry.js";
import { textLines, textSkew } from "../../src/images/lines.js";

function page(width: number, height: number, paper = 255): Gray {
  return { data: new Uint8Array(width * height).fill(paper), width, height };
}

/** Fills an axis-aligned rectangle, or one turned by `deg` about its own centre. */
function rect(img: Gray, x: number, y: number, w: number, h: number, value = 0, deg = 0): void {
  const a = (deg * Math.PI) / 180;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const r = Math.ceil(Math.hypot(w, h));
  for (let py = Math.floor(cy - r); py <= cy + r; py++) {
    for (let px = Math.floor(cx - r); px <= cx + r; px++) {
      if (px < 0 || py < 0 || px >= img.width || py >= img.height) continue;
      const dx = px - cx;
      const dy = py - cy;
      const u = dx * Math.cos(a) + dy * Math.sin(a);
      const v = -dx * Math.sin(a) + dy * Math.cos(a);
      if (Math.abs(u) <= w / 2 && Math.abs(v) <= h / 2) img.data[py * img.width + px] = value;
    }
  }
}

/** Character-like blocks along rows, the whole print turned by `deg` about the page centre. */
function printedRows(deg: number, rows = 5, cols = 14): Gray {
  const img = page(800, 500);
  const a = (deg * Math.PI) / 180;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const x = 120 + col * 40 - 400;
      const y = 120 + row * 60 - 250;
      const tx = 400 + x * Math.cos(a) - y * Math.sin(a);
      const ty = 250 + x * Math.sin(a) + y * Math.cos(a);
      rect(img, tx - 12, ty - 16, 24, 32, 0, deg);
    }
  }
  return img;
}

describe("hysteresisThreshold", () => {
  it("GIVEN a faint stroke touching dark print and a faint speck alone THEN only the stroke is ink", () => {
    const img = page(120, 60, 200);
    rect(img, 26, 20, 4, 20, 40); // a dark stem
    rect(img, 30, 28, 30, 3, 165); // a faint stroke from it (~0.85 of the local mean)
    rect(img, 90, 28, 6, 6, 165); // a faint speck on its own
    const out = hysteresisThreshold(img, boxMean(img, 41), 0.8, 0.9);
    expect(out[30 * 120 + 28]).toBe(0);
    expect(out[29 * 120 + 50]).toBe(0);
    expect(out[30 * 120 + 92]).toBe(255);
  });
});

describe("textSkew", () => {
  for (const deg of [-12, -4, 0, 7, 14]) {
    it(`GIVEN rows of characters turned by ${deg}° THEN that skew (±1°)`, () => {
      const skew = textSkew(printedRows(deg));
      expect(skew).toBeDefined();
      expect(Math.abs((skew ?? 99) - deg)).toBeLessThanOrEqual(1);
    });
  }

  it("GIVEN a short label (two rows of eight characters) turned by 9° THEN that skew (±1°)", () => {
    expect(Math.abs((textSkew(printedRows(9, 2, 8)) ?? 99) - 9)).toBeLessThanOrEqual(1);
  });

  it("GIVEN too little print THEN undefined (the caller falls back)", () => {
    const img = page(200, 100);
    rect(img, 20, 20, 12, 16);
    rect(img, 40, 20, 12, 16);
    expect(textSkew(img)).toBeUndefined();
  });
});

describe("textLines", () => {
  it("GIVEN two columns side by side THEN separate lines; a barcode's bars are left out, a lone tall I kept", () => {
    const img = page(1200, 400);
    // Left column: small characters (height 20) in two rows.
    for (const y of [60, 100]) for (let i = 0; i < 8; i++) rect(img, 40 + i * 18, y, 12, 20);
    // Right column, level with the first left row: a large pre-code "I857" (height 44) ...
    rect(img, 300, 50, 7, 44); // the I: thin and tall
    for (let i = 0; i < 3; i++) rect(img, 320 + i * 34, 50, 26, 44);
    // ... and a barcode (thin bars, height 90) further right.
    for (let i = 0; i < 30; i++) rect(img, 600 + i * 12, 40, 4, 90);
    const lines = textLines(img);
    const code = lines.find((l) => l.left <= 300 && l.left + l.width >= 400);
    expect(code?.parts.length).toBe(4); // the I and three digits, nothing from the left column
    expect(code?.charHeight).toBeGreaterThanOrEqual(44);
    const left = lines.filter((l) => l.left < 200);
    expect(left.map((l) => l.parts.length)).toEqual([8, 8]);
    expect(lines.some((l) => l.left + l.width > 600)).toBe(false); // no barcode line
  });
});
