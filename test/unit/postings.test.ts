// The search index is packed when a corpus is built or restored in one go, and appended to as
// sources change: after any history of changes, searches must rank as in a corpus built afresh.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';

const SENTENCES = [
  'Exports of rare earths rose 12 percent in March.',
  'The ministry said exports of gallium fell sharply.',
  'Rare earth prices rose as exports slowed.',
  'Officials said the supply chain review would take a year.',
  'Gallium and germanium exports were restricted in July.',
  'Mining companies expect prices to fall next year.',
];
const QUERIES = ['exports rose', 'gallium exports restricted', 'supply chain review', 'prices fall mining', 'rare earth prices'];

const doc = (id: string, sentences: number[]): SourceDocument => ({
  id, path: `${id}.txt`, format: 'txt', excluded: [], warnings: [], text: sentences.map((i) => SENTENCES[i]!).join(' '),
});

/** Search results by what a user sees: source, sentence and score (passage numbers depend on history). */
function results(corpus: Corpus): string {
  return JSON.stringify(QUERIES.map((q) => corpus.search(q, 50).map((h) => [h.passage.docId, h.passage.text, h.score.toFixed(9)]).sort()));
}

describe('search index across changes', () => {
  it('ranks as a fresh build after sources are added, changed and removed, past the point where lists are compacted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ doc: fc.integer({ min: 0, max: 2 }), sentences: fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { maxLength: 4 }) }), { minLength: 20, maxLength: 120 }),
        (initial, changes) => {
          const corpus = Corpus.build(initial.map((s, i) => doc(`d${i}`, s)));
          for (const change of changes) {
            if (change.sentences.length) corpus.addDocument(doc(`d${change.doc}`, change.sentences));
            else corpus.removeDocument(`d${change.doc}`);
          }
          const fresh = Corpus.build(corpus.documents);
          assert.equal(results(corpus), results(fresh));
          assert.equal(corpus.passageCountOf('export'), fresh.passageCountOf('export'));
          assert.deepEqual(corpus.passagesWithTerm('export').map((i) => corpus.passage(i)!.text), fresh.passagesWithTerm('export').map((i) => fresh.passage(i)!.text));
        },
      ),
      { numRuns: 150 },
    );
  });
});
