import { forEachWordSpan, normalizeWord, STOPWORDS } from '../text/tokens.js';

// The same words as `contentTokens` (text/tokens.ts), found by its scanner and without building
// Token objects: indexing meets every word of every source, and a newsroom archive repeats a
// small vocabulary, so each written form is normalised once and remembered.

/** Written form -> its normalised content term, or '' when the word is not a content word. */
const termOfWord = new Map<string, string>();
// Enough for any vocabulary a corpus has; past it the memory is dropped and refilled.
const MAX_REMEMBERED = 1_000_000;

export function contentTermOf(word: string): string {
  let term = termOfWord.get(word);
  if (term === undefined) {
    const norm = normalizeWord(word);
    term = !STOPWORDS.has(norm) && !STOPWORDS.has(word.toLowerCase()) && norm.length > 1 ? norm : '';
    if (termOfWord.size >= MAX_REMEMBERED) termOfWord.clear();
    termOfWord.set(word, term);
  }
  return term;
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
 * looked up once (its id, or none for a word that is no content word), and the counts go in a
 * scratch array kept between passages. `intern` gives a term's id, adding it when new.
 */
export class TermCounter {
  private readonly wordIds = new Map<string, number>();
  private counts = new Int32Array(1024);

  constructor(private readonly intern: (term: string) => number) {}

  /** Appends the passage's (term id, count) pairs to `out`, ids in order of first use; returns how many content words it has. */
  count(text: string, out: number[]): number {
    const seen: number[] = [];
    let length = 0;
    forEachWord(text, (word) => {
      let id = this.wordIds.get(word);
      if (id === undefined) {
        const term = contentTermOf(word);
        id = term ? this.intern(term) : -1;
        this.wordIds.set(word, id);
      }
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
