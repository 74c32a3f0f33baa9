// The passages of a corpus as columns of integers, with their (term, count) pairs in one pool:
// a newsroom archive has hundreds of thousands of sentences, and an object per sentence costs
// memory, garbage collection and time to restore. A `Passage` object is made when someone asks
// for one, and kept. A corpus restored from the persisted index takes the passage columns as they
// lie in the file (the layout below is the file's): they are read in place, and copied only when
// a passage is added after. The file keeps no pairs (the postings hold the same entries): they are
// made from the postings when first needed, by a change or a save.
import type { Passage, SourceDocument } from '../model.js';
import { PASSAGE_FIELDS, PassageCol } from './columns.js';

const FIELDS = PASSAGE_FIELDS;

export class PassageTable {
  private columns: Int32Array = new Int32Array(FIELDS * 1024);
  private pool: Int32Array = new Int32Array(4096);
  private poolLength = 0;
  /** Of an adopted table: makes the pool, once, when first needed. */
  private poolSource?: () => Int32Array;
  /** The document of each passage; undefined once removed. */
  private readonly owners: (SourceDocument | undefined)[] = [];
  private readonly made: (Passage | undefined)[] = [];
  private edits = 0;

  /** Counts the passages added and removed (and adopted tables): what is derived from the rows can tell they changed. */
  get changes(): number {
    return this.edits;
  }

  /** Makes room for `passages` more passages with `pairWords` more pair entries (terms and counts). */
  reserve(passages: number, pairWords: number): void {
    this.makePool();
    const columns = (this.owners.length + passages) * FIELDS;
    if (columns > this.columns.length) this.columns = grow(this.columns, columns, true);
    if (this.poolLength + pairWords > this.pool.length) this.pool = grow(this.pool, this.poolLength + pairWords, true);
  }

  /**
   * Takes `columns` (FIELDS per passage) as they lie, the passages of `owners[i]` being those of
   * rows ranges[i] .. ranges[i + 1], and `pool` (their pairs, `poolLength` words) to make when
   * first needed. Only on an empty table; the columns are never written (a later `add` copies
   * them first).
   */
  adopt(columns: Int32Array, pool: () => Int32Array, poolLength: number, owners: readonly SourceDocument[], ranges: Int32Array): void {
    if (this.owners.length) throw new Error('adopt needs an empty table');
    this.edits++;
    this.columns = columns;
    this.poolSource = pool;
    this.pool = new Int32Array(0);
    this.poolLength = poolLength;
    const passages = columns.length / FIELDS;
    this.owners.length = passages;
    for (let d = 0; d < owners.length; d++) this.owners.fill(owners[d], ranges[d]!, ranges[d + 1]!);
  }

  /** Passages ever added (removed ones included): the next index. */
  get size(): number {
    return this.owners.length;
  }

  /**
   * Adds a passage; its (term, count) pairs are `pairs[from..to)`, with each term mapped by
   * `termOf` (the identity when omitted). Returns its index.
   */
  add(doc: SourceDocument, start: number, end: number, paragraphStart: number, paragraphEnd: number, sentence: number, length: number, pairs: ArrayLike<number>, from = 0, to = pairs.length, termOf?: Int32Array): number {
    this.makePool();
    this.edits++;
    const index = this.owners.length;
    if ((index + 1) * FIELDS > this.columns.length) this.columns = grow(this.columns, (index + 1) * FIELDS);
    const count = to - from;
    if (this.poolLength + count > this.pool.length) this.pool = grow(this.pool, this.poolLength + count);
    const c = this.columns;
    const at = index * FIELDS;
    c[at + PassageCol.start] = start;
    c[at + PassageCol.end] = end;
    c[at + PassageCol.paragraphStart] = paragraphStart;
    c[at + PassageCol.paragraphEnd] = paragraphEnd;
    c[at + PassageCol.sentence] = sentence;
    c[at + PassageCol.length] = length;
    c[at + PassageCol.pairsAt] = this.poolLength;
    c[at + PassageCol.pairCount] = count / 2;
    const pool = this.pool;
    let w = this.poolLength;
    if (termOf) {
      for (let k = from; k < to; k += 2) {
        pool[w++] = termOf[pairs[k]!]!;
        pool[w++] = pairs[k + 1]!;
      }
    } else {
      for (let k = from; k < to; k++) pool[w++] = pairs[k]!;
    }
    this.poolLength = w;
    this.owners.push(doc);
    return index;
  }

