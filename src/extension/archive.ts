// The archive in the editor: the server `archive:` in groundwork.yaml names, asked for the
// statements the workspace sources do not support. Read only in a trusted workspace (a cloned
// repository's groundwork.yaml must not make the editor connect anywhere). Nothing here blocks
// the extension host: the client is asynchronous, every query can be cancelled, connecting and
// each statement have timeouts, and a server that fails is left alone for a while instead of
// being asked again for every statement. A problem is shown once, in words that never hold the
// password.
import * as vscode from 'vscode';
import { PostgresCandidates } from '../archive/postgres/candidates.js';
import { ArchiveCancelled, ArchiveError, connectArchive, connectionStringOf, type ArchiveConnection, type ArchiveTimeouts } from '../archive/postgres/connection.js';
import type { ArchivedDocument, CandidatePassage, CandidateQuery, CandidateSource, StopSignal } from '../core/candidates/candidate-source.js';
import type { Configuration } from './configuration.js';

/** The scheme of an archived article opened in an editor: `groundwork-archive:/ID`. */
export const ARCHIVE_SCHEME = 'groundwork-archive';

/** Tighter than the CLI's: a writer is waiting. */
export const EDITOR_TIMEOUTS: ArchiveTimeouts = { connect: 5000, statement: 5000 };
/** After a failure the archive is left alone this long; a change of the setting tries at once. */
const RETRY_MS = 30_000;
/** Articles kept for opening from evidence. */
const KEPT_DOCUMENTS = 200;

export type ArchiveState = 'none' | 'untrusted' | 'idle' | 'connecting' | 'ready' | 'failed';

export class EditorArchive implements vscode.Disposable {
  private setting = '';
  private connection?: Promise<ArchiveConnection>;
  private candidates?: CandidateSource;
  private failedAt = 0;
  private lastProblem?: string;
  private readonly shown = new Set<string>();
  private readonly documents = new Map<string, ArchivedDocument>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private untrustedLogged = false;
  private retry?: ReturnType<typeof setTimeout>;
  /** Bumped whenever what the archive would answer may have changed: cached verdicts key on it. */
  version = 0;
  /** Fires when the archive is set, unset, trusted, or starts or stops answering. */
  readonly onDidChange = this.changed.event;
  /** The problems shown to the writer, in order, each once. */
  readonly problems: string[] = [];

  constructor(
    private readonly configuration: Configuration,
    private readonly log: vscode.LogOutputChannel,
    private readonly env: Record<string, string | undefined> = process.env,
    private readonly timeouts: ArchiveTimeouts = EDITOR_TIMEOUTS,
  ) {
    this.disposables.push(
      configuration.onDidChange(() => this.settingChanged()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reset('the workspace is trusted now')),
      vscode.workspace.registerTextDocumentContentProvider(ARCHIVE_SCHEME, { provideTextDocumentContent: (uri, token) => this.provideTextDocumentContent(uri, token) }),
    );
    this.setting = configuration.config.archive.trim();
  }

  /** Where the archive stands, for the status and the tests. */
  get state(): ArchiveState {
    if (this.configuration.config.archive.trim() === '') return 'none';
    if (!vscode.workspace.isTrusted) return 'untrusted';
    if (this.failedAt && Date.now() - this.failedAt < RETRY_MS) return 'failed';
    if (this.candidates) return 'ready';
    return this.connection ? 'connecting' : 'idle';
  }

  /** The last problem, while the archive is failing. */
  get problem(): string | undefined {
    return this.state === 'failed' ? this.lastProblem : undefined;
  }

  /**
   * The archive to ask, connected, or undefined: none is set, the workspace is not trusted, or it
   * failed lately (the writer has been told). Rejects with ArchiveCancelled when `signal` aborts
   * while connecting.
   */
  async source(signal?: StopSignal): Promise<CandidateSource | undefined> {
    const state = this.state;
    if (state === 'none' || state === 'failed') return undefined;
    if (state === 'untrusted') {
      if (!this.untrustedLogged) this.log.info('The archive in groundwork.yaml is not read in an untrusted workspace: trust the workspace to check statements against it.');
      this.untrustedLogged = true;
      return undefined;
    }
    if (this.candidates) return this.candidates;
    if (!this.connection) {
      const setting = this.setting;
      const connecting = (async () => connectArchive(connectionStringOf(setting, this.env), { readOnly: true, timeouts: this.timeouts }))();
      this.connection = connecting;
      connecting.then((connection) => {
        if (this.connection !== connecting) {
          void connection.close();
          return;
        }
        this.candidates = new KeepingCandidates(new PostgresCandidates(connection), this.documents);
        this.log.info(`Archive: connected to ${connection.target}`);
        if (this.failedAt) {
          this.failedAt = 0;
          this.bump();
        }
      }, (error: unknown) => {
        if (this.connection === connecting) this.failed(error);
      });
    }
    const connection = this.connection;
    await abortable(connection.then(() => undefined, () => undefined), signal);
    return this.connection === connection ? this.candidates : undefined;
  }

