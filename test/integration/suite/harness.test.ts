// Proves the integration harness: this suite runs inside the real extension host that
// scripts/vscode/run-integration.mjs starts. The fixture cases run only while the harness fixture
// (test/integration/runner/fixture-extension) stands in for Groundwork.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../runner/wait-for-diagnostics.js';

const HARNESS_FIXTURE_ID = 'groundwork.harness-fixture';
const extensionId = process.env.GROUNDWORK_TEST_EXTENSION_ID ?? '';

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

describe('integration harness', () => {
  it('runs in an extension host with the extension under test and the fixture workspace', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.equal(folder?.uri.fsPath, process.env.GROUNDWORK_TEST_WORKSPACE);
    const seeds = await vscode.workspace.findFiles('seeds/*.txt');
    assert.ok(seeds.length >= 2, `seeds/ holds the sample sources (found ${seeds.length})`);
  });

  describe('with the harness fixture extension', function () {
    let draft: vscode.TextDocument;

    before(async function () {
      if (extensionId !== HARNESS_FIXTURE_ID) this.skip();
      draft = await vscode.workspace.openTextDocument(workspaceFile('drafts/pax-silica.md'));
      await vscode.window.showTextDocument(draft);
    });

    after(async () => {
      if (extensionId !== HARNESS_FIXTURE_ID) return;
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('shows its hover through vscode.executeHoverProvider', async () => {
      const offset = draft.getText().indexOf('Jiakun');
      assert.ok(offset > 0);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        draft.uri,
        draft.positionAt(offset + 2),
      );
      const texts = hovers.map(hoverText);
      assert.ok(texts.includes('**Fixture hover**: `Jiakun`'), `hovers were ${JSON.stringify(texts)}`);
    });

    it('publishes diagnostics that languages.getDiagnostics returns, and clears them', async () => {
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), draft.uri.toString());
      const line = draft.lineCount - 1;
      await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), 'TODO cite a source. '));

      const [diagnostic, ...others] = await waitForDiagnostics(draft.uri, (found) => found.length > 0);
      assert.equal(others.length, 0);
      assert.equal(diagnostic?.message, 'Fixture: TODO left in draft');
      assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(
        [diagnostic?.range.start.line, diagnostic?.range.start.character, diagnostic?.range.end.character],
        [line, 0, 4],
      );

      await vscode.commands.executeCommand('undo');
      await waitForDiagnostics(draft.uri, (found) => found.length === 0);
    });

    it('runs its contributed command', async () => {
      const words = await vscode.commands.executeCommand<number>('groundworkFixture.countWords', draft.uri);
      assert.equal(words, draft.getText().split(/\s+/).filter(Boolean).length);
    });
  });
});
