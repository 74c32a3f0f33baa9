// Word vectors for similarity between words WordNet does not relate. Each vector is stored as
// signed bytes scaled by its own largest component; cosine similarity does not depend on that
// scale, so it is not stored.
import { base64ByteLength, decodeBase64Range } from './packed.js';

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
  private readonly encoded: string;
  /** The table's bytes, decoded a row at a time when the row is first asked for (see `decoded`). */
  private readonly bytes: Uint8Array;
  private readonly values: Int8Array;
  /** Per row, 1 / the vector's length; -1 for a row not decoded yet. */
  private readonly inverseNorms: Float32Array;

  constructor(table: VectorTable) {
    this.source = table.source;
    this.dimensions = table.dimensions;
    this.rows = new Map();
    table.words.split('\n').forEach((w, i) => this.rows.set(w, i));
    // A check asks about a few thousand of the words at most: decoding all 3 MB up front cost
    // the first check tens of milliseconds.
    this.encoded = table.vectors;
    this.bytes = new Uint8Array(base64ByteLength(table.vectors));
    this.values = new Int8Array(this.bytes.buffer);
    this.inverseNorms = new Float32Array(this.rows.size).fill(-1);
  }

  has(word: string): boolean {
    return this.rows.has(word);
  }

  /** The rows of those of the words that have vectors, for `closeToAny`. */
  rowsOf(words: Iterable<string>): Int32Array {
    const rows: number[] = [];
    for (const w of words) {
      const r = this.decoded(w);
      if (r !== undefined) rows.push(r);
    }
    return Int32Array.from(rows);
  }

  /** Whether `similarity` of the word and some word of `rows` (see `rowsOf`) is at least `min`. */
  closeToAny(word: string, rows: Int32Array, min: number): boolean {
    const ra = this.decoded(word);
    if (ra === undefined) return false;
    for (const rb of rows) if (this.similarityOfRows(ra, rb) >= min) return true;
    return false;
  }

  /** Cosine similarity of the two words' vectors, in [-1, 1]; undefined when either has none. */
  similarity(a: string, b: string): number | undefined {
    const ra = this.decoded(a);
    const rb = this.decoded(b);
    if (ra === undefined || rb === undefined) return undefined;
    return this.similarityOfRows(ra, rb);
  }

  /** The word's row, its vector decoded; undefined when the word has none. */
  private decoded(word: string): number | undefined {
    const r = this.rows.get(word);
    if (r === undefined || this.inverseNorms[r]! >= 0) return r;
    const d = this.dimensions;
    decodeBase64Range(this.encoded, this.bytes, r * d, r * d + d);
    let sum = 0;
    for (let k = r * d; k < r * d + d; k++) sum += this.values[k]! * this.values[k]!;
    this.inverseNorms[r] = sum === 0 ? 0 : 1 / Math.sqrt(sum);
    return r;
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
