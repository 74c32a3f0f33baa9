// The corpus of a workspace folder: built in the background after activation, in small steps so
// the extension host never stalls, and kept current by a file watcher without a reload.
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CompletionIndex } from '../core/completions.js';
import { createMatcher } from '../core/config/glob.js';
import { loadOrBuildCorpus } from '../core/index/cache.js';
import { Corpus } from '../core/index/corpus.js';
import type { AnalysedDocument } from '../core/index/analyse.js';
import type { SourceDocument } from '../core/model.js';
import { readSource, sourceFormatOf } from '../core/sources/read.js';
import { READS_IN_FLIGHT } from '../core/in-flight.js';
import { SLICE_MS } from '../core/steps.js';
import { listSources, sourceReadProblem } from '../core/workspace.js';
import { AnalysePool } from '../threads/analyse-workers.js';
import type { LocalFolder } from '../threads/local-read.js';
import type { Configuration } from './configuration.js';
import { relativePathOf } from './convert.js';
import { isLocal, statUri } from './disk.js';
import { WAITED_FOR_SLICE_MS } from './draft-checker.js';
import type { IndexCache } from './index-cache.js';
import { clockTime, cpuSinceActivation } from './logged.js';
import { CASE_INSENSITIVE, type VscodeWorkspaceFiles } from './workspace-files.js';

/** A build that takes longer than this also shows a notification. */
const NOTIFY_AFTER_MS = 2000;
/** A build's progress is shown at most this often. */
const PROGRESS_EVERY_MS = 100;
/** File events arriving together (a git checkout, a copy) are applied as one update. */
const WATCH_BATCH_MS = 150;
/**
 * A cold build of at least this many sources (not counting PDFs) reads them on worker threads:
 * starting a thread and compiling the reading code there cost more than a few sources take here.
 */
const THREADS_FROM_SOURCES = 16;
/** Worker threads for a cold build, at most. */
const MAX_THREADS = 2;
/** Sources read and handed to the threads ahead of the one the host merges, at most (a bound on what waits in memory). */
const AHEAD_WITH_THREADS = 64;

/** How a cold build reads its sources (the tests choose; otherwise by the number of sources and cores). */
export interface BuildThreads {
  /** Worker threads to read and analyse sources on; 0 reads them all on the host. */
  threads?: number;
  /** The thread's bundle, instead of the one beside the extension's (a test of a thread that cannot start). */
  workerFile?: string;
}

/** What a source read for a cold build gives: analysed on a thread, or bytes (or a failed read) for the host to read. */
type Fetched = { analysed: AnalysedDocument } | { problem: string } | { bytes: Promise<Uint8Array> };

