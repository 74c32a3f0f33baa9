// Lists files under a folder whose names end with a suffix, sorted (Node 20 has no fs.glob).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** @returns {string[]} absolute paths */
export function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}
