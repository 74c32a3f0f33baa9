// The persisted index of the CLI: one file in the workspace's cache folder (config `cache`).
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { CacheIO } from '../core/index/cache.js';

export const INDEX_FILE_NAME = 'index.bin';

export function nodeCacheIO(root: string, cacheFolder: string): CacheIO {
  const file = path.resolve(root, ...cacheFolder.split('/'), INDEX_FILE_NAME);
  return {
    read: () => readFile(file).catch(() => undefined),
    async write(bytes) {
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside, then renamed over: a run that reads the index never sees half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, file);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    },
  };
}
