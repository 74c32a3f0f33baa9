// The persisted index in the extension's workspace storage (the core's cache format), so opening
// the workspace again reads one file instead of every source. Never inside the workspace itself.
import * as vscode from 'vscode';
import { encodeSteps, statStamp, type CacheIO, type SourceStamp } from '../core/index/cache.js';
import { drain, SLICE_MS } from '../core/steps.js';
import type { Corpus } from '../core/index/corpus.js';
import { uriOf } from './convert.js';
import { readUri, statUri, writeUri } from './disk.js';

const FILE_NAME = 'index.gwix';
/** Source changes arriving together are saved once. */
const SAVE_DELAY_MS = 2000;
export class IndexCache implements vscode.Disposable {
  private saveTimer?: ReturnType<typeof setTimeout>;
  /**
   * Resolves when saving may go on: saving is never urgent, so it waits while drafts are being
   * checked (a first check that shared the host with it took up to twice as long).
   */
  giveWay: () => Promise<void> = () => Promise.resolve();
  /** Saving runs in slices of about SLICE_MS, between which the extension host runs and checks go first. */
  private readonly slices = {
    pause: async (): Promise<void> => {
      await new Promise((resolve) => setImmediate(resolve));
      await this.giveWay();
    },
    sliceMs: SLICE_MS,
  };

  constructor(
    private readonly folder: vscode.WorkspaceFolder,
    private readonly storage: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  private get file(): vscode.Uri {
    return vscode.Uri.joinPath(this.storage, FILE_NAME);
  }

  /** The core's view of the file. */
  get io(): CacheIO {
    return {
      read: () => this.read(),
      write: (bytes) => this.write(bytes),
    };
  }

  async read(): Promise<Uint8Array | undefined> {
    try {
      return await readUri(this.file);
    } catch {
      return undefined;
    }
  }

  private async write(bytes: Uint8Array): Promise<void> {
    await writeUri(this.file, bytes);
  }

  /** Stamps (size and modification time) of workspace files; a file that cannot be statted gets none. */
  async stamps(paths: string[]): Promise<SourceStamp[]> {
    return Promise.all(paths.map(async (path) => {
      try {
        const stat = await statUri(uriOf(this.folder.uri, path));
        return { path, stamp: statStamp(stat.size, stat.mtime) };
      } catch {
        return { path, stamp: '' };
      }
    }));
  }

  /** Saves the corpus a little later; a newer call replaces a pending one. */
  scheduleSave(corpus: () => Corpus): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(corpus()), SAVE_DELAY_MS);
  }

  async save(corpus: Corpus): Promise<void> {
    try {
      await this.giveWay();
      const stamps = new Map((await this.stamps(corpus.documents.map((d) => d.path))).map((s) => [s.path, s.stamp]));
      // In slices, so the host stays responsive; a corpus changed meanwhile is saved by the save its change scheduled.
      const revision = corpus.revision;
      const snapshot = await drain(corpus.snapshotSteps(), this.slices);
      if (corpus.revision !== revision) return;
      await this.write(await drain(encodeSteps(snapshot, (path) => stamps.get(path) ?? ''), this.slices));
    } catch (error) {
      this.log.warn(`Could not save the index: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
  }
}
