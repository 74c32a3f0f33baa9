// Groundwork inside VS Code: a thin adapter over the core. Activation only wires things up; the
// corpus is built afterwards, in the background.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import * as vscode from 'vscode';
import { encodeCache } from '../core/index/cache.js';
import type { Corpus } from '../core/index/corpus.js';
import { EditorArchive } from './archive.js';
import type { CodeCacheState, LoadedBundle } from './code-cache.js';
import { GroundworkCodeActionProvider } from './code-actions.js';
import { registerCommands } from './commands.js';
import { CITATION_TRIGGERS, GroundworkCompletionProvider, QUOTE_TRIGGERS } from './completion-provider.js';
import { Configuration, CONFIG_FILE_NAME } from './configuration.js';
import { DraftChecker } from './draft-checker.js';
import { EvidencePanel } from './evidence-panel.js';
import { FindingsView } from './findings-view.js';
import { GroundworkHoverProvider } from './hover-provider.js';
import { IndexCache } from './index-cache.js';
import { clockTime, logged, markActivation } from './logged.js';
import { SourceIndex } from './source-index.js';
import { SourcesView } from './sources-view.js';
import { GroundedStatusBar } from './status-bar.js';
import { warmUpInBackground } from './warm-up.js';
import { VscodeWorkspaceFiles } from './workspace-files.js';

