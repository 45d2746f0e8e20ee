import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trigramSpace } from "../../src/core/faq/ngrams.js";

/** The cosine as the definition gives it: summed over the smaller vector, in its order. */
function naiveCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
  return dot;
}

const word = fc.stringMatching(/^[a-eé]{1,7}$/);

describe("trigram similarities", () => {
  it("equal the cosine with each document, to the last bit (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        fc.array(word, { minLength: 0, maxLength: 15 }),
        (docWords, queryWords) => {
          const space = trigramSpace(new Map(docWords.map((words, i) => [`d${i}`, words])));
          const query = space.weigh(queryWords);
          const all = space.similarities(query);
          for (const [id, vector] of space.vectors) {
            expect(Object.is(all.get(id) ?? 0, naiveCosine(query, vector) + 0)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("meet a question through shared trigrams only", () => {
    const space = trigramSpace(
      new Map([
        ["battery", ["battery", "changed"]],
        ["label", ["label", "sticker"]],
      ]),
    );
    const sims = space.similarities(space.weigh(["batery"]));
    expect(sims.get("battery") ?? 0).toBeGreaterThan(0.2);
    expect(sims.has("label")).toBe(false);
  });
});
