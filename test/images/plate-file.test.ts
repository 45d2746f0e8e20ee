import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { piecesFor } from "../../src/images/faceplate-plate.js";
import { buildPlateFor } from "../../src/images/faceplate-png.js";
import {
  decodePlate,
  encodePlate,
  plateFileName,
  readPlateFile,
  writePlateFile,
} from "../../src/images/plate-file.js";
import { assemblePng } from "../../src/images/png-assembly.js";

const dir = mkdtempSync(path.join(tmpdir(), "plates-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const built = buildPlateFor("steering-wheel", { confirm: "basılı tut" });
const pin = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0"));

describe("faceplate plates saved as files", () => {
  it("a saved plate gives byte for byte the pictures of the plate it was saved from", () => {
    expect(built).toBeDefined();
    if (!built) return;
    writePlateFile(dir, "steering-wheel", "basılı tut", built);
    const read = readPlateFile(dir, "steering-wheel", "basılı tut");
    expect(read).toBeDefined();
    if (!read) return;
    fc.assert(
      fc.property(pin, (p) =>
        assemblePng(read.head, piecesFor(read, p)).equals(assemblePng(built.head, piecesFor(built, p))),
      ),
      { numRuns: 200 },
    );
  });

  it("names a file by radio type and confirm text, so another language never reads this one", () => {
    expect(plateFileName("radio-cd", "hold")).not.toBe(plateFileName("radio-cd", "halten"));
    expect(readPlateFile(dir, "steering-wheel", "hold")).toBeUndefined();
    expect(readPlateFile(path.join(dir, "missing"), "radio-cd", "hold")).toBeUndefined();
  });

  it("reads a damaged file as no file (the plate is then drawn), and never throws", () => {
    if (!built) return;
    const good = encodePlate(built);
    expect(decodePlate(good.subarray(0, good.length - 1))).toBeUndefined();
    expect(decodePlate(Buffer.concat([good, Buffer.from([0])]))).toBeUndefined();
    writeFileSync(path.join(dir, plateFileName("radio-cd", "x")), good.subarray(0, 100));
    expect(readPlateFile(dir, "radio-cd", "x")).toBeUndefined();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const plate = decodePlate(Buffer.from(bytes));
        return plate === undefined || plate.parts.length >= 0;
      }),
    );
  });
});
