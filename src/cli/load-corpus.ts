// Loads the sources for `check` and `index`, with warnings and progress on stderr.
import type { Corpus } from '../core/index/corpus.js';
import { listSources, loadSources, type LoadWarning } from '../core/workspace.js';
import { cacheFolderRefusal, nodeCacheIO } from './cache-file.js';
import type { CliContext } from './context.js';
import type { OpenWorkspace } from './open-workspace.js';
import type { Progress } from './progress.js';
import { printable } from '../core/text/printable.js';
import { warningLine } from './warning-line.js';

export async function loadCorpus(workspace: OpenWorkspace, ctx: CliContext, progress: Progress, options: { noCache?: boolean; quietWhenEmpty?: boolean; format?: string } = {}): Promise<{ corpus: Corpus; warnings: LoadWarning[] }> {
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
  const corpus = await loadSources(
    workspace.files,
    workspace.config,
    warn,
    (done, total) => progress.update('Indexing sources', done, total),
    cache,
  );
  progress.clear();
  return { corpus, warnings };
}
