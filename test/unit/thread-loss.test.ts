// A pool's thread that dies takes only its own waiting requests down, with a message that says
// which thread and how; the pool keeps its first failure.
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { rejectWhenLost, type Waiting } from '../../src/threads/thread-loss.js';

describe('a worker thread that stops', () => {
  it('rejects the requests waiting on it, and only those, with the first failure', async () => {
    const pending: Waiting = new Map();
    const rejected: { seq: number; message: string }[] = [];
    for (const [seq, worker] of [[1, 0], [2, 1], [3, 0]] as const) pending.set(seq, { worker, reject: (e) => rejected.push({ seq, message: e.message }) });
    let failure: Error | undefined;
    const worker = new Worker('process.exit(3)', { eval: true });
    const exited = new Promise((resolve) => worker.on('exit', resolve));
    rejectWhenLost(worker, 0, pending, 'a test thread', (why) => (failure ??= new Error(why)));
    await exited;
    assert.deepEqual(rejected, [{ seq: 1, message: 'a test thread stopped (exit code 3)' }, { seq: 3, message: 'a test thread stopped (exit code 3)' }]);
    assert.deepEqual([...pending.keys()], [2]);
    assert.equal(failure?.message, 'a test thread stopped (exit code 3)');
  });

  it('a thread that ends cleanly rejects nothing', async () => {
    const pending: Waiting = new Map([[1, { worker: 0, reject: () => assert.fail('rejected') }]]);
    const worker = new Worker('0', { eval: true });
    const exited = new Promise((resolve) => worker.on('exit', resolve));
    rejectWhenLost(worker, 0, pending, 'a test thread', (why) => new Error(why));
    await exited;
    assert.equal(pending.size, 1);
  });
});
