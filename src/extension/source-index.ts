// The corpus of a workspace folder: built in the background after activation, in small steps so
// the extension host never stalls, and kept current by a file watcher without a reload.
import * as vscode from 'vscode';
import { CompletionIndex } from '../core/completions.js';
import { createMatcher } from '../core/config/glob.js';
import { loadOrBuildCorpus } from '../core/index/cache.js';
import { Corpus } from '../core/index/corpus.js';
import type { SourceDocument } from '../core/model.js';
import { readSource, sourceFormatOf } from '../core/sources/read.js';
import { READS_IN_FLIGHT } from '../core/in-flight.js';
import { SLICE_MS } from '../core/steps.js';
import { listSources, sourceReadProblem } from '../core/workspace.js';
import type { Configuration } from './configuration.js';
import { relativePathOf } from './convert.js';
import { statUri } from './disk.js';
import { WAITED_FOR_SLICE_MS } from './draft-checker.js';
import type { IndexCache } from './index-cache.js';
import { clockTime } from './logged.js';
import type { VscodeWorkspaceFiles } from './workspace-files.js';

/** A build that takes longer than this also shows a notification. */
const NOTIFY_AFTER_MS = 2000;
/** File events arriving together (a git checkout, a copy) are applied as one update. */
const WATCH_BATCH_MS = 150;

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

  /** How the last build went: sources indexed, and how many came from the saved index. */
  lastBuild = { sources: 0, reused: 0, fromStorage: false };

  /**
   * Builds the corpus again; a build already running is abandoned. The saved index is used
   * unless `fresh` (the "Rebuild Index" command reads every source).
   */
  rebuild({ fresh = false }: { fresh?: boolean } = {}): Promise<void> {
    const generation = ++this.generation;
    const started = Date.now();
    // Where this build spends its time, for the log: its own list, so a build that another one
    // abandons never writes into the other's.
    const phases: [string, number][] = [];
    /** When the corpus was ready for checks (before it was saved). */
    const ready = { at: 0 };
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
          await this.buildCorpus(generation, fresh, (done, total) => {
            progress.report({ message: `${done}/${total}` });
            report?.(done, total);
          }, phases, ready);
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
          this.log.info(`Indexed ${this.current.documents.length} sources in ${Date.now() - started} ms (${parts}), ready for checks at ${clockTime(ready.at)}`);
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

  private async buildCorpus(generation: number, fresh: boolean, onProgress: (done: number, total: number) => void, phases: [string, number][], ready: { at: number }): Promise<void> {
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
      let sliceStart = Date.now();
      let sliceMs = this.sliceMs();
      onProgress(0, paths.length);
      // The files are asked for a few ahead of the one being indexed: each read is a round trip to
      // the workbench's file system, which answers while the host indexes.
      const ahead = new Map<number, Promise<Uint8Array>>();
      const askFor = (i: number): void => {
        if (i >= paths.length || ahead.has(i)) return;
        const bytes = this.files.readFile(paths[i]!);
        bytes.catch(() => undefined); // a failed read is reported when its turn comes
        ahead.set(i, bytes);
      };
      for (const [i, path] of paths.entries()) {
        if (generation !== this.generation) return;
        for (let k = i; k < i + READS_IN_FLIGHT; k++) askFor(k);
        const bytes = ahead.get(i)!;
        ahead.delete(i);
        await this.addSource(corpus, path, bytes);
        onProgress(i + 1, paths.length);
        if (Date.now() - sliceStart > sliceMs) {
          await yieldToHost();
          sliceStart = Date.now();
          sliceMs = this.sliceMs();
        }
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
    this.lastBuild = { sources: corpus.documents.length, reused, fromStorage: cached !== undefined };
    this.version++;
    this.built = true;
    this.changed.fire();
    this.builtEmitter.fire();
    // Drafts wait for the first build, not for it to be saved: a check needs the corpus only.
    this.resolveFirstBuild();
    ready.at = Date.now();
    // Saved before the build counts as done, so the next start (or rebuild) can use it.
    if (!cached) {
      await this.cache?.save(corpus);
      phase('saving', mark);
    }
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
    clearTimeout(this.pendingTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
