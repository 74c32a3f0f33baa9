// A source of a folder on the extension host's own disk, read by a reading thread itself: the
// host's event loop, shared with every other extension, took up to half a second per read at
// start-up on a busy machine (each read is several round trips through it: the link checks,
// open, stat, read, close), while a thread reads on its own. The same refusals as the host's
// reader (src/extension/workspace-files.ts) in the same words: a path that would leave the
// folder, a symbolic link leading out of it, any link in an untrusted workspace. No `vscode`
// import: this runs in the thread.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import * as nodePath from 'node:path';
import { linkRefusal, type LinkView } from '../core/workspace-bounds.js';

/** Where a thread reads a workspace's sources: the folder's path on disk, and how links are treated there. */
export interface LocalFolder {
  /** The workspace folder, an absolute path on this machine. */
  root: string;
  /** Whether a link that stays inside the folder is followed (a trusted workspace). */
  followLinks: boolean;
  /** Whether the file system ignores case (Windows, macOS). */
  ignoreCase: boolean;
}

/** The message of a path that would leave the folder, as the host's reader words it. */
export function outsideFolderMessage(path: string): string {
  return `${path} is outside the workspace folder; Groundwork reads only files inside it`;
}

/**
 * Reads a workspace-relative file of a local folder, refusing what the host's reader refuses
 * (with an error whose `code` is `OUTSIDE_WORKSPACE`). `linkedFolders` keeps which folders on the
 * way are links, looked at once per reader as the host does.
 */
export async function readLocalSource(folder: LocalFolder, path: string, linkedFolders: Map<string, boolean>): Promise<Uint8Array> {
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..')) throw new Error(outsideFolderMessage(path));
  const full = (relative: string) => nodePath.join(folder.root, ...relative.split('/'));
  const links: LinkView = {
    isLink: async (prefix, isFolder) => {
      const known = isFolder ? linkedFolders.get(prefix) : undefined;
      if (known !== undefined) return known;
      let linked: boolean;
      try {
        linked = lstatSync(full(prefix)).isSymbolicLink();
      } catch {
        linked = false;
      }
      if (isFolder) linkedFolders.set(prefix, linked);
      return linked;
    },
    realPaths: async (relative) => {
      try {
        return { folder: realpathSync.native(folder.root), target: realpathSync.native(full(relative)) };
      } catch {
        return undefined;
      }
    },
  };
  const refusal = await linkRefusal(path, links, { followLinks: folder.followLinks, ignoreCase: folder.ignoreCase });
  if (refusal) throw Object.assign(new Error(refusal), { code: 'OUTSIDE_WORKSPACE' });
  return readFileSync(full(path));
}
