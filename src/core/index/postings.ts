// The inverted index over passages: interned terms, and per term the passages holding it with
// the term's count in each. A corpus built or restored in one go packs its lists into one base of
// integer columns (no array per term to grow, little for the garbage collector to trace);
// passages added later are appended to a small list per term. A removed passage leaves a dead
// entry that searches skip; a term's entries are compacted into its appended list once its dead
// entries outnumber its live ones, so removal stays cheap.

export class Postings {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** Per term: live passages holding it. */
  readonly df: number[] = [];
  private readonly dead: number[] = [];
  /** Per term: passages appended since the base was packed, and the term's count in each. */
  private readonly addedPassages: number[][] = [];
  private readonly addedCounts: number[][] = [];
  /** The packed base: term t's entries are [baseFrom[t], baseTo[t]) of the two columns. */
  private baseFrom = new Int32Array(0);
  private baseTo = new Int32Array(0);
  private basePassages = new Int32Array(0);
  private baseCounts = new Int32Array(0);

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.addedPassages.push([]);
      this.addedCounts.push([]);
      this.df.push(0);
      this.dead.push(0);
    }
    return id;
  }

  add(termId: number, passage: number, count: number): void {
    this.addedPassages[termId]!.push(passage);
    this.addedCounts[termId]!.push(count);
    this.df[termId]!++;
  }

  /**
   * Packs every entry into the base, from `passages` passages whose (term, count) pairs
   * `forEachTerm` lists (`isLive` tells which to take). Replaces whatever was indexed before.
   * Yields now and then, for a caller that must stay responsive: nothing may be asked of the
   * postings until it ends.
   */
  *pack(passages: number, isLive: (passage: number) => boolean, forEachTerm: (passage: number, visit: (term: number, count: number) => void) => void): Generator<void, void> {
    const terms = this.terms.length;
    const sizes = new Int32Array(terms);
    for (let p = 0; p < passages; p++) {
      if (isLive(p)) forEachTerm(p, (term) => sizes[term]!++);
      if (p % 16384 === 16383) yield;
    }
    const from = new Int32Array(terms);
    let total = 0;
    for (let t = 0; t < terms; t++) {
      from[t] = total;
      total += sizes[t]!;
    }
    const to = from.slice();
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
    this.baseFrom = from;
    this.baseTo = to;
    this.basePassages = basePassages;
    this.baseCounts = baseCounts;
    for (let t = 0; t < terms; t++) {
      this.df[t] = sizes[t]!;
      this.dead[t] = 0;
      this.addedPassages[t] = [];
      this.addedCounts[t] = [];
    }
  }

  /** Calls `visit` with each entry of a term, live or dead: passage and count. */
  forEach(termId: number, visit: (passage: number, count: number) => void): void {
    if (termId < this.baseFrom.length) {
      const end = this.baseTo[termId]!;
      for (let k = this.baseFrom[termId]!; k < end; k++) visit(this.basePassages[k]!, this.baseCounts[k]!);
    }
    const passages = this.addedPassages[termId]!;
    const counts = this.addedCounts[termId]!;
    for (let k = 0; k < passages.length; k++) visit(passages[k]!, counts[k]!);
  }

  /** The packed entries of a term: passages and counts columns and the range [from, to) that is the term's. */
  base(termId: number): { passages: Int32Array; counts: Int32Array; from: number; to: number } {
    return termId < this.baseFrom.length
      ? { passages: this.basePassages, counts: this.baseCounts, from: this.baseFrom[termId]!, to: this.baseTo[termId]! }
      : { passages: this.basePassages, counts: this.baseCounts, from: 0, to: 0 };
  }

  /** The entries appended since the base was packed: passages and counts. */
  added(termId: number): { passages: number[]; counts: number[] } {
    return { passages: this.addedPassages[termId]!, counts: this.addedCounts[termId]! };
  }

  /** Marks one entry of a term dead; `isLive` tells which passages remain, for compaction. */
  remove(termId: number, isLive: (passage: number) => boolean): void {
    this.df[termId]!--;
    const dead = ++this.dead[termId]!;
    if (dead > 16 && dead > this.df[termId]!) {
      const passages: number[] = [];
      const counts: number[] = [];
      this.forEach(termId, (passage, count) => {
        if (!isLive(passage)) return;
        passages.push(passage);
        counts.push(count);
      });
      if (termId < this.baseFrom.length) this.baseTo[termId] = this.baseFrom[termId]!;
      this.addedPassages[termId] = passages;
      this.addedCounts[termId] = counts;
      this.dead[termId] = 0;
    }
  }
}
