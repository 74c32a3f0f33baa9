// The commands of the "Groundwork" category.
import * as vscode from 'vscode';
import type { DraftChecker } from './draft-checker.js';
import { evidenceLocation, toRange, uriOf } from './convert.js';
import type { SourceTarget } from './hover-cards.js';
import type { SourceIndex } from './source-index.js';

export const COMMANDS = {
  checkCurrentDraft: 'groundwork.checkCurrentDraft',
  checkAllDrafts: 'groundwork.checkAllDrafts',
  rebuildIndex: 'groundwork.rebuildIndex',
  showEvidence: 'groundwork.showEvidence',
  openSource: 'groundwork.openSource',
} as const;

export function registerCommands(folder: vscode.WorkspaceFolder, checker: DraftChecker, index: SourceIndex, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return registerAll(folder, checker, index).map(([id, handler]) => vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      // Logged with its stack; VS Code shows the writer the message.
      log.error(`Command ${id} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      throw error;
    }
  }));
}

type Handler = (...args: never[]) => unknown;

function registerAll(folder: vscode.WorkspaceFolder, checker: DraftChecker, index: SourceIndex): [string, (...args: unknown[]) => unknown][] {
  const entries: [string, Handler][] = [
    [COMMANDS.checkCurrentDraft, async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document || !checker.isDraft(document)) {
        void vscode.window.showInformationMessage('Groundwork: the active file is not a draft (see the "drafts" setting of groundwork.yaml).');
        return undefined;
      }
      const check = await checker.checkDocument(document);
      return check && summary(check.report.results);
    }],

    [COMMANDS.checkAllDrafts, () => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Groundwork: checking all drafts', cancellable: true },
      async (progress, token) => {
        const count = await checker.checkWorkspace(progress, token);
        if (!token.isCancellationRequested) void vscode.commands.executeCommand('workbench.actions.view.problems');
        return count;
      },
    )],

    [COMMANDS.rebuildIndex, async () => {
      await index.rebuild({ fresh: true });
      return index.corpus.documents.length;
    }],

    [COMMANDS.showEvidence, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await checker.ensureCurrent(editor.document);
      const result = checker.resultAt(editor.document, editor.document.offsetAt(editor.selection.active));
      if (!result || result.verdict.evidence.length === 0) {
        void vscode.window.showInformationMessage('Groundwork: no evidence for the statement under the cursor.');
        return;
      }
      const locations = result.verdict.evidence.map((e) => evidenceLocation(folder.uri, e));
      await vscode.commands.executeCommand('editor.action.peekLocations', editor.document.uri, editor.selection.active, locations, 'peek');
    }],

    [COMMANDS.openSource, async (target?: SourceTarget) => {
      let uri: vscode.Uri;
      let range: vscode.Range;
      if (target && typeof target.path === 'string') {
        // Links in hovers name a workspace-relative path; nothing outside the folder is opened.
        if (target.path.split('/').includes('..')) return;
        uri = uriOf(folder.uri, target.path);
        range = new vscode.Range(target.line, target.character, target.endLine, target.endCharacter);
      } else {
        const editor = vscode.window.activeTextEditor;
        if (editor) await checker.ensureCurrent(editor.document);
        const result = editor && checker.resultAt(editor.document, editor.document.offsetAt(editor.selection.active));
        const best = result?.verdict.evidence[0];
        if (!best) {
          void vscode.window.showInformationMessage('Groundwork: no evidence for the statement under the cursor.');
          return;
        }
        uri = uriOf(folder.uri, best.source);
        range = toRange(best.range);
      }
      const editor = await vscode.window.showTextDocument(uri, { selection: range, preview: true, viewColumn: vscode.ViewColumn.Beside });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }],
  ];
  return entries as [string, (...args: unknown[]) => unknown][];
}

function summary(results: { verdict: { kind: string }; finding?: unknown }[]): { statements: number; grounded: number; findings: number } {
  return {
    statements: results.length,
    grounded: results.filter((r) => r.verdict.kind === 'supported').length,
    findings: results.filter((r) => r.finding).length,
  };
}
