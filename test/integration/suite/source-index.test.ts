import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { listLocalFiles } from '../../../src/extension/local-files.js';
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
    assert.deepEqual(api.lastBuild(), { sources: 2, reused: 0, fromStorage: false, onThreads: 0, threads: 0 });
  });

  it('a new corpus after a settings change comes from the index saved in the extension storage', async () => {
    const api = await groundwork();
    const settings = vscode.workspace.getConfiguration('groundwork');
    // New aliases need a new corpus: the last build read every source, this one reads none.
    await settings.update('aliases', { 'Guo Jiakun': ['the spokesman'] }, vscode.ConfigurationTarget.Workspace);
    await until('a build from the saved index', () => api.lastBuild().fromStorage);
    assert.deepEqual(api.lastBuild(), { sources: 2, reused: 2, fromStorage: true, onThreads: 0, threads: 0 });
    await settings.update('aliases', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (found) => found.some(isUnsupportedClaim(document)));
  });

  it('finds, listing the folder itself, the files VS Code\'s search finds', async () => {
    // The extension lists a local folder with node:fs (no round trip to the workbench); the files
    // must be those workspace.findFiles gives: hidden ones, through links, not node_modules or .git.
    const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const tree = path.join(folder, 'listing-check');
    const file = (relative: string) => {
      mkdirSync(path.dirname(path.join(tree, relative)), { recursive: true });
      writeFileSync(path.join(tree, relative), 'text');
    };
    try {
      for (const f of ['a.txt', 'deep/b.md', '.hidden/h.md', '.env', 'node_modules/pkg/c.md', 'deep/.git/HEAD']) file(f);
      symlinkSync('a.txt', path.join(tree, 'linked.txt'));
      symlinkSync('deep', path.join(tree, 'deep-link'));
      symlinkSync('..', path.join(tree, 'deep', 'up'));
      symlinkSync('nothing-there', path.join(tree, 'dangling.txt'));
      const search = (await vscode.workspace.findFiles(new vscode.RelativePattern(tree, '**/*'), '{**/node_modules/**,**/.git/**}'))
        .map((uri) => path.relative(tree, uri.fsPath).split(path.sep).join('/')).sort();
      const listed = (await listLocalFiles(tree, new Set(['node_modules', '.git']))).sort();
      assert.ok(search.includes('deep-link/b.md') && search.includes('.env'), JSON.stringify(search));
      assert.deepEqual(listed, search);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
