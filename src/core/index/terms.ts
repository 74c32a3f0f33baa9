import { forEachWordSpan, wordForms } from '../text/tokens.js';

// The same words as `contentTokens` (text/tokens.ts), found by its scanner and without building
// Token objects: indexing meets every word of every source, and a newsroom archive repeats a
// small vocabulary, so each written form is normalised once and remembered (`wordForms`).

export function contentTermOf(word: string): string {
  return wordForms(word).term;
}

/** Calls `visit` with each content term of `text`, in order (terms repeat). */
export function forEachContentTerm(text: string, visit: (term: string) => void): void {
  forEachWord(text, (word) => {
    const term = contentTermOf(word);
    if (term) visit(term);
  });
}

/** Calls `visit` with each word of `text` as written, in order: what `contentTermOf` takes. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  forEachWordSpan(text, (start, end) => visit(text.slice(start, end)));
}

/**
 * Counts a passage's content words by term id, as the index files them: each word as written is
 * looked up once (its id, or none for a word that is no content word, and its normalised form),
 * and the counts go in a scratch array kept between passages. `intern` gives a term's id, adding
 * it when new.
 */
export class TermCounter {
  /** Word as written -> its slot in `slotIds` and `slotNorms`. */
  private readonly slots = new Map<string, number>();
  private readonly slotIds: number[] = [];
  private readonly slotNorms: string[] = [];
  private counts = new Int32Array(1024);

  constructor(private readonly intern: (term: string) => number) {}

  /**
   * Appends the passage's (term id, count) pairs to `out`, ids in order of first use; returns how
   * many content words it has. With `norms`, appends the normalised form of each of its words
   * too, in order (every word, content word or not: what `tokenize` gives as `norm`).
   */
  count(text: string, out: number[], norms?: string[]): number {
    const seen: number[] = [];
    let length = 0;
    forEachWordSpan(text, (start, end) => {
      const word = text.slice(start, end);
      let slot = this.slots.get(word);
      if (slot === undefined) {
        const forms = wordForms(word);
        slot = this.slotIds.push(forms.term ? this.intern(forms.term) : -1) - 1;
        this.slotNorms.push(forms.norm);
        this.slots.set(word, slot);
      }
      if (norms) norms.push(this.slotNorms[slot]!);
      const id = this.slotIds[slot]!;
      if (id < 0) return;
      if (id >= this.counts.length) {
        const grown = new Int32Array(Math.max(2 * this.counts.length, id + 1));
        grown.set(this.counts);
        this.counts = grown;
      }
      const count = this.counts[id]!;
      this.counts[id] = count + 1;
      if (count === 0) seen.push(id);
      length++;
    });
    for (const id of seen) {
      out.push(id, this.counts[id]!);
      this.counts[id] = 0;
    }
    return length;
  }
}
