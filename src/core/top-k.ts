// The few best of many, best first, in one pass: search keeps its top passages this way, and
// completion its top names.

/**
 * The `limit` best of `items` by `compare` (negative when `a` is better than `b`), best first.
 * Items that compare equal keep the order they came in. A sorted buffer of at most `limit` items,
 * each new item placed by binary search: n log(limit) comparisons, and nothing allocated per item.
 */
export function topK<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length >= limit && compare(item, top[top.length - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(top[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}
