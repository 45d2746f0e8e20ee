/**
 * Text lines on a binarised label, without the barcode: tesseract's own page layout mistakes a
 * barcode for a block of text and loses the lines next to it, so we find the lines ourselves.
 *
 * Ink is split into 8-connected components; barcode bars (thin and taller than text), specks and
 * anything touching the crop's edge (the radio around the sticker) are dropped; the rest are
 * chained into lines left to right (neighbours at the same height, of similar size).
 */
import { type Box, type Gray, skewAngle } from "./geometry.js";

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

/** Largest gap between neighbouring characters of one line, in line heights. */
const GAP = 1.6;

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
  // Barcode bars: thin, clearly taller than text, and beside other such bars (a lone one is an
  // I or a 1 of a large pre-code). Specks: much smaller than text.
  const bars = comps.filter((c) => c.height / c.width > 4 && c.height > typical * 1.6);
  const inBarcode = (c: Component) =>
    bars.filter(
      (b) =>
        b !== c &&
        Math.abs(b.left - c.left) < c.height * 1.5 &&
        Math.min(b.top + b.height, c.top + c.height) - Math.max(b.top, c.top) > c.height * 0.5,
    ).length >= 2;
  const barcode = new Set(bars.filter(inBarcode));
  const chars = comps.filter((c) => !barcode.has(c) && c.height >= typical * 0.35);
  // Chain characters left to right: a character joins the line whose last member ends just
  // before it (a gap under GAP × the line's height) at the same height. Lines of two columns
  // next to each other stay apart, and a slightly tilted line is still followed.
  chars.sort((a, b) => a.left - b.left);
  const chains: { members: Component[]; height: number; cy: number; right: number }[] = [];
  for (const c of chars) {
    const cy = c.top + c.height / 2;
    let best: (typeof chains)[number] | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const l of chains) {
      const h = Math.max(l.height, c.height * 0.75);
      const gap = c.left - l.right;
      if (gap > GAP * h || gap < -0.5 * h) continue;
      const dy = Math.abs(cy - l.cy);
      if (dy > 0.45 * h) continue;
      // Lower-case letters are ~0.7 of a capital; a much smaller or larger character belongs
      // to another line (a small digit row beside a large pre-code).
      if (c.height > l.height * 1.7 || c.height < l.height * 0.55) continue;
      const cost = dy / h + Math.max(0, gap) / h;
      if (cost < bestCost) {
        bestCost = cost;
        best = l;
      }
    }
    if (best) {
      const l = best;
      l.members.push(c);
      l.right = Math.max(l.right, c.left + c.width);
      // Follow the line's height and centre through its tall (upper-case, digit) members.
      const tall = l.members.filter((m) => m.height >= l.height * 0.8);
      l.height = median(tall.map((m) => m.height));
      l.cy = median(tall.slice(-4).map((m) => m.top + m.height / 2));
    } else chains.push({ members: [c], height: c.height, cy, right: c.left + c.width });
  }
  const lines: TextLine[] = [];
  for (const g of chains) {
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

/** Fewer characters than this give no skew (the caller falls back to the pixels). */
const MIN_CHARS = 12;

/**
 * The skew of the print (degrees, as `skewAngle`) from the centres of its character-sized
 * components: the barcode's bars, the QR code and the sticker's edge do not vote, so a barcode
 * or a light radio around the label cannot pull the angle.
 */
export function textSkew(img: Gray): number | undefined {
  const comps = inkComponents(img).filter(
    (c) =>
      c.area >= 6 &&
      c.height >= 3 &&
      c.left > 0 &&
      c.top > 0 &&
      c.left + c.width < img.width &&
      c.top + c.height < img.height,
  );
  const typical = median(comps.filter((c) => c.height <= c.width * 3).map((c) => c.height));
  const chars = comps.filter(
    (c) =>
      c.height <= c.width * 3 &&
      c.height <= typical * 2.5 &&
      c.height >= typical * 0.4 &&
      c.width <= typical * 12,
  );
  if (chars.length < MIN_CHARS) return undefined;
  // Centres in units of a third of a character: rows of text then fall into few bins.
  const unit = Math.max(1, typical / 3);
  return skewAngle(
    {
      xs: chars.map((c) => (c.left + c.width / 2) / unit),
      ys: chars.map((c) => (c.top + c.height / 2) / unit),
    },
    20,
    0.5,
    MIN_CHARS,
  );
}
