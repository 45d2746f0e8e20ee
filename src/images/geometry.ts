/**
 * Pixel arithmetic on 8-bit grayscale rasters, used to find a light label on a darker radio and
 * its skew. Pure functions on typed arrays (no sharp here), so they are cheap to test.
 */
export interface Gray {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Otsu's threshold: the gray level that best separates the histogram into two classes; with
 * `above`, only the levels brighter than it are split (the light class split again).
 */
export function otsu(img: Gray, above = -1): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of img.data) if (v > above) hist[v] = (hist[v] ?? 0) + 1;
  let total = 0;
  for (const h of hist) total += h;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * (hist[i] ?? 0);
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t] ?? 0;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * (hist[t] ?? 0);
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * The largest 4-connected region of pixels brighter than `threshold`: the sticker. Returns its
 * bounding box and a mask (1 inside the region) or undefined for an empty image. `blocked`
 * pixels count as dark; with `inner`, regions touching the image's edge are left out.
 */
export function largestLightRegion(
  img: Gray,
  threshold: number,
  blocked?: Uint8Array,
  inner = false,
): { box: Box; mask: Uint8Array } | undefined {
  const { width, height } = img;
  const data = blocked ? img.data.map((v, p) => (blocked[p] ? 0 : v)) : img.data;
  const label = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  let bestId = 0;
  let bestSize = 0;
  let id = 0;
  for (let start = 0; start < data.length; start++) {
    if (label[start] !== 0 || (data[start] ?? 0) <= threshold) continue;
    id++;
    let size = 0;
    let sp = 0;
    let border = false;
    stack[sp++] = start;
    label[start] = id;
    while (sp > 0) {
      const p = stack[--sp] ?? 0;
      size++;
      const x = p % width;
      if (x === 0 || x === width - 1 || p < width || p >= data.length - width) border = true;
      const neighbours = [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, p - width, p + width];
      for (const q of neighbours) {
        if (q < 0 || q >= data.length || label[q] !== 0 || (data[q] ?? 0) <= threshold) continue;
        label[q] = id;
        stack[sp++] = q;
      }
    }
    if (size > bestSize && !(inner && border)) {
      bestSize = size;
      bestId = id;
    }
  }
  if (bestId === 0) return undefined;
  const mask = new Uint8Array(width * height);
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let p = 0; p < label.length; p++) {
    if (label[p] !== bestId) continue;
    mask[p] = 1;
    const x = p % width;
    const y = (p - x) / width;
    if (x < left) left = x;
    if (x > right) right = x;
    if (y < top) top = y;
    if (y > bottom) bottom = y;
  }
  return { box: { left, top, width: right - left + 1, height: bottom - top + 1 }, mask };
}

/**
 * Pixels on or next to a step of at least `step` gray levels within a 3 × 3 neighbourhood that
 * lies wholly above `floor` (an edge between two light surfaces, grown by a pixel): a sticker's
 * outline against light metal, which keeps the two apart even where both are above a threshold.
 * Print on the sticker makes no such wall (its dark side is below the floor), nor do slow
 * shading and glare (no step).
 */
export function edgeMoat(img: Gray, step: number, floor: number): Uint8Array {
  const { width, height, data } = img;
  const edge = new Uint8Array(data.length);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      let lo = 255;
      let hi = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const v = data[(y + dy) * width + x + dx] ?? 0;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
      if (hi - lo >= step && lo > floor) edge[y * width + x] = 1;
    }
  }
  return dilate(edge, width, 1);
}

/** A mask grown by `r` pixels (square neighbourhood), optionally only into `allowed` pixels. */
export function dilate(
  mask: Uint8Array,
  width: number,
  r: number,
  allowed?: (p: number) => boolean,
): Uint8Array {
  const height = mask.length / width;
  const out = new Uint8Array(mask);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (out[p] || (allowed && !allowed(p))) continue;
      search: for (let dy = -r; dy <= r; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -r; dx <= r; dx++) {
          const nx = x + dx;
          if (nx >= 0 && nx < width && mask[ny * width + nx]) {
            out[p] = 1;
            break search;
          }
        }
      }
    }
  }
  return out;
}

/**
 * Dark pixels enclosed by the region on their row (the print on the sticker, not the radio
 * around it), as coordinates.
 */
