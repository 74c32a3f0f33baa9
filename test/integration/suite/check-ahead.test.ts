import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../runner/wait-for-diagnostics.js';
import { closeAll, DRAFT, groundwork, groundworkDiagnostics, openDraft, until } from './groundwork-session.js';

/** What the writer sees of a diagnostic, evidence included. */
function shown(found: vscode.Diagnostic[]): string[] {
  return found.map((d) => JSON.stringify([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.message, typeof d.code === 'object' ? String(d.code.value) : d.code, (d.relatedInformation ?? []).map((r) => [r.location.uri.toString(), r.location.range.start.line, r.location.range.start.character, r.message])])).sort();
}

describe('drafts on disk are checked before they are opened', function () {
  after(closeAll);

  it('a draft opened after a build shows verdicts judged ahead, the same as a check that judges them all', async () => {
    const api = await groundwork();
    await closeAll();
    const before = api.checkedAhead().filter((path) => path === DRAFT).length;
    // Each build checks the drafts no tab shows, while no check is asked for.
    await vscode.commands.executeCommand('groundwork.rebuildIndex');
    await until('the draft to be checked ahead', () => api.checkedAhead().filter((path) => path === DRAFT).length > before, 20_000);

    const prior = api.lastCheck();
    const editor = await openDraft();
    const uri = editor.document.uri;
    const opened = await until('the opened draft to be checked', () => {
      const last = api.lastCheck();
      return last !== prior && last?.path === DRAFT && groundworkDiagnostics(uri).length > 0 ? last : undefined;
    });
    assert.ok(opened.statements > 0);
    assert.equal(opened.reused, opened.statements, 'every verdict was judged before the draft was opened');
    const ahead = shown(groundworkDiagnostics(uri));

    // A rebuild with the draft open checks it again from nothing (its tab excludes it from the
    // checks ahead): the same diagnostics.
    await vscode.commands.executeCommand('groundwork.rebuildIndex');
    const again = await until('the open draft to be checked again', () => {
      const last = api.lastCheck();
      return last !== opened && last?.path === DRAFT && last.reused === 0 ? last : undefined;
    }, 20_000);
    assert.equal(again.statements, opened.statements);
    await waitForDiagnostics(uri, (found) => found.some((d) => d.source === 'groundwork'));
    assert.deepEqual(shown(groundworkDiagnostics(uri)), ahead);
  });
});
