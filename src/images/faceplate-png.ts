/**
 * Faceplate SVG → PNG with resvg, using only the fonts shipped in assets/fonts (no system fonts,
 * so every machine draws the same picture). The font database is loaded once per process.
 */
import { Resvg } from "@resvg/resvg-js";
import { type FaceplateText, faceplateSvg } from "../core/faceplate.js";
import type { RadioType } from "../core/radio.js";
import { fontFiles } from "./fonts.js";

let files: string[] | undefined;

function renderSvg(svg: string): Buffer {
  files ??= fontFiles();
  const resvg = new Resvg(svg, {
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}

export function faceplatePng(radio: RadioType, pin: string, text: FaceplateText): Buffer {
  return renderSvg(faceplateSvg(radio, pin, text));
}