export function inkInside(img: Gray, mask: Uint8Array, threshold: number): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  const { width, height, data } = img;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let first = -1;
    let last = -1;
    for (let x = 0; x < width; x++) {
      if (mask[row + x]) {
        if (first < 0) first = x;
        last = x;
      }
    }
    for (let x = first + 1; x < last; x++) {
      if (!mask[row + x] && (data[row + x] ?? 255) <= threshold) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  return { xs, ys };
}

/**
 * The skew (degrees, counter-clockwise positive in image coordinates) that makes the ink's rows
 * sharpest: the angle maximising the sum of squared row counts of the rotated points.
 */
export function skewAngle(
  ink: { xs: number[]; ys: number[] },
  maxDeg = 20,
  stepDeg = 0.5,
  minPoints = 50,
): number {
  const n = ink.xs.length;
  if (n < minPoints) return 0;
  let best = 0;
  let bestScore = -1;
  for (let deg = -maxDeg; deg <= maxDeg + 1e-9; deg += stepDeg) {
    const a = (deg * Math.PI) / 180;
    const sin = Math.sin(a);
    const cos = Math.cos(a);
    const bins = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const y = Math.round((ink.ys[i] ?? 0) * cos - (ink.xs[i] ?? 0) * sin);
      bins.set(y, (bins.get(y) ?? 0) + 1);
    }
    let score = 0;
    for (const c of bins.values()) score += c * c;
    if (score > bestScore) {
      bestScore = score;
      best = deg;
    }
  }
  return best;
}

/** Mean of each pixel's `window`-sized neighbourhood (integral image, O(1) per pixel). */
export function boxMean(img: Gray, window: number): Float32Array {
  const { width, height, data } = img;
  const stride = width + 1;
  const integral = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    for (let x = 0; x < width; x++) {
      rowSum += data[y * width + x] ?? 0;
      integral[(y + 1) * stride + x + 1] = (integral[y * stride + x + 1] ?? 0) + rowSum;
    }
  }
  const out = new Float32Array(width * height);
  const r = Math.max(1, Math.floor(window / 2));
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(height, y + r + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(width, x + r + 1);
      const sum =
        (integral[y1 * stride + x1] ?? 0) -
        (integral[y0 * stride + x1] ?? 0) -
        (integral[y1 * stride + x0] ?? 0) +
        (integral[y0 * stride + x0] ?? 0);
      out[y * width + x] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/** The gray level below which `fraction` of the pixels lie. */
export function percentile(img: Gray, fraction: number): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of img.data) hist[v] = (hist[v] ?? 0) + 1;
  const target = img.data.length * fraction;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += hist[v] ?? 0;
    if (seen >= target) return v;
  }
  return 255;
}

/**
 * Divides out the slowly varying background (glare, shadow): each pixel relative to its
 * neighbourhood mean, so paper becomes white and print dark everywhere.
 */
export function flattenBackground(img: Gray, mean: Float32Array): Uint8Array {
  const out = new Uint8Array(img.data.length);
  for (let p = 0; p < out.length; p++) {
    const m = Math.max(1, mean[p] ?? 1);
    out[p] = Math.max(0, Math.min(255, Math.round(((img.data[p] ?? 0) / m) * 235)));
  }
  return out;
}

/**
 * Adaptive (local) threshold with hysteresis, coping with glare and shadows where one global
 * level cannot: pixels darker than `strong` × their neighbourhood mean are
 * ink, and so are pixels darker than `weak` × the mean that connect (8-neighbours) to them. Thin
 * or faint strokes stay whole without the paper's noise turning into ink. Where the
 * neighbourhood itself is darker than `minMean` (the radio around the sticker) nothing is ink.
 */
export function hysteresisThreshold(
  img: Gray,
  mean: Float32Array,
  strong: number,
  weak: number,
  minMean = 0,
): Uint8Array {
  const { width, height, data } = img;
  const out = new Uint8Array(data.length).fill(255);
  const stack = new Int32Array(data.length);
  let sp = 0;
  const isWeak = (p: number) => {
    const m = mean[p] ?? 0;
    return m >= minMean && (data[p] ?? 0) < m * weak;
  };
  for (let p = 0; p < data.length; p++) {
    const m = mean[p] ?? 0;
    if (m >= minMean && (data[p] ?? 0) < m * strong) {
      out[p] = 0;
      stack[sp++] = p;
    }
  }
  growInk(out, stack, sp, width, height, isWeak);
  return out;
}

