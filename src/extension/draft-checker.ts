// Diagnostics for drafts: checks open drafts as the writer types (debounced, only statements
// whose text changed are judged again) and, on request, every draft of the workspace.
import * as vscode from 'vscode';
import { ArchiveCancelled } from '../archive/postgres/connection.js';
import { archivedResult, needsArchive } from '../core/candidates/archive-check.js';
import { articleLabel } from '../core/candidates/article-label.js';
import type { CandidateSource } from '../core/candidates/candidate-source.js';
import { checkStatement } from '../core/check.js';
import { docsAnchor } from '../core/findings/index.js';
import { citedTerms, evidenceRows, excerpt, rowLabel } from '../core/explain.js';
import { parseDraft } from '../core/draft/parse.js';
import type { Draft, DraftReport, Span, Statement, StatementResult } from '../core/model.js';
import { SLICE_MS } from '../core/steps.js';
import { LineIndex } from '../core/text/lines.js';
import { listDrafts } from '../core/workspace.js';
import type { EditorArchive } from './archive.js';
import type { Configuration } from './configuration.js';
import { evidenceLocation, relativePathOf, toRange, toSeverity, uriOf } from './convert.js';
import { clockTime, cpuSinceActivation } from './logged.js';
import { CHECK_DELAY_DEFAULT } from './settings-schema.js';
import type { SourceIndex } from './source-index.js';
import type { VscodeWorkspaceFiles } from './workspace-files.js';

/** A draft as it was checked: the text, its parse and the verdicts. */
export interface DraftCheck {
  uri: vscode.Uri;
  /** Workspace-relative path. */
  path: string;
  /** The editor's document version, or -1 for a file checked from disk. */
  documentVersion: number;
  text: string;
  draft: Draft;
  report: DraftReport;
}

/** How long after publishing diagnostics background work waits (see `settled`). */
const QUIET_AFTER_PUBLISH_MS = 1000;
/**
 * How long after activation background work waits for a first draft to be checked (see
 * `settled`): the workbench opens the drafts of the last session, or the writer the first one,
 * a moment after start-up, and a save begun just before had the first check share the host with it.
 */
const QUIET_AT_START_MS = 3000;

/**
 * Work a writer is waiting for (the first check of a draft just opened, the first build while a
 * check waits for it) runs in longer slices than SLICE_MS: at start-up the other extensions' work
 * runs between any two slices, and with the shorter ones it took half of the host while the
 * first squiggles waited. Still short enough that a hover or completion is never kept long.
 */
export const WAITED_FOR_SLICE_MS = 40;

/** During a draft's first check, its findings so far are shown again at most this often (each showing costs the workbench). */
const PARTIAL_EVERY_MS = 300;

/** Statement verdicts kept across edits; an edit seldom touches more than a few statements. */
const MAX_CACHED = 5000;

