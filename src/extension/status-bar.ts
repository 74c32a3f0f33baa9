// The share of statements grounded in the active draft; a click checks it again. Where Groundwork
// is not set up or turned off, over a Markdown file it offers to set it up instead.
import * as vscode from 'vscode';
import { COMMANDS } from './commands.js';
import type { Configuration } from './configuration.js';
import type { DraftCheck, DraftChecker } from './draft-checker.js';
import type { SourceIndex } from './source-index.js';

export class GroundedStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('groundwork.grounded', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly checker: DraftChecker, private readonly index: SourceIndex, configuration: Configuration) {
    this.item.name = 'Groundwork';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      checker.onDidCheck((check) => {
        if (check.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.show(check);
      }),
      index.onDidChange(() => this.update()),
      configuration.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** What the item shows, for tests: its text and the command a click runs, when shown. */
  get state(): { text: string; command?: string } | undefined {
    return this.shown ? { text: this.item.text, command: typeof this.item.command === 'string' ? this.item.command : this.item.command?.command } : undefined;
  }

  private shown = false;

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const idle = this.checker.idle;
    if (document?.languageId === 'markdown' && idle) {
      this.item.text = '$(circle-slash) Groundwork';
      this.item.tooltip = idle === 'disabled'
        ? 'Groundwork is turned off here (groundwork.enable). Click to set it up.'
        : 'Groundwork is not set up here: no source files. Click to choose the folder of sources.';
      this.item.command = COMMANDS.setUpWorkspace;
      this.showItem();
      return;
    }
    if (!document || !this.checker.isDraft(document)) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const check = this.checker.current(document);
    if (check) this.show(check);
    else {
      this.item.text = this.index.isBuilding ? '$(sync~spin) Groundwork' : '$(check) Groundwork';
      this.item.tooltip = 'Groundwork: click to check this draft';
      this.item.command = COMMANDS.checkCurrentDraft;
      this.showItem();
    }
  }

  private show(check: DraftCheck): void {
    const results = check.report.results;
    const grounded = results.filter((r) => r.verdict.kind === 'supported').length;
    const findings = results.filter((r) => r.finding).length;
    this.item.text = `${findings ? '$(warning)' : '$(check)'} ${grounded}/${results.length} grounded`;
    this.item.tooltip = `Groundwork: ${grounded} of ${results.length} statements are backed by a source; ${findings} ${findings === 1 ? 'finding' : 'findings'}. Click to check again.`;
    this.item.command = COMMANDS.checkCurrentDraft;
    this.showItem();
  }

  private showItem(): void {
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
