// Loads the sources for `check` and `index`, with warnings and progress on stderr.
import type { Corpus } from '../core/index/corpus.js';
import { availableParallelism } from 'node:os';
import { listSources, loadSources, type LoadWarning, type SourceAnalyser } from '../core/workspace.js';
import { AnalysePool } from '../threads/analyse-workers.js';
import { cacheFolderRefusal, nodeCacheIO } from './cache-file.js';
import type { CliContext } from './context.js';
import type { OpenWorkspace } from './open-workspace.js';
import type { Progress } from './progress.js';
import { printable } from '../core/text/printable.js';
import { warningLine } from './warning-line.js';
import { workerEntry } from './score-workers.js';

/** Sources read on the main thread before threads are started for the rest. */
const READ_HERE_FIRST = 64;

/**
 * The corpus of the workspace's sources, from the index file where it can be. With `saveLater`, a
 * changed index is written only when `saveIndex` is called (the check's verdicts need not wait
 * for it); the corpus must not change before. Without, `saveIndex` does nothing.
 */
export async function loadCorpus(workspace: OpenWorkspace, ctx: CliContext, progress: Progress, options: { noCache?: boolean; quietWhenEmpty?: boolean; format?: string; /** Threads to read sources with (default: the cores). */ threads?: number; saveLater?: boolean } = {}): Promise<{ corpus: Corpus; warnings: LoadWarning[]; saveIndex: () => Promise<void> }> {
  const warnings: LoadWarning[] = [];
  if (!options.quietWhenEmpty && (await listSources(workspace.files, workspace.config)).length === 0) {
    ctx.stderr.write(`warning: no source files match sources ${printable(workspace.config.sources.join(', '))} under ${printable(workspace.root)}\n`);
  }
  const warn = (w: LoadWarning) => {
    warnings.push(w);
    progress.clear();
    ctx.stderr.write(warningLine(w, options.format) + '\n');
  };
  let cache = options.noCache ? undefined : nodeCacheIO(workspace.root, workspace.config.cache);
  const refusal = cache && (await cacheFolderRefusal(workspace.root, workspace.config.cache));
  if (refusal) {
    warn({ path: workspace.config.cache, message: refusal });
    cache = undefined;
  }
  let pendingSave: (() => Promise<boolean>) | undefined;
  if (cache && options.saveLater) cache = { ...cache, saveLater: (save) => void (pendingSave = save) };
  const saveIndex = async (): Promise<void> => {
    const save = pendingSave;
    pendingSave = undefined;
    await save?.();
  };
  // Threads read the sources when there are many to read: the first few are read here (a
  // second run reads the few that changed), and the threads start, once, with the next.
  let pool: AnalysePool | undefined;
  let reads = 0;
  const analyse: SourceAnalyser = (path, bytes) => {
    if (!pool) {
      const entry = workerEntry();
      const threads = options.threads ?? Math.min(4, availableParallelism());
      if (++reads <= READ_HERE_FIRST || !entry || threads < 1) return undefined;
      pool = new AnalysePool(entry, threads);
    }
    return pool.analyse(path, bytes);
  };
  try {
    const corpus = await loadSources(
      workspace.files,
      workspace.config,
      warn,
      (done, total) => progress.update('Indexing sources', done, total),
      cache,
      analyse,
    );
    progress.clear();
    return { corpus, warnings, saveIndex };
  } finally {
    await pool?.close();
  }
}