/**
 * Hysteresis growth: from the ink pixels on `stack` (the first `sp`), 8-neighbours that
 * `canGrow` are turned to ink (0) too, until nothing more connects.
 */
function growInk(
  out: Uint8Array,
  stack: Int32Array,
  sp: number,
  width: number,
  height: number,
  canGrow: (p: number) => boolean,
): void {
  let top = sp;
  while (top > 0) {
    const p = stack[--top] ?? 0;
    const x = p % width;
    const y = (p - x) / width;
    for (let dy = -1; dy <= 1; dy++) {
      const ny = y + dy;
      if (ny < 0 || ny >= height) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        if (nx < 0 || nx >= width) continue;
        const q = ny * width + nx;
        if (out[q] === 0 || !canGrow(q)) continue;
        out[q] = 0;
        stack[top++] = q;
      }
    }
  }
}

/** Running minimum (or maximum) over `r` either side along one axis (van Herk / Gil-Werman). */
function runExtreme(
  src: Uint8Array,
  width: number,
  height: number,
  r: number,
  max: boolean,
  vertical: boolean,
) {
  const out = new Uint8Array(src.length);
  const n = vertical ? height : width;
  const lines = vertical ? width : height;
  const step = vertical ? width : 1;
  const w = 2 * r + 1;
  const line = new Uint8Array(n);
  const g = new Uint8Array(n);
  const h = new Uint8Array(n);
  for (let l = 0; l < lines; l++) {
    const base = vertical ? l : l * width;
    // Minima; maxima are minima of the negated values (255 - v).
    for (let i = 0; i < n; i++) {
      const v = src[base + i * step] as number;
      line[i] = max ? 255 - v : v;
    }
    let acc = 255;
    for (let i = 0; i < n; i++) {
      const v = line[i] as number;
      acc = i % w === 0 || v < acc ? v : acc;
      g[i] = acc;
    }
    for (let i = n - 1; i >= 0; i--) {
      const v = line[i] as number;
      acc = i === n - 1 || (i + 1) % w === 0 || v < acc ? v : acc;
      h[i] = acc;
    }
    for (let i = 0; i < n; i++) {
      const a = h[i - r > 0 ? i - r : 0] as number;
      const b = g[i + r < n - 1 ? i + r : n - 1] as number;
      const m = a < b ? a : b;
      out[base + i * step] = max ? 255 - m : m;
    }
  }
  return out;
}

/** Minimum (or maximum) over each pixel's `window`-sized square neighbourhood. */
function localExtreme(img: Gray, window: number, max: boolean): Uint8Array {
  const r = Math.max(1, Math.floor(window / 2));
  const rows = runExtreme(img.data, img.width, img.height, r, max, false);
  return runExtreme(rows, img.width, img.height, r, max, true);
}

/**
 * Ink by local contrast, where glare or faint print leave too little contrast for a ratio to
 * the mean: each pixel (lightly smoothed) placed between the darkest and lightest level of its
 * `window`-sized neighbourhood; below `strong` of the way up it is ink, and so is a pixel below
 * `weak` that connects to ink. Neighbourhoods spanning fewer than `minContrast` levels (paper,
 * noise) and those darker on average than `minMean` (the radio) hold none. 0 = ink.
 */
export function contrastInk(
  img: Gray,
  window: number,
  minContrast: number,
  mean: Float32Array,
  minMean: number,
  strong = 0.4,
  weak = 0.55,
): Uint8Array {
  const { width, height } = img;
  const smooth = boxMean(img, 3);
  const data = new Uint8Array(smooth.length);
  for (let p = 0; p < data.length; p++) data[p] = smooth[p] ?? 0;
  const s: Gray = { data, width, height };
  const lo = localExtreme(s, window, false);
  const hi = localExtreme(s, window, true);
  // 1: ink where it joins ink.
  const cls = new Uint8Array(data.length);
  const out = new Uint8Array(data.length).fill(255);
  const stack = new Int32Array(data.length);
  let sp = 0;
  for (let p = 0; p < data.length; p++) {
    const l = lo[p] ?? 0;
    const range = (hi[p] ?? 0) - l;
    if (range < minContrast || (mean[p] ?? 0) < minMean) continue;
    const v = (data[p] ?? 0) - l;
    if (v < strong * range) {
      out[p] = 0;
      stack[sp++] = p;
    } else if (v < weak * range) cls[p] = 1;
  }
  growInk(out, stack, sp, width, height, (q) => cls[q] === 1);
  return out;
}
