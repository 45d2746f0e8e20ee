/**
 * A picture of the radio's faceplate as an SVG string: the display shows the code, buttons 1–4
 * carry the digit each must show ("→4": press it until the display shows 4 — the radio facts say
 * "press repeatedly until it shows", not how many presses that takes), and the
 * confirm button is highlighted with the caller's localised "hold" text. One layout per radio
 * type (shared notes `radio-facts.md`, "Entering the code"): Radio CD (CD slot), Plug & Radio
 * (USB and jack sockets), Renault tuner (buttons in two rows), and the steering-wheel control
 * (its lower button confirms). Pure: the PNG is rendered in src/images/faceplate-png.ts.
 */
import type { RadioType } from "./radio.js";

export interface FaceplateText {
  /** Label on the confirm button's marker, e.g. "hold". */
  readonly confirm: string;
}

export const FACEPLATE_SIZE = { width: 720, height: 300 } as const;

const COLORS = {
  body: "#1d1f24",
  edge: "#4a4d55",
  button: "#3a3d45",
  label: "#f2f2f2",
  lcd: "#c9e7a4",
  lcdText: "#14210b",
  mark: "#f5b700",
  confirm: "#d9342b",
} as const;

interface Button {
  readonly n: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function row(n0: number, count: number, x0: number, y: number, w: number, h: number, gap: number): Button[] {
  return Array.from({ length: count }, (_, i) => ({ n: n0 + i, x: x0 + i * (w + gap), y, w, h }));
}

function buttonsFor(radio: RadioType): Button[] {
  if (radio === "renault-tuner")
    return [...row(1, 3, 470, 60, 64, 50, 10), ...row(4, 3, 470, 130, 64, 50, 10)];
  return row(1, 6, 152, 160, 62, 42, 10);
}

function displayFor(radio: RadioType): { x: number; y: number; w: number; h: number } {
  return radio === "renault-tuner" ? { x: 150, y: 70, w: 290, h: 90 } : { x: 200, y: 42, w: 320, h: 86 };
}

/** Marker under a button: a rounded tag with centred text. */
function tag(cx: number, y: number, text: string, fill: string, fg: string, size: number): string {
  const w = Math.max(46, Math.round(text.length * size * 0.62) + 18);
  return (
    `<rect x="${cx - w / 2}" y="${y}" width="${w}" height="${size + 14}" rx="8" fill="${fill}"/>` +
    `<text x="${cx}" y="${y + size + 3}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" ` +
    `text-anchor="middle" fill="${fg}">${escapeXml(text)}</text>`
  );
}

function drawButton(b: Button, fill: string, stroke: string, strokeWidth: number): string {
  return (
    `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"/>` +
    `<text x="${b.x + b.w / 2}" y="${b.y + b.h / 2 + 8}" font-family="DejaVu Sans" font-weight="bold" font-size="22" text-anchor="middle" fill="${COLORS.label}">${b.n}</text>`
  );
}

function extras(radio: RadioType): string {
  switch (radio) {
    case "radio-cd":
    case "steering-wheel":
      return `<rect x="200" y="138" width="320" height="9" rx="4" fill="#000"/>`;
    case "plug-radio":
      return (
        `<rect x="560" y="60" width="34" height="14" rx="2" fill="#000" stroke="#777"/>` +
        `<circle cx="577" cy="100" r="8" fill="#000" stroke="#777"/>`
      );
    case "renault-tuner":
      return "";
  }
}

/** The steering-wheel control: a stalk with a top and a lower button; the lower one confirms. */
function steeringControl(text: FaceplateText): string {
  return (
    `<rect x="600" y="40" width="90" height="170" rx="40" fill="${COLORS.body}" stroke="${COLORS.edge}" stroke-width="3"/>` +
    `<circle cx="645" cy="90" r="22" fill="${COLORS.button}"/>` +
    `<circle cx="645" cy="160" r="22" fill="${COLORS.confirm}" stroke="${COLORS.mark}" stroke-width="4"/>` +
    tag(645, 222, text.confirm, COLORS.confirm, "#fff", 16)
  );
}

export function faceplateSvg(radio: RadioType, pin: string, text: FaceplateText): string {
  if (!/^[0-9]{4}$/.test(pin)) throw new RangeError("faceplateSvg: the PIN must be four digits");
  const { width, height } = FACEPLATE_SIZE;
  const buttons = buttonsFor(radio);
  const display = displayFor(radio);
  const confirmOnRadio = radio !== "steering-wheel";
  const bodyRight = radio === "steering-wheel" ? 580 : 700;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="20" y="20" width="${bodyRight - 20}" height="200" rx="18" fill="${COLORS.body}" stroke="${COLORS.edge}" stroke-width="3"/>`,
    `<circle cx="85" cy="110" r="42" fill="${COLORS.button}" stroke="${COLORS.edge}" stroke-width="3"/>`,
    `<rect x="${display.x}" y="${display.y}" width="${display.w}" height="${display.h}" rx="8" fill="${COLORS.lcd}"/>`,
    `<text x="${display.x + display.w / 2}" y="${display.y + display.h / 2 + 22}" font-family="DejaVu Sans Mono" font-weight="bold" font-size="64" letter-spacing="10" text-anchor="middle" fill="${COLORS.lcdText}">${pin}</text>`,
    extras(radio),
  ];
  for (const b of buttons) {
    const digit = b.n <= 4 ? pin.charAt(b.n - 1) : undefined;
    const isConfirm = confirmOnRadio && b.n === 6;
    if (isConfirm) parts.push(drawButton(b, COLORS.confirm, COLORS.mark, 4));
    else
      parts.push(
        drawButton(b, COLORS.button, digit === undefined ? COLORS.edge : COLORS.mark, digit ? 3 : 1),
      );
  }
  // Markers below the body, in a row, so they never cover the buttons.
  for (const b of buttons) {
    const digit = b.n <= 4 ? pin.charAt(b.n - 1) : undefined;
    const cx = radio === "renault-tuner" ? 110 + b.n * 75 : b.x + b.w / 2;
    const label = radio === "renault-tuner" ? `${b.n}: →${digit}` : `→${digit}`;
    if (digit !== undefined) parts.push(tag(cx, 232, label, COLORS.mark, "#111", 18));
    if (confirmOnRadio && b.n === 6) parts.push(tag(cx, 232, text.confirm, COLORS.confirm, "#fff", 16));
  }
  if (radio === "steering-wheel") parts.push(steeringControl(text));
  parts.push("</svg>");
  return parts.join("");
}
