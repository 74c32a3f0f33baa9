import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../../src/extension/extension.js';
import { closeAll, groundwork, hoverText, openDraft, until } from './groundwork-session.js';

describe('evidence view', function () {
  let api: GroundworkApi;

  before(async () => {
    api = await groundwork();
  });

  afterEach(closeAll);

  async function cursorOn(editor: vscode.TextEditor, text: string): Promise<vscode.Position> {
    const at = editor.document.getText().indexOf(text);
    assert.ok(at >= 0, `"${text}" is in the draft`);
    const position = editor.document.positionAt(at + 2);
    editor.selection = new vscode.Selection(position, position);
    return position;
  }

  function webviewTabOpen(): boolean {
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('groundwork.evidence')));
  }

  it('opens beside the draft on a mismatched figure: verdict, one support score, the differing figures marked, a link to the source', async () => {
    const editor = await openDraft();
    await cursorOn(editor, 'The G7 unveiled 62');
    assert.equal(await vscode.commands.executeCommand('groundwork.showEvidence'), true);
    await until('a webview tab of the evidence view', () => webviewTabOpen());
    const view = api.evidenceView();
    assert.equal(view.kind, 'number-mismatch');
    const html = view.html ?? '';
    assert.match(html, /<h1>Number mismatch<\/h1>/);
    // One score, the support score, on a stated scale.
    assert.equal(html.match(/<meter /g)?.length, 1);
    assert.doesNotMatch(html, /score \d/i);
    assert.match(html, /<mark class="conflict">62<\/mark>/);
    assert.match(html, /<mark class="conflict">26<\/mark>/);
    assert.match(html, /<mark class="match">[^<]*Critical Minerals Production Alliance[^<]*<\/mark>/);
    assert.match(html, /href="command:groundwork\.openSource\?[^"]*global-times-pax-silica-alliance\.txt/);
    // Strict policy: no script, nothing loaded from outside.
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-/);
    assert.doesNotMatch(html, /<script|https?:\/\//);
  });

  it('follows the cursor to another statement, and shows only passages that support a supported one', async () => {
    const editor = await openDraft();
    await cursorOn(editor, 'The G7 unveiled 62');
    await vscode.commands.executeCommand('groundwork.showEvidence');
    // The panel opens beside the draft; the draft keeps the focus.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    await cursorOn(editor, 'Foreign Ministry Spokesperson Guo Jiakun said');
    const view = await until('the view to follow the cursor', () => (api.evidenceView().kind === 'supported' ? api.evidenceView() : undefined));
    const html = view.html ?? '';
    assert.match(html, /<h1>Supported<\/h1>/);
    assert.doesNotMatch(html, /Closest passage|Conflicting passage/);
    assert.match(html, /<h3>Supporting passage<\/h3>/);
    assert.match(html, /<mark class="match">[^<]*Guo Jiakun/);
  });

  it('an unsupported statement: the words no source has are marked, and no unrelated passage is shown', async () => {
    const editor = await openDraft();
    await cursorOn(editor, 'The alliance was founded by ten African');
    await vscode.commands.executeCommand('groundwork.showEvidence');
    const view = api.evidenceView();
    assert.equal(view.kind, 'unsupported');
    assert.match(view.html ?? '', /<mark class="missing">[^<]*African/);
  });

  it('the statement hover card links to the evidence view, and the link opens it there', async () => {
    const editor = await openDraft();
    const position = await cursorOn(editor, 'Zhou Mi said');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hoverText(hovers);
    const link = /\(command:groundwork\.showEvidence\?([^ )]+)/.exec(text);
    assert.ok(link, `a Show evidence link in ${text}`);
    // Run the link as VS Code would: its arguments are URI-encoded JSON.
    const args = JSON.parse(decodeURIComponent(link[1]!)) as unknown[];
    await vscode.commands.executeCommand('groundwork.showEvidence', ...args);
    assert.equal(api.evidenceView().kind, 'misquote');
  });

  it('escapes what a draft or source says: markup in a statement stays text', async () => {
    const editor = await openDraft();
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\nThe 5<script>x</script> alliance of "friends" & 7<b>c</b> members was founded in Ohio.\n'));
    await cursorOn(editor, 'The 5<script>');
    await vscode.commands.executeCommand('groundwork.showEvidence');
    const html = api.evidenceView().html ?? '';
    // Inline HTML of a draft is not part of its statement text; what remains is escaped.
    assert.match(html, /&quot;(<mark class="conflict">)?friends(<\/mark>)?&quot; &amp; 7c members/);
    assert.doesNotMatch(html, /<script|<b>/);
  });
});

describe('Groundwork Sources view', function () {
  it('lists each source by its title, with its date, passages and names', async () => {
    const api = await groundwork();
    const view = await until('the view to be ready', () => (api.sourcesView().state === 'ready' ? api.sourcesView() : undefined));
    assert.equal(view.rows.length, api.sourceCount());
    const article = view.rows.find((r) => /Pax Silica/.test(r.label) && /AI supply chains/.test(r.label));
    assert.ok(article, JSON.stringify(view.rows));
    assert.match(article.description, /^2025-12-12 · \d+ passages, \d+ names$/);
  });
});

describe('Groundwork Findings view', function () {
  afterEach(closeAll);

  const ofDraft = (groups: { group: string; findings: { label: string; description: string }[] }[]) => groups
    .map((g) => ({ group: g.group, findings: g.findings.filter((f) => f.description.startsWith('drafts/pax-silica.md:')) }))
    .filter((g) => g.findings.length > 0);

  it('groups the findings of the checked drafts by verdict, worst first, and follows edits', async () => {
    const api = await groundwork();
    const editor = await openDraft();
    const count = (n: number) => () => {
      const shown = ofDraft(api.findingsView());
      return shown.reduce((sum, g) => sum + g.findings.length, 0) === n ? shown : undefined;
    };
    const groups = await until('the findings of the open draft', count(3));
    assert.deepEqual(groups.map((g) => g.group), ['Misquote', 'Number mismatch', 'Unsupported']);
    const figure = groups[1]!.findings[0]!;
    assert.match(figure.label, /^The G7 unveiled 62 new investments/);
    const line = editor.document.positionAt(editor.document.getText().indexOf('The G7 unveiled 62')).line + 1;
    assert.equal(figure.description, `drafts/pax-silica.md:${line}`);
    // A new unsupported statement joins its group; undo takes it away.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\nThe alliance will open an office in Ohio in 2031.\n'));
    const more = await until('the new finding', count(4));
    assert.ok(more.find((g) => g.group === 'Unsupported')!.findings.some((f) => /Ohio in 2031/.test(f.label)));
    await vscode.commands.executeCommand('undo');
    await until('the finding to go', count(3));
  });
});
