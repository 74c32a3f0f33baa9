// One bisection serves the sorted lists of figures, spans, tokens, quotations, statements and
// lines: it must find what a scan from the start finds, on any list and any range.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { firstAtLeast, partitionPoint } from '../../src/core/bisect.js';
import { LineIndex } from '../../src/core/text/lines.js';

const sorted = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }).map((a) => a.sort((x, y) => x - y));

describe('bisection', () => {
  it('finds the first place a predicate turns true, as a scan does, within any range', () => {
    fc.assert(fc.property(sorted, fc.integer({ min: -60, max: 60 }), fc.nat(), fc.nat(), (values, at, a, b) => {
      const from = Math.min(a, b) % (values.length + 1);
      const to = from + (Math.max(a, b) % (values.length - from + 1));
      let scan = from;
      while (scan < to && values[scan]! <= at) scan++;
      assert.equal(partitionPoint(to, (i) => values[i]! > at, from), scan);
    }));
  });

  it('finds the first value at or past a bound, among repeats', () => {
    fc.assert(fc.property(sorted, fc.integer({ min: -60, max: 60 }), (values, at) => {
      const scan = values.findIndex((v) => v >= at);
      assert.equal(firstAtLeast(values, at), scan < 0 ? values.length : scan);
      assert.equal(firstAtLeast(Int32Array.from(values), at), scan < 0 ? values.length : scan);
    }));
    assert.equal(firstAtLeast([1, 3, 3, 3, 5], 3), 1);
    assert.equal(firstAtLeast([], 3), 0);
  });

  it('puts an offset on the line and column a writer sees', () => {
    const lines = new LineIndex('one\ntwo\n\nfour');
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(8), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(9), { line: 3, character: 0 });
    assert.deepEqual(lines.positionAt(99), { line: 3, character: 4 });
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
  });
});