export class DraftChecker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('groundwork');
  private readonly checks = new Map<string, DraftCheck>();
  /** Drafts "Check All Drafts" published: their diagnostics stay when their editor closes. */
  private readonly workspaceChecked = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Editor documents whose tab the writer closed: a check of them finishing late publishes nothing. */
  private readonly closed = new Set<string>();
  private readonly running = new Map<string, { source: vscode.CancellationTokenSource; text: string; promise: Promise<DraftCheck | undefined> }>();
  private readonly checked = new vscode.EventEmitter<DraftCheck>();
  private cache = new Map<string, StatementResult>();
  private cacheKey = '';
  private lastParse?: { text: string; path: string; draft: Draft };
  private readonly disposables: vscode.Disposable[] = [this.collection, this.checked];
  /** Fires after a draft was checked and its diagnostics published. */
  readonly onDidCheck = this.checked.event;

  private readonly firstChecked = new Set<string>();
  /** The last check: of how many statements, and how many verdicts it found kept (for tests). */
  lastReused?: { path: string; statements: number; reused: number };
  /** Drafts whose every statement was checked before they were opened (see `checkAhead`), in order. */
  readonly checkedAhead: string[] = [];
  /** Checks waiting for the first build. */
  private waitingForIndex = 0;
  /** When diagnostics were last published (ms since the epoch). */
  private publishedAt = 0;
  private readonly createdAt = Date.now();

  constructor(
    private readonly folder: vscode.WorkspaceFolder,
    private readonly files: VscodeWorkspaceFiles,
    private readonly configuration: Configuration,
    private readonly index: SourceIndex,
    private readonly docsUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    /** Asked for the statements the workspace sources do not support, when one is set and trusted. */
    private readonly archive?: EditorArchive,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => {
        this.closed.delete(document.uri.toString());
        this.schedule(document, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) {
          // An edit makes any check in flight stale: stop it rather than publish it.
          this.running.get(event.document.uri.toString())?.source.cancel();
          this.schedule(event.document);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      // VS Code keeps a document alive for a while after its last tab closes; the writer sees
      // the tab close, so the tab decides.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tabUri(tab);
          if (uri && !isShownInTab(uri)) this.forget(uri);
        }
        for (const tab of event.opened) {
          const uri = tabUri(tab);
          if (uri) this.closed.delete(uri.toString());
          const document = uri && this.openDocument(uri);
          if (document && !this.current(document)) this.schedule(document, 0);
        }
      }),
      index.onDidChange(() => this.recheckAll()),
      configuration.onDidChange(() => this.recheckAll()),
      ...(archive ? [archive.onDidChange(() => this.recheckAll())] : []),
      index.onDidChangeDraftFile((path) => {
        const uri = uriOf(folder.uri, path);
        // A document without a tab may linger after its file is deleted: the disk decides.
        if (this.workspaceChecked.has(uri.toString()) && !isShownInTab(uri)) void this.checkFile(path);
      }),
    );
  }

  /**
   * Why Groundwork does not act in this folder, or undefined when it does: it is turned off by
   * `groundwork.enable`, or not set up (no source file where `sources` points: checking would
   * flag every statement as unsupported).
   */
  get idle(): 'disabled' | 'not-set-up' | undefined {
    if (!this.configuration.enabled) return 'disabled';
    // An archive the editor may read is a source: a workspace whose only sources are archived is set up.
    const archived = this.archive !== undefined && this.archive.state !== 'none' && this.archive.state !== 'untrusted';
    if (this.index.corpus.documents.length === 0 && this.index.hasBuilt && !archived) return 'not-set-up';
    return undefined;
  }

  /**
   * Whether a check waits for the first build (which then works in longer slices): one asked for,
   * or a draft shown in an editor (opened before activation, it is checked once the build is done).
   */
  get waitsForIndex(): boolean {
    if (this.waitingForIndex > 0) return true;
    return !this.index.hasBuilt && vscode.window.visibleTextEditors.some((editor) => this.isDraft(editor.document));
  }

  /** Whether a check is running or waiting for its typing pause. */
  get busy(): boolean {
    return this.timers.size > 0 || this.running.size > 0;
  }

  /** Whether a check is judging statements now (not waiting for its typing pause or for the first build). */
  get judging(): boolean {
    return this.running.size > this.waitingForIndex;
  }

  /** Whether a draft has had its first check done. */
  get hasChecked(): boolean {
    return this.firstChecked.size > 0;
  }

  /** Whether a check has been asked for (waiting for its typing pause, running or done). */
  get hasStarted(): boolean {
    return this.timers.size > 0 || this.running.size > 0 || this.firstChecked.size > 0;
  }

  /** Whether a document is a draft of this workspace per the configuration. */
  isDraft(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown' || this.idle) return false;
    const path = relativePathOf(this.folder.uri, document.uri);
    return path !== undefined && this.configuration.matcher.isDraft(path);
  }

  /** The last check of a document, if it is still current (same text version). */
  current(document: vscode.TextDocument): DraftCheck | undefined {
    const check = this.checks.get(document.uri.toString());
    return check && check.documentVersion === document.version ? check : undefined;
  }

  /** A check of the document as it is now: the last one if still current, else a fresh one. */
  async ensureCurrent(document: vscode.TextDocument): Promise<DraftCheck | undefined> {
    // A check can be cancelled by an edit arriving meanwhile; then the text has moved on: try again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const check = this.current(document) ?? await this.checkDocument(document);
      if (check && check.documentVersion === document.version) return check;
      if (document.isClosed) break;
    }
    return undefined;
  }

  /** The last check of every draft checked and not forgotten since (open, or checked by "Check All Drafts"). */
  allChecks(): DraftCheck[] {
    return [...this.checks.values()];
  }

  /** The statement result at an offset of a document, from a current check. */
  resultAt(document: vscode.TextDocument, offset: number): StatementResult | undefined {
    return this.current(document)?.report.results.find((r) => r.statement.span.start <= offset && offset <= r.statement.span.end);
  }

  /**
   * Resolves once no check is running or waiting for its typing pause, and diagnostics published
   * last have had QUIET_AFTER_PUBLISH_MS to be drawn (before any were, QUIET_AT_START_MS from
   * activation): work that can wait (saving the index) waits for this, so that it shares the
   * machine neither with a check nor with the workbench drawing its squiggles.
   */
  async settled(): Promise<void> {
    for (;;) {
      const quietFrom = this.publishedAt > 0 ? this.publishedAt + QUIET_AFTER_PUBLISH_MS : this.createdAt + QUIET_AT_START_MS;
      const quietIn = quietFrom - Date.now();
      const running = [...this.running.values()].map((r) => r.promise);
      if (running.length === 0 && this.timers.size === 0 && quietIn <= 0) return;
      // A check scheduled but not started has no promise yet, and the quiet time is on the clock:
      // look again after a while (never at once, which would keep the host from starting the check).
      const later = new Promise((resolve) => setTimeout(resolve, Math.max(50, quietIn)));
      await (running.length > 0 ? Promise.race([Promise.allSettled(running), later]) : later);
    }
  }

  /** Checks an open document after the typing pause (or at once with delay 0). */
  schedule(document: vscode.TextDocument, delay = this.delay()): void {
    if (!this.isDraft(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.checkDocument(document);
    }, delay));
  }

  /** Checks an open document now; resolves with the check, or undefined if it was cancelled or is not a draft. */
  async checkDocument(document: vscode.TextDocument): Promise<DraftCheck | undefined> {
    if (!this.isDraft(document) || document.isClosed) return undefined;
    const path = relativePathOf(this.folder.uri, document.uri)!;
    return this.run(document.uri, path, document.getText(), document.version);
  }

  /**
   * Checks every draft of the workspace, open or not, so the Problems panel lists them all.
   * Returns the number of drafts checked.
   */
  async checkWorkspace(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<number> {
    await this.index.firstBuild;
    const paths = await listDrafts(this.files, this.configuration.config);
    let done = 0;
    for (const path of paths) {
      if (token?.isCancellationRequested) break;
      progress?.report({ message: path, increment: 100 / Math.max(1, paths.length) });
      const uri = uriOf(this.folder.uri, path);
      this.workspaceChecked.add(uri.toString());
      const open = this.openDocument(uri);
      if (open) await this.checkDocument(open);
      else await this.checkFile(path);
      done++;
    }
    return done;
  }

  private async checkFile(path: string): Promise<DraftCheck | undefined> {
    const uri = uriOf(this.folder.uri, path);
    let text: string;
    try {
      text = new TextDecoder().decode(await this.files.readFile(path));
    } catch {
      // Deleted or unreadable: its findings would point at nothing.
      this.workspaceChecked.delete(uri.toString());
      this.checks.delete(uri.toString());
      this.collection.delete(uri);
      return undefined;
    }
    return this.run(uri, path, text, -1);
  }

  private run(uri: vscode.Uri, path: string, text: string, documentVersion: number): Promise<DraftCheck | undefined> {
    const key = uri.toString();
    const inFlight = this.running.get(key);
    // A hover or quick fix asking for the check already under way of the same text joins it.
    if (inFlight && inFlight.text === text && !inFlight.source.token.isCancellationRequested) return inFlight.promise;
    inFlight?.source.cancel();
    const source = new vscode.CancellationTokenSource();
    const promise = (async () => {
      try {
        const asked = Date.now();
        this.waitingForIndex++;
        try {
          await this.index.firstBuild;
        } finally {
          this.waitingForIndex--;
        }
        if (source.token.isCancellationRequested || this.idle) return undefined;
        const started = Date.now();
        const cpu = process.cpuUsage();
        // A draft's first check shows its findings as they are found, top first: the writer sees
        // the first squiggles before the last statement is judged. Each statement's verdict is
        // final when shown; the complete list replaces them at the end.
        const first = !this.firstChecked.has(key) && documentVersion >= 0;
        let shownAt = 0;
        let shownFindings = 0;
        // The first finding is shown as soon as it is found; more at the end of a slice of work, PARTIAL_EVERY_MS apart.
        const partial = first ? (draft: Draft, results: StatementResult[], sliceDone: boolean): boolean => {
          const findings = results.reduce((n, r) => n + (r.finding ? 1 : 0), 0);
          if (findings === shownFindings || source.token.isCancellationRequested || this.closed.has(key)) return false;
          if (shownAt > 0 && (!sliceDone || Date.now() - shownAt < PARTIAL_EVERY_MS)) return false;
          if (shownAt === 0) this.log.info(`First findings of ${path} shown at ${clockTime(Date.now())}: ${findings} of the first ${results.length} statements (host CPU since activation ${cpuSinceActivation()} ms)`);
          shownAt = Date.now();
          shownFindings = findings;
          this.collection.set(uri, [...results.flatMap((r) => (r.finding ? [this.diagnosticOf(r)] : [])), ...this.noteDiagnostics({ text, draft })]);
          return true;
        } : undefined;
        const report = await this.checkText(text, path, source.token, this.firstChecked.has(key) ? SLICE_MS : WAITED_FOR_SLICE_MS, partial);
        if (!report || source.token.isCancellationRequested) return undefined;
        const check: DraftCheck = { uri, path, documentVersion, text, draft: report.draft, report: report.report };
        this.lastReused = { path, statements: report.report.results.length, reused: report.reused };
        if (documentVersion < 0 || !this.closed.has(key)) {
          this.publish(check);
          if (!this.firstChecked.has(key)) {
            // How long a writer waited for the first squiggles of a draft, and where the time went.
            this.firstChecked.add(key);
            const now = Date.now();
            // The host's CPU time beside the clock's: on a busy machine the clock counts the waits too.
            const { user, system } = process.cpuUsage(cpu);
            this.log.info(`First check of ${path}: ${report.report.results.length} statements (${report.reused} checked before it was opened) in ${now - started} ms (CPU ${Math.round((user + system) / 1000)} ms) after ${started - asked} ms waiting for the index; asked at ${clockTime(asked)}, published at ${clockTime(now)}, ${now - this.createdAt} ms after activation (host CPU since activation ${cpuSinceActivation()} ms)`);
          }
        }
        return check;
      } catch (error) {
        // Logged, and the draft's findings withdrawn: they belong to a text the check never finished.
        this.log.error(`Checking ${path} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        if (!source.token.isCancellationRequested) {
          this.checks.delete(key);
          this.collection.delete(uri);
        }
        return undefined;
      } finally {
        if (this.running.get(key)?.source === source) this.running.delete(key);
        source.dispose();
      }
    })();
    this.running.set(key, { source, text, promise });
    return promise;
  }

  /** Judges every statement, reusing verdicts of statements whose text and markup did not change. */
  private async checkText(text: string, path: string, token: vscode.CancellationToken, sliceMs: number, partial?: (draft: Draft, results: StatementResult[], sliceDone: boolean) => boolean): Promise<{ draft: Draft; report: DraftReport; /** Statements whose verdicts were kept from before. */ reused: number } | undefined> {
    const config = this.configuration.config;
    this.verdicts();
    const draft = this.parse(text, path);
    const lines = new LineIndex(text);
    const corpus = this.index.corpus;
    const results: StatementResult[] = [];
    let reused = 0;
    let sliceStart = Date.now();
    // Citations resolve relative to the draft, through its definitions, and an inserted one takes
    // the draft's style: what a cited statement's verdict (or, with require-citations, any
    // statement's) depends on besides its own text.
    const context = citationContext(draft);
    // The archive, connected when the first statement needs it; null until then.
    let archive: CandidateSource | undefined | null = null;
    const stop = new AbortController();
    const stopping = token.onCancellationRequested(() => stop.abort());
    try {
      for (const statement of draft.statements) {
        if (token.isCancellationRequested) return undefined;
        const cacheKey = verdictKey(statement, context, config.requireCitations);
        const cached = this.cache.get(cacheKey);
        // A fix that also edits the end of the draft (a footnote's definition) cannot be moved.
        if (cached && !cached.finding?.fixes.some((f) => f.more?.length)) {
          results.push(moved(cached, statement, lines));
          reused++;
          continue;
        }
        let result = checkStatement(corpus, draft, statement, config, lines);
        if (this.archive && archive !== undefined && needsArchive(result)) {
          try {
            if (archive === null) archive = await this.archive.source(stop.signal);
            const archived = archive && await archivedResult(draft, result, config, archive, lines, { signal: stop.signal });
            if (archived) result = archived;
          } catch (error) {
            if (token.isCancellationRequested || error instanceof ArchiveCancelled) return undefined;
            // Shown once; the rest of the draft is checked against the workspace alone.
            this.archive.failed(error);
            archive = undefined;
          }
          sliceStart = Date.now();
        }
        if (this.cache.size >= MAX_CACHED) this.cache.clear();
        this.cache.set(cacheKey, result);
        results.push(result);
        const sliceDone = Date.now() - sliceStart > sliceMs;
        if (sliceDone || result.finding) {
          // After findings shown, a timer's turn: the host sends them to the workbench from one.
          if (partial?.(draft, results, sliceDone)) await new Promise<void>((resolve) => setTimeout(resolve, 0));
          else if (sliceDone) await new Promise<void>((resolve) => setImmediate(resolve));
          else continue;
          sliceStart = Date.now();
        }
      }
    } finally {
      stopping.dispose();
    }
    return { draft, report: { path, results }, reused };
  }

  /**
   * The draft's parse, the last one again when the text is the same (a draft checked ahead, then
   * opened; a draft checked again after the sources changed): the first parse in a session costs
   * 70-540 ms, the engine compiling the Markdown parser. A parse depends on the text and path alone.
   */
  private parse(text: string, path: string): Draft {
    if (this.lastParse?.text !== text || this.lastParse.path !== path) this.lastParse = { text, path, draft: parseDraft(text, path) };
    return this.lastParse.draft;
  }

  /** The verdicts kept for the corpus, configuration and archive as they are: emptied when any of them changes. */
  private verdicts(): Map<string, StatementResult> {
    const key = `${this.index.version}:${this.configuration.version}:${this.archive?.version ?? 0}`;
    if (key !== this.cacheKey) {
      this.cache = new Map();
      this.cacheKey = key;
    }
    return this.cache;
  }

  /**
   * A draft on disk checked before the writer opens it (see warm-up.ts): each call of the step
   * returned judges one statement (the first parses the draft) and keeps its verdict where a check
   * of the same statement, in the same draft, against the same corpus, finds it, so that opening
   * the draft publishes the same diagnostics without judging them then. Nothing is published.
   * The step says whether statements remain. A verdict the archive might change is left to the
   * real check, which asks the archive.
   */
  checkAhead(path: string, text: string): () => boolean {
    let ahead: { draft: Draft; lines: LineIndex; context: string; next: number } | undefined;
    return () => {
      if (!ahead) {
        const draft = this.parse(text, path);
        ahead = { draft, lines: new LineIndex(text), context: citationContext(draft), next: 0 };
        return draft.statements.length > 0;
      }
      const statement = ahead.draft.statements[ahead.next++];
      if (!statement) return false;
      const config = this.configuration.config;
      const cache = this.verdicts();
      const key = verdictKey(statement, ahead.context, config.requireCitations);
      if (!cache.has(key)) {
        const result = checkStatement(this.index.corpus, ahead.draft, statement, config, ahead.lines);
        const archived = this.archive !== undefined && this.archive.state !== 'none';
        if (!(archived && needsArchive(result))) {
          if (cache.size >= MAX_CACHED) cache.clear();
          cache.set(key, result);
        }
      }
      return ahead.next < ahead.draft.statements.length;
    };
  }

  private publish(check: DraftCheck): void {
    this.publishedAt = Date.now();
    this.checks.set(check.uri.toString(), check);
    this.collection.set(check.uri, [
      ...check.report.results.flatMap((r) => (r.finding ? [this.diagnosticOf(r)] : [])),
      ...this.noteDiagnostics(check),
    ]);
    this.checked.fire(check);
  }

  /**
   * What the parser says of the draft itself (lists nested past the depth it reads as structure),
   * as the CLI prints it: information at the place, no finding code.
   */
  private noteDiagnostics(check: Pick<DraftCheck, 'text' | 'draft'>): vscode.Diagnostic[] {
    if (!check.draft.notes?.length) return [];
    const lines = new LineIndex(check.text);
    return check.draft.notes.map((note) => {
      const diagnostic = new vscode.Diagnostic(toRange(lines.rangeOf(note.span)), note.message, vscode.DiagnosticSeverity.Information);
      diagnostic.source = 'groundwork';
      return diagnostic;
    });
  }

  private diagnosticOf(result: StatementResult): vscode.Diagnostic {
    const finding = result.finding!;
    const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, toSeverity(finding.severity));
    diagnostic.source = 'groundwork';
    diagnostic.code = { value: finding.code, target: this.docsUri.with({ fragment: docsAnchor(finding.code) }) };
    // Only the passages that bear on the verdict, best first, each saying what it is to it.
    diagnostic.relatedInformation = evidenceRows(result.verdict).map(({ role, evidence }) => new vscode.DiagnosticRelatedInformation(
      evidenceLocation(this.folder.uri, evidence),
      // An archived article is named as a reader would look it up; a file is named by its location.
      `${rowLabel(result.verdict, role)}${evidence.article ? ` (${articleLabel(evidence.article)})` : ''}: ${excerpt(evidence.text, 200, citedTerms(result.verdict))}`,
    ));
    return diagnostic;
  }

  /** Checks again every open draft and every draft the last workspace check covered. */
  private recheckAll(): void {
    if (this.idle) {
      // Turned off or no longer set up: nothing of what was found stays in the Problems panel.
      for (const { source } of this.running.values()) source.cancel();
      this.collection.clear();
      this.checks.clear();
      this.workspaceChecked.clear();
      return;
    }
    // Only drafts the writer has in front of them, or checked already: VS Code keeps a document
    // alive for a while after its tab closes (even after its file is deleted), and checking it
    // then would bring back diagnostics the writer closed.
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (!this.closed.has(key) && (this.checks.has(key) || isShownInTab(document.uri))) this.schedule(document, 0);
    }
    for (const key of this.workspaceChecked) {
      const uri = vscode.Uri.parse(key);
      if (this.openDocument(uri)) continue;
      const path = relativePathOf(this.folder.uri, uri);
      if (path === undefined || !this.configuration.matcher.isDraft(path)) {
        this.workspaceChecked.delete(key);
        this.collection.delete(uri);
      } else {
        void this.checkFile(path);
      }
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.closed.add(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.running.get(key)?.source.cancel();
    if (this.workspaceChecked.has(key)) {
      // The file on disk may differ from the closed editor's text: check what is saved.
      const path = relativePathOf(this.folder.uri, uri);
      if (path !== undefined) void this.checkFile(path);
      return;
    }
    this.checks.delete(key);
    this.collection.delete(uri);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  }

  private delay(): number {
    const value = vscode.workspace.getConfiguration('groundwork', this.folder).get<number>('checkDelay', CHECK_DELAY_DEFAULT);
    return Math.max(0, Math.min(10_000, value));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const { source } of this.running.values()) source.cancel();
    for (const d of this.disposables) d.dispose();
  }
}

/** What a verdict depends on besides the corpus and config: the words, the markup around them, the suppressions, the citations, whom a "he said" means. */
function statementKey(statement: Statement): string {
  const base = statement.span.start;
  const runs = statement.runs.map((r) => `${r.text},${r.draft - base},${r.length}`).join(';');
  const citations = (statement.citations ?? []).map((c) => [c.style, c.target, c.label ?? '', c.span.start - base, c.span.end - base, c.style === 'inline' && c.targetSpan ? c.targetSpan.start - base : -1]);
  return JSON.stringify([statement.text, statement.span.end - base, runs, statement.quotes, statement.suppression ?? null, statement.block, citations, statement.antecedent ?? null]);
}

/** Where a statement's verdict is kept: with its citation context when citations bear on it. */
function verdictKey(statement: Statement, context: string, requireCitations: boolean): string {
  const own = statementKey(statement);
  return statement.citations?.length || requireCitations ? `${context}\n${own}` : own;
}

/** The draft's path, definitions and first citation style: the citation context every cited statement is judged in. */
function citationContext(draft: Draft): string {
  const first = draft.statements.find((s) => s.citations?.length)?.citations?.[0];
  const definitions = draft.definitions ? [...draft.definitions.links, ...draft.definitions.footnotes].map((d) => [d.label, d.target]) : [];
  return JSON.stringify([draft.path, first?.style ?? '', first?.target ?? '', definitions]);
}

/** A cached result moved to where the same statement sits now. */
function moved(cached: StatementResult, statement: Statement, lines: LineIndex): StatementResult {
  const delta = statement.span.start - cached.statement.span.start;
  const shift = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
  const result: StatementResult = { statement, range: lines.rangeOf(statement.span), verdict: cached.verdict };
  if (cached.finding) {
    const span = shift(cached.finding.span);
    result.finding = {
      ...cached.finding,
      span,
      range: lines.rangeOf(span),
      fixes: cached.finding.fixes.map((fix) => ({ ...fix, span: shift(fix.span) })),
    };
  }
  return result;
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

export function isShownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}