  private makePool(): void {
    if (!this.poolSource) return;
    this.pool = this.poolSource();
    this.poolSource = undefined;
  }

  remove(index: number): void {
    this.edits++;
    this.owners[index] = undefined;
    this.made[index] = undefined;
  }

  isLive(index: number): boolean {
    return this.owners[index] !== undefined;
  }

  /** The passage at an index, made on first use; undefined when removed or never added. */
  get(index: number): Passage | undefined {
    const doc = this.owners[index];
    if (!doc) return undefined;
    let passage = this.made[index];
    if (!passage) {
      const c = this.columns;
      const at = index * FIELDS;
      const span = { start: c[at + PassageCol.start]!, end: c[at + PassageCol.end]! };
      passage = { index, docId: doc.id, span, text: doc.text.slice(span.start, span.end), paragraph: { start: c[at + PassageCol.paragraphStart]!, end: c[at + PassageCol.paragraphEnd]! }, sentenceInParagraph: c[at + PassageCol.sentence]! };
      this.made[index] = passage;
    }
    return passage;
  }

  /** The passage at an index if it was made already (by `get`), without making it. */
  madeAt(index: number): Passage | undefined {
    return this.owners[index] ? this.made[index] : undefined;
  }

  /** The id of a passage's document; undefined when removed or never added. */
  docIdOf(index: number): string | undefined {
    return this.owners[index]?.id;
  }

  /** Where a passage's paragraph starts in its document (the passage's `paragraph.start`). */
  paragraphStart(index: number): number {
    return this.columns[index * FIELDS + PassageCol.paragraphStart]!;
  }

  /** Where a passage's paragraph ends in its document (the passage's `paragraph.end`). */
  paragraphEnd(index: number): number {
    return this.columns[index * FIELDS + PassageCol.paragraphEnd]!;
  }

  start(index: number): number {
    return this.columns[index * FIELDS + PassageCol.start]!;
  }

  end(index: number): number {
    return this.columns[index * FIELDS + PassageCol.end]!;
  }

  /** Content words counted in the passage (BM25's document length). */
  length(index: number): number {
    return this.columns[index * FIELDS + PassageCol.length]!;
  }

  /** How many words (terms and counts) a passage's pairs take. */
  pairWords(index: number): number {
    return 2 * this.columns[index * FIELDS + PassageCol.pairCount]!;
  }

  /**
   * Writes a passage's row as a snapshot stores it at `out[at..]` (its pairs there starting at
   * `firstPair`), and its (term, count) pairs at `pairs[firstPair..]`; returns the pair words written.
   */
  copyRow(index: number, out: Int32Array, at: number, pairs: Int32Array, firstPair: number): number {
    this.makePool();
    const from = index * FIELDS;
    const c = this.columns;
    out[at + PassageCol.start] = c[from + PassageCol.start]!;
    out[at + PassageCol.end] = c[from + PassageCol.end]!;
    out[at + PassageCol.paragraphStart] = c[from + PassageCol.paragraphStart]!;
    out[at + PassageCol.paragraphEnd] = c[from + PassageCol.paragraphEnd]!;
    out[at + PassageCol.sentence] = c[from + PassageCol.sentence]!;
    out[at + PassageCol.length] = c[from + PassageCol.length]!;
    out[at + PassageCol.pairsAt] = firstPair;
    const count = c[from + PassageCol.pairCount]!;
    out[at + PassageCol.pairCount] = count;
    const pairsAt = c[from + PassageCol.pairsAt]!;
    pairs.set(this.pool.subarray(pairsAt, pairsAt + 2 * count), firstPair);
    return 2 * count;
  }

  /** Calls `visit` with each (term, count) pair of a passage. */
  forEachTerm(index: number, visit: (term: number, count: number) => void): void {
    this.makePool();
    const at = index * FIELDS;
    const from = this.columns[at + PassageCol.pairsAt]!;
    const to = from + 2 * this.columns[at + PassageCol.pairCount]!;
    const pool = this.pool;
    for (let k = from; k < to; k += 2) visit(pool[k]!, pool[k + 1]!);
  }
}

function grow(array: Int32Array, needed: number, exactly = false): Int32Array {
  let length = exactly ? needed : Math.max(16, array.length * 2);
  while (length < needed) length *= 2;
  const next = new Int32Array(length);
  next.set(array);
  return next;
}
