// Where each word of a document stands, for the checker's document profile (features.ts): every
// word a statement has is looked up in it, and its pairs and triples are looked up where their
// first word stands.
//
// One list of positions per distinct word, each a small array, was most of what a profile cost to
// build and most of what it kept (a document has hundreds of distinct words, and `score` profiles
// every source it reads, so the lists outlived the young generation and were copied out of it):
// the lists are one column of integers here, cut by word, with one map from word to number.
import { compoundParts } from './passage-profile.js';

// Scratch for building, shared: profiles are built one at a time. Per filed position, its word's
// number and the position; per word number, the last position filed + 1 (0: none).
let filedWords: Int32Array = new Int32Array(1024);
let filedAt: Int32Array = new Int32Array(1024);
let lastFiled: Int32Array = new Int32Array(1024);

export class WordPositions {
  /** Each word's number, in the order first met (the words of a compound after it). */
  private readonly numbers = new Map<string, number>();
  /** Word w's positions are positions[starts[w] .. starts[w + 1]), in document order. */
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;
  /** Whether some word has a space in it (a compatibility ligature). */
  readonly spaced: boolean = false;

  /** The positions of `norms` (a document's normalised words, in order); the words of a compound stand where it stands. */
  constructor(norms: readonly string[]) {
    let filed = 0;
    const file = (word: string, at: number): void => {
      let number = this.numbers.get(word);
      if (number === undefined) {
        number = this.numbers.size;
        this.numbers.set(word, number);
        if (number >= lastFiled.length) lastFiled = grown(lastFiled, number + 1);
        lastFiled[number] = 0;
      }
      // A compound that repeats a word ("bye-bye") stands once among its positions.
      if (lastFiled[number] === at + 1) return;
      lastFiled[number] = at + 1;
      if (filed >= filedWords.length) {
        filedWords = grown(filedWords, filed + 1);
        filedAt = grown(filedAt, filed + 1);
      }
      filedWords[filed] = number;
      filedAt[filed] = at;
      filed++;
    };
    let spaced = false;
    for (let i = 0; i < norms.length; i++) {
      const norm = norms[i]!;
      if (!spaced && norm.includes(' ')) spaced = true;
      file(norm, i);
      const parts = compoundParts(norm);
      if (parts) for (const part of parts) file(part, i);
    }
    this.spaced = spaced;
    // Counted, then placed: positions were filed in document order, so each word's stay in it.
    const words = this.numbers.size;
    const starts = new Int32Array(words + 1);
    for (let k = 0; k < filed; k++) starts[filedWords[k]! + 1]!++;
    for (let w = 0; w < words; w++) starts[w + 1]! += starts[w]!;
    const next = starts.slice(0, words);
    const positions = new Int32Array(filed);
    for (let k = 0; k < filed; k++) positions[next[filedWords[k]!]!++] = filedAt[k]!;
    this.starts = starts;
    this.positions = positions;
  }

  has(word: string): boolean {
    return this.numbers.has(word);
  }

  /** Where the word stands, in document order; undefined when the document does not have it. */
  get(word: string): Int32Array | undefined {
    const w = this.numbers.get(word);
    return w === undefined ? undefined : this.positions.subarray(this.starts[w]!, this.starts[w + 1]!);
  }

  /** The document's words, in the order first met. */
  keys(): IterableIterator<string> {
    return this.numbers.keys();
  }
}

function grown(array: Int32Array, needed: number): Int32Array {
  let length = 2 * array.length;
  while (length < needed) length *= 2;
  const out = new Int32Array(length);
  out.set(array);
  return out;
}
