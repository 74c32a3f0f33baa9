// The "Groundwork Sources" view in the Explorer: each indexed source with its title, date and
// number of passages, and the problems met reading it. Where Groundwork is not set up (or turned
// off) the view is empty and VS Code shows its welcome content instead (package.json
// `viewsWelcome`), keyed on the `groundwork.state` context this view keeps current.
import * as vscode from 'vscode';
import type { Configuration } from './configuration.js';
import type { DraftChecker } from './draft-checker.js';
import type { SourceIndex } from './source-index.js';
import { uriOf } from './convert.js';

export const SOURCES_VIEW = 'groundwork.sources';
/** Context key: `not-set-up`, `disabled`, `indexing` or `ready`. */
const STATE_KEY = 'groundwork.state';

type SourceNode =
  | { kind: 'source'; docId: string; path: string; title?: string; published?: string; passages: number; names: number; warnings: string[] }
  | { kind: 'warning'; text: string };

export class SourcesView implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private state = '';

  constructor(private readonly folder: vscode.WorkspaceFolder, private readonly checker: DraftChecker, private readonly index: SourceIndex, configuration: Configuration) {
    const view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: this, showCollapseAll: false });
    this.disposables.push(
      view,
      index.onDidChange(() => this.refresh()),
      configuration.onDidChange(() => this.refresh()),
    );
    this.refresh();
  }

  /** What the view shows, for tests: its state (the context key) and its top rows. */
  get shown(): { state: string; rows: { label: string; description: string }[] } {
    const rows = this.getChildren().map((node) => {
      const item = this.getTreeItem(node);
      return { label: String(item.label ?? ''), description: String(item.description ?? '') };
    });
    return { state: this.state, rows };
  }

  private refresh(): void {
    const state = this.checker.idle ?? (this.index.hasBuilt ? 'ready' : 'indexing');
    if (state !== this.state) {
      this.state = state;
      void vscode.commands.executeCommand('setContext', STATE_KEY, state);
    }
    this.changed.fire();
  }

  getChildren(node?: SourceNode): SourceNode[] {
    if (node) return node.kind === 'source' ? node.warnings.map((text) => ({ kind: 'warning', text })) : [];
    // Empty while not set up, turned off or still reading: the welcome content says which.
    if (this.state !== 'ready') return [];
    const corpus = this.index.corpus;
    const names = new Map<string, number>();
    for (const entity of corpus.entities ?? []) {
      for (const docId of new Set(entity.mentions.map((m) => m.docId))) names.set(docId, (names.get(docId) ?? 0) + 1);
    }
    return corpus.documents
      .map((doc): SourceNode => ({
        kind: 'source',
        docId: doc.id,
        path: doc.path,
        ...(doc.title ? { title: doc.title } : {}),
        ...(doc.published ? { published: doc.published } : {}),
        passages: corpus.passagesOf(doc.id).length,
        names: names.get(doc.id) ?? 0,
        warnings: doc.warnings,
      }))
      .sort((a, b) => (a.kind === 'source' && b.kind === 'source' ? a.path.localeCompare(b.path) : 0));
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    if (node.kind === 'warning') {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon('warning');
      item.tooltip = node.text;
      return item;
    }
    const item = new vscode.TreeItem(node.title ?? node.path, node.warnings.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.docId;
    const counts = `${node.passages} ${node.passages === 1 ? 'passage' : 'passages'}, ${node.names} ${node.names === 1 ? 'name' : 'names'}`;
    item.description = [node.published, counts].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString().appendText(`${node.title ?? node.path}\n\n${node.path}\n${node.published ? `Published ${node.published}\n` : ''}${counts}${node.warnings.length ? `\n${node.warnings.length} warning(s)` : ''}`);
    item.resourceUri = uriOf(this.folder.uri, node.path);
    item.iconPath = new vscode.ThemeIcon(node.warnings.length ? 'warning' : 'file-text');
    item.command = { command: 'vscode.open', title: 'Open Source', arguments: [item.resourceUri, { preview: true }] };
    item.contextValue = 'groundwork.source';
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
