// BM25 search over the postings, exact top-k: the terms are read rarest first, and a term's list
// is read only while a passage outside those found could still reach the top (MaxScore); the
// words left over are looked up, for the passages that may still make it, in their own lists.
//
// The k best scores so far are kept as the lists are read (every score only rises, so the k-th
// of them is a bound the final k-th can only exceed), which tells when to stop reading lists and
// which passages can be dropped; nothing is allocated per posting entry. Each passage's length
// term of BM25 is kept in one array of doubles while the corpus stays as it is: a posting entry
// then reads that and its score, not the passage's row and its document.
import { B, bm25Idf, K1 } from './bm25.js';
import type { PassageTable } from './passage-table.js';
import type { Postings } from './postings.js';
import { forEachContentTerm } from './terms.js';
import { topK } from '../top-k.js';

/** What a search reads of a corpus. `scores` is scratch space as long as the passage table, all zero between searches. */
export interface SearchIndex {
  postings: Postings;
  table: PassageTable;
  /** Live passages, and their content words in all. */
  passages: number;
  totalLength: number;
  scores: Float64Array;
}

/** A query term: its idf and where its entries lie (the packed base's range, then the appended list). */
interface QueryTerm {
  id: number;
  idf: number;
  at: number;
  /** The packed base's columns, and the term's range of them. */
  passages: Int32Array;
  counts: Int32Array;
  from: number;
  to: number;
  added: { passages: number[]; counts: number[] };
}

// Passages touched by the current search (scratch, grown as needed; searches do not nest).
let touched = new Int32Array(4096);

/** The `limit` passages that score best for `text` by BM25, best first, ties to the earlier passage: [passage, score]. */
export function topPassages(text: string, limit: number, corpus: SearchIndex): [number, number][] {
  const counted = new Map<string, number>();
  forEachContentTerm(text, (t) => counted.set(t, (counted.get(t) ?? 0) + 1));
  const n = Math.max(1, corpus.passages);
  const avg = corpus.totalLength / n || 1;
  const postings = corpus.postings;
  const query: QueryTerm[] = [];
  for (const term of counted.keys()) {
    const id = postings.idOf(term);
    if (id === undefined) continue;
    const df = postings.df(id);
    if (df === 0) continue;
    const base = postings.base(id);
    query.push({ id, idf: bm25Idf(n, df), at: query.length, passages: base.passages, counts: base.counts, from: base.from, to: base.to, added: postings.added(id) });
  }
  if (!query.length || limit <= 0) return [];
  query.sort((a, b) => b.idf - a.idf || a.at - b.at);
  // What the terms from i on can add to any passage at most: BM25's term weight stays under
  // idf * (K1 + 1) however often the word occurs.
  const rest = new Float64Array(query.length + 1);
  for (let i = query.length - 1; i >= 0; i--) rest[i] = rest[i + 1]! + query[i]!.idf * (K1 + 1);
  // Scores accumulate in one array kept between searches (every score is positive, so 0 means
  // untouched); only the touched entries are read and cleared.
  const scores = corpus.scores;
  const table = corpus.table;
  if (touched.length < table.size) touched = new Int32Array(Math.max(table.size, 2 * touched.length));
  const found = touched;
  let count = 0;
  const best = new Best(limit);
  const norms = lengthNorms(table, avg);
  let i = 0;
  for (; i < query.length; i++) {
    // Stop reading lists once no passage outside those found could reach the current top.
    if (best.full && best.kth * (1 - 1e-9) > rest[i]!) break;
    const { idf, passages, counts, from, to, added } = query[i]!;
    count = readList(passages, counts, from, to, idf, norms, scores, found, count, best);
    if (added.passages.length) count = readList(added.passages, added.counts, 0, added.passages.length, idf, norms, scores, found, count, best);
  }
  // The passages scored in full; those under the k-th best score cannot be among the top.
  // (The words not read: their counts for the passages that may still make the top.)
  const scored = i < query.length ? completeScores(found, count, i, query, rest, norms, scores, best) : count;
  const running = inTheRunning(found, scored, scores, best.kth);
  const top = topK(running, limit, (a, b) => scores[b]! - scores[a]! || a - b).map((index): [number, number] => [index, scores[index]!]);
  clearScores(found, count, scores);
  return top;
}

// The loops over every passage a search touched (tens of thousands of them for a statement
// of common words) are functions of their own, as `readList` is: each is optimised within the
// first searches of a process, where they ran unoptimised inside `topPassages` until the whole of
// it was.

/**
 * The words not read (from the `i`th term on): their counts for the passages that may still make
 * the top, looked up in those words' lists (in passage order) rather than read through. A passage
 * is dropped as soon as what is left could not lift it to the k-th best score so far. The
 * passages scored in full are moved to the front of `found`; returns how many there are.
 */
