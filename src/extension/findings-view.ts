// The "Groundwork Findings" view in the Explorer: the findings of every draft checked so far (the
// open ones, and all of them after "Check All Drafts"), grouped by verdict, worst first. A click
// opens the draft at the statement.
import * as vscode from 'vscode';
import { VERDICT_TITLE } from '../core/explain.js';
import type { StatementResult, VerdictKind } from '../core/model.js';
import { toRange } from './convert.js';
import type { DraftCheck, DraftChecker } from './draft-checker.js';
import { shorten } from '../core/text/shorten.js';

export const FINDINGS_VIEW = 'groundwork.findings';

/** Worst first: a wrong quote or figure before a statement merely unsupported. */
const ORDER: VerdictKind[] = ['misquote', 'misattributed', 'number-mismatch', 'contradicted', 'unsupported'];

type FindingNode =
  | { kind: 'group'; verdict: VerdictKind; items: { check: DraftCheck; result: StatementResult }[] }
  | { kind: 'finding'; check: DraftCheck; result: StatementResult };

export class FindingsView implements vscode.TreeDataProvider<FindingNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly checker: DraftChecker) {
    this.disposables.push(
      vscode.window.createTreeView(FINDINGS_VIEW, { treeDataProvider: this }),
      checker.onDidCheck(() => this.refresh()),
      // Findings also go without a new check: a draft closed or deleted, Groundwork turned off.
      vscode.languages.onDidChangeDiagnostics(() => this.refresh()),
    );
  }

  /** What the view shows, for tests: each group's label and its findings' labels and descriptions. */
  get shown(): { group: string; findings: { label: string; description: string }[] }[] {
    return this.getChildren().map((group) => ({
      group: String(this.getTreeItem(group).label),
      findings: this.getChildren(group).map((node) => {
        const item = this.getTreeItem(node);
        return { label: String(item.label), description: String(item.description) };
      }),
    }));
  }

  private refresh(): void {
    // Typing re-checks a draft many times a second: redraw at most every 200 ms.
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, 200);
  }

  getChildren(node?: FindingNode): FindingNode[] {
    if (node) return node.kind === 'group' ? node.items.map(({ check, result }) => ({ kind: 'finding', check, result })) : [];
    const groups = new Map<VerdictKind, { check: DraftCheck; result: StatementResult }[]>();
    const checks = this.checker.allChecks().sort((a, b) => a.path.localeCompare(b.path));
    for (const check of checks) {
      for (const result of check.report.results) {
        if (!result.finding) continue;
        const list = groups.get(result.verdict.kind) ?? [];
        list.push({ check, result });
        groups.set(result.verdict.kind, list);
      }
    }
    return ORDER.filter((verdict) => groups.has(verdict)).map((verdict) => ({ kind: 'group', verdict, items: groups.get(verdict)! }));
  }

  getTreeItem(node: FindingNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(VERDICT_TITLE[node.verdict], vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.verdict}`;
      item.description = String(node.items.length);
      return item;
    }
    const { check, result } = node;
    const finding = result.finding!;
    const text = result.statement.text.replace(/\s+/g, ' ').trim();
    const item = new vscode.TreeItem(shorten(text, 80), vscode.TreeItemCollapsibleState.None);
    item.id = `${check.uri.toString()}#${result.statement.span.start}`;
    item.description = `${check.path}:${finding.range.start.line + 1}`;
    item.tooltip = new vscode.MarkdownString().appendText(`${finding.code}: ${finding.message}`);
    item.iconPath = new vscode.ThemeIcon(finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'info');
    item.resourceUri = check.uri;
    item.command = { command: 'vscode.open', title: 'Open Draft at Finding', arguments: [check.uri, { selection: toRange(finding.range), preview: true }] };
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
