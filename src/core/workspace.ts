// Turns a workspace's files into a Corpus and a list of drafts. Shared by the CLI (node fs) and
// the extension (vscode.workspace.fs): both only implement `WorkspaceFiles`.
import { createMatcher } from './config/glob.js';
import type { GroundworkConfig } from './config/types.js';
import { loadOrBuildCorpus, statStamp, type CacheIO } from './index/cache.js';
import { Corpus } from './index/corpus.js';
import type { AnalysedDocument } from './index/analyse.js';
import type { FreshDocument } from './index/snapshot.js';
import type { SourceDocument } from './model.js';
import { readSource, sourceFormatOf } from './sources/read.js';
import { mapInFlight } from './in-flight.js';

export interface WorkspaceFiles {
  /** Every file, workspace-relative with forward slashes (implementations skip .git, node_modules, symlink loops). */
  listFiles(): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Paths the listing left out for a reason the writer should hear of (a symbolic link loop). */
  listingProblems?(): Promise<LoadWarning[]>;
  /**
   * Size and modification time, for the persisted index to tell which sources changed; where the
   * file system has them, the change time and inode too, which no edit can put back.
   */
  stat?(path: string): Promise<{ size: number; mtimeMs: number; ctimeMs?: number; ino?: number }>;
}

/**
 * Reads and analyses a source's bytes off the calling thread (the CLI's worker threads): the
 * document with its analysis, or why it could not be read (as `sourceReadProblem` words it).
 * Undefined for a source it leaves to the caller (read and indexed on the calling thread).
 */
export type SourceAnalyser = (path: string, bytes: Uint8Array) => Promise<AnalysedDocument | { problem: string }> | undefined;

export interface LoadWarning {
  path: string;
  message: string;
  /** Where in the file, when the warning is about a place in it: 1-based line and column. */
  at?: { line: number; column: number };
}

/** The source files of the workspace, sorted, per config `sources` and `exclude`. */
export async function listSources(files: WorkspaceFiles, config: GroundworkConfig): Promise<string[]> {
  const matcher = createMatcher(config);
  const all = await files.listFiles();
  return all.filter((p) => matcher.isSource(p)).sort();
}

/**
 * Reads and indexes every source. A source that cannot be read gives one warning naming the
 * file and is left out; problems that did not stop a source from being read are warnings too.
 * Documents are added in path order whatever order the reads finish in, so the corpus is the
 * same from run to run.
 */
export async function loadSources(
  files: WorkspaceFiles,
  config: GroundworkConfig,
  onWarning: (w: LoadWarning) => void,
  onProgress?: (done: number, total: number) => void,
  cache?: CacheIO,
  analyse?: SourceAnalyser,
): Promise<Corpus> {
  const candidates = await listSources(files, config);
  const matcher = createMatcher(config);
  for (const problem of (await files.listingProblems?.()) ?? []) {
    if (matcher.isSource(problem.path)) onWarning(problem);
  }
  const paths: string[] = [];
  for (const path of candidates) {
    if (sourceFormatOf(path)) paths.push(path);
    else if (!isHidden(path)) onWarning({ path, message: `${path} is not a format Groundwork reads (txt, md, html, pdf); skipped` });
  }
  if (cache && files.stat) {
    // The persisted index: only sources whose size or modification time changed are read again.
    const stat = files.stat.bind(files);
    const stamps = await Promise.all(paths.map(async (path) => {
      const s = await stat(path).catch(() => undefined);
      const change = s?.ctimeMs !== undefined && s.ino !== undefined ? { ctimeMs: s.ctimeMs, ino: s.ino } : undefined;
      return { path, stamp: s ? statStamp(s.size, s.mtimeMs, change) : 'unreadable' };
    }));
    let done = 0;
    onProgress?.(0, paths.length);
    const loaded = await loadOrBuildCorpus(
      stamps,
      async (path) => {
        const doc = await readOne(files, path, onWarning, analyse);
        onProgress?.(++done, paths.length);
        return doc;
      },
      { aliases: config.aliases },
      cache,
      (error) => onWarning({ path: config.cache, message: `the index could not be saved in ${config.cache}: ${error instanceof Error ? error.message : String(error)}` }),
    );
    // Warnings of sources taken from the index are still worth hearing on every run.
    for (const doc of loaded.corpus.documents) {
      if (loaded.reusedPaths.has(doc.path)) for (const message of doc.warnings) onWarning({ path: doc.path, message });
    }
    onProgress?.(paths.length, paths.length);
    return loaded.corpus;
  }
  let done = 0;
  onProgress?.(0, paths.length);
  const documents = await mapInFlight(paths, (path) => readOne(files, path, onWarning, analyse), undefined, () => onProgress?.(++done, paths.length));
  const corpus = new Corpus({ aliases: config.aliases });
  for (const doc of documents) {
    if (!doc) continue;
    if ('analysis' in doc) corpus.addDocument(doc.doc, doc);
    else corpus.addDocument(doc);
  }
  return corpus;
}

async function readOne(files: WorkspaceFiles, path: string, onWarning: (w: LoadWarning) => void, analyse?: SourceAnalyser): Promise<FreshDocument | undefined> {
  try {
    const bytes = await files.readFile(path);
    const analysing = analyse?.(path, bytes);
    if (analysing) {
      const analysed = await analysing;
      if ('problem' in analysed) {
        onWarning({ path, message: analysed.problem });
        return undefined;
      }
      for (const message of analysed.doc.warnings) onWarning({ path, message });
      return analysed;
    }
    const doc: SourceDocument = await readSource(path, bytes);
    for (const message of doc.warnings) onWarning({ path, message });
    return doc;
  } catch (error) {
    onWarning({ path, message: sourceReadProblem(path, error) });
    return undefined;
  }
}

/** The drafts of the workspace, sorted: config `drafts` minus `exclude` and minus the sources. */
export async function listDrafts(files: WorkspaceFiles, config: GroundworkConfig): Promise<string[]> {
  const matcher = createMatcher(config);
  const all = await files.listFiles();
  return all.filter((p) => matcher.isDraft(p)).sort();
}

/** Why a source could not be read, in a message that names the file whatever went wrong. */
export function sourceReadProblem(path: string, error: unknown): string {
  const reason = fileErrorReason(error);
  if (reason) return `${path}: ${reason}; skipped`;
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(path) ? message : `${path}: ${message}`;
}

// File system errors in words. The raw message (`ENOENT: no such file or directory, open
// '/home/...'`) repeats the path in absolute form and reads like a crash.
const FILE_ERROR_REASONS: Record<string, string> = {
  ENOENT: 'no such file (deleted or renamed while indexing?)',
  FileNotFound: 'no such file (deleted or renamed while indexing?)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  NoPermissions: 'permission denied',
  EISDIR: 'is a folder, not a file',
  FileIsADirectory: 'is a folder, not a file',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** Why a file could not be read, when the error is a file system error we can name. */
function fileErrorReason(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? FILE_ERROR_REASONS[code] : undefined;
}

function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}
