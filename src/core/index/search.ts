// BM25 search over the postings, exact top-k: the terms are read rarest first, and a term's list
// is read only while a passage outside those found could still reach the top (MaxScore); the
// words left over are looked up, for the passages that may still make it, in their own lists.
import { bm25Idf, bm25Weight, K1 } from './bm25.js';
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

/** The `limit` passages that score best for `text` by BM25, best first, ties to the earlier passage: [passage, score]. */
export function topPassages(text: string, limit: number, corpus: SearchIndex): [number, number][] {
  const counted = new Map<string, number>();
  forEachContentTerm(text, (t) => counted.set(t, (counted.get(t) ?? 0) + 1));
  const n = Math.max(1, corpus.passages);
  const avg = corpus.totalLength / n || 1;
  const query: { id: number; idf: number; at: number }[] = [];
  for (const term of counted.keys()) {
    const id = corpus.postings.idOf(term);
    if (id === undefined) continue;
    const df = corpus.postings.df(id);
    if (df === 0) continue;
    query.push({ id, idf: bm25Idf(n, df), at: query.length });
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
  const weight = (idf: number, tf: number, index: number): number => bm25Weight(idf, tf, table.length(index), avg);
  const touched: number[] = [];
  let best = 0;
  let i = 0;
  let bar = 0;
  for (; i < query.length; i++) {
    // Stop reading lists once no passage outside those found could reach the current top.
    if (touched.length >= limit && best > rest[i]! && (bar = kthScore(touched, scores, limit)) * (1 - 1e-9) > rest[i]!) break;
    const { id, idf } = query[i]!;
    const score = (index: number, tf: number): void => {
      if (!table.isLive(index)) return;
      const before = scores[index]!;
      if (before === 0) touched.push(index);
      const after = before + weight(idf, tf, index);
      scores[index] = after;
      if (after > best) best = after;
    };
    const base = corpus.postings.base(id);
    for (let k = base.from; k < base.to; k++) score(base.passages[k]!, base.counts[k]!);
    const added = corpus.postings.added(id);
    for (let k = 0; k < added.passages.length; k++) score(added.passages[k]!, added.counts[k]!);
  }
  let running = touched;
  if (i < query.length) {
    // The words not read: their counts for the passages that may still make the top, looked
    // up in those words' lists (in passage order) rather than read through.
    running = [];
    for (const index of touched) {
      if ((scores[index]! + rest[i]!) * (1 + 1e-9) < bar) continue;
      running.push(index);
      let sum = scores[index]!;
      for (let j = i; j < query.length; j++) {
        const tf = corpus.postings.countIn(query[j]!.id, index);
        if (tf > 0) sum += weight(query[j]!.idf, tf, index);
      }
      scores[index] = sum;
    }
  }
  const top = topHits(running, scores, limit);
  for (const passage of touched) scores[passage] = 0;
  return top;
}

function kthScore(touched: number[], scores: Float64Array, limit: number): number {
  return topHits(touched, scores, limit)[limit - 1]![1];
}

/** The `limit` best passages by score, ties to the earlier passage: [passage, score], best first. */
function topHits(touched: number[], scores: Float64Array, limit: number): [number, number][] {
  return topK(touched, limit, (a, b) => scores[b]! - scores[a]! || a - b).map((index): [number, number] => [index, scores[index]!]);
}
