// `groundwork score` on every core: worker threads score the pairs, the main thread reads,
// hands them out and writes the results in input order. A pair goes to the worker that scored
// the last pair with the same source, so each worker keeps its recent sources indexed (pair
// files list many claims per source).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { rejectWhenLost } from '../threads/thread-loss.js';
import { scoreClaim } from '../core/check.js';
import type { GroundworkConfig } from '../core/config/types.js';
import type { ArticleInfo, VerdictKind } from '../core/model.js';

/** A pair's score; `article` when an archive gave the source. */
export type Scored = { score: number; verdict: VerdictKind; article?: ArticleInfo } | { error: string };

type SourcedPair = { source: string; claim: string };

interface Job {
  seq: number;
  source: string;
  claim: string;
}

type Reply = { seq: number } & Scored;

const ROLE = 'groundwork-score-worker';

/** The bundled CLI file, when this code runs from it: what a worker thread can start. */
export function workerEntry(): string | undefined {
  // From the TypeScript sources (tests under tsx) there is no bundle to start: score inline.
  return typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : undefined;
}

export function isScoreWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** Scores one pair; an exception becomes the pair's error, as in the main thread. */
export function scorePair(pair: SourcedPair, config: Pick<GroundworkConfig, 'threshold'> | undefined): Scored {
  try {
    return scoreClaim(pair.source, pair.claim, config as GroundworkConfig | undefined);
  } catch (error) {
    return { error: `cannot score: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The body of a worker thread: score each job it is sent, in order. */
export function runScoreWorker(): void {
  const { threshold } = workerData as { threshold?: number };
  const config = threshold === undefined ? undefined : { threshold };
  parentPort!.on('message', (job: Job) => {
    parentPort!.postMessage({ seq: job.seq, ...scorePair(job, config) } satisfies Reply);
  });
}

/** Worker threads that score pairs; results come back as promises, one per pair. */
export class ScorePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (s: Scored) => void; reject: (e: Error) => void; worker: number }>();
  // Which worker last took a source: a short memory, like each worker's own.
  private readonly workerOfSource = new Map<string, number>();
  private seq = 0;
  private next = 0;
  private failure: Error | undefined;

  constructor(entry: string, jobs: number, config: Pick<GroundworkConfig, 'threshold'> | undefined) {
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(entry, { workerData: { role: ROLE, threshold: config?.threshold } });
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.seq);
        if (!waiting) return;
        this.pending.delete(reply.seq);
        const { seq: _, ...scored } = reply;
        waiting.resolve(scored);
      });
      rejectWhenLost(worker, i, this.pending, 'a scoring thread', (why) => (this.failure ??= new Error(why)));
      this.workers.push(worker);
    }
  }

  score(pair: SourcedPair): Promise<Scored> {
    if (this.failure) return Promise.reject(this.failure);
    let worker = this.workerOfSource.get(pair.source);
    if (worker === undefined) {
      worker = this.next;
      this.next = (this.next + 1) % this.workers.length;
      if (this.workerOfSource.size >= 64) this.workerOfSource.delete(this.workerOfSource.keys().next().value!);
      this.workerOfSource.set(pair.source, worker);
    }
    const seq = this.seq++;
    const chosen = worker;
    return new Promise<Scored>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: chosen });
      this.workers[chosen]!.postMessage({ seq, source: pair.source, claim: pair.claim } satisfies Job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
