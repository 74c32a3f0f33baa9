import { forEachWordSpan, nextWordStart, wordEnd, writtenWordAt, writtenWordNorm, writtenWordsGeneration, writtenWordTerm } from '../text/tokens.js';

// The same words as `contentTokens` (text/tokens.ts), found by its scanner and without building
// Token objects: indexing meets every word of every source, and a newsroom archive repeats a
// small vocabulary, so each written form is normalised once and remembered (`writtenWordAt`).

/** Calls `visit` with each content term of `text`, in order (terms repeat). */
export function forEachContentTerm(text: string, visit: (term: string) => void): void {
  forEachWordSpan(text, (start, end) => {
    const term = writtenWordTerm(writtenWordAt(text, start, end));
    if (term) visit(term);
  });
}

// Per written word (its number, see `writtenWordAt`): the term id a counter gave it, valid where
// `owners` holds that counter's number. One pair of arrays for every counter: a counter that
// finds another's mark asks its `intern` again, which gives the same id.
let termIds = new Int32Array(1024);
let owners = new Int32Array(1024);
let ownersGeneration = writtenWordsGeneration();
let counters = 0;

/**
 * Counts a passage's content words by term id, as the index files them: each word as written is
 * looked up once (its id, or none for a word that is no content word, and its normalised form),
 * and the counts go in a scratch array kept between passages. `intern` gives a term's id, adding
 * it when new.
 */
export class TermCounter {
  private readonly serial = ++counters;
  private counts = new Int32Array(1024);
  /** Scratch: the ids of the passage being counted, in order of first use. */
  private seen = new Int32Array(256);

  constructor(private readonly intern: (term: string) => number) {}

  /** The term id of a written word, or -1 for a word that is no content word. */
  private termIdOf(word: number): number {
    if (ownersGeneration !== writtenWordsGeneration()) {
      owners.fill(0);
      ownersGeneration = writtenWordsGeneration();
    }
    if (word >= owners.length) {
      const size = Math.max(2 * owners.length, word + 1);
      const grownIds = new Int32Array(size);
      grownIds.set(termIds);
      termIds = grownIds;
      const grownOwners = new Int32Array(size);
      grownOwners.set(owners);
      owners = grownOwners;
    }
    if (owners[word] === this.serial) return termIds[word]!;
    const term = writtenWordTerm(word);
    const id = term ? this.intern(term) : -1;
    owners[word] = this.serial;
    termIds[word] = id;
    return id;
  }

  /**
   * Appends the passage's (term id, count) pairs to `out`, ids in order of first use; returns how
   * many content words it has. With `norms`, appends the normalised form of each of its words
   * too, in order (every word, content word or not: what `tokenize` gives as `norm`).
   */
  count(text: string, out: number[], norms?: string[]): number {
    let seen = this.seen;
    let distinct = 0;
    let length = 0;
    for (let start = nextWordStart(text, 0); start < text.length; ) {
      const end = wordEnd(text, start);
      const word = writtenWordAt(text, start, end);
      start = nextWordStart(text, end);
      if (norms) norms.push(writtenWordNorm(word));
      const id = this.termIdOf(word);
      if (id < 0) continue;
      if (id >= this.counts.length) {
        const grown = new Int32Array(Math.max(2 * this.counts.length, id + 1));
        grown.set(this.counts);
        this.counts = grown;
      }
      const count = this.counts[id]!;
      this.counts[id] = count + 1;
      if (count === 0) {
        if (distinct === seen.length) {
          const grown = new Int32Array(2 * seen.length);
          grown.set(seen);
          this.seen = seen = grown;
        }
        seen[distinct++] = id;
      }
      length++;
    }
    for (let k = 0; k < distinct; k++) {
      const id = seen[k]!;
      out.push(id, this.counts[id]!);
      this.counts[id] = 0;
    }
    return length;
  }
}
