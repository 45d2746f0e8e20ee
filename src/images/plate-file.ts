/**
 * Faceplate plates saved as files, so a process never builds one while a user waits: building a
 * plate draws the radio eleven times with resvg (~0.5 s of CPU and a transient ~80 MiB, issue #10).
 * `npm run build` (and `npm start`'s one-time build) writes every radio type × confirm text into
 * dist/plates (src/images/build-plates.ts); faceplate-png.ts reads them and builds only what is
 * missing (a run from the TypeScript sources, a text added since the build).
 *
 * Format (big-endian): head length, head; part count; each part: 0 and one piece (shared by every
 * picture), or 1, the PIN position and ten pieces (one per digit). A piece: raw length mod 65521,
 * Σ bytes, weighted Σ, deflated length, deflated bytes. Anything malformed reads as no file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plate, PlatePart } from "./faceplate-plate.js";
import type { Piece } from "./png-assembly.js";

const DIGITS = 10;

/** dist/plates, seen from dist/src/images (tsc's output) or dist/src (the bundled entry's chunks). */
export function defaultPlateDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, "../../plates"), path.resolve(here, "../plates")];
  return candidates.find((d) => existsSync(d)) ?? candidates[0] ?? "";
}

export const plateFileName = (radio: string, confirm: string): string =>
  `${radio}.${Buffer.from(confirm, "utf8").toString("hex")}.plate`;

export function encodePlate(plate: Plate): Buffer {
  const out: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n >>> 0);
    out.push(b);
  };
  const piece = (p: Piece) => {
    u32(p.length);
    u32(p.sum);
    u32(p.weighted);
    u32(p.deflated.length);
    out.push(p.deflated);
  };
  u32(plate.head.length);
  out.push(plate.head);
  u32(plate.parts.length);
  for (const part of plate.parts) {
    if ("position" in part) {
      out.push(Buffer.from([1, part.position]));
      for (const p of part.byDigit) piece(p);
    } else {
      out.push(Buffer.from([0]));
      piece(part);
    }
  }
  return Buffer.concat(out);
}

export function decodePlate(data: Buffer): Plate | undefined {
  let at = 0;
  const need = (n: number) => {
    if (at + n > data.length) throw new RangeError("short plate file");
  };
  const u32 = () => {
    need(4);
    const v = data.readUInt32BE(at);
    at += 4;
    return v;
  };
  const u8 = () => {
    need(1);
    return data[at++] ?? 0;
  };
  const bytes = (n: number) => {
    need(n);
    const b = data.subarray(at, at + n);
    at += n;
    return b;
  };
  const piece = (): Piece => {
    const length = u32();
    const sum = u32();
    const weighted = u32();
    return { length, sum, weighted, deflated: bytes(u32()) };
  };
  try {
    const head = bytes(u32());
    const count = u32();
    const parts: PlatePart[] = [];
    for (let i = 0; i < count; i++) {
      const kind = u8();
      if (kind === 0) parts.push(piece());
      else if (kind === 1) {
        const position = u8();
        const byDigit = Array.from({ length: DIGITS }, piece);
        parts.push({ position, byDigit });
      } else return undefined;
    }
    return at === data.length ? { head, parts } : undefined;
  } catch {
    return undefined;
  }
}

export function readPlateFile(dir: string, radio: string, confirm: string): Plate | undefined {
  try {
    return decodePlate(readFileSync(path.join(dir, plateFileName(radio, confirm))));
  } catch {
    return undefined; // no file: the caller builds the plate
  }
}

export function writePlateFile(dir: string, radio: string, confirm: string, plate: Plate): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, plateFileName(radio, confirm)), encodePlate(plate));
}
