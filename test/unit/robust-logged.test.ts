// A provider that throws is logged and answers nothing; the others keep answering.
import assert from 'node:assert/strict';
import { logged } from '../../src/extension/logged.js';

describe('robustness: a failing editor feature', () => {
  it('is logged with what failed and its stack, answers nothing, and leaves the others working', async () => {
    const lines: string[] = [];
    const log = { error: (message: string) => lines.push(message) };
    const failingHover = () => {
      throw new TypeError('Cannot read properties of undefined (reading \'span\')');
    };
    const completion = async () => ['Guo Jiakun'];
    assert.equal(await logged(log, 'Hover', failingHover), undefined);
    assert.deepEqual(await logged(log, 'Completion', completion), ['Guo Jiakun']);
    assert.equal(await logged(log, 'Quick fixes', () => Promise.reject(new Error('boom'))), undefined);
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^Hover failed: TypeError: Cannot read properties of undefined \(reading 'span'\)\n\s+at /);
    assert.match(lines[1]!, /^Quick fixes failed: Error: boom/);
  });

  it('does not log a cancelled request as a failure', async () => {
    const lines: string[] = [];
    const cancelled = Object.assign(new Error('Canceled'), { name: 'Canceled' });
    assert.equal(await logged({ error: (m) => lines.push(m) }, 'Hover', () => Promise.reject(cancelled)), undefined);
    assert.deepEqual(lines, []);
  });
});
