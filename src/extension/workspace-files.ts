// The core's view of a workspace folder (`WorkspaceFiles`): through node:fs for a folder on the
// extension host's disk (no round trip to the workbench, see disk.ts), through VS Code's file
// system and search for a remote or virtual one.
import { realpath } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { WorkspaceFiles } from '../core/workspace.js';
import { linkRefusal, type LinkView } from '../core/workspace-bounds.js';
import { relativePathOf, uriOf } from './convert.js';
import { isLocal, isSymbolicLink, readUri } from './disk.js';
import { listLocalFiles } from './local-files.js';
import { outsideFolderMessage } from '../threads/local-read.js';

// Folders no one keeps sources or drafts in, and that can hold a great many files.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const SKIPPED = `{${[...SKIPPED_FOLDERS].map((name) => `**/${name}/**`).join(',')}}`;
// Case-insensitive file systems by default: a real path may differ from the folder's in case alone.
export const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

export class VscodeWorkspaceFiles implements WorkspaceFiles {
  private readonly linkedFolders = new Map<string, Promise<boolean>>();

  constructor(private readonly folder: vscode.WorkspaceFolder) {}

  async listFiles(): Promise<string[]> {
    if (isLocal(this.folder.uri)) return (await listLocalFiles(this.folder.uri.fsPath, SKIPPED_FOLDERS)).sort();
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, '**/*'), SKIPPED);
    return uris.map((uri) => relativePathOf(this.folder.uri, uri)).filter((p): p is string => p !== undefined).sort();
  }

  /**
   * Reads a workspace-relative file. A path that would leave the folder is refused whatever
   * the configuration says, and so is a symbolic link that leads out of the folder (a key or an
   * env file must not become evidence). In an untrusted workspace no link is followed at all.
   */
  async readFile(path: string): Promise<Uint8Array> {
    if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..')) {
      throw new Error(outsideFolderMessage(path));
    }
    const refusal = await linkRefusal(path, this.links, { followLinks: vscode.workspace.isTrusted, ignoreCase: CASE_INSENSITIVE });
    if (refusal) throw Object.assign(new Error(refusal), { code: 'OUTSIDE_WORKSPACE' });
    return readUri(uriOf(this.folder.uri, path));
  }

  /** Links as the editor's file system sees them. Folders are looked at once, files at every read. */
  private readonly links: LinkView = {
    isLink: (prefix, isFolder) => {
      let linked = isFolder ? this.linkedFolders.get(prefix) : undefined;
      if (!linked) {
        linked = isSymbolicLink(uriOf(this.folder.uri, prefix));
        if (isFolder) this.linkedFolders.set(prefix, linked);
      }
      return linked;
    },
    // Only a local folder can say where a link leads: a remote or virtual one follows no link.
    realPaths: async (path) => {
      if (this.folder.uri.scheme !== 'file') return undefined;
      try {
        const [folder, target] = await Promise.all([realpath(this.folder.uri.fsPath), realpath(uriOf(this.folder.uri, path).fsPath)]);
        return { folder, target };
      } catch {
        return undefined;
      }
    },
  };
}
