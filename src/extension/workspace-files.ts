// The core's view of a workspace folder (`WorkspaceFiles`) through vscode.workspace.fs, so it
// works for local, remote and virtual folders alike.
import * as vscode from 'vscode';
import type { WorkspaceFiles } from '../core/workspace.js';
import { relativePathOf, uriOf } from './convert.js';

// Folders no one keeps sources or drafts in, and that can hold a great many files.
const SKIPPED = '{**/node_modules/**,**/.git/**}';

export class VscodeWorkspaceFiles implements WorkspaceFiles {
  constructor(private readonly folder: vscode.WorkspaceFolder) {}

  async listFiles(): Promise<string[]> {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, '**/*'), SKIPPED);
    return uris.map((uri) => relativePathOf(this.folder.uri, uri)).filter((p): p is string => p !== undefined).sort();
  }

  /**
   * Reads a workspace-relative file. A path that would leave the folder is refused whatever
   * the configuration says: in an untrusted workspace nothing outside it may be read.
   */
  async readFile(path: string): Promise<Uint8Array> {
    if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..')) {
      throw new Error(`${path} is outside the workspace folder; Groundwork reads only files inside it`);
    }
    return vscode.workspace.fs.readFile(uriOf(this.folder.uri, path));
  }
}
