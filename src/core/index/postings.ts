// The inverted index over passages: interned terms, and per term the passages holding it with
// the term's count in each. A corpus built in one go packs its lists into one base of integer
// columns (no array per term to grow, little for the garbage collector to trace); a corpus
// restored from the persisted index takes that base as it lies in the file, with the file's
// vocabulary (sorted, searched in place) as its first terms. Passages added later are appended to
// a small list per term. A removed passage leaves a dead entry that searches skip; a term's
// entries are compacted into its appended list once its dead entries outnumber its live ones, so
// removal stays cheap.
import { PackedStrings } from './packed-strings.js';

export class Postings {
  /** The terms of a restored base (ids 0 .. length - 1), sorted; terms met since follow it. */
  private vocabulary = PackedStrings.EMPTY;
  /** Terms asked for or interned so far, with their ids. */
  private readonly ids = new Map<string, number>();
  /** Terms interned beyond the vocabulary, in order: ids vocabulary.length + k. */
  private readonly later: string[] = [];
  /** Per term: live passages holding it. */
  private dfs: Int32Array = new Int32Array(64);
  private deads: Int32Array = new Int32Array(64);
  /** Per term that has any: passages appended since the base was packed, and the term's count in each. */
  private readonly appended = new Map<number, { passages: number[]; counts: number[] }>();
  /** The packed base: term t's entries are [baseStarts[t], baseStarts[t + 1]) of the two columns, unless emptied. */
  private baseStarts: Int32Array = new Int32Array(1);
  private basePassages: Int32Array = new Int32Array(0);
  private baseCounts: Int32Array = new Int32Array(0);
  /** Terms whose base entries were moved to their appended list (the base may be the file's, never written). */
  private readonly emptied = new Set<number>();

  /** Terms interned (ids are below it). */
  get size(): number {
    return this.vocabulary.length + this.later.length;
  }

  idOf(term: string): number | undefined {
    let id = this.ids.get(term);
    if (id === undefined && this.vocabulary.length) {
      const at = this.vocabulary.find(term);
      if (at < 0) return undefined;
      this.ids.set(term, (id = at));
    }
    return id;
  }

  /** The term with this id. */
  term(id: number): string {
    const n = this.vocabulary.length;
    return id < n ? this.vocabulary.get(id) : this.later[id - n]!;
  }

  /** Live passages holding a term. */
  df(id: number): number {
    return this.dfs[id]!;
  }

  intern(term: string): number {
    let id = this.idOf(term);
    if (id === undefined) {
      id = this.size;
      this.ids.set(term, id);
      this.later.push(term);
      if (id >= this.dfs.length) {
        this.dfs = growTo(this.dfs, 2 * id);
        this.deads = growTo(this.deads, 2 * id);
      }
    }
    return id;
  }

  add(termId: number, passage: number, count: number): void {
    let list = this.appended.get(termId);
    if (!list) this.appended.set(termId, (list = { passages: [], counts: [] }));
    list.passages.push(passage);
    list.counts.push(count);
    this.dfs[termId]!++;
  }

  /**
   * Takes a packed base as it lies: `vocabulary` sorted, term t's entries [starts[t], starts[t + 1])
   * of `passages` and `counts`, every entry live. Replaces whatever was indexed before. The arrays
   * are read, never written.
   */
  adopt(vocabulary: PackedStrings, starts: Int32Array, passages: Int32Array, counts: Int32Array): void {
    const terms = vocabulary.length;
    this.vocabulary = vocabulary;
    this.ids.clear();
    this.later.length = 0;
    this.baseStarts = starts;
    this.basePassages = passages;
    this.baseCounts = counts;
    this.dfs = new Int32Array(Math.max(64, terms));
    for (let t = 0; t < terms; t++) this.dfs[t] = starts[t + 1]! - starts[t]!;
    this.deads = new Int32Array(this.dfs.length);
    this.appended.clear();
    this.emptied.clear();
  }

