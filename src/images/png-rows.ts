/**
 * The raw rows of an 8-bit RGB PNG: each row is a filter-type byte, then the row's bytes with
 * that filter applied (each byte minus a prediction from its left, upper and upper-left
 * neighbours), which is what makes flat areas compress well.
 * @see https://www.w3.org/TR/png-3/#9Filters
 */

const BPP = 3;
const FILTERS = 5; // none, sub, up, average, Paeth

/** Opaque RGBA pixels → RGB rows without their filter bytes. */
export function rgbRows(rgba: Uint8Array, width: number, height: number): Uint8Array[] {
  const rows: Uint8Array[] = [];
  for (let y = 0; y < height; y++) {
    const row = new Uint8Array(width * BPP);
    for (let x = 0, from = y * width * 4; x < width * BPP; x += BPP, from += 4) {
      row[x] = rgba[from] ?? 0;
      row[x + 1] = rgba[from + 1] ?? 0;
      row[x + 2] = rgba[from + 2] ?? 0;
    }
    rows.push(row);
  }
  return rows;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Writes the filter byte and `row` filtered with `type` to `out` at `at`. */
function filterRow(
  type: number,
  row: Uint8Array,
  above: Uint8Array | undefined,
  out: Uint8Array,
  at: number,
) {
  out[at] = type;
  const o = out.subarray(at + 1, at + 1 + row.length);
  const up = above ?? new Uint8Array(row.length);
  const n = row.length;
  // Typed arrays read 0… only past their end; every index below is in range.
  if (type === 0) o.set(row);
  else if (type === 1) {
    for (let i = 0; i < n; i++) o[i] = (row[i] as number) - (i >= BPP ? (row[i - BPP] as number) : 0);
  } else if (type === 2) {
    for (let i = 0; i < n; i++) o[i] = (row[i] as number) - (up[i] as number);
  } else if (type === 3) {
    for (let i = 0; i < n; i++)
      o[i] = (row[i] as number) - (((i >= BPP ? (row[i - BPP] as number) : 0) + (up[i] as number)) >> 1);
  } else {
    for (let i = 0; i < n; i++) {
      const a = i >= BPP ? (row[i - BPP] as number) : 0;
      const c = i >= BPP ? (up[i - BPP] as number) : 0;
      o[i] = (row[i] as number) - paeth(a, up[i] as number, c);
    }
  }
}

/** Per row, the filter libpng's default heuristic picks: the least sum of the bytes taken as signed. */
export function chooseFilters(rows: readonly Uint8Array[]): number[] {
  const scratch = new Uint8Array(1 + (rows[0]?.length ?? 0));
  return rows.map((row, y) => {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let type = 0; type < FILTERS; type++) {
      filterRow(type, row, rows[y - 1], scratch, 0);
      let cost = 0;
      for (let i = 1; i < scratch.length; i++) {
        const v = scratch[i] ?? 0;
        cost += v < 128 ? v : 256 - v;
      }
      if (cost < bestCost) {
        best = type;
        bestCost = cost;
      }
    }
    return best;
  });
}

/**
 * The PNG's raw (filtered) byte stream, each row with the given filter. With `like`, a stream of
 * a picture that differs from this one only in the rows `changed` says: the other rows are copied.
 */
export function filterRows(
  rows: readonly Uint8Array[],
  filters: readonly number[],
  like?: { readonly stream: Buffer; readonly changed: (y: number) => boolean },
): Buffer {
  const stride = 1 + (rows[0]?.length ?? 0);
  const out = like ? Buffer.from(like.stream) : Buffer.alloc(stride * rows.length);
  rows.forEach((row, y) => {
    // A row's filtered bytes depend on it and the row above.
    if (!like || like.changed(y) || like.changed(y - 1))
      filterRow(filters[y] ?? 0, row, rows[y - 1], out, y * stride);
  });
  return out;
}
