// One bounded edit distance (insert, delete, replace, swap two neighbours) serves completion (to
// a beginning of the word) and "did you mean" (to all of it).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance, prefixDistance } from '../../src/core/completion/prefix-distance.js';
import { closestMatch } from '../../src/core/config/did-you-mean.js';

/** The textbook table, adjacent transpositions counted as one edit. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('edit distance', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

  it('to all of a word: the textbook distance, or max + 1 past max', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
      assert.equal(editDistance(a, b, max), Math.min(reference(a, b), max + 1));
    }));
  });

  it('to a beginning of a word: the least distance to any of its prefixes', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 6 }), (typed, w, max) => {
      const best = Math.min(...Array.from({ length: w.length + 1 }, (_, n) => reference(typed, w.slice(0, n))));
      assert.equal(prefixDistance(typed, w, max), Math.min(best, max + 1));
    }));
  });

  it('did you mean: a near miss of a setting is found, a far one is not', () => {
    assert.equal(closestMatch('sevreity', ['sources', 'severity', 'threshold']), 'severity');
    assert.equal(closestMatch('colour', ['sources', 'severity', 'threshold']), undefined);
  });
});
