import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, groundwork, openDraft, until } from './groundwork-session.js';

describe('commands', function () {
  before(async () => {
    await groundwork();
  });

  afterEach(closeAll);

  it('are all contributed under the Groundwork category', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['checkCurrentDraft', 'checkAllDrafts', 'rebuildIndex', 'showEvidence', 'openSource']) {
      assert.ok(commands.includes(`groundwork.${id}`), `groundwork.${id} is registered`);
    }
  });

  it('"Check Current Draft" reports how many statements are grounded', async () => {
    await openDraft();
    const summary = await vscode.commands.executeCommand<{ statements: number; grounded: number; findings: number }>('groundwork.checkCurrentDraft');
    assert.ok(summary.statements >= 8, `statements: ${summary.statements}`);
    assert.equal(summary.findings, 3);
    assert.ok(summary.grounded >= 4 && summary.grounded <= summary.statements - summary.findings);
  });

  it('"Open Source at Evidence" opens the best evidence of the statement under the cursor', async () => {
    const editor = await openDraft();
    const at = editor.document.getText().indexOf('We have noted relevant reports');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    await vscode.commands.executeCommand('groundwork.openSource');
    const source = await until('the source to open', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('/seeds/global-times-pax-silica-alliance.txt') ? active : undefined;
    });
    assert.match(source.document.getText(source.selection), /We have noted relevant reports/);
  });

  it('"Open Source at Evidence" from a hover link opens the given line, and nothing outside the workspace', async () => {
    await vscode.commands.executeCommand('groundwork.openSource', { path: 'seeds/pax-silica-initiative-minerals.txt', line: 2, character: 0, endLine: 2, endCharacter: 4 });
    const source = await until('the source to open', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('/seeds/pax-silica-initiative-minerals.txt') ? active : undefined;
    });
    assert.equal(source.selection.start.line, 2);
    await closeAll();
    await vscode.commands.executeCommand('groundwork.openSource', { path: '../outside.txt', line: 0, character: 0, endLine: 0, endCharacter: 1 });
    assert.equal(vscode.window.activeTextEditor, undefined);
  });
});
