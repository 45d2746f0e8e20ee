/**
 * The faceplate picture split, once per radio type and confirm text, into what never changes and
 * what a PIN changes, so a PIN's picture is put together from pieces compressed in advance
 * (png-assembly.ts) instead of being drawn by resvg (~9–18 ms of CPU each, mostly parsing fonts and drawing text).
 *
 * Only the four digits change: on the display and in the four "→d" markers. resvg draws the plate
 * ten times, with the PINs 0000…9999 (all digits alike); the pixels that differ between those
 * drawings are the digits. They fall in bands of rows (display, markers), four clusters of columns
 * per band, left to right the PIN's positions (monospace digits, equal-width digits in DejaVu Sans:
 * a digit's pixels do not depend on its neighbours). A PIN's picture takes each cluster from the
 * drawing of its digit and everything else from any drawing. The split is checked at build time
 * against resvg's own drawing of a PIN with four different digits; when anything is not as
 * expected, `buildPlate` returns undefined and the caller draws with resvg instead.
 */
import type { RenderedImage } from "@resvg/resvg-js";
import { FACEPLATE_SIZE } from "../core/faceplate.js";
import { deflatePiece, type Piece } from "./png-assembly.js";
import { chooseFilters, filterRows, rgbRows } from "./png-rows.js";

const DIGITS = 10;
const PIN_LENGTH = 4;
/** A PIN with four different digits, drawn once to check the split. */
const CHECK_PIN = "2581";
const BPP = 3;
/** Shared bytes up to this many between two digit spans go into the first (see `spans`). */
const MERGE_MAX = 4096;

/** In order: a piece every picture shares, or the piece for the digit at a PIN position. */
export type PlatePart = Piece | { readonly position: number; readonly byDigit: readonly Piece[] };

export interface Plate {
  readonly parts: readonly PlatePart[];
}

interface Cluster {
  readonly position: number;
  readonly x0: number;
  /** Exclusive. */
  readonly x1: number;
}

/** A stretch [from, to) of the raw byte stream: shared (position -1) or a PIN position's. */
interface Span {
  readonly from: number;
  readonly to: number;
  readonly position: number;
}