  /**
   * Packs every entry into the base, from `passages` passages whose (term, count) pairs
   * `forEachTerm` lists (`isLive` tells which to take). Replaces whatever was indexed before.
   * Yields now and then, for a caller that must stay responsive: nothing may be asked of the
   * postings until it ends.
   */
  *pack(passages: number, isLive: (passage: number) => boolean, forEachTerm: (passage: number, visit: (term: number, count: number) => void) => void): Generator<void, void> {
    const terms = this.size;
    const sizes = new Int32Array(terms);
    for (let p = 0; p < passages; p++) {
      if (isLive(p)) forEachTerm(p, (term) => sizes[term]!++);
      if (p % 16384 === 16383) yield;
    }
    const starts = new Int32Array(terms + 1);
    let total = 0;
    for (let t = 0; t < terms; t++) {
      starts[t] = total;
      total += sizes[t]!;
    }
    starts[terms] = total;
    const to = starts.slice(0, terms);
    const basePassages = new Int32Array(total);
    const baseCounts = new Int32Array(total);
    for (let p = 0; p < passages; p++) {
      if (p % 16384 === 16383) yield;
      if (!isLive(p)) continue;
      forEachTerm(p, (term, count) => {
        const at = to[term]!++;
        basePassages[at] = p;
        baseCounts[at] = count;
      });
    }
    this.baseStarts = starts;
    this.basePassages = basePassages;
    this.baseCounts = baseCounts;
    this.dfs.set(sizes);
    this.deads.fill(0);
    this.appended.clear();
    this.emptied.clear();
  }

  /** Calls `visit` with each entry of a term, live or dead: passage and count. */
  forEach(termId: number, visit: (passage: number, count: number) => void): void {
    const base = this.base(termId);
    for (let k = base.from; k < base.to; k++) visit(base.passages[k]!, base.counts[k]!);
    const added = this.appended.get(termId);
    if (added) for (let k = 0; k < added.passages.length; k++) visit(added.passages[k]!, added.counts[k]!);
  }

  /** The packed entries of a term: passages and counts columns and the range [from, to) that is the term's. */
  base(termId: number): { passages: Int32Array; counts: Int32Array; from: number; to: number } {
    return termId < this.baseStarts.length - 1 && !this.emptied.has(termId)
      ? { passages: this.basePassages, counts: this.baseCounts, from: this.baseStarts[termId]!, to: this.baseStarts[termId + 1]! }
      : { passages: this.basePassages, counts: this.baseCounts, from: 0, to: 0 };
  }

  /**
   * The count of a term in a passage (0: not there), found by binary search: a term's entries
   * are in passage order, the appended ones after the base ones.
   */
  countIn(termId: number, passage: number): number {
    const base = this.base(termId);
    let at = search(base.passages, base.from, base.to, passage);
    if (at >= 0) return base.counts[at]!;
    const added = this.appended.get(termId);
    if (!added) return 0;
    at = search(added.passages, 0, added.passages.length, passage);
    return at >= 0 ? added.counts[at]! : 0;
  }

  /** The entries appended since the base was packed: passages and counts. */
  added(termId: number): { passages: number[]; counts: number[] } {
    return this.appended.get(termId) ?? NONE;
  }

  /** Marks one entry of a term dead; `isLive` tells which passages remain, for compaction. */
  remove(termId: number, isLive: (passage: number) => boolean): void {
    this.dfs[termId]!--;
    const dead = ++this.deads[termId]!;
    if (dead > 16 && dead > this.dfs[termId]!) {
      const passages: number[] = [];
      const counts: number[] = [];
      this.forEach(termId, (passage, count) => {
        if (!isLive(passage)) return;
        passages.push(passage);
        counts.push(count);
      });
      this.emptied.add(termId);
      this.appended.set(termId, { passages, counts });
      this.deads[termId] = 0;
    }
  }
}

/** Where `value` is in the ascending values[from, to), or -1. */
function search(values: ArrayLike<number>, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const NONE: { passages: number[]; counts: number[] } = Object.freeze({ passages: [], counts: [] }) as never;

function growTo(array: Int32Array, length: number): Int32Array {
  const next = new Int32Array(Math.max(length, 64));
  next.set(array);
  return next;
}