  /**
   * Called with what a query threw: an ArchiveError is shown (once) and the archive is left alone
   * for a while; a cancellation is nothing; anything else is logged.
   */
  failed(error: unknown): void {
    if (error instanceof ArchiveCancelled) return;
    const message = error instanceof ArchiveError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    this.lastProblem = message;
    this.failedAt = Date.now();
    this.log.warn(`Archive: ${message}`);
    if (!this.shown.has(message)) {
      this.shown.add(message);
      this.problems.push(message);
      void vscode.window.showWarningMessage(`Groundwork: the archive cannot be used: ${message}. Statements are checked against the workspace sources only.`);
    }
    // A connection that failed once is not trusted to work again: the next try starts afresh,
    // when the pause is over (the drafts are checked again then, and ask again).
    this.drop();
    this.bump();
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.bump(), RETRY_MS);
  }

  /** An archived article as text, for evidence opened from a diagnostic, a hover or the evidence view. */
  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const id = archiveIdOf(uri);
    const kept = this.documents.get(id);
    if (kept) return kept.document.text;
    const controller = new AbortController();
    const listener = token.onCancellationRequested(() => controller.abort());
    try {
      const source = await this.source(controller.signal);
      const found = source ? await source.fetchDocuments([id], controller.signal) : [];
      return found[0]?.document.text ?? `The archived article ${id} is not available${this.problem ? `: ${this.problem}` : ''}.`;
    } catch (error) {
      this.failed(error);
      return `The archived article ${id} is not available.`;
    } finally {
      listener.dispose();
    }
  }

  private settingChanged(): void {
    const setting = this.configuration.config.archive.trim();
    if (setting === this.setting) return;
    this.setting = setting;
    this.reset(setting === '' ? 'the archive setting was removed' : 'the archive setting changed');
  }

  private reset(why: string): void {
    this.log.info(`Archive: ${why}`);
    clearTimeout(this.retry);
    this.drop();
    this.failedAt = 0;
    this.shown.clear();
    this.bump();
  }

  private drop(): void {
    const connection = this.connection;
    this.connection = undefined;
    this.candidates = undefined;
    void connection?.then((c) => c.close(), () => undefined);
  }

  private bump(): void {
    this.version++;
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.retry);
    this.drop();
    for (const d of this.disposables) d.dispose();
  }
}

/** The archive's candidates, keeping the articles fetched so that evidence opens without asking again. */
class KeepingCandidates implements CandidateSource {
  readonly label: string;

  constructor(private readonly inner: CandidateSource, private readonly kept: Map<string, ArchivedDocument>) {
    this.label = inner.label;
  }

  findPassages(query: CandidateQuery, limit: number, signal?: StopSignal): Promise<CandidatePassage[]> {
    return this.inner.findPassages(query, limit, signal);
  }

  async fetchDocuments(ids: readonly string[], signal?: StopSignal): Promise<ArchivedDocument[]> {
    const found = await this.inner.fetchDocuments(ids, signal);
    for (const a of found) {
      this.kept.delete(a.document.id);
      this.kept.set(a.document.id, a);
      if (this.kept.size > KEPT_DOCUMENTS) this.kept.delete(this.kept.keys().next().value!);
    }
    return found;
  }
}

/** Resolves when `promise` does, or rejects with ArchiveCancelled as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal?: StopSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new ArchiveCancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new ArchiveCancelled());
    signal.addEventListener('abort', onAbort);
    promise.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}

/** The URI an archived article opens at. */
export function archiveUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: ARCHIVE_SCHEME, path: `/${id}` });
}

function archiveIdOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '');
}
