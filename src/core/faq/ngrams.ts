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

/**
 * Builds unit-length TF-IDF vectors for documents, a function to weigh a query the same way, and
 * the query's cosine with every document at once.
 */
export function trigramSpace(docs: ReadonlyMap<string, readonly string[]>): {
  vectors: ReadonlyMap<string, TrigramVector>;
  weigh(words: readonly string[]): TrigramVector;
  /** Document id → `cosine(query, its vector)`, for the documents sharing a trigram with it. */
  similarities(query: TrigramVector): ReadonlyMap<string, number>;
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
  // Trigram → the documents that have it, with its weight there: a question meets every
  // document through its own trigrams' lists instead of a look-up per document and trigram.
  const ids = [...vectors.keys()];
  const sizes = ids.map((id) => vectors.get(id)?.size ?? 0);
  const postings = new Map<string, { doc: number; weight: number }[]>();
  for (const [doc, id] of ids.entries())
    for (const [g, weight] of vectors.get(id) ?? []) {
      const list = postings.get(g);
      if (list) list.push({ doc, weight });
      else postings.set(g, [{ doc, weight }]);
    }
  const dots = new Float64Array(ids.length);
  const touched = new Uint8Array(ids.length);
  const similarities = (query: TrigramVector): ReadonlyMap<string, number> => {
    dots.fill(0);
    touched.fill(0);
    // Summed in the query's order, as `cosine` does when the query is the smaller vector.
    for (const [g, w] of query)
      for (const { doc, weight } of postings.get(g) ?? []) {
        dots[doc] = (dots[doc] ?? 0) + w * weight;
        touched[doc] = 1;
      }
    const out = new Map<string, number>();
    for (const [doc, id] of ids.entries()) {
      if (!touched[doc]) continue;
      // A document smaller than the query is summed in its own order there: the same numbers
      // in another order can round differently, so those few are computed as `cosine` does.
      const vector = vectors.get(id);
      out.set(id, vector && (sizes[doc] ?? 0) < query.size ? cosine(query, vector) : (dots[doc] ?? 0));
    }
    return out;
  };
  return { vectors, weigh: (words) => weigh(trigrams(words)), similarities };
}

function cosine(a: TrigramVector, b: TrigramVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
  return dot;
}