function completeScores(found: Int32Array, count: number, i: number, query: readonly QueryTerm[], rest: Float64Array, norms: Float64Array, scores: Float64Array, best: Best): number {
  let scored = 0;
  for (let f = 0; f < count; f++) {
    const index = found[f]!;
    let sum = scores[index]!;
    if ((sum + rest[i]!) * (1 + 1e-9) < best.kth) continue;
    let j = i;
    for (; j < query.length; j++) {
      if ((sum + rest[j]!) * (1 + 1e-9) < best.kth) break;
      const q = query[j]!;
      const tf = countIn(q, index);
      if (tf > 0) sum += weight(q.idf, tf, norms[index]!);
    }
    if (j < query.length) continue;
    scores[index] = sum;
    if (sum > best.kth) best.raise(index, sum);
    // Kept at the front of `found` (its passages are cleared below whichever place they hold).
    found[f] = found[scored]!;
    found[scored++] = index;
  }
  return scored;
}

/** The first `scored` passages of `found` whose scores reach `kth`, in that order. */
function inTheRunning(found: Int32Array, scored: number, scores: Float64Array, kth: number): number[] {
  const running: number[] = [];
  for (let f = 0; f < scored; f++) if (scores[found[f]!]! >= kth) running.push(found[f]!);
  return running;
}

/** Zeroes the scores of the first `count` passages of `found` (the scratch is all zero between searches). */
function clearScores(found: Int32Array, count: number, scores: Float64Array): void {
  for (let f = 0; f < count; f++) scores[found[f]!] = 0;
}

/**
 * Adds a term's weight to the scores of the passages of its entries [from, to) (removed ones
 * skipped), listing in `found` those it touches first and raising `best`; returns how many
 * `found` lists now. The one loop of a search that reads long lists, in a function of its own:
 * small, it is optimised within the first searches of a process, where the whole of
 * `topPassages` took tens of milliseconds to compile and ran unoptimised meanwhile.
 */
function readList(passages: ArrayLike<number>, counts: ArrayLike<number>, from: number, to: number, idf: number, norms: Float64Array, scores: Float64Array, found: Int32Array, count: number, best: Best): number {
  for (let k = from; k < to; k++) {
    const index = passages[k]!;
    const norm = norms[index]!;
    if (norm < 0) continue;
    const before = scores[index]!;
    if (before === 0) found[count++] = index;
    const after = before + weight(idf, counts[k]!, norm);
    scores[index] = after;
    if (after > best.kth) best.raise(index, after);
  }
  return count;
}

/**
 * A term's weight in a passage of length norm `norm` (see `lengthNorms`), as bm25Weight (bm25.ts)
 * computes it, to the last bit. A function of the module rather than a closure of each search:
 * optimised code that inlined one search's closure was thrown away at the next search's.
 */
function weight(idf: number, tf: number, norm: number): number {
  return idf * ((tf * (K1 + 1)) / (tf + norm));
}

// Per passage table: its passages' length norms, for the table as it was at `changes` and for
// the average length `avg`.
const normsOf = new WeakMap<PassageTable, { changes: number; avg: number; norms: Float64Array }>();

/**
 * K1 * (1 - B + B * length / avg) of every passage, as bm25Weight computes it (so a weight made
 * from it is the same to the last bit), and -1 for a removed passage. Made again when the table
 * changes (about 1 ms per 100,000 passages), kept while it does not.
 */
function lengthNorms(table: PassageTable, avg: number): Float64Array {
  const kept = normsOf.get(table);
  if (kept && kept.changes === table.changes && kept.avg === avg) return kept.norms;
  const norms = kept && kept.norms.length >= table.size ? kept.norms : new Float64Array(table.size + (table.size >> 3));
  for (let p = 0; p < table.size; p++) norms[p] = table.isLive(p) ? K1 * (1 - B + (B * table.length(p)) / avg) : -1;
  normsOf.set(table, { changes: table.changes, avg, norms });
  return norms;
}

/** The count of a query term in a passage (0: not there), by binary search of its entries (in passage order). */
function countIn(term: QueryTerm, passage: number): number {
  const { passages, counts } = term;
  let lo = term.from;
  let hi = term.to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = passages[mid]!;
    if (v === passage) return counts[mid]!;
    if (v < passage) lo = mid + 1;
    else hi = mid - 1;
  }
  const added = term.added.passages;
  lo = 0;
  hi = added.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = added[mid]!;
    if (v === passage) return term.added.counts[mid]!;
    if (v < passage) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * The `limit` best scores so far and their passages. Scores only rise during a search, so a
 * passage can enter only by rising above the k-th, and `kth` is the k-th best score of all the
 * passages touched (0 until `limit` were).
 */
class Best {
  private readonly passages: Int32Array;
  private readonly values: Float64Array;
  private size = 0;
  /** Where the lowest of the kept scores is. */
  private low = 0;
  kth = 0;

  constructor(private readonly limit: number) {
    this.passages = new Int32Array(limit);
    this.values = new Float64Array(limit);
  }

  get full(): boolean {
    return this.size >= this.limit;
  }

  /** A passage's score rose to `score`, above `kth`. */
  raise(passage: number, score: number): void {
    const { passages, values } = this;
    let at = -1;
    for (let k = 0; k < this.size; k++) {
      if (passages[k] === passage) {
        at = k;
        break;
      }
    }
    if (at < 0) {
      if (this.size < this.limit) at = this.size++;
      else at = this.low;
      passages[at] = passage;
    }
    values[at] = score;
    if (this.size < this.limit) return;
    let low = 0;
    for (let k = 1; k < this.size; k++) if (values[k]! < values[low]!) low = k;
    this.low = low;
    this.kth = values[low]!;
  }
}
