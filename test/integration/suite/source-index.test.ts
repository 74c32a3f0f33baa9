import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { writePdf } from '../../fixtures/sources/pdf-writer.js';
import { waitForDiagnostics } from '../runner/wait-for-diagnostics.js';
import { closeAll, codeOf, groundwork, openDraft, until, workspaceUri } from './groundwork-session.js';

const CLAIM = 'The alliance was founded by ten African countries in 2019.';
const isUnsupportedClaim = (document: vscode.TextDocument) => (d: vscode.Diagnostic) =>
  codeOf(d) === 'unsupported-statement' && document.getText(d.range) === CLAIM;

describe('the source index follows the files on disk', function () {
  let document: vscode.TextDocument;
  const newSource = workspaceUri('seeds/founding-history.txt');

  before(async () => {
    await groundwork();
    document = (await openDraft()).document;
    await waitForDiagnostics(document.uri, (found) => found.some(isUnsupportedClaim(document)));
  });

  after(async () => {
    await vscode.workspace.fs.delete(newSource).then(undefined, () => undefined);
    await closeAll();
  });

  it('a new source backing a claim clears its finding, without a reload', async () => {
    const api = await groundwork();
    const before = api.sourceCount();
    await vscode.workspace.fs.writeFile(newSource, new TextEncoder().encode(
      'FOUNDING HISTORY\n\nThe alliance was founded by ten African countries in 2019, officials said on Monday.\n',
    ));
    await until('the new source to be indexed', () => api.sourceCount() === before + 1);
    await waitForDiagnostics(document.uri, (found) => !found.some(isUnsupportedClaim(document)));
  });

  it('an edited source is read again', async () => {
    await vscode.workspace.fs.writeFile(newSource, new TextEncoder().encode('FOUNDING HISTORY\n\nNothing is known about who founded the alliance.\n'));
    await waitForDiagnostics(document.uri, (found) => found.some(isUnsupportedClaim(document)));
  });

  it('a deleted source leaves the index', async () => {
    const api = await groundwork();
    const before = api.sourceCount();
    await vscode.workspace.fs.delete(newSource);
    await until('the source to leave the index', () => api.sourceCount() === before - 1);
  });

  it('reads a PDF source dropped into the sources', async () => {
    const api = await groundwork();
    const before = api.sourceCount();
    const pdf = workspaceUri('seeds/founding-report.pdf');
    await vscode.workspace.fs.writeFile(pdf, writePdf([{ lines: ['The alliance was founded by ten African countries in 2019, the report found.'] }], { title: 'Founding report' }));
    await until('the PDF to be indexed', () => api.sourceCount() === before + 1);
    await waitForDiagnostics(document.uri, (found) => !found.some(isUnsupportedClaim(document)));
    await vscode.workspace.fs.delete(pdf);
    await waitForDiagnostics(document.uri, (found) => found.some(isUnsupportedClaim(document)));
  });

  it('"Rebuild Index" indexes every source again, not from the saved index', async () => {
    const api = await groundwork();
    const count = await vscode.commands.executeCommand<number>('groundwork.rebuildIndex');
    assert.equal(count, 2);
    assert.deepEqual(api.lastBuild(), { sources: 2, reused: 0, fromStorage: false });
  });

  it('a new corpus after a settings change comes from the index saved in the extension storage', async () => {
    const api = await groundwork();
    const settings = vscode.workspace.getConfiguration('groundwork');
    // New aliases need a new corpus: the last build read every source, this one reads none.
    await settings.update('aliases', { 'Guo Jiakun': ['the spokesman'] }, vscode.ConfigurationTarget.Workspace);
    await until('a build from the saved index', () => api.lastBuild().fromStorage);
    assert.deepEqual(api.lastBuild(), { sources: 2, reused: 2, fromStorage: true });
    await settings.update('aliases', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (found) => found.some(isUnsupportedClaim(document)));
  });
});