/** What `extension.exports` gives tests and other extensions. */
export interface GroundworkApi {
  /** Resolves once the sources have been indexed for the first time. */
  whenIndexed(): Promise<void>;
  /** Number of sources in the corpus. */
  sourceCount(): number;
  /** How the last build of the index went: `onThreads` sources were read on its `threads` worker threads. */
  lastBuild(): { sources: number; reused: number; fromStorage: boolean; onThreads: number; threads: number };
  /**
   * For tests: builds the index again from every source, on `threads` worker threads (0: on the
   * extension host alone), started from `workerFile` if given; resolves when it is built.
   */
  rebuildIndex(options: { threads: number; workerFile?: string }): Promise<void>;
  /** For tests: a digest of the index as it would be saved, equal for equal indexes. */
  indexDigest(): string;
  /** The status bar item as shown (text, command of a click), undefined when hidden. */
  statusBar(): { text: string; command?: string } | undefined;
  /** The evidence view: whether it is open, the verdict it shows and its page. */
  evidenceView(): { open: boolean; kind?: string; html?: string };
  /** The Groundwork Sources view: its state (`not-set-up`, `disabled`, `indexing`, `ready`) and rows. */
  sourcesView(): { state: string; rows: { label: string; description: string }[] };
  /** The Groundwork Findings view: groups by verdict, each with its findings. */
  findingsView(): { group: string; findings: { label: string; description: string }[] }[];
  /**
   * The archive: `none` (not set), `untrusted` (set, not read in an untrusted workspace), `idle`,
   * `connecting`, `ready` or `failed`; the problems shown to the writer, each once.
   */
  archive(): { state: string; problems: string[] };
  /** Drafts whose every statement was checked before they were opened, in order. */
  checkedAhead(): string[];
  /** The last check of a draft: its statements, and how many verdicts it found already judged. */
  lastCheck(): { path: string; statements: number; reused: number } | undefined;
  /** How this start loaded the bundle (see code-cache.ts: `used`, `none`, `rejected`, `off`), and whether it has saved its compiled code for the next. */
  codeCache(): { cache: string; saved: boolean };
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** How the entry (main.ts) loaded this bundle: the code cache it used, and how to save one. */
export interface BundleLoading {
  state: CodeCacheState;
  save: LoadedBundle<unknown>['save'];
}

export async function activate(context: vscode.ExtensionContext, loading?: BundleLoading): Promise<GroundworkApi> {
  const activating = performance.now();
  markActivation();
  const log = vscode.window.createOutputChannel('Groundwork', { log: true });
  context.subscriptions.push(log);
  const folder = await chooseFolder();
  if (!folder) {
    log.info('No workspace folder is open: Groundwork needs a folder holding the sources.');
    return { whenIndexed: () => Promise.resolve(), sourceCount: () => 0, lastBuild: () => ({ sources: 0, reused: 0, fromStorage: false, onThreads: 0, threads: 0 }), rebuildIndex: () => Promise.resolve(), indexDigest: () => '', statusBar: () => undefined, evidenceView: () => ({ open: false }), sourcesView: () => ({ state: 'no-folder', rows: [] }), findingsView: () => [], archive: () => ({ state: 'none', problems: [] }), checkedAhead: () => [], lastCheck: () => undefined, codeCache: () => ({ cache: loading?.state.cache ?? 'off', saved: false }) };
  }
  const files = new VscodeWorkspaceFiles(folder);
  const configuration = new Configuration(folder, files);
  const cache = context.storageUri ? new IndexCache(folder, context.storageUri, log) : undefined;
  const index = new SourceIndex(folder, files, configuration, log, cache);
  // Each finding code links to its own entry of the README (the fragment is the code's anchor).
  const docsUri = readmeOf(context.extensionUri);
  const archive = new EditorArchive(configuration, log);
  const checker = new DraftChecker(folder, files, configuration, index, docsUri, log, archive);
  // Saving the index and resolving a restored index's entities wait while drafts are checked.
  index.giveWay = () => checker.settled();
  index.waitedFor = () => checker.waitsForIndex;
  if (cache) cache.giveWay = () => checker.settled();
  const statusBar = new GroundedStatusBar(checker, index, configuration);
  const evidence = new EvidencePanel(folder, checker, index);
  const sources = new SourcesView(folder, checker, index, configuration);
  const findings = new FindingsView(checker);
  context.subscriptions.push(
    configuration,
    ...(cache ? [cache] : []),
    index,
    archive,
    checker,
    statusBar,
    evidence,
    sources,
    findings,
    ...registerProviders(log, checker, index, folder, configuration),
    ...registerCommands(folder, checker, index, evidence, log),
    warmUpInBackground(checker, index, configuration, files, folder),
  );

  // Settings or yaml that change which files are sources, or the aliases, need a new corpus.
  let sourcesKey = '';
  const corpusKey = () => JSON.stringify([configuration.config.sources, configuration.config.exclude, configuration.config.aliases]);
  context.subscriptions.push(configuration.onDidChange(() => {
    if (corpusKey() !== sourcesKey) {
      sourcesKey = corpusKey();
      void index.rebuild();
    }
  }));
  // Not awaited: activation returns at once, the build runs in the background.
  void configuration.reload().then(() => {
    // The reload's own change event has started the build, unless the settings are the defaults.
    if (corpusKey() !== sourcesKey || (!index.isBuilding && !index.hasBuilt)) {
      sourcesKey = corpusKey();
      void index.rebuild();
    }
    return index.firstBuild;
  }).then(() => {
    for (const document of vscode.workspace.textDocuments) checker.schedule(document, 0);
  });
  const codeCache = { saved: false };
  if (loading) saveCodeCacheLater(loading, checker, log, context.subscriptions, () => (codeCache.saved = true));
  const loaded = loading ? `; bundle compiled in ${loading.state.compileMs.toFixed(0)} ms with code cache ${loading.state.cache}, run in ${loading.state.runMs.toFixed(0)} ms` : '';
  log.info(`Groundwork active in ${folder.uri.toString()} (activation ${(performance.now() - activating).toFixed(0)} ms, from ${clockTime(Date.now() - (performance.now() - activating))}${loaded})`);
  return { whenIndexed: () => index.firstBuild, sourceCount: () => index.corpus.documents.length, lastBuild: () => index.lastBuild, rebuildIndex: ({ threads, workerFile }) => index.rebuild({ fresh: true, threads: { threads, workerFile } }), indexDigest: () => digestOf(index.corpus), statusBar: () => statusBar.state, evidenceView: () => evidence.state, sourcesView: () => sources.shown, findingsView: () => findings.shown, archive: () => ({ state: archive.state, problems: [...archive.problems] }), checkedAhead: () => [...checker.checkedAhead], lastCheck: () => checker.lastReused, codeCache: () => ({ cache: loading?.state.cache ?? 'off', saved: codeCache.saved }) };
}

export function deactivate(): void {}

/**
 * Once a draft has been checked and its squiggles drawn, saves the code compiled so far (the
 * build's, the check's) for the next start: one block of the host of a few tens of milliseconds,
 * once a session, when the start brought no saved code or V8 refused it.
 */
function saveCodeCacheLater(loading: BundleLoading, checker: DraftChecker, log: vscode.LogOutputChannel, subscriptions: vscode.Disposable[], onSaved: () => void): void {
  if (loading.state.cache === 'used' || loading.state.cache === 'off') return;
  const checked = checker.onDidCheck(() => {
    checked.dispose();
    void checker.settled().then(() => {
      const saved = loading.save();
      if (saved.saved) onSaved();
      if (saved.saved) log.info(`Code cache saved for the next start (${Math.round(saved.bytes / 1024)} KB in ${saved.ms.toFixed(0)} ms)`);
      else if (saved.error) log.warn(`Could not save the code cache: ${saved.error}`);
    });
  });
  subscriptions.push(checked);
}

/** The language features, each behind `logged`: one that throws is logged and leaves the others working. */
function registerProviders(log: vscode.LogOutputChannel, checker: DraftChecker, index: SourceIndex, folder: vscode.WorkspaceFolder, configuration: Configuration): vscode.Disposable[] {
  const hover = new GroundworkHoverProvider(checker, index);
  const completion = new GroundworkCompletionProvider(folder, checker, index, configuration);
  const codeActions = new GroundworkCodeActionProvider(checker, index, log);
  return [
    vscode.languages.registerHoverProvider(MARKDOWN, {
      provideHover: (document, position, token) => logged(log, 'Hover', () => hover.provideHover(document, position, token)),
    }),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, {
      provideCompletionItems: (document, position, token) => logged(log, 'Completion', () => completion.provideCompletionItems(document, position, token)),
    }, ...QUOTE_TRIGGERS, ...CITATION_TRIGGERS),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, {
      provideCodeActions: (document, range, context, token) => logged(log, 'Quick fixes', () => codeActions.provideCodeActions(document, range, context, token)),
    }, GroundworkCodeActionProvider.metadata),
  ];
}

