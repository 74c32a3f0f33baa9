// Groundwork acts only where it is set up and not turned off; elsewhere it stays quiet and offers
// to set itself up. Each test puts the workspace back as it found it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../../src/extension/extension.js';
import { waitForDiagnostics } from '../runner/wait-for-diagnostics.js';
import { closeAll, groundwork, openDraft, until, workspaceUri } from './groundwork-session.js';

const flagged = (found: vscode.Diagnostic[]) => found.some((d) => d.source === 'groundwork');
const quiet = (found: vscode.Diagnostic[]) => !flagged(found);

describe('engaging only where set up', function () {
  let api: GroundworkApi;
  let editor: vscode.TextEditor;
  let settings: vscode.WorkspaceConfiguration;

  before(async () => {
    api = await groundwork();
    editor = await openDraft();
    await waitForDiagnostics(editor.document.uri, flagged);
    settings = vscode.workspace.getConfiguration('groundwork', vscode.workspace.workspaceFolders![0]);
  });

  after(async () => {
    await settings.update('enable', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await settings.update('sources', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await vscode.workspace.fs.delete(workspaceUri('groundwork.yaml')).then(undefined, () => undefined);
    await closeAll();
  });

  it('groundwork.enable false withdraws every diagnostic and the status bar offers to set it up; true brings them back', async () => {
    await settings.update('enable', false, vscode.ConfigurationTarget.WorkspaceFolder);
    await waitForDiagnostics(editor.document.uri, quiet);
    await until('the status bar offering to set up', () => api.statusBar()?.command === 'groundwork.setUpWorkspace');
    await until('the Sources view to show it is turned off', () => api.sourcesView().state === 'disabled');
    // Typing does not bring them back while it is off.
    await editor.edit((edit) => edit.insert(new vscode.Position(5, 0), 'The alliance was founded by ten African countries in 2019.\n\n'));
    await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
    assert.ok(quiet(vscode.languages.getDiagnostics(editor.document.uri)));
    await vscode.commands.executeCommand('undo');
    await settings.update('enable', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await waitForDiagnostics(editor.document.uri, flagged);
    await until('the status bar counting grounded statements', () => /grounded/.test(api.statusBar()?.text ?? ''));
  });

  it('without sources there are no diagnostics; Set Up Workspace writes a commented groundwork.yaml for the chosen folder and checking starts', async () => {
    await settings.update('sources', ['nowhere/**'], vscode.ConfigurationTarget.WorkspaceFolder);
    await waitForDiagnostics(editor.document.uri, quiet);
    await until('the status bar offering to set up', () => api.statusBar()?.command === 'groundwork.setUpWorkspace');
    // The Sources view is empty, so VS Code shows its welcome content: the one offering Set Up Workspace.
    await until('the Sources view to be empty and not set up', () => api.sourcesView().state === 'not-set-up' && api.sourcesView().rows.length === 0);
    const welcome = (vscode.extensions.getExtension(process.env.GROUNDWORK_TEST_EXTENSION_ID ?? 'groundwork.groundwork')!.packageJSON as { contributes: { viewsWelcome: { view: string; when: string; contents: string }[] } }).contributes.viewsWelcome;
    const shown = welcome.filter((w) => w.view === 'groundwork.sources' && w.when === 'groundwork.state == not-set-up');
    assert.equal(shown.length, 1);
    assert.match(shown[0]!.contents, /\[Set Up Workspace\]\(command:groundwork\.setUpWorkspace\)/);
    // The folder picker's answer, given as the argument.
    const yaml = await vscode.commands.executeCommand<vscode.Uri>('groundwork.setUpWorkspace', workspaceUri('seeds'));
    assert.equal(yaml?.toString(), workspaceUri('groundwork.yaml').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(yaml));
    assert.match(text, /^sources: \[ "seeds\/\*\*" \]$/m);
    assert.match(text, /^# threshold: 0\.5$/m);
    // The yaml's sources win over the setting: the draft is checked again.
    await waitForDiagnostics(editor.document.uri, flagged, 20_000);
    await until('the Sources view to list the sources', () => api.sourcesView().state === 'ready' && api.sourcesView().rows.length === 2);
    await vscode.window.showTextDocument(editor.document);
  });

  it('"Disable Groundwork for this file" is a quick fix that inserts the comment; the findings go, and come back on undo', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    const found = await waitForDiagnostics(editor.document.uri, flagged);
    const actions = await until('quick fixes', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, found[0]!.range, vscode.CodeActionKind.QuickFix.value);
      return all.length > 0 ? all : undefined;
    });
    const disable = actions.find((a) => a.title === 'Disable Groundwork for this file');
    assert.ok(disable?.edit, `got ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(await vscode.workspace.applyEdit(disable.edit), true);
    assert.match(editor.document.getText(), /^---\ntitle: The Pax Silica alliance\n---\n<!-- groundwork-disable-file -->\n/);
    await waitForDiagnostics(editor.document.uri, quiet);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(editor.document.uri, flagged);
  });
});
