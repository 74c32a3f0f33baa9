import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, groundwork, openDraft } from './groundwork-session.js';

describe('completions', function () {
  let editor: vscode.TextEditor;

  before(async () => {
    await groundwork();
    editor = await openDraft();
  });

  afterEach(async () => {
    // Put the fixture back as it was.
    while (editor.document.isDirty) await vscode.commands.executeCommand('undo');
  });

  after(closeAll);

  /** Types text at the end of the draft and asks for completions there. */
  async function completeAfter(text: string, trigger?: string): Promise<vscode.CompletionItem[]> {
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, `\n\n${text}`));
    const position = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, trigger);
    return list.items;
  }

  const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

  it('inside [...]( offers the sources, the best evidence for the sentence first, as paths from the draft', async () => {
    const items = await completeAfter("The US State Department has introduced the Pax Silica initiative to counter China's dominance ([PS](", '(');
    // VS Code's own Markdown support offers the draft's headings and files here too; ours are the sources.
    const sources = items.filter((i) => String(i.insertText).startsWith('../seeds/'));
    assert.equal(sources.length, 2, `got ${items.map(labelOf).join(', ')}`);
    const first = [...sources].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)))[0]!;
    assert.equal(String(first.insertText), '../seeds/pax-silica-initiative-minerals.txt');
    assert.match(String(first.detail), /seeds\/pax-silica-initiative-minerals\.txt/);
    await editor.edit((edit) => edit.replace(first.range as vscode.Range, String(first.insertText)));
    assert.match(editor.document.lineAt(editor.document.lineCount - 1).text, /\(\[PS\]\(\.\.\/seeds\/pax-silica-initiative-minerals\.txt$/);
  });

  it('after [^ offers a footnote citing a source, and adds its definition', async () => {
    const items = await completeAfter('The US is forming a coalition to counter China.[^', '^');
    const gt = items.find((i) => /global-times/.test(String(i.detail)));
    assert.ok(gt, `got ${items.map(labelOf).join(', ')}`);
    assert.equal(String(gt.insertText), '1]');
    assert.match(gt.additionalTextEdits?.[0]?.newText ?? '', /^\n*\[\^1\]: \[.+\]\(\.\.\/seeds\/global-times-pax-silica-alliance\.txt\)\n$/);
  });

  it('offers entity names by prefix, with kind and source', async () => {
    const items = await completeAfter('A statement by Gu');
    const guo = items.find((i) => labelOf(i) === 'Guo Jiakun');
    assert.ok(guo, `got ${items.map(labelOf).join(', ')}`);
    assert.match(String(guo.detail), /^person · seeds\//);
  });

  it('finds Zhou Mi from the misspelling "Zhuo"', async () => {
    const items = await completeAfter('The researcher Zhuo');
    const zhou = items.find((i) => labelOf(i) === 'Zhou Mi');
    assert.ok(zhou, `got ${items.map(labelOf).join(', ')}`);
    assert.equal(zhou.filterText, 'Zhuo');
  });

  it('after an opening quotation mark, inserts the exact quote, closing mark, speaker and a citation titled like the article', async () => {
    const items = await completeAfter('As the ministry put it, “We have', '“');
    const quote = items.find((i) => labelOf(i) === 'We have noted relevant reports.');
    assert.ok(quote, `got ${items.map(labelOf).join(', ')}`);
    assert.equal(String(quote.insertText), 'We have noted relevant reports.” — Guo Jiakun ([US launches ‘Pax Silica’ alliance…, 2025-12-12](../seeds/global-times-pax-silica-alliance.txt))');
    const range = quote.range as vscode.Range;
    await editor.edit((edit) => edit.replace(range, String(quote.insertText)));
    const last = editor.document.lineAt(editor.document.lineCount - 1).text;
    assert.match(last, /^As the ministry put it, “We have noted relevant reports\.” — Guo Jiakun \(\[US launches/);
  });

  it('does not repeat a speaker the line already names, nor the comma the source has before "Zhou said"', async () => {
    const named = (await completeAfter('Guo said “We have', '“')).find((i) => labelOf(i) === 'We have noted relevant reports.');
    assert.ok(named);
    assert.match(String(named.insertText), /^We have noted relevant reports\.” \(\[US launches/);
    const zhou = (await completeAfter('Analysts doubt it: “Companies are likely', '“')).find((i) => labelOf(i).startsWith('Companies are likely'));
    assert.ok(zhou);
    assert.match(String(zhou.insertText), /remains questionable” — Zhou Mi \(/);
  });

  it('does not offer a scare-quoted fragment as a quotation', async () => {
    const items = await completeAfter('They courted “allies', '“');
    assert.ok(!items.some((i) => labelOf(i) === 'allies and partner'), `got ${items.map(labelOf).join(', ')}`);
  });

  it('offers figures from the sources', async () => {
    const items = await completeAfter('The ultimatum lasts 18');
    assert.ok(items.some((i) => labelOf(i).startsWith('180')), `got ${items.map(labelOf).join(', ')}`);
  });

  it('offers nothing inside code', async () => {
    const items = await completeAfter('```\nGu');
    assert.ok(!items.some((i) => labelOf(i) === 'Guo Jiakun'));
  });
});
