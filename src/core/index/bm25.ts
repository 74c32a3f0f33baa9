// BM25, the ranking the workspace index and the archive's re-ranking share: one formula, so a
// passage found in either is weighed the same way.

// The usual parameters.
export const K1 = 1.2;
export const B = 0.75;

/** Inverse document frequency of a term found in `df` of `n` passages (rare terms weigh more). */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** A term's share of a passage's score: its idf, saturated by its count and the passage's length. */
export function bm25Weight(idf: number, tf: number, length: number, averageLength: number): number {
  return idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength)));
}
