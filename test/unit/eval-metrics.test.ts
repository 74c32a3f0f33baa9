import assert from 'node:assert/strict';
import { balancedAccuracy, bestThreshold, rocAuc } from '../../scripts/eval-metrics.js';

describe('evaluation metrics', () => {
  it('balanced accuracy weighs both classes equally, however unbalanced', () => {
    // 9 supported all predicted supported, 1 unsupported predicted supported: plain accuracy 0.9.
    const labels = [...Array(9).fill(true), false];
    assert.equal(balancedAccuracy(labels, Array(10).fill(true)), 0.5);
    assert.equal(balancedAccuracy([true, false, true, false], [true, false, false, false]), 0.75);
  });

  it('ROC AUC is 1 for a perfect ranking, 0.5 for ties, and counts mis-ordered pairs', () => {
    assert.equal(rocAuc([false, false, true, true], [0.1, 0.2, 0.8, 0.9]), 1);
    assert.equal(rocAuc([false, true], [0.5, 0.5]), 0.5);
    assert.equal(rocAuc([false, true, false, true], [0.1, 0.2, 0.3, 0.4]), 0.75);
  });

  it('undefined when a class is absent', () => {
    assert.ok(Number.isNaN(rocAuc([true, true], [0.1, 0.2])));
    assert.ok(Number.isNaN(balancedAccuracy([false], [false])));
  });

  it('the best threshold separates the classes when a score can', () => {
    const best = bestThreshold([false, false, true, true], [0.1, 0.3, 0.6, 0.9]);
    assert.equal(best.bacc, 1);
    assert.equal(best.threshold, 0.6);
  });
});
