/**
 * A PNG put together from pieces compressed in advance, so a picture costs no compression at all.
 *
 * The image data of a PNG is one zlib stream of the raw rows (a filter byte, then the pixels). A
 * deflate stream may be cut anywhere: each piece is compressed on its own and ends with a sync
 * flush (an empty stored block, so it ends on a byte boundary and refers to nothing before it), and
 * pieces compressed separately can follow each other in any order. Only the zlib trailer spans the
 * whole stream, an Adler-32 of the raw bytes, and it is combined from each piece's two sums.
 * @see https://www.rfc-editor.org/rfc/rfc1950 (zlib, Adler-32) and RFC 1951 §3.2.4 (stored blocks)
 * @see https://www.w3.org/TR/png-3/#5Chunk-layout (chunks and their CRC)
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

/** A stretch of the raw byte stream, deflated on its own, with its Adler-32 parts. */
export interface Piece {
  readonly deflated: Buffer;
  /** Raw length, modulo 65521. */
  readonly length: number;
  /** Σ bytes, modulo 65521. */
  readonly sum: number;
  /** Σ (length − i) · byte[i], modulo 65521: what the piece adds to Adler's second sum. */
  readonly weighted: number;
}

const ADLER_MOD = 65521;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** zlib header: deflate, 32 KiB window, "maximum compression"; (0x78 · 256 + 0xda) % 31 === 0. */
const ZLIB_HEADER = Buffer.from([0x78, 0xda]);
/** The last deflate block: final, fixed Huffman codes, nothing but its end code. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

export function deflatePiece(raw: Uint8Array): Piece {
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < raw.length; i++) {
    sum += raw[i] ?? 0;
    weighted += sum;
    // Adler's own trick: reduce only now and then (both stay far below 2^53 between reductions).
    if ((i & 0xfff) === 0xfff) {
      sum %= ADLER_MOD;
      weighted %= ADLER_MOD;
    }
  }
  // A window no larger than the piece: most pieces are a few dozen bytes, and zlib's set-up for
  // a 32 KiB window would cost more than compressing them.
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(raw.length + 1))));
  const deflated = deflateRawSync(raw, {
    level: 9,
    windowBits,
    memLevel: Math.min(9, windowBits - 6),
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  return { deflated, length: raw.length % ADLER_MOD, sum: sum % ADLER_MOD, weighted: weighted % ADLER_MOD };
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** PNG signature, header and palette of an 8-bit palette picture (colour type 3, no interlacing). */
export function indexedPngHead(width: number, height: number, colours: readonly number[]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((rgb, i) => {
    plte.writeUIntBE(rgb, i * 3, 3);
  });
  return Buffer.concat([SIGNATURE, chunk("IHDR", ihdr), chunk("PLTE", plte)]);
}

const IEND = chunk("IEND", Buffer.alloc(0));

/** The PNG whose raw rows are the pieces, in order, after `head` (see `indexedPngHead`). */
export function assemblePng(head: Buffer, pieces: readonly Piece[]): Buffer {
  let a = 1;
  let b = 0;
  let size = 0;
  for (const p of pieces) {
    b = (b + p.length * a + p.weighted) % ADLER_MOD;
    a = (a + p.sum) % ADLER_MOD;
    size += p.deflated.length;
  }
  const idatLength = ZLIB_HEADER.length + size + FINAL_BLOCK.length + 4;
  const out = Buffer.allocUnsafe(head.length + 12 + idatLength + IEND.length);
  let at = head.copy(out, 0);
  out.writeUInt32BE(idatLength, at);
  const typeAt = at + 4;
  at += 4 + out.write("IDAT", typeAt, "latin1");
  at += ZLIB_HEADER.copy(out, at);
  for (const p of pieces) at += p.deflated.copy(out, at);
  at += FINAL_BLOCK.copy(out, at);
  at = out.writeUInt32BE(((b << 16) | a) >>> 0, at);
  at = out.writeUInt32BE(crc32(out.subarray(typeAt, at)), at);
  IEND.copy(out, at);
  return out;
}
