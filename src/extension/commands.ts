// The commands of the "Groundwork" category.
import * as vscode from 'vscode';
import { configTemplate } from '../core/config/template.js';
import { disableFileInsertion } from '../core/draft/parse.js';
import { CONFIG_FILE_NAME } from './configuration.js';
import type { DraftChecker } from './draft-checker.js';
import { relativePathOf, sourceUri, toRange, uriOf } from './convert.js';
import { ENABLE_SETTING } from './settings-schema.js';
import type { SourceTarget, StatementTarget } from './hover-cards.js';
import type { EvidencePanel } from './evidence-panel.js';
import type { SourceIndex } from './source-index.js';

export const COMMANDS = {
  checkCurrentDraft: 'groundwork.checkCurrentDraft',
  checkAllDrafts: 'groundwork.checkAllDrafts',
  rebuildIndex: 'groundwork.rebuildIndex',
  showEvidence: 'groundwork.showEvidence',
  openSource: 'groundwork.openSource',
  setUpWorkspace: 'groundwork.setUpWorkspace',
  disableForFile: 'groundwork.disableForFile',
} as const;

export function registerCommands(folder: vscode.WorkspaceFolder, checker: DraftChecker, index: SourceIndex, evidence: EvidencePanel, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return registerAll(folder, checker, index, evidence).map(([id, handler]) => vscode.commands.registerCommand(id, async (...args: unknown[]) => {
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

function registerAll(folder: vscode.WorkspaceFolder, checker: DraftChecker, index: SourceIndex, evidence: EvidencePanel): [string, (...args: unknown[]) => unknown][] {
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

    // The evidence view on the statement under the cursor, or at the place a hover link names.
    [COMMANDS.showEvidence, async (target?: StatementTarget) => {
      let editor = vscode.window.activeTextEditor;
      let position: vscode.Position | undefined;
      if (target && typeof target.uri === 'string' && Number.isInteger(target.line) && Number.isInteger(target.character)) {
        editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.uri) ?? editor;
        if (editor?.document.uri.toString() === target.uri) position = new vscode.Position(target.line, target.character);
      }
      return evidence.show(editor, position);
    }],

    [COMMANDS.openSource, async (target?: SourceTarget) => {
      let uri: vscode.Uri;
      let range: vscode.Range;
      if (target && typeof target.path === 'string') {
        // Links in hovers name a workspace-relative path or an archived article (`archive:ID`);
        // nothing outside the folder is opened.
        if (!target.path.startsWith('archive:') && target.path.split('/').includes('..')) return;
        uri = sourceUri(folder.uri, target.path);
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
        uri = sourceUri(folder.uri, best.source);
        range = toRange(best.range);
      }
      const editor = await vscode.window.showTextDocument(uri, { selection: range, preview: true, viewColumn: vscode.ViewColumn.Beside });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }],

    // Picks the folder of sources (or takes it as an argument) and writes a commented
    // groundwork.yaml pointing at it; an existing one is opened, never overwritten.
    [COMMANDS.setUpWorkspace, async (sourcesFolder?: vscode.Uri) => {
      const settings = vscode.workspace.getConfiguration('groundwork', folder);
      if (settings.get<boolean>(ENABLE_SETTING, true) === false) await settings.update(ENABLE_SETTING, undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      const yaml = uriOf(folder.uri, CONFIG_FILE_NAME);
      const exists = await vscode.workspace.fs.stat(yaml).then(() => true, () => false);
      if (!exists) {
        const picked = sourcesFolder ?? (await vscode.window.showOpenDialog({
          canSelectFolders: true,
          canSelectFiles: false,
          canSelectMany: false,
          defaultUri: folder.uri,
          openLabel: 'Use as Sources Folder',
          title: 'Groundwork: choose the folder that holds your source documents',
        }))?.[0];
        if (!picked) return undefined;
        const relative = relativePathOf(folder.uri, picked);
        if (relative === undefined) {
          void vscode.window.showErrorMessage(`Groundwork: the sources folder must be inside the workspace folder ${folder.name}.`);
          return undefined;
        }
        await vscode.workspace.fs.writeFile(yaml, new TextEncoder().encode(configTemplate(relative)));
      }
      await vscode.window.showTextDocument(yaml, { preview: true, viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
      return yaml;
    }],

    // An ordinary, undoable edit of the draft: the comment the CLI honours too.
    [COMMANDS.disableForFile, async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'markdown') return false;
      const edit = new vscode.WorkspaceEdit();
      const insertion = disableFileInsertion(document.getText());
      edit.insert(document.uri, document.positionAt(insertion.offset), insertion.text);
      return vscode.workspace.applyEdit(edit);
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