/**
 * The extension's own README, where each finding code is explained. A .vsix stores it as
 * `readme.md` (vsce lower-cases it) while the sources have `README.md`: take the one that is there.
 * The extension's folder is on the extension host's own disk: read at once, with no round trip
 * to the workbench (activation waits on this).
 */
function readmeOf(extensionUri: vscode.Uri): vscode.Uri {
  try {
    const name = extensionUri.scheme === 'file' ? readdirSync(extensionUri.fsPath).find((entry) => entry.toLowerCase() === 'readme.md') : undefined;
    if (name) return vscode.Uri.joinPath(extensionUri, name);
  } catch {
    // An extension folder that cannot be listed: fall back to the usual name.
  }
  return vscode.Uri.joinPath(extensionUri, 'readme.md');
}

/** A digest of the corpus's saved form (its snapshot, without the sources' stamps). */
function digestOf(corpus: Corpus): string {
  return createHash('sha256').update(encodeCache(corpus.snapshot(), () => '')).digest('hex');
}

/** The folder holding groundwork.yaml, else the first folder. */
async function chooseFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  // One folder is the choice whatever it holds: no round trip to the workbench's file system.
  if (folders.length <= 1) return folders[0];
  for (const folder of folders) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
      return folder;
    } catch {
      // not this one
    }
  }
  return folders[0];
}
