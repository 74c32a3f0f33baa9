// What a pool of worker threads (scoring pairs, reading sources) does when one of its threads
// fails or stops: the requests waiting on that thread are rejected with the pool's first failure.
import type { Worker } from 'node:worker_threads';

/** Requests waiting for replies, each with the index of the thread it went to. */
export type Waiting = Map<number, { worker: number; reject: (e: Error) => void }>;

/**
 * Watches thread `i` of a pool: on an error, or an exit with a non-zero code, `fail` gives the
 * pool's failure (the first one, kept by the pool) and every request waiting on that thread is
 * rejected with it. `what` names the thread in the message ("a scoring thread").
 */
export function rejectWhenLost(worker: Worker, i: number, pending: Waiting, what: string, fail: (why: string) => Error): void {
  const lost = (why: string): void => {
    const failure = fail(why);
    for (const [seq, waiting] of pending) {
      if (waiting.worker !== i) continue;
      pending.delete(seq);
      waiting.reject(failure);
    }
  };
  worker.on('error', (error) => lost(`${what} failed: ${error.message}`));
  worker.on('exit', (code) => {
    if (code !== 0) lost(`${what} stopped (exit code ${code})`);
  });
}
