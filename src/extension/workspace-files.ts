// The core's view of a workspace folder (`WorkspaceFiles`) through vscode.workspace.fs, so it
// works for local, remote and virtual folders alike.
import * as vscode from 'vscode';
import type { WorkspaceFiles } from '../core/workspace.js';
import { relativePathOf, uriOf } from './convert.js';

// Folders no one keeps sources or drafts in, and that can hold a great many files.
const SKIPPED = '{**/node_modules/**,**/.git/**}';

export class VscodeWorkspaceFiles implements WorkspaceFiles {
  private readonly linkedFolders = new Map<string, Promise<boolean>>();

  constructor(private readonly folder: vscode.WorkspaceFolder) {}

  async listFiles(): Promise<string[]> {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, '**/*'), SKIPPED);
    return uris.map((uri) => relativePathOf(this.folder.uri, uri)).filter((p): p is string => p !== undefined).sort();
  }

  /**
   * Reads a workspace-relative file. A path that would leave the folder is refused whatever
   * the configuration says, and so is a symbolic link in an untrusted workspace: there nothing
   * outside the folder may be read.
   */
  async readFile(path: string): Promise<Uint8Array> {
    if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..')) {
      throw new Error(`${path} is outside the workspace folder; Groundwork reads only files inside it`);
    }
    const uri = uriOf(this.folder.uri, path);
    // A symbolic link may lead anywhere: in an untrusted workspace none is followed.
    if (!vscode.workspace.isTrusted && (await this.throughLink(path))) {
      throw new Error(`${path} is reached through a symbolic link; in an untrusted workspace Groundwork follows no link, which could lead outside the folder`);
    }
    return vscode.workspace.fs.readFile(uri);
  }

  /** Whether the path or one of its folders is a symbolic link. Folders are looked at once. */
  private async throughLink(path: string): Promise<boolean> {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const isFolder = i < parts.length;
      let linked = isFolder ? this.linkedFolders.get(prefix) : undefined;
      if (!linked) {
        linked = Promise.resolve(vscode.workspace.fs.stat(uriOf(this.folder.uri, prefix))).then(
          (stat) => (stat.type & vscode.FileType.SymbolicLink) !== 0,
          () => false,
        );
        if (isFolder) this.linkedFolders.set(prefix, linked);
      }
      if (await linked) return true;
    }
    return false;
  }
}
