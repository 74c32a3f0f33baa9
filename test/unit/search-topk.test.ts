// Search reads the long posting lists of common words only while they could still change the
// top (MaxScore). Whatever it skips, the results must be those of scoring every passage that has
// a word of the query: the same passages, in the same order, with the same scores.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { Corpus } from '../../src/core/index/corpus.js';
import { forEachContentTerm } from '../../src/core/index/terms.js';
import type { SourceDocument } from '../../src/core/model.js';

// A vocabulary with a few very common words and a long tail, as news text has.
const COMMON = ['minister', 'government', 'market', 'exports', 'report', 'country'];
const RARE = ['gallium', 'germanium', 'Katayama', 'Chikyu', 'tariff', 'lithium', 'cobalt', 'Helberg', 'Landau', 'ultimatum', 'seabed', 'refinery', 'smelter', 'quota', 'embargo', 'subsidy'];
const WORDS = [...COMMON, ...RARE];

const K1 = 1.2;
const B = 0.75;

/** BM25 of every passage with a word of the query, the rarest word's share added first. */
function exhaustive(corpus: Corpus, query: string, limit: number): [string, number][] {
  const passages = corpus.passages;
  const terms = passages.map((p) => {
    const tf = new Map<string, number>();
    forEachContentTerm(p.text, (t) => tf.set(t, (tf.get(t) ?? 0) + 1));
    return tf;
  });
  const lengths = terms.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const n = Math.max(1, passages.length);
  const avg = lengths.reduce((a, b) => a + b, 0) / n || 1;
  const asked: string[] = [];
  forEachContentTerm(query, (t) => { if (!asked.includes(t)) asked.push(t); });
  const weighted = asked
    .map((t, at) => ({ t, at, df: terms.filter((tf) => tf.has(t)).length }))
    .filter((q) => q.df > 0)
    .map((q) => ({ ...q, idf: Math.log(1 + (n - q.df + 0.5) / (q.df + 0.5)) }))
    .sort((a, b) => b.idf - a.idf || a.at - b.at);
  const scored: [number, number][] = [];
  passages.forEach((_, i) => {
    let score = 0;
    let hit = false;
    for (const q of weighted) {
      const tf = terms[i]!.get(q.t) ?? 0;
      if (!tf) continue;
      hit = true;
      score += q.idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[i]!) / avg)));
    }
    if (hit) scored.push([i, score]);
  });
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return scored.slice(0, limit).map(([i, s]) => [passages[i]!.text, s]);
}

const sentence = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...COMMON), weight: 4 }, { arbitrary: fc.constantFrom(...RARE), weight: 1 }), { minLength: 1, maxLength: 12 })
  .map((words) => `${words.join(' ')}.`);

// Sentences of one to three words, each repeated up to six times: passages whose common words
// alone come close to their bound, which a search that stops reading lists too soon would miss.
const repetitive = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 3 })
  .map((parts) => `${parts.flatMap(([w, times]) => Array<string>(times).fill(w)).join(' ')}.`);

describe('search: top passages by BM25', () => {
  it('returns what scoring every passage returns, though it skips common words\' lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sentence, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 12 }),
        (docs, queryWords, limit) => {
          const sources: SourceDocument[] = docs.map((sentences, i) => ({
            id: `d${i}`, path: `d${i}.txt`, format: 'txt', excluded: [], warnings: [], text: sentences.join('\n'),
          }));
          const corpus = Corpus.build(sources);
          const query = queryWords.join(' ');
          const got = corpus.search(query, limit).map((h): [string, number] => [h.passage.text, h.score]);
          assert.deepEqual(got, exhaustive(corpus, query, limit));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('returns the same with passages added after the build, removed, and restored from a snapshot', () => {
    const doc = (i: number, sentences: string[]): SourceDocument => ({ id: `d${i}`, path: `d${i}.txt`, format: 'txt', excluded: [], warnings: [], text: sentences.join('\n') });
    fc.assert(
      fc.property(
        fc.array(fc.array(sentence, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 14 }),
        fc.array(fc.array(sentence, { minLength: 1, maxLength: 8 }), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 20 }),
        (built, later, removed, restore, queryWords, limit) => {
          const query = queryWords.join(' ');
          // Searched after each change too: what a search keeps between searches must follow them.
          const same = (): void => assert.deepEqual(corpus.search(query, limit).map((h): [string, number] => [h.passage.text, h.score]), exhaustive(corpus, query, limit));
          let corpus = Corpus.build(built.map((sentences, i) => doc(i, sentences)));
          same();
          later.forEach((sentences, i) => corpus.addDocument(doc(built.length + i, sentences)));
          same();
          const all = built.length + later.length;
          for (const r of removed) {
            corpus.removeDocument(`d${r % all}`);
            same();
          }
          if (restore) corpus = Corpus.restore(corpus.snapshot());
          same();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns the same when passages repeat a few words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(sentence, repetitive), { minLength: 1, maxLength: 10 }), { minLength: 2, maxLength: 20 }),
        fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        (docs, queryWords, limit) => {
          const corpus = Corpus.build(docs.map((sentences, i) => ({ id: `d${i}`, path: `d${i}.txt`, format: 'txt', excluded: [], warnings: [], text: sentences.join('\n') })));
          const query = queryWords.join(' ');
          assert.deepEqual(corpus.search(query, limit).map((h): [string, number] => [h.passage.text, h.score]), exhaustive(corpus, query, limit));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('returns the same when a query repeats words and many passages tie', () => {
    const corpus = Corpus.build(Array.from({ length: 40 }, (_, i) => ({
      id: `d${i}`, path: `d${i}.txt`, format: 'txt' as const, excluded: [], warnings: [],
      text: Array.from({ length: 30 }, (_, k) => `The ${COMMON[(i + k) % COMMON.length]} ${COMMON[(k * 7) % COMMON.length]} and ${RARE[(i * k) % RARE.length]}.`).join('\n'),
    })));
    for (const query of ['minister minister gallium', 'market exports quota quota embargo', 'country report seabed', 'government']) {
      for (const limit of [1, 3, 8, 50]) assert.deepEqual(corpus.search(query, limit).map((h) => [h.passage.text, h.score]), exhaustive(corpus, query, limit));
    }
  });

  it('finds the passage that has the rare words among thousands that have only the common ones', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `The ${COMMON[i % COMMON.length]} ${COMMON[(i + 1) % COMMON.length]} said ${COMMON[(i + 2) % COMMON.length]}.`);
    const corpus = Corpus.build([
      { id: 'filler', path: 'filler.txt', format: 'txt', excluded: [], warnings: [], text: filler.join('\n') },
      { id: 'news', path: 'news.txt', format: 'txt', excluded: [], warnings: [], text: 'The minister said the gallium embargo hurt the market.' },
    ]);
    const hits = corpus.search('minister market gallium embargo', 3);
    assert.equal(hits[0]!.passage.docId, 'news');
    assert.deepEqual(hits.map((h) => [h.passage.text, h.score]), exhaustive(corpus, 'minister market gallium embargo', 3));
  });
});
