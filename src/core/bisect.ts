// Bisection: the one loop that Groundwork's sorted lists (figures, spans, tokens, quotations,
// statements, lines, listed entities) are searched with. The hottest searches keep loops of their
// own, which allocate nothing: the posting lists' exact look-ups (index/postings.ts,
// index/search.ts), the packed vocabulary's byte order (index/packed-strings.ts) and the ranked
// results' buffer (top-k.ts).

/**
 * The first index in [from, to) at which `past(i)` holds, for a `past` that is false and then
 * true along the range; `to` if it never holds. Calls `past` about log2(to - from) times.
 */
export function partitionPoint(to: number, past: (i: number) => boolean, from = 0): number {
  let lo = from;
  for (let hi = to; lo < hi;) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The place of the first of ascending `values` at or past `at` (their length if none is). */
export function firstAtLeast(values: ArrayLike<number>, at: number): number {
  let lo = 0;
  for (let hi = values.length; lo < hi;) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
