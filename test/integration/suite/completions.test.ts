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

  it('after an opening quotation mark, inserts the exact quote, closing mark, speaker and citation', async () => {
    const items = await completeAfter('Guo said “We have', '“');
    const quote = items.find((i) => labelOf(i) === 'We have noted relevant reports.');
    assert.ok(quote, `got ${items.map(labelOf).join(', ')}`);
    assert.match(String(quote.insertText), /^We have noted relevant reports\.” — Guo Jiakun \(\[.+\]\(\.\.\/seeds\/global-times-pax-silica-alliance\.txt\)\)$/);
    const range = quote.range as vscode.Range;
    await editor.edit((edit) => edit.replace(range, String(quote.insertText)));
    const last = editor.document.lineAt(editor.document.lineCount - 1).text;
    assert.match(last, /^Guo said “We have noted relevant reports\.” — Guo Jiakun \(/);
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
