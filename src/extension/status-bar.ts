// The share of statements grounded in the active draft; a click checks it again.
import * as vscode from 'vscode';
import { COMMANDS } from './commands.js';
import type { DraftCheck, DraftChecker } from './draft-checker.js';
import type { SourceIndex } from './source-index.js';

export class GroundedStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('groundwork.grounded', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly checker: DraftChecker, private readonly index: SourceIndex) {
    this.item.name = 'Groundwork';
    this.item.command = COMMANDS.checkCurrentDraft;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      checker.onDidCheck((check) => {
        if (check.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.show(check);
      }),
      index.onDidChange(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.checker.isDraft(document)) {
      this.item.hide();
      return;
    }
    const check = this.checker.current(document);
    if (check) this.show(check);
    else {
      this.item.text = this.index.isBuilding ? '$(sync~spin) Groundwork' : '$(check) Groundwork';
      this.item.tooltip = 'Groundwork: click to check this draft';
      this.item.show();
    }
  }

  private show(check: DraftCheck): void {
    const results = check.report.results;
    const grounded = results.filter((r) => r.verdict.kind === 'supported').length;
    const findings = results.filter((r) => r.finding).length;
    this.item.text = `${findings ? '$(warning)' : '$(check)'} ${grounded}/${results.length} grounded`;
    this.item.tooltip = `Groundwork: ${grounded} of ${results.length} statements are backed by a source; ${findings} ${findings === 1 ? 'finding' : 'findings'}. Click to check again.`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
