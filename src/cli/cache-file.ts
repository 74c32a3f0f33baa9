// The persisted index of the CLI: one file in the workspace's cache folder (config `cache`).
import { lstat, mkdir, readdir, readFile, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { CacheIO } from '../core/index/cache.js';
import { isWithinFolder } from '../core/workspace-bounds.js';

export const INDEX_FILE_NAME = 'index.bin';

// Case-insensitive file systems by default: a real path may differ from the root in case alone.
const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/**
 * Why the cache folder may not be used, or undefined when it may: a folder on its way (`.groundwork`,
 * `.groundwork/cache`) that is a symbolic link out of the workspace would have the index written
 * wherever the link points, and read from there.
 */
export async function cacheFolderRefusal(root: string, cacheFolder: string): Promise<string | undefined> {
  const parts = cacheFolder.split('/').filter((p) => p !== '' && p !== '.');
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  for (let i = 1; i <= parts.length; i++) {
    const shown = parts.slice(0, i).join('/');
    const folder = path.resolve(root, ...parts.slice(0, i));
    const info = await lstat(folder).catch(() => undefined);
    if (!info) return undefined; // created by the first save, as a plain folder
    if (!info.isSymbolicLink()) continue;
    const real = await realpath(folder).catch(() => undefined);
    if (real === undefined || !isWithinFolder(realRoot, real, CASE_INSENSITIVE)) {
      return `${shown} is a symbolic link to a place outside the workspace folder; the index is not kept there (checking without the cache)`;
    }
  }
  return undefined;
}

export function nodeCacheIO(root: string, cacheFolder: string): CacheIO {
  const file = path.resolve(root, ...cacheFolder.split('/'), INDEX_FILE_NAME);
  return {
    read: () => readFile(file).catch(() => undefined),
    async write(bytes) {
      await mkdir(path.dirname(file), { recursive: true });
      await removeStaleTemporaries(path.dirname(file));
      // Written aside, then renamed over: a run that reads the index never sees half a file.
      // `wx`: a file planted under the temporary name (a link, say) is never written through.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, bytes, { flag: 'wx' });
        await rename(temporary, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await unlink(temporary).catch(() => undefined);
        throw error;
      }
    },
  };
}

/** Temporary index files of runs that ended before renaming theirs (`kill -9`): their process is gone. */
async function removeStaleTemporaries(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^index\.bin\.(\d+)\.tmp$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && !isRunning(pid)) await unlink(path.join(folder, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