/** Runs of indices where `on` holds, as [start, end) pairs. */
function runs(count: number, on: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= count; i++) {
    const here = i < count && on(i);
    if (here && start < 0) start = i;
    if (!here && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

/** Per row, the clusters of digit pixels in it (empty for rows no PIN changes), or undefined. */
function digitClusters(drawings: readonly Uint32Array[]): Cluster[][] | undefined {
  const { width, height } = FACEPLATE_SIZE;
  const first = drawings[0] ?? new Uint32Array(0);
  const varies = new Uint8Array(width * height);
  for (const d of drawings) for (let p = 0; p < varies.length; p++) if (d[p] !== first[p]) varies[p] = 1;
  const rowVaries = (y: number) => varies.subarray(y * width, (y + 1) * width).includes(1);
  const perRow: Cluster[][] = Array.from({ length: height }, () => []);
  for (const [y0, y1] of runs(height, rowVaries)) {
    const columnVaries = (x: number) => {
      for (let y = y0; y < y1; y++) if (varies[y * width + x]) return true;
      return false;
    };
    const columns = runs(width, columnVaries);
    if (columns.length !== PIN_LENGTH) return undefined;
    const clusters = columns.map(([x0, x1], position) => ({ position, x0, x1 }));
    for (let y = y0; y < y1; y++) perRow[y] = clusters;
  }
  return perRow;
}

/**
 * The raw streams of the ten drawings cut into spans: where they differ, a span per PIN position
 * (a filter predicts from the left and upper neighbours, so a digit also changes the byte to the
 * right of its pixels and, for some filters, the row below), elsewhere shared spans.
 */
function spans(
  streams: readonly Buffer[],
  clusters: readonly Cluster[][],
  stride: number,
): Span[] | undefined {
  const first = streams[0] ?? Buffer.alloc(0);
  const varies = new Uint8Array(first.length);
  for (const s of streams) for (let i = 0; i < first.length; i++) if (s[i] !== first[i]) varies[i] = 1;
  const out: Span[] = [];
  let sharedFrom = 0;
  for (let y = 0; y * stride < first.length; y++) {
    const rowAt = y * stride + 1;
    const differs = (i: number) => varies[rowAt + i] === 1;
    const near = [...(clusters[y] ?? []), ...(clusters[y - 1] ?? [])];
    const byPosition = new Map<number, [number, number]>();
    let last = -1;
    for (const [b0, b1] of runs(stride - 1, differs)) {
      const x0 = Math.floor(b0 / BPP);
      const x1 = Math.floor((b1 - 1) / BPP) + 1;
      const owners = new Set(near.filter((c) => x0 >= c.x0 && x1 <= c.x1 + 1).map((c) => c.position));
      const [position] = owners;
      if (owners.size !== 1 || position === undefined || position < last) return undefined;
      last = position;
      const hull = byPosition.get(position);
      byPosition.set(position, hull ? [hull[0], b1] : [b0, b1]);
    }
    for (const [position, [b0, b1]] of byPosition) {
      const previous = out.at(-1);
      // The shared bytes since the last digit span join it when few (fewer pieces, each piece
      // ending with a flush, compress worse); the ten copies cost little.
      if (previous && previous.position >= 0 && rowAt + b0 - sharedFrom <= MERGE_MAX)
        out[out.length - 1] = { ...previous, to: rowAt + b0 };
      else if (rowAt + b0 > sharedFrom) out.push({ from: sharedFrom, to: rowAt + b0, position: -1 });
      out.push({ from: rowAt + b0, to: rowAt + b1, position });
      sharedFrom = rowAt + b1;
    }
  }
  if (first.length > sharedFrom) out.push({ from: sharedFrom, to: first.length, position: -1 });
  return out;
}

function composed(streams: readonly Buffer[], layout: readonly Span[], pin: string): Buffer {
  const shared = streams[0] ?? Buffer.alloc(0);
  return Buffer.concat(
    layout.map((s) =>
      (streams[s.position < 0 ? 0 : Number(pin[s.position])] ?? shared).subarray(s.from, s.to),
    ),
  );
}

function pixels(image: RenderedImage): Uint32Array | undefined {
  const { width, height } = FACEPLATE_SIZE;
  if (image.width !== width || image.height !== height) return undefined;
  const rgba = new Uint32Array(new Uint8Array(image.pixels).buffer); // a copy, aligned for 32-bit reads
  // Drawn on white, every pixel is opaque and RGB loses nothing (alpha is the high byte: little-endian).
  for (const p of rgba) if (p >>> 24 !== 0xff) return undefined;
  return rgba;
}

/**
 * Splits and compresses the plate. `draw(pin)` is resvg's drawing of the plate with that PIN.
 * About 0.2–0.35 s of CPU (half of it zlib, a tenth resvg), once per radio type and confirm text.
 */
export function buildPlate(draw: (pin: string) => RenderedImage): Plate | undefined {
  const { width, height } = FACEPLATE_SIZE;
  const drawings: Uint32Array[] = [];
  for (let d = 0; d < DIGITS; d++) {
    const drawing = pixels(draw(String(d).repeat(PIN_LENGTH)));
    if (!drawing) return undefined;
    drawings.push(drawing);
  }
  const clusters = digitClusters(drawings);
  const check = pixels(draw(CHECK_PIN));
  if (!clusters || !check) return undefined;

  const rows = drawings.map((d) => rgbRows(new Uint8Array(d.buffer), width, height));
  const filters = chooseFilters(rows[0] ?? []);
  const stream0 = filterRows(rows[0] ?? [], filters);
  const like = { stream: stream0, changed: (y: number) => (clusters[y]?.length ?? 0) > 0 };
  const streams = rows.map((r, d) => (d === 0 ? stream0 : filterRows(r, filters, like)));
  const layout = spans(streams, clusters, 1 + width * BPP);
  if (!layout) return undefined;
  const expected = filterRows(rgbRows(new Uint8Array(check.buffer), width, height), filters);
  if (!composed(streams, layout, CHECK_PIN).equals(expected)) return undefined;

  const known = new Map<string, Piece>(); // many digits share a stretch of a row
  const piece = (raw: Buffer) => {
    const key = raw.toString("latin1");
    const p = known.get(key) ?? deflatePiece(raw);
    known.set(key, p);
    return p;
  };
  const parts = layout.map((s): PlatePart => {
    if (s.position < 0) return deflatePiece((streams[0] ?? Buffer.alloc(0)).subarray(s.from, s.to));
    return { position: s.position, byDigit: streams.map((stream) => piece(stream.subarray(s.from, s.to))) };
  });
  return { parts };
}

/** The pieces of `pin`'s picture, in order. */
export function piecesFor(plate: Plate, pin: string): Piece[] {
  const digits = Array.from(pin, Number);
  const out: Piece[] = [];
  for (const part of plate.parts) {
    const piece = "position" in part ? part.byDigit[digits[part.position] ?? -1] : part;
    if (!piece) throw new RangeError("piecesFor: the PIN must be four digits");
    out.push(piece);
  }
  return out;
}
