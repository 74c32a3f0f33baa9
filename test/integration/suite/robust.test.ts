// Hostile sources, broken configuration, rapid edits and closed documents, inside a real VS Code.
// Every file a test adds is removed again and every edited draft reverted: the workspace is shared.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../runner/wait-for-diagnostics.js';
import { closeAll, codeOf, DRAFT, groundwork, groundworkDiagnostics, hoverText, openDraft, until, workspaceUri } from './groundwork-session.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** Hash of every file under `seeds/`: path -> sha256. */
async function sourceHashes(): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const uri of await vscode.workspace.findFiles('seeds/**')) {
    hashes.set(vscode.workspace.asRelativePath(uri), createHash('sha256').update(await vscode.workspace.fs.readFile(uri)).digest('hex'));
  }
  return hashes;
}

async function remove(...uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

/** Reverts every edited document, then closes every editor: the next suites expect the fixture as it was. */
async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file')) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await closeAll();
}

/** A copy of the fixture draft that only this suite edits, so no edit can reach the other suites. */
async function privateDraft(name: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const uri = workspaceUri(`drafts/robust-${name}.md`);
  await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri(DRAFT)));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return { uri, editor };
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('groundwork').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Diagnostics as comparable values. */
function shape(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)} ${d.message}`).sort();
}

describe('robustness in the editor', function () {
  let originalSources: Map<string, string>;

  before(async () => {
    await groundwork();
    originalSources = await sourceHashes();
  });

  after(async () => {
    await setSetting('checkDelay', undefined);
    await setSetting('sources', undefined);
    await revertAndCloseAll();
  });

  it('hostile sources are skipped and the rest stays indexed and checked', async () => {
    const api = await groundwork();
    const before = api.sourceCount();
    const hostile = {
      binary: workspaceUri('seeds/robust-binary.txt'),
      empty: workspaceUri('seeds/robust-empty.txt'),
      latin1: workspaceUri('seeds/robust-latin1.txt'),
      nested: workspaceUri('seeds/robust-nested.html'),
      pdf: workspaceUri('seeds/robust-corrupt.pdf'),
    };
    try {
      await vscode.workspace.fs.writeFile(hostile.binary, new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
      await vscode.workspace.fs.writeFile(hostile.empty, new Uint8Array());
      await vscode.workspace.fs.writeFile(hostile.latin1, new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e, 0x0a]));
      await vscode.workspace.fs.writeFile(hostile.nested, encode(`${'<div>'.repeat(20_000)}<p>A page nested very deep.</p>${'</div>'.repeat(20_000)}`));
      await vscode.workspace.fs.writeFile(hostile.pdf, encode('%PDF-1.7\nnot really a PDF\n%%EOF'));
      // The three readable ones join the corpus; the binary file and the corrupt PDF do not.
      await until('the readable hostile sources to be indexed', () => api.sourceCount() === before + 3, 15_000);
      const rebuilt = await vscode.commands.executeCommand<number>('groundwork.rebuildIndex');
      assert.equal(rebuilt, before + 3);

      const document = (await openDraft()).document;
      await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
      const found = await waitForDiagnostics(document.uri, (all) => all.some((d) => codeOf(d) === 'number-mismatch'));
      assert.ok(found.some((d) => codeOf(d) === 'unsupported-statement'), 'the draft is still checked against the good sources');
    } finally {
      await remove(...Object.values(hostile));
      await revertAndCloseAll();
    }
    await until('the hostile sources to leave the corpus', () => api.sourceCount() === before, 15_000);
  });

  it('a broken groundwork.yaml gives diagnostics on groundwork.yaml, and drafts are still checked', async () => {
    const yaml = workspaceUri('groundwork.yaml');
    const document = (await openDraft()).document;
    try {
      await vscode.workspace.fs.writeFile(yaml, encode('sources: [ "seeds/**" ]\ntreshold: 0.6\nthreshold: high\nexclude: [ "../outside/**" ]\nseverity: [ oops\n'));
      const problems = await waitForDiagnostics(yaml, (all) => all.filter((d) => d.source === 'groundwork').length >= 3, 15_000);
      const lines = problems.filter((d) => d.source === 'groundwork').map((d) => d.range.start.line);
      assert.ok(lines.includes(1), `the unknown key on line 2: ${JSON.stringify(shape(problems))}`);
      assert.ok(lines.includes(2), 'the wrong type on line 3');
      assert.ok(lines.includes(3), 'the glob outside the workspace on line 4');
      assert.ok(problems.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
      await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
      await waitForDiagnostics(document.uri, (all) => all.some((d) => codeOf(d) === 'number-mismatch'));
    } finally {
      await remove(yaml);
    }
    await waitForDiagnostics(yaml, (all) => all.every((d) => d.source !== 'groundwork'), 15_000);
    await revertAndCloseAll();
  });

  it('a groundwork.yaml that links out of the workspace is not read: one diagnostic names the link, nothing of its target is shown', async () => {
    const yaml = workspaceUri('groundwork.yaml');
    const outside = mkdtempSync(path.join(tmpdir(), 'groundwork-outside-'));
    const secret = path.join(outside, 'secret.yaml');
    writeFileSync(secret, 'sources: [ "hunter2-password/**" ]\nthreshold: hunter2\n');
    try {
      symlinkSync(secret, yaml.fsPath);
      const problems = await waitForDiagnostics(yaml, (all) => all.some((d) => d.source === 'groundwork'), 15_000);
      const mine = problems.filter((d) => d.source === 'groundwork');
      assert.equal(mine.length, 1, JSON.stringify(shape(problems)));
      assert.match(mine[0]!.message, /groundwork\.yaml is a symbolic link to a place outside the workspace folder; not read/);
      assert.ok(!mine[0]!.message.includes('hunter2') && !mine[0]!.message.includes(outside));
    } finally {
      await remove(yaml);
      rmSync(outside, { recursive: true, force: true });
    }
    await waitForDiagnostics(yaml, (all) => all.every((d) => d.source !== 'groundwork'), 15_000);
  });

  it('settings cannot make it read outside the workspace folder', async () => {
    const api = await groundwork();
    const inside = api.sourceCount();
    await setSetting('sources', ['../**', '/etc/**', '**/../../**', 'seeds/**']);
    await vscode.commands.executeCommand('groundwork.rebuildIndex');
    assert.equal(api.sourceCount(), inside);
    await setSetting('sources', ['../**', '/etc/**']);
    await until('an index with no source at all', async () => (await vscode.commands.executeCommand<number>('groundwork.rebuildIndex')) === 0);
    await setSetting('sources', undefined);
    await until('the index back to the workspace sources', async () => (await vscode.commands.executeCommand<number>('groundwork.rebuildIndex')) === inside);
  });

  it('after 100 edits a second, the diagnostics are those of the final text', async () => {
    await setSetting('checkDelay', 0);
    const { uri, editor } = await privateDraft('typed');
    const document = editor.document;
    try {
      const claim = 'The alliance was founded by nine Arctic states in 1997.';
      const end = () => document.lineAt(document.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end(), '\n\n'));
      // Typed, with a typo corrected on the way: each keystroke starts a check and cancels the last.
      for (const piece of [...'The alliance was founded by nien', '\b', '\b', ...'ne Arctic states in 1997.']) {
        if (piece === '\b') await editor.edit((b) => b.delete(new vscode.Range(end().translate(0, -1), end())));
        else await editor.edit((b) => b.insert(end(), piece));
      }
      assert.ok(document.getText().endsWith(claim));
      const settled = await waitForDiagnostics(document.uri, (all) => all.some((d) => document.getText(d.range) === claim), 15_000);
      const ours = settled.filter((d) => d.source === 'groundwork');
      for (const d of ours) {
        assert.ok(document.validateRange(d.range).isEqual(d.range), 'inside the document');
        const text = document.getText(d.range);
        assert.ok(!claim.startsWith(text) || text === claim, `no finding on a half-typed statement: "${text}"`);
      }
      // A fresh check of the same text gives exactly the same diagnostics.
      await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
      assert.deepEqual(shape(groundworkDiagnostics(document.uri)), shape(ours));
    } finally {
      await revertAndCloseAll();
      await remove(uri);
      await setSetting('checkDelay', undefined);
    }
  });

  it('closing a draft in the middle of its check leaves no diagnostics on it', async () => {
    const uri = workspaceUri('drafts/robust-closed-mid-check.md');
    const paragraph = (i: number) => `The alliance was founded by ${i} African countries in 2019. Zhou Mi said "the alliance will certainly succeed."`;
    await vscode.workspace.fs.writeFile(uri, encode(Array.from({ length: 1500 }, (_, i) => paragraph(i)).join('\n\n')));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      void vscode.commands.executeCommand('groundwork.checkCurrentDraft');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      // Another draft checked to the end: the closed one's check has had every chance to publish.
      const other = (await openDraft()).document;
      await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
      await waitForDiagnostics(other.uri, (all) => all.some((d) => codeOf(d) === 'number-mismatch'));
      await until('no diagnostics on the closed draft', () => groundworkDiagnostics(uri).length === 0);
      assert.equal(groundworkDiagnostics(uri).length, 0);
    } finally {
      await revertAndCloseAll();
      await remove(uri);
    }
    // A change of the corpus re-checks open drafts; the closed one must not come back.
    await vscode.commands.executeCommand('groundwork.rebuildIndex');
    await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
    assert.equal(groundworkDiagnostics(uri).length, 0);
  });

  it('source text shown in hovers and completions is inert', async () => {
    const source = workspaceUri('seeds/robust-hostile.txt');
    const api = await groundwork();
    const before = api.sourceCount();
    await vscode.workspace.fs.writeFile(source, encode([
      'Hostile page',
      '',
      '"Click [here](command:workbench.action.quit) <img src=x onerror=alert(1)> <script>alert(2)</script> **now**," said Mallory Quint, a spokesperson.',
      '',
    ].join('\n')));
    const { uri, editor } = await privateDraft('hostile');
    const document = editor.document;
    try {
      await until('the hostile source to be indexed', () => api.sourceCount() === before + 1, 15_000);
      const end = () => document.lineAt(document.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end(), '\n\nMallory Quint said "Click [here](command:workbench.action.quit) <img src=x onerror=alert(1)> <script>alert(2)</script> **now**."'));
      await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
      const at = document.getText().lastIndexOf('Click [here]');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + 2));
      const text = hoverText(hovers);
      assert.match(text, /\*\*Quote\*\*/);
      assert.match(text, /\\<\\\/script\\>/, `the source's markup is shown as text: ${text}`);
      const commandLinks = [...text.matchAll(/\]\((command:[^)?\s]*)/g)].map((m) => m[1]);
      assert.ok(commandLinks.every((link) => link === 'command:groundwork.openSource' || link === 'command:groundwork.showEvidence'), `only our own commands: ${commandLinks.join(', ')}`);
      assert.ok(!/(^|[^\\])<(img|script)/.test(text), 'no live HTML');

      await editor.edit((b) => b.insert(end(), '\n\nShe said "Click'));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end(), '"');
      assert.ok(list.items.length > 0, 'the hostile quote is offered');
      const docs = list.items.map((item) => (typeof item.documentation === 'string' ? item.documentation : item.documentation?.value ?? '')).join('\n');
      assert.match(docs, /onerror/);
      assert.ok(!/(^|[^\\])\]\(command:/.test(docs), `no live command link in completions: ${docs.slice(0, 400)}`);
      for (const item of list.items) {
        if (item.documentation instanceof vscode.MarkdownString) assert.ok(!item.documentation.isTrusted && !item.documentation.supportHtml);
      }
    } finally {
      await revertAndCloseAll();
      await remove(source, uri);
    }
  });

  it('lists nested past 16 levels: one note at the line where the deeper items start being read as text, which is still checked', async () => {
    const uri = workspaceUri('drafts/robust-deep.md');
    const levels = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- Level ${i + 1}.`);
    // The deepest item holds a figure the sources contradict (the G7 announced 26 investments).
    levels.push(`${'  '.repeat(20)}- The G7 unveiled 62 new investments and partnerships on November 1.`);
    await vscode.workspace.fs.writeFile(uri, encode(`# Deep\n\n${levels.join('\n')}\n`));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const found = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'number-mismatch'), 20_000);
      const notes = found.filter((d) => d.source === 'groundwork' && codeOf(d) === undefined);
      assert.equal(notes.length, 1, shape(found).join('\n'));
      assert.equal(notes[0]!.severity, vscode.DiagnosticSeverity.Information);
      assert.match(notes[0]!.message, /nested more than 16 deep/);
      // Where nesting passes 16: the 17th level's line (the heading and a blank line come first).
      assert.equal(notes[0]!.range.start.line, 2 + 16);
    } finally {
      await revertAndCloseAll();
      await remove(uri);
    }
  });

  it('never writes a source: after every feature has run, every source is byte-identical', async () => {
    const { uri, editor } = await privateDraft('features');
    const document = editor.document;
    const at = document.getText().indexOf('Guo said all parties');
    const position = document.positionAt(at + 1);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('groundwork.checkCurrentDraft');
    await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
    await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
    await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, new vscode.Range(position, position));
    await vscode.commands.executeCommand('groundwork.checkAllDrafts');
    await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('groundwork.showEvidence');
    await vscode.commands.executeCommand('groundwork.openSource');
    await vscode.commands.executeCommand('groundwork.rebuildIndex');
    await vscode.commands.executeCommand('closeReferenceSearch');
    await revertAndCloseAll();
    await remove(uri);
    await until('no diagnostics left on the deleted draft', () => groundworkDiagnostics(uri).length === 0);
    assert.deepEqual(await sourceHashes(), originalSources);
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.path.includes('/seeds/')).length, 0, 'no unsaved edit to a source either');
  });
});
