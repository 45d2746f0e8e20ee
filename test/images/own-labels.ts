/**
 * Our own small label renderer for unit tests of the image pipeline (separate from the held-out
 * generator in test/labels/, which we never tune on). A light sticker with a few lines of text
 * and a barcode on a dark "radio", rotated, as JPEG.
 */
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import { fontFiles } from "../../src/images/fonts.js";

export interface OwnLabel {
  readonly lines: readonly string[];
  readonly angle?: number;
  readonly font?: string;
  readonly quality?: number;
  readonly barcode?: boolean;
  readonly width?: number;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

function bars(x: number, y: number, seed: number): string {
  let out = "";
  let cx = x;
  let s = seed;
  for (let i = 0; i < 60; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const w = 1 + (s % 4);
    if (i % 2 === 0) out += `<rect x="${cx}" y="${y}" width="${w}" height="50" fill="#111"/>`;
    cx += w + 1;
  }
  return out;
}

export async function renderOwnLabel(label: OwnLabel): Promise<Buffer> {
  const w = label.width ?? 900;
  const h = Math.round(w * 0.66);
  const font = label.font ?? "DejaVu Sans";
  const extra = ["DejaVuSerif.ttf", "DejaVuSansCondensed.ttf"].map(
    (f) => `node_modules/dejavu-fonts-ttf/ttf/${f}`,
  );
  const lx = w * 0.18;
  const ly = h * 0.18;
  const lw = w * 0.64;
  const rows = label.lines.length + (label.barcode ? 2 : 0);
  const lineH = Math.min(44, (h * 0.64) / (rows + 1));
  let y = ly + lineH * 1.2;
  let body = "";
  if (label.barcode) {
    body += bars(lx + 30, y - lineH * 0.8, 7);
    y += 60;
  }
  for (const line of label.lines) {
    body += `<text x="${lx + 24}" y="${y}" font-family="${font}" font-size="${Math.round(lineH * 0.7)}" fill="#111">${esc(line)}</text>`;
    y += lineH;
  }
  const lh = y - ly;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
<rect width="${w}" height="${h}" fill="#2a2a2e"/>
<g transform="rotate(${label.angle ?? 0} ${w / 2} ${h / 2})">
<rect x="${lx}" y="${ly}" width="${lw}" height="${lh}" rx="6" fill="#ecebe4"/>${body}</g></svg>`;
  const png = new Resvg(svg, {
    font: { fontFiles: [...fontFiles(), ...extra], loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  })
    .render()
    .asPng();
  return sharp(png)
    .jpeg({ quality: label.quality ?? 80 })
    .toBuffer();
}
