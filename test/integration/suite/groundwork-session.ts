// Shared by the Groundwork suites: the activated extension, the fixture workspace, and waits on
// VS Code events (never fixed sleeps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroundworkApi } from '../../../src/extension/extension.js';

export const DRAFT = 'drafts/pax-silica.md';

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** Activates Groundwork and waits for its first index of the sources. */
export async function groundwork(): Promise<GroundworkApi> {
  const id = process.env.GROUNDWORK_TEST_EXTENSION_ID ?? 'groundwork.groundwork';
  const extension = vscode.extensions.getExtension<GroundworkApi>(id);
  assert.ok(extension, `extension ${id} is installed`);
  const api = await extension.activate();
  await api.whenIndexed();
  return api;
}

export async function openDraft(relative = DRAFT): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

/** Groundwork's diagnostics of a document. */
export function groundworkDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'groundwork');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Polls a condition until it holds or the deadline passes; for state no event announces. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((part) => (typeof part === 'string' ? part : 'value' in part ? part.value : ''))).join('\n');
}

/** Text of the document between two line-based positions of a diagnostic. */
export function textAt(document: vscode.TextDocument, range: vscode.Range): string {
  return document.getText(range);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