export class SourceIndex implements vscode.Disposable {
  private current = new Corpus();
  private completionIndex?: { version: number; index: CompletionIndex };
  private generation = 0;
  private building?: Promise<void>;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly draftFileChanged = new vscode.EventEmitter<string>();
  private readonly builtEmitter = new vscode.EventEmitter<void>();
  private readonly readingEmitter = new vscode.EventEmitter<void>();
  private readonly pending = new Set<string>();
  /** Sources the running build could not read. */
  private readonly unreadable: string[] = [];
  private pendingTimer?: ReturnType<typeof setTimeout>;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.draftFileChanged, this.builtEmitter, this.readingEmitter];
  private resolveFirstBuild!: () => void;
  /** Bumped on every change of the corpus: verdict caches key on it. */
  version = 0;
  /** Resolves once the first build has finished: checks wait for it rather than flag everything. */
  readonly firstBuild = new Promise<void>((resolve) => (this.resolveFirstBuild = resolve));
  /** Fires after the corpus changed (built, a source added, changed or removed). */
  readonly onDidChange = this.changed.event;
  /** Fires when a build (the first, or a rebuild) has made a new corpus, ready for checks. */
  readonly onDidBuild = this.builtEmitter.event;
  /** Fires when a build starts reading every source (no saved index to restore): it will take a while. */
  readonly onDidStartReading = this.readingEmitter.event;
  /** Whether a build is reading every source now. */
  isReadingSources = false;
  /** Fires with the workspace-relative path of a draft file created, changed or deleted on disk. */
  readonly onDidChangeDraftFile = this.draftFileChanged.event;

  constructor(
    private readonly folder: vscode.WorkspaceFolder,
    private readonly files: VscodeWorkspaceFiles,
    private readonly configuration: Configuration,
    private readonly log: vscode.LogOutputChannel,
    /** Where the index is kept between sessions; none without workspace storage. */
    private readonly cache?: IndexCache,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.queue(uri)),
      watcher.onDidChange((uri) => this.queue(uri)),
      watcher.onDidDelete((uri) => this.queue(uri)),
    );
  }

  get corpus(): Corpus {
    return this.current;
  }

  /** Whether a build has finished: until then an empty corpus says nothing about the workspace. */
  get hasBuilt(): boolean {
    return this.built;
  }

  private built = false;

  get isBuilding(): boolean {
    return this.building !== undefined;
  }

  /** Completion candidates of the current corpus, built once per version. */
  get completions(): CompletionIndex {
    if (this.completionIndex?.version !== this.version) {
      this.completionIndex = { version: this.version, index: new CompletionIndex(this.current) };
    }
    return this.completionIndex.index;
  }

  /**
   * Resolves when background work may go on (see IndexCache.giveWay): the entities of an index
   * restored from storage are resolved between checks, not during them.
   */
  giveWay: () => Promise<void> = () => Promise.resolve();

  /** Whether a check waits for the build: it then works in longer slices (WAITED_FOR_SLICE_MS). */
  waitedFor: () => boolean = () => false;

  private sliceMs(): number {
    return this.waitedFor() ? WAITED_FOR_SLICE_MS : SLICE_MS;
  }

  /** How the last build went: sources indexed, how many came from the saved index, and how many were read on worker threads. */
  lastBuild = { sources: 0, reused: 0, fromStorage: false, onThreads: 0, threads: 0 };

  /** The threads of the cold build under way, terminated when it ends, is abandoned, or the extension stops. */
  private pool?: AnalysePool;

  /**
   * Builds the corpus again; a build already running is abandoned. The saved index is used
   * unless `fresh` (the "Rebuild Index" command reads every source).
   */
  rebuild({ fresh = false, threads }: { fresh?: boolean; threads?: BuildThreads } = {}): Promise<void> {
    const generation = ++this.generation;
    this.stopThreads();
    const started = Date.now();
    // Where this build spends its time, for the log: its own list, so a build that another one
    // abandons never writes into the other's.
    const phases: [string, number][] = [];
    /** When the corpus was ready for checks (before it was saved), and the host's CPU time since activation then. */
    const ready = { at: 0, cpu: 0 };
    let report: ((done: number, total: number) => void) | undefined;
    const build = vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Groundwork: indexing sources' },
      async (progress) => {
        let notified: Thenable<void> | undefined;
        let finish!: () => void;
        const finished = new Promise<void>((resolve) => (finish = resolve));
        const timer = setTimeout(() => {
          notified = vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: 'Groundwork: indexing sources' },
            async (notification) => {
              let last = 0;
              report = (done, total) => {
                const percent = total ? (100 * done) / total : 0;
                notification.report({ message: `${done}/${total} files`, increment: percent - last });
                last = percent;
              };
              await finished;
            },
          );
        }, NOTIFY_AFTER_MS);
        try {
          // Each report is a message to the workbench (compressed on its way, in code-server): a
          // few a second, not one per source.
          let reportedAt = 0;
          await this.buildCorpus(generation, fresh, (done, total) => {
            const now = Date.now();
            if (done > 0 && done < total && now - reportedAt < PROGRESS_EVERY_MS) return;
            reportedAt = now;
            progress.report({ message: `${done}/${total}` });
            report?.(done, total);
          }, phases, ready, threads);
        } finally {
          clearTimeout(timer);
          finish();
          await notified;
        }
      },
    );
    const run = Promise.resolve(build).then(
      () => {
        if (generation === this.generation) {
          const parts = phases.map(([name, ms]) => `${name} ${ms} ms`).join(', ');
          const threads = this.lastBuild.threads ? `; ${this.lastBuild.onThreads} read on ${this.lastBuild.threads} threads` : '';
          this.log.info(`Indexed ${this.current.documents.length} sources in ${Date.now() - started} ms (${parts}${threads}), ready for checks at ${clockTime(ready.at)} (host CPU since activation ${ready.cpu} ms)`);
        }
      },
      (error: unknown) => this.log.error(`Indexing the sources failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
    ).finally(() => {
      if (generation !== this.generation) return;
      this.building = undefined;
      this.resolveFirstBuild();
    });
    this.building = run;
    return run;
  }

  private async buildCorpus(generation: number, fresh: boolean, onProgress: (done: number, total: number) => void, phases: [string, number][], ready: { at: number; cpu: number }, threads?: BuildThreads): Promise<void> {
    this.unreadable.length = 0;
    this.isReadingSources = false;
    /** Records a phase that began at `since`; returns now, when the next one begins. */
    const phase = (name: string, since: number): number => {
      const now = Date.now();
      phases.push([name, now - since]);
      return now;
    };
    let mark = Date.now();
    const config = this.configuration.config;
    // The saved index is read while the folder is listed: both wait on the disk, not on each other.
    const reading = fresh ? undefined : this.cache?.read();
    const paths = (await listSources(this.files, config)).filter((p) => sourceFormatOf(p));
    mark = phase('listing', mark);
    const cached = await reading;
    mark = phase('saved index', mark);
    let reused = 0;
    let onThreads = 0;
    let threadCount = 0;
    let corpus: Corpus;
    if (this.cache && cached) {
      // A warm start: only sources new or changed since the saved index are read.
      const loaded = await loadOrBuildCorpus(
        await this.cache.stamps(paths),
        (path) => this.readDocument(path),
        { aliases: config.aliases },
        { read: async () => cached, write: (bytes) => this.cache!.io.write(bytes) },
        (error) => this.log.warn(`Could not save the index: ${error instanceof Error ? error.message : String(error)}`),
        { pause: yieldToHost, sliceMs: this.sliceMs() },
      );
      corpus = loaded.corpus;
      reused = loaded.reused;
      onProgress(paths.length, paths.length);
      this.log.info(`Index from storage: ${loaded.reused} sources reused, ${loaded.indexed} read${loaded.rejected ? ` (saved index ${loaded.rejected})` : ''}`);
    } else {
      // A cold start: read and index one source at a time, yielding so the host never stalls.
      corpus = new Corpus({ aliases: config.aliases });
      this.isReadingSources = true;
      this.readingEmitter.fire();
      const pool = this.startThreads(paths, threads);
      threadCount = pool?.threads ?? 0;
      try {
        const read = await this.readEvery(paths, corpus, generation, onProgress, pool);
        if (read === undefined) return;
        onThreads = read;
      } finally {
        if (pool) this.stopThreads(pool);
      }
    }
    if (generation !== this.generation) return;
    this.isReadingSources = false;
    mark = phase(cached ? 'restoring' : 'reading', mark);
    this.notifyUnreadable();
    // Entities are resolved in slices between which the host runs, off the first keystroke. A
    // corpus restored unchanged answers from the entities saved with it meanwhile, so it is
    // ready at once and resolves its names in the background, for the first change to be quick.
    const cancelled = (): boolean => generation !== this.generation;
    // In the background (a restored index), checks go first; a build that checks wait for never waits on them.
    const background = corpus.answersFromSavedEntities;
    const pause = background ? () => yieldToHost().then(() => this.giveWay()) : yieldToHost;
    const settling = corpus.settleEntitiesInSlices(pause, { sliceMs: background ? SLICE_MS : this.sliceMs(), cancelled });
    if (background) {
      void settling.catch((error: unknown) => this.log.error(`Resolving entities failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    } else if (!(await settling)) {
      return;
    }
    mark = phase('entities', mark);
    this.current = corpus;
    this.lastBuild = { sources: corpus.documents.length, reused, fromStorage: cached !== undefined, onThreads, threads: threadCount };
    this.version++;
    this.built = true;
    this.changed.fire();
    this.builtEmitter.fire();
    // Drafts wait for the first build, not for it to be saved: a check needs the corpus only.
    this.resolveFirstBuild();
    ready.at = Date.now();
    ready.cpu = cpuSinceActivation();
    // Saved before the build counts as done, so the next start (or rebuild) can use it.
    if (!cached) {
      await this.cache?.save(corpus);
      phase('saving', mark);
    }
  }

  /**
   * Reads every source into the corpus, in path order whatever order the reads finish in, so the
   * corpus is the one a single thread builds. With `pool`, its threads read and analyse the
   * sources (see `handOut`) and the host merges their analyses; PDFs, and every source once a
   * thread has failed, are read here. The host yields between slices of work. Returns how many
   * sources the threads read, or undefined when the build was abandoned.
   */
  private async readEvery(paths: string[], corpus: Corpus, generation: number, onProgress: (done: number, total: number) => void, pool?: AnalysePool): Promise<number | undefined> {
    let sliceStart = Date.now();
    let sliceMs = this.sliceMs();
    let onThreads = 0;
    onProgress(0, paths.length);
    const fetched = pool ? this.handOut(paths, pool, generation) : this.readAhead(paths);
    try {
      for (const [i, path] of paths.entries()) {
        if (generation !== this.generation) return undefined;
        const source = await fetched.take(i);
        if (generation !== this.generation) return undefined;
        if ('analysed' in source) {
          this.addAnalysed(corpus, path, source.analysed);
          onThreads++;
        } else if ('problem' in source) {
          this.log.warn(source.problem);
          this.unreadable.push(path);
        } else {
          await this.addSource(corpus, path, source.bytes);
        }
        onProgress(i + 1, paths.length);
        if (Date.now() - sliceStart > sliceMs) {
          await yieldToHost();
          sliceStart = Date.now();
          sliceMs = this.sliceMs();
        }
      }
    } finally {
      fetched.stop();
    }
    return onThreads;
  }

  /**
   * The sources' bytes for the host to read, in turn: the files are asked for a few ahead of the
   * one being indexed, since each read is a round trip to the file system, which answers while
   * the host indexes.
   */
  private readAhead(paths: string[]): { take: (i: number) => Promise<Fetched>; stop: () => void } {
    const ahead = new Map<number, Promise<Uint8Array>>();
    const askFor = (i: number): void => {
      if (i < paths.length && !ahead.has(i)) ahead.set(i, this.readLater(paths[i]!));
    };
    return {
      take: (i) => {
        for (let k = i; k < i + READS_IN_FLIGHT; k++) askFor(k);
        const bytes = ahead.get(i)!;
        ahead.delete(i);
        return Promise.resolve({ bytes });
      },
      stop: () => undefined,
    };
  }

  /**
   * The sources handed to the threads, whatever the host is doing meanwhile (a slow merge never
   * leaves the threads without work), at most AHEAD_WITH_THREADS ahead of the one the host takes.
   * A folder on the host's own disk is read by the threads themselves: the host sends paths. A
   * remote or virtual one is read here, through VS Code, a few reads in flight, and the bytes are
   * handed over. A source the threads leave (a PDF; every source once a thread has failed) comes
   * back as its bytes for the host to read, from the file again when a failed thread had taken them.
   */
  private handOut(paths: string[], pool: AnalysePool, generation: number): { take: (i: number) => Promise<Fetched>; stop: () => void } {
    const slots: Promise<Fetched>[] = new Array(paths.length);
    const filled: ((fetched: Promise<Fetched>) => void)[] = new Array(paths.length);
    for (let i = 0; i < paths.length; i++) slots[i] = new Promise((resolve) => (filled[i] = resolve));
    let next = 0;
    let taken = 0;
    let stopped = false;
    const waiting: (() => void)[] = [];
    const local: LocalFolder | undefined = isLocal(this.folder.uri) ? { root: this.folder.uri.fsPath, followLinks: vscode.workspace.isTrusted, ignoreCase: CASE_INSENSITIVE } : undefined;
    const settled = (path: string, analysing: Promise<AnalysedDocument | { problem: string }>): Promise<Fetched> => analysing.then(
      (analysed): Fetched => ('problem' in analysed ? analysed : { analysed }),
      // A failed thread: the host reads the file (unless the build was abandoned, which stopped the threads).
      (): Fetched => (generation === this.generation ? { bytes: this.readLater(path) } : { problem: `${path}: not read, the build was abandoned` }),
    );
    const reader = async (): Promise<void> => {
      while (!stopped && generation === this.generation && next < paths.length) {
        if (next - taken >= AHEAD_WITH_THREADS) {
          await new Promise<void>((resolve) => waiting.push(resolve));
          continue;
        }
        const i = next++;
        const path = paths[i]!;
        const reading = local && pool.analyseFile(path, local);
        if (reading) {
          filled[i]!(settled(path, reading));
          continue;
        }
        const bytes = this.readLater(path);
        let read: Uint8Array;
        try {
          read = await bytes;
        } catch {
          filled[i]!(Promise.resolve({ bytes })); // the failed read is reported when its turn comes
          continue;
        }
        const analysing = stopped ? undefined : pool.analyse(path, read);
        filled[i]!(analysing ? settled(path, analysing) : Promise.resolve({ bytes }));
      }
    };
    for (let k = 0; k < READS_IN_FLIGHT; k++) void reader();
    return {
      take: (i) => {
        taken = i + 1;
        for (const wake of waiting.splice(0)) wake();
        return slots[i]!;
      },
      stop: () => {
        stopped = true;
        for (const wake of waiting.splice(0)) wake();
      },
    };
  }

  /**
   * Worker threads for a cold build of `paths`, when it is worth them and they can start; the
   * host reads the sources otherwise. A thread that fails later leaves its sources to the host.
   */
  private startThreads(paths: string[], chosen: BuildThreads | undefined): AnalysePool | undefined {
    let threads = chosen?.threads;
    if (threads === undefined) {
      if (paths.filter((path) => sourceFormatOf(path) !== 'pdf').length < THREADS_FROM_SOURCES) return undefined;
      // Threads only with cores to spare: on a busy machine they take their time from the host
      // (Linux shares the processor between sessions, whatever their threads), pay for their own
      // start and compile the reading code once more each. Measured on two cores at load 6-8, a
      // cold build of 102 sources on threads took 2.0-2.1 s to read and resolve the names where
      // the host alone took 1.4 s.
      const cores = availableParallelism();
      const load = loadavg()[0]!;
      threads = Math.min(MAX_THREADS, Math.floor(cores - load));
      if (threads < 1) {
        this.log.info(`Reading the sources on the extension host: no core to spare for threads (load ${load.toFixed(1)} on ${cores} cores)`);
        return undefined;
      }
    }
    if (threads < 1) return undefined;
    try {
      this.pool = new AnalysePool(chosen?.workerFile ?? join(__dirname, 'analyse-worker.cjs'), threads);
      return this.pool;
    } catch (error) {
      this.log.warn(`Could not start threads to read the sources, reading them here: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Terminates the threads of a cold build (`pool`, or whichever is running). */
  private stopThreads(pool = this.pool): void {
    if (!pool) return;
    if (this.pool === pool) this.pool = undefined;
    void pool.close().catch(() => undefined);
  }

  /** A file's bytes, asked for now; a failed read is reported when its turn comes. */
  private readLater(path: string): Promise<Uint8Array> {
    const bytes = this.files.readFile(path);
    bytes.catch(() => undefined);
    return bytes;
  }

  private addAnalysed(corpus: Corpus, path: string, analysed: AnalysedDocument): void {
    for (const warning of analysed.doc.warnings) this.log.warn(warning.includes(path) ? warning : `${path}: ${warning}`);
    const previous = corpus.documentAt(path);
    if (previous) corpus.removeDocument(previous.id);
    corpus.addDocument(analysed.doc, analysed);
  }

  private async readDocument(path: string, bytes?: Promise<Uint8Array>): Promise<SourceDocument | undefined> {
    try {
      const doc = await readSource(path, await (bytes ?? this.files.readFile(path)));
      for (const warning of doc.warnings) this.log.warn(warning.includes(path) ? warning : `${path}: ${warning}`);
      return doc;
    } catch (error) {
      this.log.warn(sourceReadProblem(path, error));
      this.unreadable.push(path);
      return undefined;
    }
  }

  /**
   * One notification per build at most, and only for sources left out: the output channel has
   * the details. File events after the build only log, so a folder of bad files never floods.
   */
  private notifyUnreadable(): void {
    const paths = this.unreadable.splice(0);
    if (paths.length === 0) return;
    const which = paths.length === 1 ? paths[0] : `${paths.length} sources (${paths[0]}, ...)`;
    void vscode.window.showWarningMessage(`Groundwork could not read ${which}; the other sources are indexed.`, 'Show Output').then((choice) => {
      if (choice) this.log.show(true);
    });
  }

  private async addSource(corpus: Corpus, path: string, bytes?: Promise<Uint8Array>): Promise<boolean> {
    const doc = await this.readDocument(path, bytes);
    if (!doc) return false;
    const previous = corpus.documentAt(path);
    if (previous) corpus.removeDocument(previous.id);
    corpus.addDocument(doc);
    return true;
  }

  private queue(uri: vscode.Uri): void {
    const path = relativePathOf(this.folder.uri, uri);
    if (path === undefined) return;
    this.pending.add(path);
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.applyPending(), WATCH_BATCH_MS);
  }

  /** Applies the queued file events: each source path is read again, or removed if it is gone. */
  private async applyPending(): Promise<void> {
    if (this.building) {
      // The running build reads the files as they are now; events after its listing wait for it.
      await this.building;
    }
    const paths = [...this.pending];
    this.pending.clear();
    const config = this.configuration.config;
    const matcher = createMatcher(config);
    let changed = false;
    for (const path of paths) {
      if (matcher.isExcluded(path)) continue;
      const isSource = matcher.isSource(path) && sourceFormatOf(path) !== undefined;
      const exists = await this.exists(path);
      if (isSource && exists) {
        changed = (await this.addSource(this.current, path)) || changed;
      } else if (!exists) {
        // A deleted folder arrives as one event: drop every source under it.
        for (const doc of this.current.documents) {
          if (doc.path === path || doc.path.startsWith(`${path}/`)) changed = this.current.removeDocument(doc.id) || changed;
        }
      }
      if (!isSource && matcher.isDraft(path)) this.draftFileChanged.fire(path);
    }
    this.unreadable.length = 0;
    if (changed) {
      this.log.info(`Sources changed on disk: ${paths.join(', ')}`);
      await this.current.settleEntitiesInSlices(yieldToHost, { sliceMs: SLICE_MS });
      this.version++;
      this.changed.fire();
      this.cache?.scheduleSave(() => this.current);
    }
  }

  private async exists(path: string): Promise<boolean> {
    try {
      return (await statUri(vscode.Uri.joinPath(this.folder.uri, ...path.split('/')))).isFile;
    } catch {
      return false;
    }
  }

  dispose(): void {
    this.generation++;
    this.stopThreads();
    clearTimeout(this.pendingTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
