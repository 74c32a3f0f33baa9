// Files on the extension host's own disk (`file:` URIs) are read through node:fs, everything else
// through vscode.workspace.fs. Each vscode.workspace.fs call first asks the workbench whether the
// scheme's provider is activated, a round trip that waits while the workbench is busy starting
// (in code-server it crosses to the browser): with two sources, the first build spent 0.3-1.3 s of
// its 1.0-2.6 s waiting on such trips. A `file:` URI names a file the Node extension host can
// open itself, locally or on the remote machine it runs on.
import { lstat, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import * as vscode from 'vscode';

/** Whether the URI names a file the extension host opens itself. */
export function isLocal(uri: vscode.Uri): boolean {
  return uri.scheme === 'file';
}

export async function readUri(uri: vscode.Uri): Promise<Uint8Array> {
  return isLocal(uri) ? readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}

export async function writeUri(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  if (isLocal(uri)) {
    await mkdir(nodePath.dirname(uri.fsPath), { recursive: true });
    await writeFile(uri.fsPath, bytes);
    return;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, bytes);
}

/** Size and modification time (whole milliseconds, as vscode.workspace.fs gives them) of what the URI leads to; whether it is a file. */
export async function statUri(uri: vscode.Uri): Promise<{ size: number; mtime: number; isFile: boolean }> {
  if (isLocal(uri)) {
    const s = await stat(uri.fsPath);
    return { size: s.size, mtime: Math.trunc(s.mtimeMs), isFile: s.isFile() };
  }
  const s = await vscode.workspace.fs.stat(uri);
  return { size: s.size, mtime: s.mtime, isFile: (s.type & vscode.FileType.File) !== 0 };
}

/** Whether the entry itself is a symbolic link; false when there is none. */
export async function isSymbolicLink(uri: vscode.Uri): Promise<boolean> {
  try {
    if (isLocal(uri)) return (await lstat(uri.fsPath)).isSymbolicLink();
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) !== 0;
  } catch {
    return false;
  }
}
