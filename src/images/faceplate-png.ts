/**
 * Faceplate SVG → PNG with resvg, using only the fonts shipped in assets/fonts (no system fonts,
 * so every machine draws the same picture). The last pictures drawn are kept (bounded): the same code on the same radio in the same language
 * (a repeated decode, a radio switch back) is not drawn again.
 */
import { Resvg } from "@resvg/resvg-js";
import { type FaceplateText, faceplateSvg } from "../core/faceplate.js";
import type { RadioType } from "../core/radio.js";
import { fontFiles } from "./fonts.js";

let files: string[] | undefined;
const CACHE_MAX = 256;
const drawn = new Map<string, Buffer>();

function renderSvg(svg: string): Buffer {
  files ??= fontFiles();
  const resvg = new Resvg(svg, {
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}

export function faceplatePng(radio: RadioType, pin: string, text: FaceplateText): Buffer {
  const svg = faceplateSvg(radio, pin, text);
  const hit = drawn.get(svg);
  if (hit) {
    drawn.delete(svg);
    drawn.set(svg, hit); // most recently used last
    return hit;
  }
  const png = renderSvg(svg);
  if (drawn.size >= CACHE_MAX) drawn.delete(drawn.keys().next().value ?? "");
  drawn.set(svg, png);
  return png;
}
