/**
 * Synthetic phone photos of Renault / Dacia car-radio labels, for the OCR test set.
 *
 * `generateLabel(seed)` is fully deterministic from the seed: every random choice goes
 * through a small seeded PRNG (mulberry32), text is rendered by sharp/pango from the
 * TTF files of the `dejavu-fonts-ttf` package (never from system fonts), the label is
 * warped onto a dark radio body with a true perspective transform, then lit unevenly,
 * given a glare spot, blurred, noised and JPEG-compressed.
 *
 * Truth is what was printed on the label: a letter A-Z plus three digits (never
 * A000-A099), or null for MediaNav units and for labels whose pre-code line is missing
 * or torn off.
 */
import { createRequire } from "node:module";
import path from "node:path";
import sharp, { type OverlayOptions } from "sharp";

// ---------------------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------------------

export type Rng = {
  next: () => number;
  range: (a: number, b: number) => number;
  int: (a: number, b: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  gauss: () => number;
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(seed: number): Rng {
  // Scramble the seed so that neighbouring seeds give unrelated streams.
  const next = mulberry32(Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35);
  const rng: Rng = {
    next,
    range: (a, b) => a + (b - a) * next(),
    int: (a, b) => a + Math.floor((b - a + 1) * next()),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from empty list");
      return item;
    },
    chance: (p) => next() < p,
    gauss: () => {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r <= 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error("weighted pick from empty list");
      return last[0];
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

type Font = { id: string; file: string; desc: string };

const FONTS: Record<string, Font> = {
  sans: { id: "sans", file: "DejaVuSans.ttf", desc: "DejaVu Sans" },
  sansBold: { id: "sansBold", file: "DejaVuSans-Bold.ttf", desc: "DejaVu Sans Bold" },
  sansLight: { id: "sansLight", file: "DejaVuSans-ExtraLight.ttf", desc: "DejaVu Sans ExtraLight" },
  mono: { id: "mono", file: "DejaVuSansMono.ttf", desc: "DejaVu Sans Mono" },
  monoBold: { id: "monoBold", file: "DejaVuSansMono-Bold.ttf", desc: "DejaVu Sans Mono Bold" },
  serif: { id: "serif", file: "DejaVuSerif.ttf", desc: "DejaVu Serif" },
  serifBold: { id: "serifBold", file: "DejaVuSerif-Bold.ttf", desc: "DejaVu Serif Bold" },
  cond: { id: "cond", file: "DejaVuSansCondensed.ttf", desc: "DejaVu Sans Condensed" },
  condBold: { id: "condBold", file: "DejaVuSansCondensed-Bold.ttf", desc: "DejaVu Sans Condensed Bold" },
  condOblique: {
    id: "condOblique",
    file: "DejaVuSansCondensed-Oblique.ttf",
    desc: "DejaVu Sans Condensed Oblique",
  },
  serifCond: { id: "serifCond", file: "DejaVuSerifCondensed.ttf", desc: "DejaVu Serif Condensed" },
  serifCondBold: {
    id: "serifCondBold",
    file: "DejaVuSerifCondensed-Bold.ttf",
    desc: "DejaVu Serif Condensed Bold",
  },
};

function font(id: keyof typeof FONTS): Font {
  const f = FONTS[id];
  if (!f) throw new Error(`unknown font ${String(id)}`);
  return f;
}

// Body fonts and pre-code fonts. The condensed / light / mono faces are where 0/O, 1/I,
// 5/S, 8/B, 2/Z and 6/G get close once blurred and compressed.
const BODY_FONTS = ["sans", "mono", "cond", "serif", "serifCond", "sansLight", "condOblique"] as const;
const CODE_FONTS = [
  "sans",
  "sansBold",
  "mono",
  "monoBold",
  "cond",
  "condBold",
  "serif",
  "serifBold",
  "serifCond",
  "serifCondBold",
  "sansLight",
  "condOblique",
] as const;

function escapeMarkup(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

type TextRaster = { buf: Buffer; w: number; h: number };

async function renderText(
  text: string,
  f: Font,
  sizePx: number,
  color: string,
  letterSpacingPx = 0,
  alpha = 1,
): Promise<TextRaster> {
  const ls = Math.round(letterSpacingPx * 1024);
  const a = Math.max(1, Math.min(100, Math.round(alpha * 100)));
  const markup = `<span foreground="${color}" alpha="${a}%" letter_spacing="${ls}">${escapeMarkup(text)}</span>`;
  const { data, info } = await sharp({
    text: {
      text: markup,
      font: `${f.desc} ${Math.max(4, Math.round(sizePx))}px`,
      fontfile: path.join(FONT_DIR, f.file),
      rgba: true,
      dpi: 72,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { buf: data, w: info.width, h: info.height };
}

/** Render, shrinking the font until the line fits into maxW. */
async function renderFitting(
  text: string,
  f: Font,
  sizePx: number,
  color: string,
  maxW: number,
  letterSpacingPx = 0,
  alpha = 1,
): Promise<TextRaster & { size: number }> {
  let size = sizePx;
  let r = await renderText(text, f, size, color, letterSpacingPx, alpha);
  for (let i = 0; i < 3 && r.w > maxW; i++) {
    size = Math.max(6, size * (maxW / r.w) * 0.97);
    r = await renderText(text, f, size, color, letterSpacingPx * (maxW / r.w), alpha);
  }
  return { ...r, size };
}

// ---------------------------------------------------------------------------------------
// Label content
// ---------------------------------------------------------------------------------------

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const CONFUSABLE_LETTERS = "OIBSZGDQL";
const CONFUSABLE_DIGITS = "015826";

function digits(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

function pickChar(rng: Rng, s: string): string {
  return s.charAt(rng.int(0, s.length - 1));
}

function isValidPrecode(code: string): boolean {
  return /^[A-Z][0-9]{3}$/.test(code) && !/^A0[0-9]{2}$/.test(code);
}

function makePrecode(rng: Rng): { code: string; confusable: boolean } {
  const confusable = rng.chance(0.35);
  for (;;) {
    const letter =
      confusable && rng.chance(0.75) ? pickChar(rng, CONFUSABLE_LETTERS) : pickChar(rng, LETTERS);
    let d = "";
    for (let i = 0; i < 3; i++) {
      d += confusable && rng.chance(0.7) ? pickChar(rng, CONFUSABLE_DIGITS) : String(rng.int(0, 9));
    }
    const code = letter + d;
    if (isValidPrecode(code)) return { code, confusable };
  }
}

const MODERN_MAKERS = [
  "Renault",
  "Dacia",
  "Continental",
  "Visteon",
  "Bosch",
  "Panasonic",
  "Technisat",
  "LG",
  "RENAULT",
  "DACIA",
  "Continental Automotive",
  "Visteon Electronics",
];
const OLD_MAKERS = [
  "Philips",
  "Blaupunkt",
  "Grundig",
  "VDO",
  "Siemens VDO",
  "Continental",
  "RENAULT",
  "Renault",
];
const MODELS = [
  "Radio CD",
  "Plug & Radio",
  "Radio CD MP3",
  "RADIO CD BT",
  "Radio CD Bluetooth",
  "R & GO",
  "Radio Connect R&GO",
  "RADIO CD USB",
  "Plug&Radio+",
];
const OLD_MODELS = [
  "Tuner List",
  "Update List",
  "CD Player",
  "RADIOSAT",
  "Cabasse Tuner List",
  "Radio Cassette",
];
const COUNTRIES = [
  "Poland",
  "Portugal",
  "Hungary",
  "Tunisia",
  "Morocco",
  "Romania",
  "China",
  "Malaysia",
  "Philippines",
  "Korea",
  "Turkey",
  "Czech Republic",
  "Mexico",
  "France",
];

function partNumber(rng: Rng): string {
  if (rng.chance(0.7)) return `2811${digits(rng, 5)}R`;
  return `8200${digits(rng, 6)}`;
}

function serial(rng: Rng): string {
  const prefix = rng.pick(["VC", "CN", "TS", "PA", "BP", "LG", "VP", "CT", ""]);
  const body = digits(rng, rng.int(10, 14));
  // Some serials carry an embedded letter; never as a free-standing letter+3-digit word.
  if (rng.chance(0.3)) {
    const at = rng.int(3, body.length - 5);
    return `${prefix}${body.slice(0, at)}${pickChar(rng, "ABCDEFHJKLMNPRSTUVWXYZ")}${body.slice(at)}`;
  }
  return prefix + body;
}

function groupedDigits(rng: Rng): string {
  const style = rng.int(0, 3);
  if (style === 0) return `8200 ${digits(rng, 3)} ${digits(rng, 3)} ${digits(rng, rng.int(1, 4))}`;
  if (style === 1) return `${digits(rng, 1)} ${digits(rng, 6)} ${digits(rng, 6)}`;
  if (style === 2) return digits(rng, rng.int(12, 18));
  return `${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 2)}`;
}

function extraLines(rng: Rng): string[] {
  const pool = [
    `E${rng.int(1, 24)} 10R-0${rng.int(3, 6)} ${digits(rng, 4)}`,
    `DATE ${String(rng.int(1, 12)).padStart(2, "0")}/${rng.int(2009, 2022)}`,
    `HW: ${digits(rng, 2)}  SW: ${rng.int(1, 9)}.${rng.int(0, 9)}.${rng.int(0, 20)}`,
    `${rng.pick(["12V", "DC 12V", "14.4V DC 10A", "12V --- 10A"])}`,
    rng.pick(["DO NOT REMOVE", "NE PAS RETIRER", "Ne pas enlever cette etiquette"]),
    `FM/AM${rng.chance(0.5) ? "/LW" : ""}${rng.chance(0.5) ? " BT" : ""}`,
    `LOT ${digits(rng, 6)}`,
    `Ref. ${digits(rng, 3)} ${digits(rng, 3)}`,
  ];
  const n = rng.int(1, 3);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const line = rng.pick(pool);
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

/** Occasional decoy that looks like a pre-code but is in the never-issued A000-A099 range. */
function decoyA0(rng: Rng): string {
  return `${rng.pick(["REV", "IDX", "ECU", "VER"])} A0${digits(rng, 2)}`;
}

// ---------------------------------------------------------------------------------------
// Label spec and rendering
// ---------------------------------------------------------------------------------------

type TextRow = {
  kind: "text";
  text: string;
  font: Font;
  size: number;
  align: "left" | "center" | "right";
  spacing?: number;
  isCode?: boolean;
  band?: boolean; // white text on a dark band
};
type BarcodeRow = { kind: "barcode"; height: number; module: number; align: "left" | "center" };
type QrRow = { kind: "qr"; size: number; align: "left" | "center" | "right" };
type GapRow = { kind: "gap"; h: number };
type Row = TextRow | BarcodeRow | QrRow | GapRow;

type LabelSpec = {
  width: number;
  columns: Row[][];
  colSplit: number; // share of width for the first column when there are two
  paper: string;
  ink: string;
  inkAlpha: number;
  border: boolean;
  radius: number;
  margin: number;
  lineGap: number;
  tornBelowRow?: { col: number; row: number }; // label is torn off below this row
};

type Placed = { x: number; y: number; w: number; h: number };

function barcodeBars(rng: Rng, module: number, targetW: number): { x: number; w: number }[] {
  const bars: { x: number; w: number }[] = [];
  let x = 0;
  let bar = true;
  const maxModules = Math.floor(targetW / module);
  let used = 0;
  while (used < maxModules - 4) {
    const m = rng.weighted([
      [1, 5],
      [2, 3],
      [3, 2],
      [4, 1],
    ] as const);
    if (bar) bars.push({ x, w: m * module });
    x += m * module;
    used += m;
    bar = !bar;
  }
  if (bar) bars.push({ x, w: 2 * module });
  return bars;
}

function qrModules(rng: Rng, n: number): boolean[][] {
  const grid: boolean[][] = [];
  for (let y = 0; y < n; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < n; x++) row.push(rng.chance(0.5));
    grid.push(row);
  }
  const finder = (ox: number, oy: number) => {
    for (let y = -1; y <= 7; y++) {
      for (let x = -1; x <= 7; x++) {
        const gy = oy + y;
        const gx = ox + x;
        const row = grid[gy];
        if (!row || gx < 0 || gx >= n) continue;
        const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
        row[gx] = ring === 3 || ring <= 1;
        if (x < 0 || y < 0 || x > 6 || y > 6) row[gx] = false;
      }
    }
  };
  finder(0, 0);
  finder(n - 7, 0);
  finder(0, n - 7);
  return grid;
}

type RenderedLabel = {
  png: Buffer;
  width: number;
  height: number;
  codeBox: Placed | null;
  codeCapPx: number;
};

async function renderLabel(rng: Rng, spec: LabelSpec): Promise<RenderedLabel> {
  const nCols = spec.columns.length;
  const inner = spec.width - 2 * spec.margin;
  const colGap = nCols > 1 ? Math.round(spec.margin * 0.8) : 0;
  const colWidths =
    nCols > 1
      ? [Math.round((inner - colGap) * spec.colSplit), Math.round((inner - colGap) * (1 - spec.colSplit))]
      : [inner];

  // Render text rows first to know their sizes.
  type Laid = { row: Row; w: number; h: number; raster?: TextRaster; size?: number };
  const laidCols: Laid[][] = [];
  for (let c = 0; c < nCols; c++) {
    const cw = colWidths[c] ?? inner;
    const laid: Laid[] = [];
    for (const row of spec.columns[c] ?? []) {
      if (row.kind === "text") {
        const color = row.band ? spec.paper : spec.ink;
        const r = await renderFitting(
          row.text,
          row.font,
          row.size,
          color,
          row.band ? cw - 16 : cw,
          row.spacing ?? 0,
          row.band ? 1 : spec.inkAlpha,
        );
        laid.push({ row, w: r.w, h: r.h, raster: r, size: r.size });
      } else if (row.kind === "barcode") {
        laid.push({ row, w: Math.min(cw, Math.round(cw * rng.range(0.75, 1))), h: row.height });
      } else if (row.kind === "qr") {
        laid.push({ row, w: Math.min(row.size, cw), h: Math.min(row.size, cw) });
      } else {
        laid.push({ row, w: 0, h: row.h });
      }
    }
    laidCols.push(laid);
  }

  const colHeights = laidCols.map((laid) =>
    laid.reduce((s, l, i) => s + l.h + (i > 0 ? spec.lineGap : 0), 0),
  );
  const height = Math.round(Math.max(...colHeights) + 2 * spec.margin);
  const width = spec.width;

  const svgParts: string[] = [];
  const composites: OverlayOptions[] = [];
  let codeBox: Placed | null = null;
  let codeCapPx = 0;
  let tornY: number | null = null;

  let colX = spec.margin;
  for (let c = 0; c < nCols; c++) {
    const cw = colWidths[c] ?? inner;
    const laid = laidCols[c] ?? [];
    // Vertically centre a shorter column.
    let y = spec.margin + (height - 2 * spec.margin - (colHeights[c] ?? 0)) / 2;
    for (let i = 0; i < laid.length; i++) {
      const l = laid[i];
      if (!l) continue;
      const row = l.row;
      const align = row.kind === "gap" ? "left" : row.align;
      const x = align === "center" ? colX + (cw - l.w) / 2 : align === "right" ? colX + cw - l.w : colX;
      if (row.kind === "text" && l.raster) {
        if (row.band) {
          svgParts.push(
            `<rect x="${spec.margin * 0.4}" y="${y - 4}" width="${width - spec.margin * 0.8}" height="${l.h + 8}" fill="${spec.ink}"/>`,
          );
        }
        composites.push({ input: l.raster.buf, left: Math.round(x), top: Math.round(y) });
        if (row.isCode) {
          codeBox = { x, y, w: l.w, h: l.h };
          codeCapPx = (l.size ?? row.size) * 0.73;
        }
      } else if (row.kind === "barcode") {
        const bars = barcodeBars(rng, row.module, l.w);
        const bw = bars.reduce((m, b) => Math.max(m, b.x + b.w), 0);
        const bx = align === "center" ? colX + (cw - bw) / 2 : colX;
        for (const b of bars) {
          svgParts.push(
            `<rect x="${(bx + b.x).toFixed(1)}" y="${y.toFixed(1)}" width="${b.w}" height="${row.height}" fill="${spec.ink}" fill-opacity="${spec.inkAlpha}"/>`,
          );
        }
      } else if (row.kind === "qr") {
        const n = rng.pick([21, 25]);
        const grid = qrModules(rng, n);
        const m = l.w / n;
        for (let gy = 0; gy < n; gy++) {
          for (let gx = 0; gx < n; gx++) {
            if (grid[gy]?.[gx]) {
              svgParts.push(
                `<rect x="${(x + gx * m).toFixed(2)}" y="${(y + gy * m).toFixed(2)}" width="${(m + 0.3).toFixed(2)}" height="${(m + 0.3).toFixed(2)}" fill="${spec.ink}"/>`,
              );
            }
          }
        }
      }
      y += l.h + spec.lineGap;
      if (spec.tornBelowRow && spec.tornBelowRow.col === c && spec.tornBelowRow.row === i) {
        tornY = y - spec.lineGap + 3;
      }
    }
    colX += cw + colGap;
  }

  // Paper, with a subtle blotchy tint and an optional printed border.
  const defs = `<defs><radialGradient id="p" cx="${rng.range(0.2, 0.8)}" cy="${rng.range(0.2, 0.8)}" r="0.9">
    <stop offset="0" stop-color="#ffffff" stop-opacity="0.10"/><stop offset="1" stop-color="#806a40" stop-opacity="${rng.range(0, 0.12).toFixed(3)}"/></radialGradient></defs>`;
  const base = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    defs,
    `<rect x="0" y="0" width="${width}" height="${height}" rx="${spec.radius}" fill="${spec.paper}"/>`,
    `<rect x="0" y="0" width="${width}" height="${height}" rx="${spec.radius}" fill="url(#p)"/>`,
    spec.border
      ? `<rect x="${spec.margin * 0.35}" y="${spec.margin * 0.35}" width="${width - spec.margin * 0.7}" height="${height - spec.margin * 0.7}" rx="${spec.radius * 0.6}" fill="none" stroke="${spec.ink}" stroke-width="${rng.range(1.5, 3.5).toFixed(1)}"/>`
      : "",
    ...svgParts,
    // Scuffs and dirt specks
    ...Array.from({ length: rng.int(0, 14) }, () => {
      const cx = rng.range(0, width);
      const cy = rng.range(0, height);
      return `<ellipse cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" rx="${rng.range(0.8, 5).toFixed(1)}" ry="${rng.range(0.8, 3).toFixed(1)}" fill="#5a5040" fill-opacity="${rng.range(0.08, 0.35).toFixed(2)}"/>`;
    }),
    "</svg>",
  ].join("");

  let img = sharp(Buffer.from(base)).composite(composites);
  let png = await img.png().toBuffer();

  if (tornY !== null) {
    // Jagged tear line: everything below it is gone.
    const pts: string[] = [`0,0`, `${width},0`];
    const steps = rng.int(14, 30);
    let ty = tornY + rng.range(-4, 4);
    for (let s = steps; s >= 0; s--) {
      ty = Math.max(tornY - 12, Math.min(tornY + 4, ty + rng.range(-9, 9)));
      pts.push(`${((s / steps) * width).toFixed(1)},${ty.toFixed(1)}`);
    }
    const mask = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><polygon points="${pts.join(" ")}" fill="#fff"/></svg>`;
    img = sharp(png).composite([{ input: Buffer.from(mask), blend: "dest-in" }]);
    png = await img.png().toBuffer();
    // A torn label also leaves a residue strip of glue/paper fibre.
    const crop = Math.min(height, Math.ceil(tornY + 6));
    png = await sharp(png).extract({ left: 0, top: 0, width, height: crop }).png().toBuffer();
    return { png, width, height: crop, codeBox: null, codeCapPx: 0 };
  }
  return { png, width, height, codeBox, codeCapPx };
}

// ---------------------------------------------------------------------------------------
// Layout builders
// ---------------------------------------------------------------------------------------

type Built = {
  spec: LabelSpec;
  truth: string | null;
  layout: string;
  meta: Record<string, unknown>;
};

const CODE_PREFIXES = [
  "",
  "",
  "CODE: ",
  "CODE ",
  "PRE-CODE ",
  "PRECODE: ",
  "T ",
  "Code ",
  "Pre-code: ",
  "PRE CODE ",
];

function paperAndInk(rng: Rng, old: boolean): { paper: string; ink: string; inkAlpha: number } {
  const paper = old
    ? rng.pick(["#efe6cc", "#e9e2cf", "#f2eee2", "#d8dadc", "#ece8dc"])
    : rng.pick(["#f6f6f2", "#f1f1ee", "#fafaf8", "#e9eae8", "#f3f0e8", "#dfe1e2"]);
  const ink = rng.pick(["#111111", "#1b1b1d", "#262626", "#2e2a28", "#333338"]);
  const inkAlpha = rng.chance(0.25) ? rng.range(0.6, 0.85) : rng.range(0.88, 1);
  return { paper, ink, inkAlpha };
}

function baseSpec(rng: Rng, old: boolean): Omit<LabelSpec, "columns" | "colSplit"> {
  const { paper, ink, inkAlpha } = paperAndInk(rng, old);
  return {
    width: rng.int(820, 1150),
    paper,
    ink,
    inkAlpha,
    border: rng.chance(0.35),
    radius: rng.pick([0, 4, 10, 18]),
    margin: rng.int(26, 50),
    lineGap: rng.int(6, 18),
  };
}

function codeRow(rng: Rng, code: string, bodySize: number): { row: TextRow; prefix: string; font: Font } {
  const prefix = rng.pick(CODE_PREFIXES);
  const f = font(rng.pick(CODE_FONTS));
  const size = Math.round(bodySize * rng.range(1.05, 1.9));
  return {
    row: {
      kind: "text",
      text: prefix + code,
      font: f,
      size,
      align: rng.pick(["left", "left", "center", "right"] as const),
      spacing: rng.chance(0.3) ? rng.range(1, 6) : 0,
      isCode: true,
    },
    prefix,
    font: f,
  };
}

function modern(rng: Rng, mode: "code" | "torn" | "missing"): Built {
  const { code, confusable } = makePrecode(rng);
  const body = font(rng.pick(BODY_FONTS));
  const bodySize = rng.int(30, 44);
  const head = font(rng.pick(["sansBold", "condBold", "serifBold", "sansBold", "monoBold"] as const));
  const t = (text: string, f = body, size = bodySize, align: TextRow["align"] = "left"): TextRow => ({
    kind: "text",
    text,
    font: f,
    size,
    align,
  });

  const maker = rng.pick(MODERN_MAKERS);
  const lines: TextRow[] = [];
  const headRow: TextRow = {
    ...t(maker, head, Math.round(bodySize * rng.range(1.2, 1.7)), rng.pick(["left", "center"] as const)),
    band: rng.chance(0.2),
  };
  lines.push(t(rng.pick(MODELS)));
  lines.push(t(`${rng.pick(["P/N ", "PN: ", "Part No. ", "Ref: ", ""])}${partNumber(rng)}`));
  lines.push(t(`${rng.pick(["S/N ", "SN: ", "Serial: ", "N° "])}${serial(rng)}`));
  lines.push(t(`${rng.pick(["Made in ", "MADE IN ", "Made in "])}${rng.pick(COUNTRIES)}`));
  for (const e of extraLines(rng)) lines.push(t(e, body, Math.round(bodySize * rng.range(0.7, 0.95))));
  const withDecoy = rng.chance(0.15);
  if (withDecoy) lines.push(t(decoyA0(rng)));
  // Shuffle the body lines a little (keep the model first more often than not).
  for (let i = lines.length - 1; i > 0; i--) {
    if (rng.chance(0.5)) {
      const j = rng.int(1, i);
      const a = lines[i];
      const b = lines[j];
      if (a && b) {
        lines[i] = b;
        lines[j] = a;
      }
    }
  }

  const cr = codeRow(rng, code, bodySize);
  const barcode: BarcodeRow = {
    kind: "barcode",
    height: rng.int(70, 150),
    module: rng.pick([2, 3, 3, 4]),
    align: rng.pick(["left", "center"] as const),
  };
  const barDigits = t(
    groupedDigits(rng),
    font(rng.pick(["mono", "sans", "cond"] as const)),
    Math.round(bodySize * 0.8),
  );
  barDigits.align = barcode.align === "center" ? "center" : "left";
  const withQr = rng.chance(0.3);
  const qr: QrRow = {
    kind: "qr",
    size: rng.int(120, 190),
    align: rng.pick(["left", "right", "center"] as const),
  };

  // Where does the pre-code go?
  type Pos = "top" | "afterHead" | "middle" | "aboveBarcode" | "belowDigits" | "bottom";
  let pos: Pos = rng.pick(["top", "afterHead", "middle", "aboveBarcode", "belowDigits", "bottom"] as const);
  if (mode === "torn") pos = "bottom";
  const twoCol = mode !== "torn" && rng.chance(0.35);

  // For a torn label the code row is printed and then torn away with the bottom of the sticker.
  const codeRows: Row[] = mode === "code" || mode === "torn" ? [cr.row] : [];
  if (mode === "missing" && rng.chance(0.5)) {
    // The prefix is there, the value is blank (never printed / scratched clean).
    codeRows.push(t(rng.pick(["CODE:", "PRE-CODE", "PRECODE:", "Code"]), cr.font, cr.row.size));
  }
  const barBlock: Row[] = [barcode, barDigits];
  const mid = Math.floor(lines.length / 2);

  let columns: Row[][];
  let colSplit = 0.5;
  if (!twoCol) {
    const rows: Row[] = [];
    if (pos === "top") rows.push(...codeRows);
    rows.push(headRow);
    if (pos === "afterHead") rows.push(...codeRows);
    rows.push(...lines.slice(0, mid));
    if (pos === "middle") rows.push(...codeRows);
    rows.push(...lines.slice(mid));
    if (withQr && rng.chance(0.5)) rows.push(qr);
    if (pos === "aboveBarcode") rows.push(...codeRows);
    rows.push(...barBlock);
    if (pos === "belowDigits") rows.push(...codeRows);
    if (withQr && !rows.includes(qr)) rows.push(qr);
    if (pos === "bottom") rows.push({ kind: "gap", h: rng.int(0, 12) }, ...codeRows);
    columns = [rows];
  } else {
    // Barcode (and maybe QR) on one side, text on the other; code next to the barcode or the text.
    const barCol: Row[] = [...barBlock];
    if (pos === "aboveBarcode") barCol.unshift(...codeRows);
    if (pos === "belowDigits" || pos === "bottom") barCol.push(...codeRows);
    if (withQr) barCol.push(qr);
    const textCol: Row[] = [headRow];
    if (pos === "top" || pos === "afterHead") textCol.push(...codeRows);
    textCol.push(...lines.slice(0, mid));
    if (pos === "middle") textCol.push(...codeRows);
    textCol.push(...lines.slice(mid));
    const barFirst = rng.chance(0.5);
    columns = barFirst ? [barCol, textCol] : [textCol, barCol];
    colSplit = barFirst ? rng.range(0.4, 0.5) : rng.range(0.5, 0.6);
  }

  const spec: LabelSpec = { ...baseSpec(rng, false), columns, colSplit };
  if (twoCol) spec.width = rng.int(1150, 1400);
  if (mode === "torn") {
    const rows = columns[0] ?? [];
    // Tear just above the code row (the last rows: gap + code).
    spec.tornBelowRow = { col: 0, row: rows.length - 3 };
  }
  const layout =
    mode === "code"
      ? `modern-${twoCol ? "2col" : "stack"}-${pos}`
      : mode === "torn"
        ? "missing-torn"
        : "missing-line";
  return {
    spec,
    truth: mode === "code" ? code : null,
    layout,
    meta: {
      format: mode === "code" ? "modern" : mode === "torn" ? "missing-torn" : "missing-line",
      printedCode: mode === "code" ? code : null,
      tornOffCode: mode !== "code" ? code : null,
      codePrefix: mode === "code" ? cr.prefix : null,
      codeFont: cr.font.id,
      bodyFont: body.id,
      maker,
      position: pos,
      twoColumn: twoCol,
      qr: withQr,
      confusableCode: confusable,
      decoyA0: withDecoy,
    },
  };
}

function oldPn(rng: Rng): Built {
  const { code, confusable } = makePrecode(rng);
  const body = font(rng.pick(["mono", "sans", "cond", "serif", "monoBold", "condBold"] as const));
  const bodySize = rng.int(30, 42);
  const pnFont = font(
    rng.pick(["mono", "monoBold", "sans", "sansBold", "cond", "condBold", "serifCond"] as const),
  );
  const variant = rng.pick(["compact", "compact", "spaced", "compact8200"] as const);
  let pnText: string;
  if (variant === "compact") pnText = `2811${digits(rng, 5)}RT${code}`;
  else if (variant === "compact8200") pnText = `8200${digits(rng, 6)}T${code}`;
  else {
    pnText = `PN ${rng.int(1, 9)}T${pickChar(rng, "KLMNPRSUVWX")} ${digits(rng, 4)} T ${code} ${digits(rng, rng.int(3, 6))}`;
  }
  const t = (text: string, f = body, size = bodySize, align: TextRow["align"] = "left"): TextRow => ({
    kind: "text",
    text,
    font: f,
    size,
    align,
  });
  const align = rng.pick(["left", "center"] as const);
  const pnRow: TextRow = {
    ...t(pnText, pnFont, Math.round(bodySize * rng.range(1.1, 1.6)), align),
    isCode: true,
    spacing: rng.chance(0.4) ? rng.range(0.5, 4) : 0,
  };
  const rows: Row[] = [];
  if (rng.chance(0.7))
    rows.push(t(rng.pick(OLD_MAKERS), font("sansBold"), Math.round(bodySize * 1.2), align));
  if (rng.chance(0.6)) rows.push(t(rng.pick(OLD_MODELS), body, bodySize, align));
  const pnAbove = rng.chance(0.7);
  if (pnAbove) rows.push(pnRow);
  rows.push({ kind: "barcode", height: rng.int(90, 170), module: rng.pick([2, 3, 3, 4]), align: "center" });
  rows.push(
    t(groupedDigits(rng), font(rng.pick(["mono", "sans"] as const)), Math.round(bodySize * 0.85), "center"),
  );
  if (!pnAbove) rows.push(pnRow);
  if (rng.chance(0.5)) rows.push(t(`${rng.pick(["Made in ", "MADE IN "])}${rng.pick(COUNTRIES)}`));
  if (rng.chance(0.4))
    rows.push(t(`${rng.pick(["S/N ", "SN "])}${serial(rng)}`, body, Math.round(bodySize * 0.8)));
  const spec: LabelSpec = { ...baseSpec(rng, true), columns: [rows], colSplit: 1 };
  spec.width = rng.int(800, 1050);
  return {
    spec,
    truth: code,
    layout: `pn-${variant}-${pnAbove ? "above" : "below"}`,
    meta: {
      format: "pn",
      printedCode: code,
      pnLine: pnText,
      codeFont: pnFont.id,
      bodyFont: body.id,
      confusableCode: confusable,
    },
  };
}

function mediaNav(rng: Rng): Built {
  const body = font(rng.pick(["sans", "cond", "mono"] as const));
  const bodySize = rng.int(28, 40);
  const t = (text: string, f = body, size = bodySize, align: TextRow["align"] = "left"): TextRow => ({
    kind: "text",
    text,
    font: f,
    size,
    align,
  });
  let sn = "";
  for (let i = 0; i < rng.int(10, 14); i++)
    sn += rng.chance(0.8) ? String(rng.int(0, 9)) : pickChar(rng, "ABCDEFHKLMNPRSTUVWXYZ");
  const snText = `MN-${sn}`;
  const rows: Row[] = [
    t(
      rng.pick(["MEDIA NAV", "MediaNav", "MEDIA-NAV Evolution", "MediaNav Evolution"]),
      font("sansBold"),
      Math.round(bodySize * 1.4),
    ),
    t(rng.pick(["LG Electronics", "LG Electronics Inc.", "Renault", "Dacia"])),
    t(`${rng.pick(["P/N ", "PN: "])}2591${digits(rng, 5)}R`),
    t(
      `S/N ${snText}`,
      font(rng.pick(["mono", "monoBold", "sansBold"] as const)),
      Math.round(bodySize * 1.15),
    ),
    { kind: "barcode", height: rng.int(70, 130), module: rng.pick([2, 3]), align: "left" },
    t(groupedDigits(rng), font("mono"), Math.round(bodySize * 0.8)),
    t(`${rng.pick(["Made in ", "MADE IN "])}${rng.pick(["Korea", "Poland", "China", "Vietnam"])}`),
  ];
  if (rng.chance(0.5)) rows.push({ kind: "qr", size: rng.int(130, 190), align: "right" });
  for (const e of extraLines(rng)) rows.push(t(e, body, Math.round(bodySize * 0.8)));
  const spec: LabelSpec = { ...baseSpec(rng, false), columns: [rows], colSplit: 1 };
  return {
    spec,
    truth: null,
    layout: "medianav",
    meta: { format: "medianav", serial: snText, bodyFont: body.id },
  };
}

// ---------------------------------------------------------------------------------------
// Photo simulation
// ---------------------------------------------------------------------------------------

type Pt = [number, number];

/** Homography mapping src[i] -> dst[i] (4 points), as a row-major 3x3 with h33 = 1. */
function homography(src: Pt[], dst: Pt[]): number[] {
  const A: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i] ?? [0, 0];
    const [u, v] = dst[i] ?? [0, 0];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  // Gaussian elimination
  const n = 8;
  const M = A.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]?.[c] ?? 0) > Math.abs(M[p]?.[c] ?? 0)) p = r;
    const tmp = M[c];
    const pr = M[p];
    if (!tmp || !pr) throw new Error("singular");
    M[c] = pr;
    M[p] = tmp;
    const piv = pr[c] ?? 1;
    for (let k = c; k <= n; k++) pr[k] = (pr[k] ?? 0) / piv;
    for (let r = 0; r < n; r++) {
      const row = M[r];
      if (r === c || !row) continue;
      const f = row[c] ?? 0;
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pr[k] ?? 0);
    }
  }
  const h = M.map((row) => row[n] ?? 0);
  h.push(1);
  return h;
}

function invert3(m: number[]): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, i = 1] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A / det,
    -(b * i - c * h) / det,
    (b * f - c * e) / det,
    B / det,
    (a * i - c * g) / det,
    -(a * f - c * d) / det,
    C / det,
    -(a * h - b * g) / det,
    (a * e - b * d) / det,
  ];
}

async function radioBackground(
  rng: Rng,
  W: number,
  H: number,
  quad: Pt[],
): Promise<{ rgb: Float32Array; kind: string }> {
  const kind = rng.pick([
    "black-plastic",
    "grey-metal",
    "dark-metal",
    "black-plastic-textured",
    "zinc",
  ] as const);
  const baseColor =
    kind === "grey-metal"
      ? rng.pick(["#5c5f63", "#6a6d70", "#4f5256"])
      : kind === "zinc"
        ? rng.pick(["#7b7f80", "#70746f", "#858a86"])
        : kind === "dark-metal"
          ? rng.pick(["#2e3033", "#38393c", "#27292c"])
          : rng.pick(["#151516", "#1c1c1e", "#222224", "#2a2a2c"]);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">`,
    "<defs>",
    `<radialGradient id="screw" cx="0.4" cy="0.35" r="0.7"><stop offset="0" stop-color="#8a8a88"/><stop offset="0.55" stop-color="#4a4a4a"/><stop offset="1" stop-color="#121212"/></radialGradient></defs>`,
    `<rect width="${W}" height="${H}" fill="${baseColor}"/>`,
  ];
  // Edge of the radio housing / chassis and what lies beyond it (car interior, table).
  if (rng.chance(0.5)) {
    const side = rng.int(0, 3);
    const d = rng.range(0.03, 0.12);
    const beyond = rng.pick(["#0b0b0c", "#3a342e", "#6b6660", "#101418"]);
    const rect =
      side === 0
        ? `x="0" y="0" width="${W}" height="${H * d}"`
        : side === 1
          ? `x="0" y="${H * (1 - d)}" width="${W}" height="${H * d}"`
          : side === 2
            ? `x="0" y="0" width="${W * d}" height="${H}"`
            : `x="${W * (1 - d)}" y="0" width="${W * d}" height="${H}"`;
    parts.push(`<rect ${rect} fill="${beyond}"/>`);
  }
  // Vent slots and screws.
  const slots = rng.int(0, 2);
  for (let s = 0; s < slots; s++) {
    const x0 = rng.range(0, W * 0.8);
    const y0 = rng.range(0, H * 0.8);
    const n = rng.int(4, 12);
    const sw = rng.range(W * 0.01, W * 0.02);
    const sh = rng.range(H * 0.08, H * 0.25);
    for (let i = 0; i < n; i++) {
      parts.push(
        `<rect x="${(x0 + i * sw * 2.2).toFixed(1)}" y="${y0.toFixed(1)}" width="${sw.toFixed(1)}" height="${sh.toFixed(1)}" rx="${(sw / 2).toFixed(1)}" fill="#050505" fill-opacity="0.85"/>`,
      );
    }
  }
  const screws = rng.int(0, 3);
  for (let s = 0; s < screws; s++) {
    const r = rng.range(W * 0.012, W * 0.022);
    const sx = rng.range(0, W);
    const sy = rng.range(0, H);
    const a = rng.range(0, Math.PI);
    const ddx = Math.cos(a) * r * 0.6;
    const ddy = Math.sin(a) * r * 0.6;
    parts.push(
      `<circle cx="${sx.toFixed(1)}" cy="${sy.toFixed(1)}" r="${(r * 1.1).toFixed(1)}" fill="#050505" fill-opacity="0.6"/>`,
      `<circle cx="${sx.toFixed(1)}" cy="${sy.toFixed(1)}" r="${r.toFixed(1)}" fill="url(#screw)"/>`,
      `<path d="M${(sx - ddx).toFixed(1)},${(sy - ddy).toFixed(1)} L${(sx + ddx).toFixed(1)},${(sy + ddy).toFixed(1)} M${(sx + ddy).toFixed(1)},${(sy - ddx).toFixed(1)} L${(sx - ddy).toFixed(1)},${(sy + ddx).toFixed(1)}" stroke="#0a0a0a" stroke-width="${(r * 0.2).toFixed(1)}"/>`,
    );
  }
  // Embossed moulding text on the housing (a distractor, low contrast).
  if (rng.chance(0.3)) {
    parts.push(
      `<rect x="${rng.range(0, W * 0.7).toFixed(1)}" y="${rng.range(0, H * 0.9).toFixed(1)}" width="${rng.range(W * 0.05, W * 0.2).toFixed(1)}" height="${rng.range(4, 14).toFixed(1)}" fill="#ffffff" fill-opacity="0.06"/>`,
    );
  }
  // Soft shadow under the sticker (stickers sit slightly proud and cast a faint shadow).
  // Layered, progressively grown polygons instead of an SVG blur filter (much cheaper).
  const off: Pt = [rng.range(-6, 6), rng.range(1, 8)];
  const spread = rng.range(2, 9);
  const shadowAlpha = rng.range(0.3, 0.6);
  const qcx = quad.reduce((sum, q) => sum + q[0], 0) / 4;
  const qcy = quad.reduce((sum, q) => sum + q[1], 0) / 4;
  const layers = 6;
  for (let k = layers; k >= 1; k--) {
    const grow = (k / layers) * spread;
    const pts = quad
      .map(([x, y]) => {
        const ddx = x - qcx;
        const ddy = y - qcy;
        const len = Math.hypot(ddx, ddy) || 1;
        return `${(x + off[0] + (ddx / len) * grow).toFixed(1)},${(y + off[1] + (ddy / len) * grow).toFixed(1)}`;
      })
      .join(" ");
    parts.push(`<polygon points="${pts}" fill="#000" fill-opacity="${(shadowAlpha / layers).toFixed(3)}"/>`);
  }
  parts.push("</svg>");
  const raw = await sharp(Buffer.from(parts.join("")))
    .removeAlpha()
    .raw()
    .toBuffer();

  // Texture: smooth blotches + (for metal) horizontal brushing streaks, from low-res grids
  // interpolated on the fly.
  const cell = Math.round(rng.range(90, 260));
  const gw = Math.ceil(W / cell) + 2;
  const gh = Math.ceil(H / cell) + 2;
  const blot = new Float32Array(gw * gh);
  for (let i = 0; i < blot.length; i++) blot[i] = rng.gauss();
  const metal = kind !== "black-plastic";
  const knots = 9;
  const streak = new Float32Array(knots * H);
  for (let i = 0; i < streak.length; i++) streak[i] = rng.gauss() * (metal ? 1 : 0.3);
  const rgb = new Float32Array(W * H * 3);
  const blotAmp = rng.range(0.04, 0.12);
  const streakAmp = metal ? rng.range(0.03, 0.09) : rng.range(0.0, 0.02);
  const liftAmp = metal ? 0 : rng.range(0, 3);
  const kx = (knots - 1) / W;
  for (let y = 0; y < H; y++) {
    const gy = y / cell;
    const y0 = Math.floor(gy);
    const fyl = gy - y0;
    const fy = fyl * fyl * (3 - 2 * fyl);
    for (let x = 0; x < W; x++) {
      const gx = x / cell;
      const x0 = Math.floor(gx);
      const fl = gx - x0;
      const fx = fl * fl * (3 - 2 * fl); // smoothstep: no visible grid
      const j = y0 * gw + x0;
      const bl =
        (blot[j] as number) * (1 - fx) * (1 - fy) +
        (blot[j + 1] as number) * fx * (1 - fy) +
        (blot[j + gw] as number) * (1 - fx) * fy +
        (blot[j + gw + 1] as number) * fx * fy;
      const sx = x * kx;
      const s0 = Math.floor(sx);
      const sf = sx - s0;
      const k0 = y * knots + s0;
      const st = (streak[k0] as number) * (1 - sf) + (s0 + 1 < knots ? (streak[k0 + 1] as number) : 0) * sf;
      const m = 1 + bl * blotAmp + st * streakAmp;
      const lift = Math.abs(bl) * liftAmp; // dust on black plastic shows up as a lift
      const i = (y * W + x) * 3;
      rgb[i] = (raw[i] as number) * m + lift;
      rgb[i + 1] = (raw[i + 1] as number) * m + lift;
      rgb[i + 2] = (raw[i + 2] as number) * m + lift;
    }
  }
  return { rgb, kind };
}

export type GeneratedLabel = {
  jpeg: Buffer;
  truth: string | null;
  layout: string;
  meta: Record<string, unknown>;
};

export async function generateLabel(seed: number): Promise<GeneratedLabel> {
  const rng = makeRng(seed);

  // ~6.5% null-truth cases: 3.5% MediaNav, 3% missing / torn pre-code line.
  const kind = rng.weighted([
    ["modern", 0.625],
    ["pn", 0.31],
    ["medianav", 0.035],
    ["torn", 0.015],
    ["missing", 0.015],
  ] as const);
  const built =
    kind === "modern"
      ? modern(rng, "code")
      : kind === "pn"
        ? oldPn(rng)
        : kind === "medianav"
          ? mediaNav(rng)
          : modern(rng, kind);

  const label = await renderLabel(rng, built.spec);

  // Frame
  let W = rng.int(800, 2000);
  const aspect = rng.weighted([
    [4 / 3, 0.7],
    [3 / 2, 0.15],
    [16 / 10, 0.15],
  ] as const);
  const heightFor = (w: number) => Math.max(600, Math.min(1500, Math.round(w / aspect)));
  let H = heightFor(W);

  // Geometry: size, perspective, rotation.
  const rotDeg = rng.range(-15, 15);
  const rot = (rotDeg * Math.PI) / 180;
  const tiltX = rng.range(-0.09, 0.09); // top vs bottom edge length
  const tiltY = rng.range(-0.08, 0.08); // left vs right edge length
  const shear = rng.range(-0.08, 0.08);
  const frac0 = rng.range(0.3, 0.8); // label width / frame width
  let frac = frac0;
  const quadFor = (f: number, cx: number, cy: number): Pt[] => {
    const s = (f * W) / label.width;
    const w = label.width * s;
    const h = label.height * s;
    const corners: Pt[] = [
      [(-w / 2) * (1 + tiltX), (-h / 2) * (1 + tiltY)],
      [(w / 2) * (1 + tiltX), (-h / 2) * (1 - tiltY)],
      [(w / 2) * (1 - tiltX), (h / 2) * (1 - tiltY)],
      [(-w / 2) * (1 - tiltX), (h / 2) * (1 + tiltY)],
    ];
    return corners.map(([x, y]) => {
      const xs = x + shear * y;
      return [cx + xs * Math.cos(rot) - y * Math.sin(rot), cy + xs * Math.sin(rot) + y * Math.cos(rot)] as Pt;
    });
  };
  const bbox = (q: Pt[]) => {
    const xs = q.map((p) => p[0]);
    const ys = q.map((p) => p[1]);
    return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
  };
  // Keep the code cap height >= minCap px (legible to a human), shrink until the whole label
  // fits in the frame with a small margin; if that makes the code too small, use a bigger photo.
  const minCap = 13;
  for (let attempt = 0; attempt < 6; attempt++) {
    frac = frac0;
    if (label.codeCapPx > 0) frac = Math.max(frac, (minCap / label.codeCapPx) * (label.width / W));
    for (let i = 0; i < 60; i++) {
      const b = bbox(quadFor(frac, 0, 0));
      if (b.x1 - b.x0 <= W * 0.94 && b.y1 - b.y0 <= H * 0.94) break;
      frac *= 0.97;
    }
    const cap = (label.codeCapPx * frac * W) / label.width;
    if (label.codeCapPx === 0 || cap >= minCap || W >= 2000) break;
    W = Math.min(2000, Math.ceil((W * minCap) / cap) + 8);
    H = heightFor(W);
  }
  const b0 = bbox(quadFor(frac, 0, 0));
  const cx = rng.range(-b0.x0 + W * 0.03, W - b0.x1 - W * 0.03);
  const cy = rng.range(-b0.y0 + H * 0.03, H - b0.y1 - H * 0.03);
  const quad = quadFor(frac, cx, cy);

  // Background, then warp the label onto it.
  const bg = await radioBackground(rng, W, H, quad);
  const rgb = bg.rgb;
  const scale = (frac * W) / label.width;
  const lw = Math.max(8, Math.round(label.width * scale * 1.05));
  const lh = Math.max(8, Math.round(label.height * scale * 1.05));
  const lab = await sharp(label.png)
    .resize(lw, lh, { fit: "fill", kernel: "lanczos3" })
    .ensureAlpha()
    .raw()
    .toBuffer();
  const Hm = homography(
    [
      [0, 0],
      [lw, 0],
      [lw, lh],
      [0, lh],
    ],
    quad,
  );
  const Hi = invert3(Hm);
  const [i0 = 0, i1 = 0, i2 = 0, i3 = 0, i4 = 0, i5 = 0, i6 = 0, i7 = 0, i8 = 1] = Hi;
  const bb = bbox(quad);
  const X0 = Math.max(0, Math.floor(bb.x0) - 1);
  const X1 = Math.min(W - 1, Math.ceil(bb.x1) + 1);
  const Y0 = Math.max(0, Math.floor(bb.y0) - 1);
  const Y1 = Math.min(H - 1, Math.ceil(bb.y1) + 1);
  // Slight sticker curl: brightness varies across the label.
  const curl = rng.range(-0.08, 0.08);
  const px4 = (xx: number, yy: number): number =>
    xx >= 0 && yy >= 0 && xx < lw && yy < lh ? (yy * lw + xx) * 4 : -1;
  const at = (idx: number, c: number): number => (idx < 0 ? 0 : (lab[idx + c] as number));
  for (let y = Y0; y <= Y1; y++) {
    for (let x = X0; x <= X1; x++) {
      const d = i6 * (x + 0.5) + i7 * (y + 0.5) + i8;
      const u = (i0 * (x + 0.5) + i1 * (y + 0.5) + i2) / d - 0.5;
      const v = (i3 * (x + 0.5) + i4 * (y + 0.5) + i5) / d - 0.5;
      if (u < -1 || v < -1 || u > lw || v > lh) continue;
      const ux = Math.floor(u);
      const vy = Math.floor(v);
      const fx = u - ux;
      const fy = v - vy;
      const w00 = (1 - fx) * (1 - fy);
      const w10 = fx * (1 - fy);
      const w01 = (1 - fx) * fy;
      const w11 = fx * fy;
      const p00 = px4(ux, vy);
      const p10 = px4(ux + 1, vy);
      const p01 = px4(ux, vy + 1);
      const p11 = px4(ux + 1, vy + 1);
      const a00 = at(p00, 3);
      const a10 = at(p10, 3);
      const a01 = at(p01, 3);
      const a11 = at(p11, 3);
      const aw = w00 * a00 + w10 * a10 + w01 * a01 + w11 * a11;
      if (aw <= 0) continue;
      const a = aw / 255;
      const shade = 1 + curl * (u / lw - 0.5) * 2;
      const o = (y * W + x) * 3;
      for (let c = 0; c < 3; c++) {
        // alpha-weighted colour average, so transparent border pixels do not darken the edge
        const col =
          (w00 * a00 * at(p00, c) +
            w10 * a10 * at(p10, c) +
            w01 * a01 * at(p01, c) +
            w11 * a11 * at(p11, c)) /
          aw;
        rgb[o + c] = (rgb[o + c] as number) * (1 - a) + col * shade * a;
      }
    }
  }

  // Uneven lighting (directional gradient + vignette + colour cast), glare spot.
  const exposure = rng.range(0.75, 1.15);
  const gradAng = rng.range(0, Math.PI * 2);
  const gradAmp = rng.range(0.1, 0.45);
  const vign = rng.range(0.1, 0.5);
  const cast: [number, number, number] = rng
    .pick([
      [1.05, 1.0, 0.9],
      [0.95, 1.0, 1.07],
      [1, 1, 1],
      [1.08, 1.02, 0.85],
      [1.0, 1.02, 0.98],
    ] as const)
    .slice() as [number, number, number];
  const glareOn = rng.chance(0.8);
  // The glare lands on the label more often than not (that is what makes it hard).
  const gq = quad[rng.int(0, 3)] ?? [W / 2, H / 2];
  const gt = rng.range(0.2, 0.8);
  const gx = glareOn ? gt * gq[0] + (1 - gt) * ((bb.x0 + bb.x1) / 2) + rng.gauss() * W * 0.08 : 0;
  const gy = glareOn ? gt * gq[1] + (1 - gt) * ((bb.y0 + bb.y1) / 2) + rng.gauss() * H * 0.08 : 0;
  const gr = rng.range(0.04, 0.16) * Math.min(W, H);
  const gAspect = rng.range(0.5, 1.6);
  let gStrength = rng.range(70, 180);
  const gAng = rng.range(0, Math.PI);
  const ca = Math.cos(gAng);
  const sa = Math.sin(gAng);
  const glareAt = (x: number, y: number): number => {
    const px = x - gx;
    const py = y - gy;
    const rx = (px * ca + py * sa) / gr;
    const ry = ((-px * sa + py * ca) / gr) * gAspect;
    const d2 = rx * rx + ry * ry;
    return d2 < 9 ? gStrength * Math.exp(-d2) : 0;
  };
  // Glare may graze the code line but must not wash it out completely (a human must still
  // be able to read it): cap the glare added anywhere along the code line.
  const [h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0, h8 = 1] = Hm;
  const maxGlareOnCode = 95;
  if (glareOn && label.codeBox) {
    const cb = label.codeBox;
    const sxl = lw / label.width;
    const syl = lh / label.height;
    let worst = 0;
    for (let t = 0; t <= 1.0001; t += 0.125) {
      for (const fyy of [0.2, 0.5, 0.8]) {
        const u = (cb.x + t * cb.w) * sxl;
        const v = (cb.y + fyy * cb.h) * syl;
        const d = h6 * u + h7 * v + h8;
        worst = Math.max(worst, glareAt((h0 * u + h1 * v + h2) / d, (h3 * u + h4 * v + h5) / d));
      }
    }
    if (worst > maxGlareOnCode) gStrength *= maxGlareOnCode / worst;
  }
  const dx = Math.cos(gradAng);
  const dy = Math.sin(gradAng);
  const diag = Math.hypot(W, H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const nx = (x - W / 2) / (W / 2);
      const ny = (y - H / 2) / (H / 2);
      const lin = 1 + gradAmp * (((x - W / 2) * dx + (y - H / 2) * dy) / (diag / 2));
      const v = 1 - vign * 0.5 * (nx * nx + ny * ny);
      const g = glareOn ? glareAt(x, y) : 0;
      const o = (y * W + x) * 3;
      const m = exposure * lin * v;
      rgb[o] = (rgb[o] as number) * m * cast[0] + g;
      rgb[o + 1] = (rgb[o + 1] as number) * m * cast[1] + g;
      rgb[o + 2] = (rgb[o + 2] as number) * m * cast[2] + g * 0.97;
    }
  }

  const u8 = Buffer.alloc(W * H * 3);
  for (let i = 0; i < u8.length; i++) u8[i] = Math.max(0, Math.min(255, Math.round(rgb[i] as number)));

  // Optics: defocus blur.
  const blur = rng.chance(0.15) ? 0 : rng.range(0.3, 1.5);
  const blurred =
    blur >= 0.3
      ? await sharp(u8, { raw: { width: W, height: H, channels: 3 } })
          .blur(blur)
          .raw()
          .toBuffer()
      : u8;

  // Sensor noise (luma + a little chroma), stronger in the shadows. Gaussian samples come
  // from a precomputed table indexed by a fast xorshift, seeded from the image seed.
  const noise = rng.range(2, 9);
  const nrng = mulberry32(seed ^ 0x5bd1e995);
  const TABLE = 1 << 16;
  const gtab = new Float32Array(TABLE);
  for (let i = 0; i < TABLE; i++) {
    const u = Math.max(nrng(), 1e-12);
    gtab[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * nrng());
  }
  let xs = (Math.floor(nrng() * 0xffffffff) | 1) >>> 0;
  const gn = (): number => {
    xs ^= xs << 13;
    xs ^= xs >>> 17;
    xs ^= xs << 5;
    return gtab[xs & (TABLE - 1)] as number;
  };
  for (let p = 0, i = 0; p < W * H; p++, i += 3) {
    const r0 = blurred[i] as number;
    const g0 = blurred[i + 1] as number;
    const b0v = blurred[i + 2] as number;
    const lum = (r0 + g0 + b0v) / 765;
    const sd = noise * (1.3 - 0.6 * lum);
    const n = gn() * sd;
    const cs = sd * 0.3;
    blurred[i] = Math.max(0, Math.min(255, Math.round(r0 + n + gn() * cs)));
    blurred[i + 1] = Math.max(0, Math.min(255, Math.round(g0 + n + gn() * cs)));
    blurred[i + 2] = Math.max(0, Math.min(255, Math.round(b0v + n + gn() * cs)));
  }

  const quality = rng.int(50, 90);
  const jpeg = await sharp(blurred, { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality, chromaSubsampling: rng.chance(0.8) ? "4:2:0" : "4:4:4" })
    .toBuffer();

  const codeCapInPhoto = label.codeCapPx * scale;
  return {
    jpeg,
    truth: built.truth,
    layout: built.layout,
    meta: {
      ...built.meta,
      seed,
      width: W,
      height: H,
      labelWidthFraction: Number(((bb.x1 - bb.x0) / W).toFixed(3)),
      labelAreaFraction: Number((((bb.x1 - bb.x0) * (bb.y1 - bb.y0)) / (W * H)).toFixed(3)),
      rotationDeg: Number(rotDeg.toFixed(2)),
      tiltX: Number(tiltX.toFixed(3)),
      tiltY: Number(tiltY.toFixed(3)),
      shear: Number(shear.toFixed(3)),
      blurSigma: Number(blur.toFixed(2)),
      noiseSigma: Number(noise.toFixed(2)),
      glare: glareOn
        ? { x: Math.round(gx), y: Math.round(gy), r: Math.round(gr), strength: Math.round(gStrength) }
        : null,
      exposure: Number(exposure.toFixed(2)),
      background: bg.kind,
      jpegQuality: quality,
      codeCapHeightPx: Number(codeCapInPhoto.toFixed(1)),
      quad: quad.map(([x, y]) => [Math.round(x), Math.round(y)]),
    },
  };
}
