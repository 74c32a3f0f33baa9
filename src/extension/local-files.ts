// Listing a folder on the extension host's own disk the way VS Code's file search lists it. No
// `vscode` import, so it is unit-tested in plain Node.
import { readdir, realpath, stat } from 'node:fs/promises';
import * as nodePath from 'node:path';

/**
 * Every file under a local folder, relative with forward slashes, as `workspace.findFiles(folder,
 * '**' + '/*', '{**' + '/node_modules/**,**' + '/.git/**}')` finds them (its ripgrep, run with
 * --hidden and --follow): hidden files included, symbolic links followed unless a link leads to a
 * folder it is already inside (a loop), links to nothing left out, folders named in
 * `skippedFolders` skipped. Unsorted.
 */
export async function listLocalFiles(root: string, skippedFolders: ReadonlySet<string>): Promise<string[]> {
  const files: string[] = [];
  /** `ancestors`: the real paths of the folders this one is inside, itself last. */
  const visit = async (folder: string, prefix: string, ancestors: readonly string[]): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    const folders: Promise<void>[] = [];
    for (const entry of entries) {
      const full = nodePath.join(folder, entry.name);
      const relative = prefix + entry.name;
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        if (target?.isFile()) files.push(relative);
        if (!target?.isDirectory() || skippedFolders.has(entry.name)) continue;
        folders.push((async () => {
          const real = await realpath(full).catch(() => undefined);
          if (real !== undefined && !ancestors.includes(real)) await visit(full, `${relative}/`, [...ancestors, real]);
        })());
      } else if (entry.isFile()) {
        files.push(relative);
      } else if (entry.isDirectory() && !skippedFolders.has(entry.name)) {
        folders.push(visit(full, `${relative}/`, [...ancestors, nodePath.join(ancestors.at(-1)!, entry.name)]));
      }
    }
    await Promise.all(folders);
  };
  await visit(root, '', [await realpath(root).catch(() => nodePath.resolve(root))]);
  return files;
}
