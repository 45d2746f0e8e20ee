/**
 * Character trigrams as a second signal beside shared (stemmed) words: they meet inflections and
 * typos that stemming and the typo look-up miss (Turkish suffixes, German compounds, "batery").
 * Each entry's wording in a language is a TF-IDF vector of the trigrams of its words (" code "
 * gives " co", "cod", "ode", "de "); a question is compared by cosine similarity.
 */
export type TrigramVector = ReadonlyMap<string, number>;

function trigrams(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) {
    if (w.startsWith("_")) continue; // made-up terms ("_neg") have no spelling to compare
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const g = padded.slice(i, i + 3);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  return counts;
}

/** Builds unit-length TF-IDF vectors for documents, and a function to weigh a query the same way. */
export function trigramSpace(docs: ReadonlyMap<string, readonly string[]>): {
  vectors: ReadonlyMap<string, TrigramVector>;
  weigh(words: readonly string[]): TrigramVector;
} {
  const raw = new Map([...docs].map(([id, words]) => [id, trigrams(words)]));
  const df = new Map<string, number>();
  for (const counts of raw.values()) for (const g of counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = Math.max(1, raw.size);
  const idf = (g: string) => Math.log(1 + n / (df.get(g) ?? n));
  const weigh = (counts: ReadonlyMap<string, number>): TrigramVector => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [g, c] of counts) {
      if (!df.has(g)) continue; // unseen trigrams cannot match anything
      const w = (1 + Math.log(c)) * idf(g);
      v.set(g, w);
      norm += w * w;
    }
    const len = Math.sqrt(norm) || 1;
    for (const [g, w] of v) v.set(g, w / len);
    return v;
  };
  const vectors = new Map([...raw].map(([id, counts]) => [id, weigh(counts)]));
  return { vectors, weigh: (words) => weigh(trigrams(words)) };
}

export function cosine(a: TrigramVector, b: TrigramVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
  return dot;
}
