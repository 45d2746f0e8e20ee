/**
 * Text lines on a binarised label, without the barcode: tesseract's own page layout mistakes a
 * barcode for a block of text and loses the lines next to it, so we find the lines ourselves.
 *
 * Ink is split into 8-connected components; barcode bars (thin and taller than text), specks and
 * anything touching the crop's edge (the radio around the sticker) are dropped; the rest are
 * grouped into lines by vertical overlap.
 */
import type { Box, Gray } from "./geometry.js";

interface Component extends Box {
  readonly area: number;
}

/** Connected components of ink (value 0) in a binary image. */
function inkComponents(img: Gray): Component[] {
  const { width, height, data } = img;
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const out: Component[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || data[start] !== 0) continue;
    let sp = 0;
    stack[sp++] = start;
    seen[start] = 1;
    let left = width;
    let right = -1;
    let top = height;
    let bottom = -1;
    let area = 0;
    while (sp > 0) {
      const p = stack[--sp] ?? 0;
      area++;
      const x = p % width;
      const y = (p - x) / width;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (seen[q] || data[q] !== 0) continue;
          seen[q] = 1;
          stack[sp++] = q;
        }
      }
    }
    out.push({ left, top, width: right - left + 1, height: bottom - top + 1, area });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export interface TextLine extends Box {
  /** Median height of the characters in it. */
  readonly charHeight: number;
  /** The character boxes: everything else in the line's box is left out (bar stubs, neighbours). */
  readonly parts: readonly Box[];
}

/** Groups character-like components into text lines, top to bottom. */
export function textLines(img: Gray): TextLine[] {
  const { width, height } = img;
  const comps = inkComponents(img).filter(
    (c) =>
      c.area >= 12 &&
      c.height >= 7 &&
      c.left > 0 &&
      c.top > 0 &&
      c.left + c.width < width &&
      c.top + c.height < height &&
      c.height < height * 0.4 &&
      c.width < width * 0.5,
  );
  const stocky = comps.filter((c) => c.height / c.width <= 4);
  const typical = median(stocky.map((c) => c.height));
  if (typical === 0) return [];
  // Barcode bars: thin and clearly taller than text. Specks: much smaller than text.
  const chars = comps.filter(
    (c) => !(c.height / c.width > 4 && c.height > typical * 1.6) && c.height >= typical * 0.35,
  );
  chars.sort((a, b) => a.top + a.height / 2 - (b.top + b.height / 2));
  const groups: { top: number; bottom: number; members: Component[] }[] = [];
  for (const c of chars) {
    const cy = c.top + c.height / 2;
    const g = groups.find((l) => cy >= l.top && cy <= l.bottom);
    if (g) {
      g.members.push(c);
      g.top = Math.min(g.top, c.top);
      g.bottom = Math.max(g.bottom, c.top + c.height);
    } else groups.push({ top: c.top, bottom: c.top + c.height, members: [c] });
  }
  const lines: TextLine[] = [];
  for (const g of groups) {
    if (g.members.length < 2) continue;
    // A row of thin strokes is a barcode (or its remains), not text.
    const thin = g.members.filter((m) => m.height / m.width > 3.5).length;
    if (thin > g.members.length * 0.5) continue;
    const charHeight = median(g.members.map((m) => m.height));
    // Keep only members of text size (a stray tall blob would stretch the line).
    const ms = g.members.filter((m) => m.height <= charHeight * 1.8);
    const left = Math.min(...ms.map((m) => m.left));
    const right = Math.max(...ms.map((m) => m.left + m.width));
    const top = Math.min(...ms.map((m) => m.top));
    const bottom = Math.max(...ms.map((m) => m.top + m.height));
    const parts = ms.map((m) => ({ left: m.left, top: m.top, width: m.width, height: m.height }));
    lines.push({ left, top, width: right - left, height: bottom - top, charHeight, parts });
  }
  return lines.sort((a, b) => a.top - b.top);
}
