// topK keeps the best few, best first, as a full sort would (ties in the order they came).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { topK } from '../../src/core/top-k.js';

describe('topK', () => {
  it('returns what a stable sort then a cut returns, for any items and limit', () => {
    fc.assert(fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }), id: fc.nat() })), fc.integer({ min: -1, max: 12 }), (items, limit) => {
      const compare = (a: { score: number }, b: { score: number }) => b.score - a.score;
      const expected = limit <= 0 ? [] : [...items].sort(compare).slice(0, limit);
      assert.deepEqual(topK(items, limit, compare), expected);
    }));
  });
});
