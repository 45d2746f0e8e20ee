/**
 * The faceplate picture split, once per radio type and confirm text, into what never changes and
 * what a PIN changes, so a PIN's picture is put together from pieces compressed in advance
 * (png-assembly.ts) instead of being drawn by resvg (~9–18 ms of CPU each, mostly parsing fonts
 * and drawing text).
 *
 * Only the four digits change: on the display and in the four "→d" markers. resvg draws the plate
 * ten times, with the PINs 0000…9999 (all digits alike); the pixels that differ between those
 * drawings are the digits. They fall in bands of rows (display, markers), four clusters of columns
 * per band, left to right the PIN's positions (monospace digits, equal-width digits in DejaVu Sans:
 * a digit's pixels do not depend on its neighbours). A PIN's picture takes each cluster from the
 * drawing of its digit and everything else from any drawing. The split is checked at build time
 * against resvg's own drawing of a PIN with four different digits; when anything is not as
 * expected, `buildPlate` returns undefined and the caller draws with resvg instead.
 *
 * The PNG has an 8-bit palette (palette.ts) and unfiltered rows: one byte per pixel, and a row's
 * bytes are its pixels', so a digit changes exactly its own bytes.
 */
import type { RenderedImage } from "@resvg/resvg-js";
import { FACEPLATE_SIZE } from "../core/faceplate.js";
import { type Palette, paletteOf } from "./palette.js";
import { deflatePiece, indexedPngHead, type Piece } from "./png-assembly.js";

const DIGITS = 10;
const PIN_LENGTH = 4;
/** A PIN with four different digits, drawn once to check the split. */
const CHECK_PIN = "2581";
/** Shared bytes up to this many after a digit span go into it (see `spans`). */
const MERGE_MAX = 4096;

/** In order: a piece every picture shares, or the piece for the digit at a PIN position. */
export type PlatePart = Piece | { readonly position: number; readonly byDigit: readonly Piece[] };

export interface Plate {
  /** PNG signature, header and palette. */
  readonly head: Buffer;
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

/** The raw byte stream cut into spans: each cluster's bytes a span of its position, the rest shared. */
function spans(clusters: readonly Cluster[][], stride: number): Span[] {
  const out: Span[] = [];
  let sharedFrom = 0;
  clusters.forEach((row, y) => {
    for (const c of row) {
      const from = y * stride + 1 + c.x0;
      const previous = out.at(-1);
      // Few shared bytes since the last digit span join it: fewer pieces, each of which ends
      // with a flush and compresses worse alone; the ten copies of those bytes cost little.
      if (previous && previous.position >= 0 && from - sharedFrom <= MERGE_MAX)
        out[out.length - 1] = { ...previous, to: from };
      else if (from > sharedFrom) out.push({ from: sharedFrom, to: from, position: -1 });
      out.push({ from, to: y * stride + 1 + c.x1, position: c.position });
      sharedFrom = y * stride + 1 + c.x1;
    }
  });
  out.push({ from: sharedFrom, to: clusters.length * stride, position: -1 });
  return out;
}

/** Unfiltered palette rows: filter byte 0, then one palette index per pixel. */
function rawRows(pixels: Uint32Array, palette: Palette): Buffer {
  const { width, height } = FACEPLATE_SIZE;
  const out = Buffer.alloc((1 + width) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      out[y * (1 + width) + 1 + x] = palette.indexOf(pixels[y * width + x] ?? 0);
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

function pixelsOf(image: RenderedImage): Uint32Array | undefined {
  const { width, height } = FACEPLATE_SIZE;
  if (image.width !== width || image.height !== height) return undefined;
  const rgba = new Uint32Array(new Uint8Array(image.pixels).buffer); // a copy, aligned for 32-bit reads
  // Drawn on white, every pixel is opaque (alpha is the high byte: little-endian).
  for (const p of rgba) if (p >>> 24 !== 0xff) return undefined;
  return rgba;
}

/**
 * Splits and compresses the plate. `draw(pin)` is resvg's drawing of the plate with that PIN.
 * About 0.2 s of CPU, once per radio type and confirm text.
 */
export function buildPlate(draw: (pin: string) => RenderedImage): Plate | undefined {
  const { width, height } = FACEPLATE_SIZE;
  const drawings: Uint32Array[] = [];
  for (let d = 0; d < DIGITS; d++) {
    const drawing = pixelsOf(draw(String(d).repeat(PIN_LENGTH)));
    if (!drawing) return undefined;
    drawings.push(drawing);
  }
  const clusters = digitClusters(drawings);
  const check = pixelsOf(draw(CHECK_PIN));
  if (!clusters || !check) return undefined;

  const palette = paletteOf(drawings);
  const streams = drawings.map((d) => rawRows(d, palette));
  const layout = spans(clusters, 1 + width);
  if (!composed(streams, layout, CHECK_PIN).equals(rawRows(check, palette))) return undefined;

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
  return { head: indexedPngHead(width, height, palette.colours), parts };
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
