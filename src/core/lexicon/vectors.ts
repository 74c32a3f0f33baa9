// Word vectors for similarity between words WordNet does not relate. Each vector is stored as
// signed bytes scaled by its own largest component; cosine similarity does not depend on that
// scale, so it is not stored.
import { fromBase64 } from './packed.js';

/** The JSON shape of data/vectors.json. */
export interface VectorTable {
  source: string;
  dimensions: number;
  /** Newline-joined words, most frequent first; a word's row is its line number. */
  words: string;
  /** Base64 of `words × dimensions` signed bytes. */
  vectors: string;
}

export class WordVectors {
  readonly source: string;
  readonly dimensions: number;
  private readonly rows: Map<string, number>;
  private readonly values: Int8Array;
  private readonly inverseNorms: Float32Array;

  constructor(table: VectorTable) {
    this.source = table.source;
    this.dimensions = table.dimensions;
    this.rows = new Map();
    table.words.split('\n').forEach((w, i) => this.rows.set(w, i));
    const bytes = fromBase64(table.vectors);
    this.values = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.inverseNorms = new Float32Array(this.rows.size);
    const d = this.dimensions;
    for (let r = 0; r < this.rows.size; r++) {
      let sum = 0;
      for (let k = r * d; k < r * d + d; k++) sum += this.values[k]! * this.values[k]!;
      this.inverseNorms[r] = sum === 0 ? 0 : 1 / Math.sqrt(sum);
    }
  }

  has(word: string): boolean {
    return this.rows.has(word);
  }

  /** The rows of those of the words that have vectors, for `closeToAny`. */
  rowsOf(words: Iterable<string>): Int32Array {
    const rows: number[] = [];
    for (const w of words) {
      const r = this.rows.get(w);
      if (r !== undefined) rows.push(r);
    }
    return Int32Array.from(rows);
  }

  /** Whether `similarity` of the word and some word of `rows` (see `rowsOf`) is at least `min`. */
  closeToAny(word: string, rows: Int32Array, min: number): boolean {
    const ra = this.rows.get(word);
    if (ra === undefined) return false;
    for (const rb of rows) if (this.similarityOfRows(ra, rb) >= min) return true;
    return false;
  }

  /** Cosine similarity of the two words' vectors, in [-1, 1]; undefined when either has none. */
  similarity(a: string, b: string): number | undefined {
    const ra = this.rows.get(a);
    const rb = this.rows.get(b);
    if (ra === undefined || rb === undefined) return undefined;
    return this.similarityOfRows(ra, rb);
  }

  private similarityOfRows(ra: number, rb: number): number {
    if (ra === rb) return 1;
    const d = this.dimensions;
    const v = this.values;
    let dot = 0;
    for (let i = ra * d, j = rb * d, end = ra * d + d; i < end; i++, j++) dot += v[i]! * v[j]!;
    return dot * this.inverseNorms[ra]! * this.inverseNorms[rb]!;
  }
}
