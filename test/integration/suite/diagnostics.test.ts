import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../runner/wait-for-diagnostics.js';
import { closeAll, codeOf, groundwork, groundworkDiagnostics, openDraft, until, workspaceUri } from './groundwork-session.js';

describe('diagnostics on drafts', function () {
  let editor: vscode.TextEditor;
  const hasFindings = (found: vscode.Diagnostic[]) => found.some((d) => d.source === 'groundwork');

  before(async () => {
    await groundwork();
    editor = await openDraft();
  });

  after(closeAll);

  it('flags the fixture draft: a mismatched figure, a quote no source has, an unsupported claim', async () => {
    // A first check shows its findings as it finds them: wait for the three.
    const complete = (all: vscode.Diagnostic[]) => ['number-mismatch', 'misquote', 'unsupported-statement'].every((code) => all.some((d) => codeOf(d) === code));
    const found = (await waitForDiagnostics(editor.document.uri, complete)).filter((d) => d.source === 'groundwork');
    const document = editor.document;
    const byCode = (code: string) => found.filter((d) => codeOf(d) === code);

    const [figure] = byCode('number-mismatch');
    assert.ok(figure, `a number-mismatch among ${found.map((d) => codeOf(d)).join(', ')}`);
    assert.equal(document.getText(figure.range), '62');
    assert.equal(figure.severity, vscode.DiagnosticSeverity.Error);
    assert.match(figure.message, /62 does not match the source, which says 26/);
    assert.ok(figure.relatedInformation?.[0]?.location.uri.path.includes('/seeds/'), 'the evidence is in a source');

    const [quote] = byCode('misquote');
    assert.ok(quote);
    assert.equal(quote.severity, vscode.DiagnosticSeverity.Error);
    assert.match(document.getText(quote.range), /the alliance will certainly succeed/);

    const [unsupported] = byCode('unsupported-statement');
    assert.ok(unsupported);
    assert.equal(unsupported.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(unsupported.range), 'The alliance was founded by ten African countries in 2019.');

    // Statements the sources back are not flagged.
    const line = (text: string) => document.positionAt(document.getText().indexOf(text)).line;
    assert.ok(!found.some((d) => d.range.start.line === line('We have noted relevant reports.')));
  });

  it("a draft's first check shows its findings as it finds them, each one it ends with", async () => {
    const api = await groundwork();
    const copy = workspaceUri('drafts/first-sight.md');
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(editor.document.getText()));
    const key = (d: vscode.Diagnostic) => JSON.stringify([d.range, d.severity, codeOf(d), d.message]);
    const seen: string[][] = [];
    const watching = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((uri) => uri.toString() === copy.toString())) seen.push(groundworkDiagnostics(copy).map(key));
    });
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
      await until('the copy to be checked', () => api.lastCheck()?.path === 'drafts/first-sight.md', 20_000);
      const final = new Set(groundworkDiagnostics(copy).map(key));
      assert.ok(final.size >= 3, `findings: ${[...final].join('; ')}`);
      // Shown before the end or not (a quick check shows them all at once), none was taken back.
      for (const shown of seen) for (const finding of shown) assert.ok(final.has(finding), `${finding} was shown, then not among the check's findings`);
    } finally {
      watching.dispose();
      await closeAll();
      await vscode.workspace.fs.delete(copy);
      editor = await openDraft();
    }
  });

  it('a finding code links to documentation that exists inside the installed extension', async () => {
    const found = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'number-mismatch'));
    const figure = found.find((d) => codeOf(d) === 'number-mismatch')!;
    assert.ok(typeof figure.code === 'object', 'the code carries a link');
    const target = figure.code.target;
    // The code's own entry of the README: a heading the fragment finds.
    assert.equal(target.fragment, 'number-mismatch');
    // The .vsix stores the readme as readme.md: the link must name the file that is there.
    const readme = target.with({ fragment: '' });
    const stat = await vscode.workspace.fs.stat(readme);
    assert.equal(stat.type, vscode.FileType.File);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(readme));
    assert.match(text, /^#### `number-mismatch`$/m);
  });

  it('re-checks as the writer types, and an undo brings the old findings back', async () => {
    const document = editor.document;
    const before = groundworkDiagnostics(document.uri).length;
    const at = document.getText().indexOf('62 new investments');
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 2)), '26'));
    await waitForDiagnostics(document.uri, (found) => !found.some((d) => codeOf(d) === 'number-mismatch'));
    await vscode.commands.executeCommand('undo');
    const again = await waitForDiagnostics(document.uri, (found) => found.some((d) => codeOf(d) === 'number-mismatch'));
    assert.equal(again.filter((d) => d.source === 'groundwork').length, before);
  });

  it('moves findings with the text when lines are inserted above them', async () => {
    const document = editor.document;
    const figureLine = () => groundworkDiagnostics(document.uri).find((d) => codeOf(d) === 'number-mismatch')?.range.start.line;
    const line = figureLine();
    assert.ok(line !== undefined);
    await editor.edit((edit) => edit.insert(new vscode.Position(5, 0), 'A new paragraph about nothing in particular.\n\n'));
    await waitForDiagnostics(document.uri, () => figureLine() === line + 2);
    const figure = groundworkDiagnostics(document.uri).find((d) => codeOf(d) === 'number-mismatch')!;
    assert.equal(document.getText(figure.range), '62');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(document.uri, () => figureLine() === line);
  });

  it('clears the diagnostics of a draft when its editor closes', async () => {
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasFindings);
    await closeAll();
    await waitForDiagnostics(uri, (found) => !hasFindings(found));
    editor = await openDraft();
    await waitForDiagnostics(uri, hasFindings);
  });

  it('"Check All Drafts" lists the findings of drafts that are not open', async () => {
    const other = workspaceUri('drafts/unopened.md');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('# Unopened\n\nThe G7 unveiled 62 new investments under the Critical Minerals Production Alliance.\n'));
    const count = await vscode.commands.executeCommand<number>('groundwork.checkAllDrafts');
    assert.ok(count >= 2, `checked ${count} drafts`);
    const found = await waitForDiagnostics(other, hasFindings);
    assert.deepEqual(found.map(codeOf), ['number-mismatch']);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === other.toString()), 'the draft was not opened');
    await vscode.workspace.fs.delete(other);
    await waitForDiagnostics(other, (left) => !hasFindings(left));
  });

  it('reports problems in groundwork.yaml on the file itself, and uses its severities', async () => {
    const yaml = workspaceUri('groundwork.yaml');
    await vscode.workspace.fs.writeFile(yaml, new TextEncoder().encode('sources:\n  - seeds/**\nthreshold: 7\n'));
    const [problem] = await waitForDiagnostics(yaml, (found) => found.length > 0);
    assert.equal(problem?.range.start.line, 2);
    assert.match(problem!.message, /threshold/);

    await vscode.workspace.fs.writeFile(yaml, new TextEncoder().encode('sources:\n  - seeds/**\nseverity:\n  number-mismatch: off\n'));
    await waitForDiagnostics(yaml, (found) => found.length === 0);
    await waitForDiagnostics(editor.document.uri, (found) => hasFindings(found) && !found.some((d) => codeOf(d) === 'number-mismatch'));
    await vscode.workspace.fs.delete(yaml);
    await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => codeOf(d) === 'number-mismatch'));
  });

  it('takes severities from the settings, except where groundwork.yaml sets them', async () => {
    const uri = editor.document.uri;
    const severityOf = (found: vscode.Diagnostic[]) => found.find((d) => codeOf(d) === 'unsupported-statement')?.severity;
    const settings = vscode.workspace.getConfiguration('groundwork');
    await settings.update('severity', { 'unsupported-statement': 'info' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (found) => severityOf(found) === vscode.DiagnosticSeverity.Information);

    const yaml = workspaceUri('groundwork.yaml');
    await vscode.workspace.fs.writeFile(yaml, new TextEncoder().encode('severity:\n  unsupported-statement: error\n'));
    await waitForDiagnostics(uri, (found) => severityOf(found) === vscode.DiagnosticSeverity.Error);

    await vscode.workspace.fs.delete(yaml);
    await waitForDiagnostics(uri, (found) => severityOf(found) === vscode.DiagnosticSeverity.Information);
    await settings.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (found) => severityOf(found) === vscode.DiagnosticSeverity.Warning);
  });
});
