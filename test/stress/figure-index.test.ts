// The index that finds a figure's equals by value gives sameQuantity's answer, as weighing the
// figure against each figure would (floating-point margins and infinite figures included).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FigureIndex } from '../../src/core/text/figure-index.js';
import { sameQuantity, type Quantity } from '../../src/core/text/numbers.js';

// Values that meet: equal, within and just past the error sameQuantity allows, huge, infinite.
const VALUES = [0.5, 1, 2, 3, 5, 24, 30, 31, 40, 120, 200, 999, 1000, 2000, 2020, 2025, 9999, 1e6, 1e15, 1e15 + 1, 1e15 + 1e6, 1e15 + 1.5e6, 1e15 + 3e6, 1e-10, 5e-10, 1.0000000015, 1.000000002, 1e300, 9e307, 1e308, 1.5e308, Infinity];
// As approximated() makes ranges of approximate figures, and vagueCounts() of counts by order of size.
const SHARES: [number, number][] = [[0.9, 1.1], [0.9, 1], [1, 1.25], [0.75, 1]];
const VAGUE: [number, number][] = [[20, 99], [24, 120], [40, 200], [200, 999], [2e3, 9999], [2e6, 999e6], [2e4, 99e3]];
const at = { start: 0, end: 1, text: 'x' };
const figure: fc.Arbitrary<Quantity> = fc.oneof(
  fc.record({ kind: fc.constantFrom('number', 'money', 'percent', 'year'), value: fc.constantFrom(...VALUES) }).map((q) => ({ ...at, ...q }) as Quantity),
  // Numbers weighed only against their own sort (a tally, a time, an identifier), among the rest.
  fc.record({ value: fc.constantFrom(...VALUES), unit: fc.constantFrom('tally', 'time', 'id') }).map((q) => ({ ...at, kind: 'number', ...q }) as Quantity),
  fc.record({ kind: fc.constantFrom('number', 'money', 'percent'), written: fc.constantFrom(...VALUES), approximation: fc.nat(3) })
    .map(({ kind, written, approximation }) => ({ ...at, kind, value: written * SHARES[approximation]![0], upTo: written * SHARES[approximation]![1], approximate: { kind: approximation, written } }) as Quantity),
  // The same, written in digits ("about 4,000"): two "about" figures in digits agree only when close.
  fc.record({ kind: fc.constantFrom('number', 'money', 'percent'), written: fc.constantFrom(...VALUES), approximation: fc.nat(3) })
    .map(({ kind, written, approximation }) => ({ ...at, text: '4', kind, value: written * SHARES[approximation]![0], upTo: written * SHARES[approximation]![1], approximate: { kind: approximation, written } }) as Quantity),
  fc.constantFrom(...VAGUE).map(([value, upTo]) => ({ ...at, kind: 'number', value, upTo }) as Quantity),
  // Shares written in whole percent or with a decimal ("46%", "46.3%"): a whole share agrees with those that round to it.
  fc.record({ whole: fc.integer({ min: 29, max: 32 }), tenth: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }) })
    .map(({ whole, tenth }) => ({ ...at, kind: 'percent', text: tenth === undefined ? `${whole}%` : `${whole}.${tenth}%`, value: whole + (tenth ?? 0) / 10 }) as Quantity),
  fc.record({ month: fc.integer({ min: 1, max: 3 }), day: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), year: fc.option(fc.constantFrom(2020, 2025), { nil: undefined }) })
    .map((date) => ({ ...at, kind: 'date', value: 0, date }) as Quantity),
);

describe('figures found by value', () => {
  it('say the same as sameQuantity against each figure, asked either way round', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 30 }), fc.array(figure, { minLength: 1, maxLength: 6 }), (indexed, asked) => {
        // A fresh index reads its figures one by one for its first asks; one asked often enough
        // is built. Both must answer as sameQuantity does.
        const warmed = new FigureIndex(indexed);
        for (let k = 0; k < 10; k++) warmed.has(asked[0]!);
        for (const index of [new FigureIndex(indexed), warmed]) {
          for (const q of asked) {
            assert.equal(index.has(q), indexed.some((f) => sameQuantity(q, f)), `asked ${JSON.stringify(q)}`);
            assert.equal(index.has(q, true), indexed.some((f) => sameQuantity(f, q)), `asked first ${JSON.stringify(q)}`);
          }
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
