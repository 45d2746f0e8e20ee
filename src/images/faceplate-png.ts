/**
 * Faceplate SVG → PNG, using only the fonts shipped in assets/fonts (no system fonts, so every
 * machine draws the same picture). resvg draws each radio type's plate (per confirm text) eleven
 * times at first use; after that a PIN's picture is assembled from pieces compressed then
 * (faceplate-plate.ts, png-assembly.ts): ~0.05 ms of CPU instead of a resvg drawing (~9–18 ms,
 * issue #10). The look is resvg's: the same pixels but for a few dozen anti-aliased ones the
 * 256-colour palette moves by a few levels (palette.ts). Should a plate not split as expected,
 * its pictures are drawn by resvg one by one, as before.
 */
import { type RenderedImage, Resvg } from "@resvg/resvg-js";
import { type FaceplateText, faceplateSvg } from "../core/faceplate.js";
import type { RadioType } from "../core/radio.js";
import { buildPlate, type Plate, piecesFor } from "./faceplate-plate.js";
import { fontFiles } from "./fonts.js";
import { defaultPlateDir, readPlateFile } from "./plate-file.js";
import { assemblePng } from "./png-assembly.js";

let files: string[] | undefined;
/** Plates by radio type and confirm text (one text per language in practice); `null`: draw each picture. */
const plates = new Map<string, Plate | null>();
const PLATES_MAX = 64;

function draw(svg: string): RenderedImage {
  files ??= fontFiles();
  const resvg = new Resvg(svg, {
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return resvg.render();
}

function plateFor(radio: RadioType, text: FaceplateText): Plate | null {
  const key = `${radio}\n${text.confirm}`;
  let plate = plates.get(key);
  if (plate === undefined) {
    plate = readPlateFile(defaultPlateDir(), radio, text.confirm) ?? buildPlateFor(radio, text) ?? null;
    if (plates.size >= PLATES_MAX) plates.delete(plates.keys().next().value ?? "");
    plates.set(key, plate);
  }
  return plate;
}

/** Draws and splits the plate (~0.5 s of CPU): `npm run build` saves them all (plate-file.ts). */
export function buildPlateFor(radio: RadioType, text: FaceplateText): Plate | undefined {
  return buildPlate((pin) => draw(faceplateSvg(radio, pin, text)));
}

/** resvg's own drawing, as every picture was made before the plates (the reference in tests). */
export function faceplatePngDrawn(radio: RadioType, pin: string, text: FaceplateText): Buffer {
  return draw(faceplateSvg(radio, pin, text)).asPng();
}

export function faceplatePng(radio: RadioType, pin: string, text: FaceplateText): Buffer {
  if (!/^[0-9]{4}$/.test(pin)) throw new RangeError("faceplatePng: the PIN must be four digits");
  const plate = plateFor(radio, text);
  return plate ? assemblePng(plate.head, piecesFor(plate, pin)) : faceplatePngDrawn(radio, pin, text);
}
