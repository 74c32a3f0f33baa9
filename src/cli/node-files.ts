// The workspace as the CLI sees it: a folder on disk.
import { statSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { LoadWarning, WorkspaceFiles } from '../core/workspace.js';
import { isWithinFolder, linkOutsideMessage, OutsideWorkspaceError } from '../core/workspace-bounds.js';

// Folders no one keeps sources or drafts in, and that can hold a great many files.
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

// Case-insensitive file systems by default: a real path may differ from the root in case alone.
const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

function isOutsideLexically(relative: string): boolean {
  return relative === '..' || relative.startsWith('../') || path.isAbsolute(relative);
}

/** Files under `root`, walked once and remembered: `check` asks for the list twice. */
export class NodeWorkspaceFiles implements WorkspaceFiles {
  private listing?: Promise<string[]>;
  private realRoot?: Promise<string>;
  private readonly skipped: LoadWarning[] = [];

  constructor(readonly root: string) {}

  listFiles(): Promise<string[]> {
    this.listing ??= this.walk();
    return this.listing;
  }

  /** Links the walk did not follow: loops, links to nothing, links back into a folder already walked, links out of the workspace. */
  async listingProblems(): Promise<LoadWarning[]> {
    await this.listFiles();
    return this.skipped;
  }

  /**
   * Reads a file. A path inside the workspace that a symbolic link (the file's or a folder's)
   * leads out of it is refused: a link to a key or an env file must not end up as evidence in
   * output that CI publishes. A path the user named outside the workspace is theirs to name.
   */
  async readFile(relative: string): Promise<Uint8Array> {
    const file = this.absolute(relative);
    if (!isOutsideLexically(relative) && !(await this.realpathInside(file))) throw new OutsideWorkspaceError(relative);
    return readFile(file);
  }

  async stat(relative: string): Promise<{ size: number; mtimeMs: number; ctimeMs: number; ino: number }> {
    // Synchronous: a second `check` stamps every source before anything else can run, and ten
    // thousand trips through the thread pool cost more than the calls themselves.
    const s = statSync(this.absolute(relative));
    return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
  }

  absolute(relative: string): string {
    return path.resolve(this.root, ...relative.split('/'));
  }

  /** The workspace-relative form of a path given relative to `cwd`, with forward slashes. */
  relative(cwd: string, given: string): string {
    return path.relative(this.root, path.resolve(cwd, given)).split(path.sep).join('/');
  }

  /** Whether the real location of `file` is inside the real workspace root; a missing file is left to the read to report. */
  private async realpathInside(file: string): Promise<boolean> {
    const real = await realpath(file).catch(() => undefined);
    if (real === undefined) return true;
    this.realRoot ??= realpath(this.root).catch(() => path.resolve(this.root));
    return isWithinFolder(await this.realRoot, real, CASE_INSENSITIVE);
  }

  private async walk(): Promise<string[]> {
    const files: string[] = [];
    // Real paths of folders already entered: a symlink back up the tree is walked once only.
    const entered = new Set<string>();
    const visit = async (folder: string, prefix: string): Promise<void> => {
      let real: string;
      try {
        real = await realpath(folder);
      } catch {
        return;
      }
      if (entered.has(real)) {
        const shown = prefix.replace(/\/$/, '');
        this.skipped.push({ path: shown, message: `${shown} is a symbolic link back to a folder already read (a loop); skipped` });
        return;
      }
      entered.add(real);
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const full = path.join(folder, entry.name);
        const relative = prefix + entry.name;
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = await stat(full).catch((error: NodeJS.ErrnoException) => error);
          if (target instanceof Error) {
            const what = target.code === 'ELOOP' ? 'a symbolic link loop' : 'a symbolic link to nothing';
            this.skipped.push({ path: relative, message: `${relative} is ${what}; skipped` });
            continue;
          }
          isDirectory = target.isDirectory();
          isFile = target.isFile();
          if ((isDirectory || isFile) && !(await this.realpathInside(full))) {
            this.skipped.push({ path: relative, message: linkOutsideMessage(relative) });
            continue;
          }
        }
        if (isDirectory) {
          if (!SKIPPED_FOLDERS.has(entry.name)) await visit(full, relative + '/');
        } else if (isFile) {
          files.push(relative);
        }
      }
    };
    await visit(this.root, '');
    return files;
  }
}
