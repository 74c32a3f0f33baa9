// Documents in corpus order (as `documentIds` and `quotes` list them), found for a few ids at a
// time: the same order whatever documents came, went and came back before.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';

const doc = (id: string): SourceDocument => ({ id, path: `${id}.txt`, format: 'txt', excluded: [], warnings: [], text: `Report ${id} says exports rose.` });
const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const operation = fc.oneof(fc.record({ add: ID }), fc.record({ remove: ID }), fc.record({ ask: fc.array(fc.oneof(ID, fc.constant('missing'))) }));

describe('documents in corpus order', () => {
  it('are the ids asked for in the order documentIds lists them, after any changes', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const corpus = Corpus.build(['a', 'b', 'c'].map(doc));
        for (const op of operations) {
          if ('add' in op) corpus.addDocument(doc(op.add));
          else if ('remove' in op) corpus.removeDocument(op.remove);
          else {
            const asked = new Set<string>(op.ask);
            assert.deepEqual(corpus.inCorpusOrder(asked), [...corpus.documentIds()].filter((id) => asked.has(id)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts a document added again after the others', () => {
    const corpus = Corpus.build(['a', 'b', 'c'].map(doc));
    assert.deepEqual(corpus.inCorpusOrder(['c', 'a', 'b']), ['a', 'b', 'c']);
    corpus.addDocument(doc('a'));
    assert.deepEqual(corpus.inCorpusOrder(['c', 'a', 'b', 'x']), ['b', 'c', 'a']);
    assert.deepEqual(Corpus.restore(corpus.snapshot()).inCorpusOrder(['a', 'c']), [...Corpus.restore(corpus.snapshot()).documentIds()].filter((id) => id !== 'b'));
  });
});
