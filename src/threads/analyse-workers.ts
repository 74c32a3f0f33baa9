// A cold `groundwork check` or `index` on every core, and the extension's cold build: worker
// threads read each source's bytes into a document and analyse it (passages, terms, names,
// quotations: core/index/analyse.ts); the main thread reads the files, hands the bytes out (or,
// for a folder on the extension host's own disk, only the paths: the threads read them, see
// local-read.ts) and merges the analyses into the corpus in path order, so the index is the one a
// single thread builds. PDFs stay on the main thread (pdf.js keeps state of its own), and so does
// everything when no bundle can be started as a thread.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { rejectWhenLost } from './thread-loss.js';
import { Analyser, TermTable, type AnalysedDocument, type DocumentAnalysis } from '../core/index/analyse.js';
import type { SourceDocument } from '../core/model.js';
import { readSource, sourceFormatOf } from '../core/sources/read.js';
import { sourceReadProblem, type SourceAnalyser } from '../core/workspace.js';
import { readLocalSource, type LocalFolder } from './local-read.js';

const ROLE = 'groundwork-analyse-worker';

/** A source to read: its bytes, or the local folder to read it from. */
type Job = { seq: number; path: string } & ({ bytes: Uint8Array } | { folder: LocalFolder });

type Reply = { seq: number } & ({ doc: SourceDocument; analysis: DocumentAnalysis } | { problem: string });

export function isAnalyseWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** The body of a worker thread: read and analyse each source it is sent, in order. */
export function runAnalyseWorker(): void {
  const analyser = new Analyser();
  const linkedFolders = new Map<string, boolean>();
  // One job at a time, in the order sent, so that the replies come back in the order the analyser made them.
  let queue = Promise.resolve();
  parentPort!.on('message', (job: Job) => {
    queue = queue.then(async () => {
      let reply: Reply;
      try {
        const bytes = 'bytes' in job ? job.bytes : await readLocalSource(job.folder, job.path, linkedFolders);
        const doc = await readSource(job.path, bytes);
        reply = { seq: job.seq, doc, analysis: analyser.analyse(doc) };
      } catch (error) {
        reply = { seq: job.seq, problem: sourceReadProblem(job.path, error) };
      }
      parentPort!.postMessage(reply);
    });
  });
}

/** Worker threads that read and analyse sources; `analyse` is what `loadSources` takes. */
export class AnalysePool {
  private readonly workers: Worker[] = [];
  private readonly tables: TermTable[] = [];
  private readonly pending = new Map<number, { resolve: (r: AnalysedDocument | { problem: string }) => void; reject: (e: Error) => void; worker: number }>();
  /** Sources sent to each thread and not answered yet. */
  private readonly load: number[] = [];
  private seq = 0;
  private next = 0;
  private failure: Error | undefined;

  /** `execArgv`: the threads' Node options, when not this thread's own (tests running under a loader start plain bundles). */
  constructor(entry: string, threads: number, options: { execArgv?: string[] } = {}) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(entry, { workerData: { role: ROLE }, ...(options.execArgv ? { execArgv: options.execArgv } : {}) });
      const table = new TermTable();
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.seq);
        if (!waiting) return;
        this.pending.delete(reply.seq);
        this.load[i]!--;
        if ('problem' in reply) waiting.resolve({ problem: reply.problem });
        else {
          // Replies of one thread arrive in the order it made them: its terms grow in order.
          table.take(reply.analysis);
          waiting.resolve({ doc: reply.doc, analysis: reply.analysis, terms: table });
        }
      });
      rejectWhenLost(worker, i, this.pending, 'a reading thread', (why) => (this.failure ??= new Error(why)));
      this.workers.push(worker);
      this.tables.push(table);
      this.load.push(0);
    }
  }

  readonly analyse: SourceAnalyser = (path, bytes) => {
    // The bytes are the thread's from here: a copy would cost as much as the reading.
    const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
    return this.send({ path, bytes }, transfer);
  };

  /**
   * Reads and analyses a source of a folder on this machine's disk, the thread reading the file
   * itself (refusing what the host's reader refuses); undefined for a source it leaves to the
   * caller (a PDF, or every source once a thread has failed).
   */
  analyseFile(path: string, folder: LocalFolder): Promise<AnalysedDocument | { problem: string }> | undefined {
    return this.send({ path, folder }, []);
  }

  private send(job: { path: string } & ({ bytes: Uint8Array } | { folder: LocalFolder }), transfer: ArrayBuffer[]): Promise<AnalysedDocument | { problem: string }> | undefined {
    if (this.failure || sourceFormatOf(job.path) === 'pdf') return undefined;
    const seq = this.seq++;
    // The thread with the fewest sources waiting (one that started late, or that the machine gives
    // less time, gets fewer); in turn among equals.
    let chosen = this.next;
    for (let k = 1; k < this.workers.length; k++) {
      const other = (this.next + k) % this.workers.length;
      if (this.load[other]! < this.load[chosen]!) chosen = other;
    }
    this.next = (chosen + 1) % this.workers.length;
    this.load[chosen]!++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: chosen });
      this.workers[chosen]!.postMessage({ seq, ...job } satisfies Job, transfer);
    });
  }

  /** How many threads the pool has. */
  get threads(): number {
    return this.workers.length;
  }

  /** Sources sent to the threads and not answered yet. */
  get waiting(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
