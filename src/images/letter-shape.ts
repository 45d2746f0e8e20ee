/**
 * The shape of a narrow glyph, measured on its ink (binarised: 0 ink, 255 paper). Both tesseract
 * engines read a plain stroke as I or 1, and an L, a J or a T whose foot, hook or bar is faint
 * as the same; the ink itself tells them apart: an I is a stroke whose ends are bare or carry
 * serifs alike on both sides and at both ends, a 1 has its flag to the left at the top, an L its foot to the
 * right, a J its hook to the left at the bottom, a T its bar across the top, and a Z slants.
 */

import type { Gray } from "./geometry.js";

export type StrokeShape = "I" | "other";

/** The largest 8-connected blob of ink and its pixels' rows. */
function largestBlob(
  g: Gray,
): { rows: Map<number, [number, number]>; top: number; bottom: number } | undefined {
  const { width, height, data } = g;
  const seen = new Uint8Array(width * height);
  let best: number[] = [];
  const stack: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || (data[start] ?? 255) >= 128) continue;
    const blob: number[] = [];
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const p = stack.pop() ?? 0;
      blob.push(p);
      const x = p % width;
      const y = (p - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const q = ny * width + nx;
          if (seen[q] || (data[q] ?? 255) >= 128) continue;
          seen[q] = 1;
          stack.push(q);
        }
      }
    }
    if (blob.length > best.length) best = blob;
  }
  if (best.length === 0) return undefined;
  const rows = new Map<number, [number, number]>();
  let top = height;
  let bottom = -1;
  for (const p of best) {
    const x = p % width;
    const y = (p - x) / width;
    const r = rows.get(y);
    if (r) {
      r[0] = Math.min(r[0], x);
      r[1] = Math.max(r[1], x);
    } else rows.set(y, [x, x]);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return { rows, top, bottom };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * "I" when the glyph's largest blob is a plain upright stroke: its middle rows keep one centre
 * (no slant), and its top and bottom rows stick out of the stroke by no more than a serif's
 * width, alike on both sides. "other" for anything else (a flag, a foot, a hook, a bar, a slant,
 * or too little ink to tell): the caller then trusts the glyph no more than before.
 */
export function strokeShape(g: Gray): StrokeShape {
  const blob = largestBlob(g);
  if (!blob) return "other";
  const h = blob.bottom - blob.top + 1;
  if (h < 12) return "other";
  const at = (from: number, to: number) => {
    const out: [number, number][] = [];
    for (let y = blob.top + Math.floor(from * h); y <= blob.top + Math.floor(to * h); y++) {
      const r = blob.rows.get(y);
      if (r) out.push(r);
    }
    return out;
  };
  const middle = at(0.3, 0.7);
  if (middle.length < 0.3 * h) return "other";
  const left = median(middle.map((r) => r[0]));
  const right = median(middle.map((r) => r[1]));
  const stem = right - left + 1;
  // A stroke, not a bowl or a wide letter: the stem is narrow for the glyph's height.
  if (stem > 0.4 * h) return "other";
  // No slant: the middle's upper and lower thirds keep one centre.
  const centre = (rs: [number, number][]) => median(rs.map((r) => (r[0] + r[1]) / 2));
  const upper = at(0.3, 0.42);
  const lower = at(0.58, 0.7);
  if (upper.length === 0 || lower.length === 0) return "other";
  if (Math.abs(centre(upper) - centre(lower)) > Math.max(1.5, 0.06 * h)) return "other";
  // Whatever sticks out of the stroke at its ends: a serif is short and alike on both sides.
  const ends = (rs: [number, number][]) => ({
    l: Math.max(0, left - Math.min(...rs.map((r) => r[0]))),
    r: Math.max(0, Math.max(...rs.map((r) => r[1])) - right),
  });
  const serif = 0.3 * h;
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(2, 0.07 * h);
  const even = (e: { l: number; r: number }) => e.l <= serif && e.r <= serif && close(e.l, e.r);
  const top = at(0, 0.15);
  const bottom = at(0.85, 1);
  if (top.length === 0 || bottom.length === 0) return "other";
  const t = ends(top);
  const b = ends(bottom);
  // Serifs at both ends alike (a T's bar has no foot to match).
  return even(t) && even(b) && close(t.l, b.l) && close(t.r, b.r) ? "I" : "other";
}
