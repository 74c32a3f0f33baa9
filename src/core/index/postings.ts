// The inverted index over passages: interned terms, and per term the passages holding it with
// the term's count in each. Lists are plain arrays of small integers (compact in V8), appended
// in passage order. A removed passage leaves a dead entry that searches skip; a list is
// compacted once its dead entries outnumber its live ones, so removal stays cheap.

export class Postings {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** Per term: passage indices, ascending. */
  readonly passages: number[][] = [];
  /** Per term: the term's count in the passage at the same position. */
  readonly counts: number[][] = [];
  /** Per term: live passages holding it. */
  readonly df: number[] = [];
  private readonly dead: number[] = [];

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.passages.push([]);
      this.counts.push([]);
      this.df.push(0);
      this.dead.push(0);
    }
    return id;
  }

  add(termId: number, passage: number, count: number): void {
    this.passages[termId]!.push(passage);
    this.counts[termId]!.push(count);
    this.df[termId]!++;
  }

  /** Marks one entry of a term dead; `isLive` tells which passages remain, for compaction. */
  remove(termId: number, isLive: (passage: number) => boolean): void {
    this.df[termId]!--;
    const dead = ++this.dead[termId]!;
    if (dead > 16 && dead > this.df[termId]!) {
      const passages = this.passages[termId]!;
      const counts = this.counts[termId]!;
      let w = 0;
      for (let r = 0; r < passages.length; r++) {
        if (!isLive(passages[r]!)) continue;
        passages[w] = passages[r]!;
        counts[w++] = counts[r]!;
      }
      passages.length = w;
      counts.length = w;
      this.dead[termId] = 0;
    }
  }
}
