/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early once
 * `max` is exceeded: typo tolerance only ever asks "within 1 or 2?". Three rows of one reused
 * buffer, no allocation per call (it runs for every question word against similar-length words).
 */
let buffer = new Int32Array(3 * 64);

export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const width = b.length + 1;
  if (buffer.length < 3 * width) buffer = new Int32Array(3 * width);
  let prevPrev = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) buffer[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    buffer[row] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        (buffer[prev + j] ?? 0) + 1,
        (buffer[row + j - 1] ?? 0) + 1,
        (buffer[prev + j - 1] ?? 0) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (buffer[prevPrev + j - 2] ?? 0) + 1);
      }
      buffer[row + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return false;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = row;
    row = oldest;
  }
  return (buffer[prev + b.length] ?? max + 1) <= max;
}

/** The typo budget for a word: none for short words ("code" ≠ "mode"), one, then two. */
export function typoBudget(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}
