import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../runner/wait-for-diagnostics.js';
import { closeAll, codeOf, groundwork, groundworkDiagnostics, openDraft, until } from './groundwork-session.js';

describe('quick fixes', function () {
  let editor: vscode.TextEditor;

  before(async () => {
    await groundwork();
    editor = await openDraft();
    await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => codeOf(d) === 'number-mismatch'));
  });

  afterEach(async () => {
    while (editor.document.isDirty) await vscode.commands.executeCommand('undo');
  });

  after(closeAll);

  async function actionsFor(code: string): Promise<{ diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
    const diagnostic = (await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => codeOf(d) === code))).find((d) => codeOf(d) === code)!;
    // Code actions, like the light bulb, follow the latest check: ask until they are there.
    const actions = await until('quick fixes for the finding', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
      );
      return found.length > 0 ? found : undefined;
    });
    return { diagnostic, actions };
  }

  async function apply(action: vscode.CodeAction | undefined): Promise<void> {
    assert.ok(action?.edit, 'the action carries an edit');
    assert.ok(action.edit.entries().every(([uri]) => uri.toString() === editor.document.uri.toString()), 'only the draft is edited');
    assert.equal(await vscode.workspace.applyEdit(action.edit), true);
  }

  it('corrects a mismatched figure to the source figure, and the finding goes away', async () => {
    const { actions } = await actionsFor('number-mismatch');
    const fix = actions.find((a) => /Change 62 to 26/.test(a.title));
    assert.ok(fix, `got ${actions.map((a) => a.title).join(' | ')}`);
    await apply(fix);
    assert.match(editor.document.getText(), /The G7 unveiled 26 new investments under/);
    await waitForDiagnostics(editor.document.uri, (found) => !found.some((d) => codeOf(d) === 'number-mismatch'));
  });

  it('suppresses a finding for its line with a comment the checker honours', async () => {
    const { diagnostic, actions } = await actionsFor('unsupported-statement');
    const suppress = actions.find((a) => a.title === 'Suppress unsupported-statement for this line');
    assert.ok(suppress);
    await apply(suppress);
    const line = diagnostic.range.end.line;
    assert.match(editor.document.lineAt(line).text, /\S <!-- groundwork-disable-line unsupported-statement -->$/);
    await waitForDiagnostics(editor.document.uri, (found) => !found.some((d) => codeOf(d) === 'unsupported-statement'));
  });

  it('inserts a citation to the best evidence of a statement', async () => {
    const text = editor.document.getText();
    const at = text.indexOf('The US is forming a coalition');
    const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 5));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, range);
    const cite = actions.find((a) => a.title.startsWith('Insert citation to the best evidence'));
    assert.ok(cite, `got ${actions.map((a) => a.title).join(' | ')}`);
    await apply(cite);
    const line = editor.document.lineAt(editor.document.positionAt(at).line).text;
    assert.match(line, /according to media reports \(\[.+\]\(\.\.\/seeds\/global-times-pax-silica-alliance\.txt\)\)\.$/);
  });

  it('changes a citation to the source that supports the statement, and the citation-mismatch goes away', async () => {
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const statement = "The US State Department has introduced the Pax Silica initiative to bolster minerals supply chains and counter China's dominance in critical resources like rare earths ([GT](../seeds/global-times-pax-silica-alliance.txt)).";
    await editor.edit((edit) => edit.insert(end, `\n\n${statement}`));
    const { diagnostic, actions } = await actionsFor('citation-mismatch');
    assert.match(diagnostic.message, /seeds\/pax-silica-initiative-minerals\.txt does/);
    assert.equal(editor.document.getText(diagnostic.range), '[GT](../seeds/global-times-pax-silica-alliance.txt)');
    const fix = actions.find((a) => a.title === 'Cite seeds/pax-silica-initiative-minerals.txt instead');
    assert.ok(fix, `got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(!actions.some((a) => a.title.startsWith('Insert citation')), 'no second citation is offered for a statement that cites');
    await apply(fix);
    assert.match(editor.document.getText(), /rare earths \(\[GT\]\(\.\.\/seeds\/pax-silica-initiative-minerals\.txt\)\)\.$/);
    await waitForDiagnostics(editor.document.uri, (found) => !found.some((d) => codeOf(d) === 'citation-mismatch'));
  });

  it('an undo restores the draft and the finding', async () => {
    const { actions } = await actionsFor('number-mismatch');
    await apply(actions.find((a) => /Change 62 to 26/.test(a.title)));
    await waitForDiagnostics(editor.document.uri, (found) => !found.some((d) => codeOf(d) === 'number-mismatch'));
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => codeOf(d) === 'number-mismatch'));
    assert.ok(groundworkDiagnostics(editor.document.uri).length > 0);
  });
});
