// `groundwork check [PATHS...]`: every statement of the drafts against the sources.
import { stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { checkDraftWithArchive } from '../../core/candidates/archive-check.js';
import type { CandidateSource } from '../../core/candidates/candidate-source.js';
import { checkDraft } from '../../core/check.js';
import { PostgresCandidates } from '../../archive/postgres/candidates.js';
import { archiveCliError, archiveSetting, openArchive } from '../archive-connection.js';
import { createMatcher } from '../../core/config/glob.js';
import { parseDraft } from '../../core/draft/parse.js';
import { LineIndex } from '../../core/text/lines.js';
import { decodeText } from '../../core/sources/decode.js';
import { printable } from '../../core/text/printable.js';
import { listDrafts } from '../../core/workspace.js';
import type { CheckCommand } from '../args.js';
import { CliError } from '../cli-error.js';
import { COLORS, NO_COLORS, wantsColor } from '../colors.js';
import type { CliContext } from '../context.js';
import { loadCorpus } from '../load-corpus.js';
import { requireSources } from '../no-sources.js';
import { openWorkspace, reasonOf, type OpenWorkspace } from '../open-workspace.js';
import { Progress } from '../progress.js';
import { GithubReporter } from '../report/github-reporter.js';
import { HtmlReporter } from '../report/html-reporter.js';
import { JsonReporter } from '../report/json-reporter.js';
import { addToSummary, emptySummary, failsAt, type CheckReporter, type Output } from '../report/reporter.js';
import type { Corpus } from '../../core/index/corpus.js';
import { SarifReporter } from '../report/sarif-reporter.js';
import { TextReporter } from '../report/text-reporter.js';
import { warningLine } from '../warning-line.js';

export async function runCheck(command: CheckCommand, ctx: CliContext, makeReporter = defaultReporter): Promise<number> {
  const workspace = await openWorkspace(ctx.cwd, command);
  const archiveSet = archiveSetting(workspace);
  // Without sources every statement would be "unsupported": that is a setup problem, not findings.
  // An archive is a source: a workspace whose only sources are archived is set up.
  if (!archiveSet) await requireSources(workspace, 'check');
  const drafts = await resolveDrafts(workspace, ctx.cwd, command.paths);
  if (drafts.length === 0) ctx.stderr.write(`warning: no drafts to check (drafts: ${printable(workspace.config.drafts.join(', '))})\n`);
  const progress = new Progress(ctx.stderr, !command.quiet && ctx.stderr.isTTY === true);
  // A new index is saved after the drafts are checked: the verdicts do not wait for it.
  const { corpus, saveIndex } = await loadCorpus(workspace, ctx, progress, { noCache: command.noCache, quietWhenEmpty: archiveSet !== undefined, format: command.format, saveLater: true });
  try {
    // Drafts the listing left out (a link out of the workspace, a loop) are worth a warning too.
    const matcher = createMatcher(workspace.config);
    for (const problem of await workspace.files.listingProblems()) {
      if (matcher.isDraft(problem.path)) ctx.stderr.write(warningLine(problem, command.format) + '\n');
    }
    // Connected before the first draft, read-only: a server that cannot be reached stops the run here.
    const archive = archiveSet && drafts.length > 0 ? await openArchive(archiveSet, ctx, { readOnly: true }) : undefined;
    try {
      return await checkDrafts(command, ctx, makeReporter, workspace, drafts, corpus, progress, archive && new PostgresCandidates(archive), saveIndex);
    } catch (error) {
      throw archiveCliError(error);
    } finally {
      await archive?.close();
    }
  } finally {
    // The report is out: let it reach the reader before the index is laid out and written.
    await new Promise((resolve) => setImmediate(resolve));
    await saveIndex();
  }
}

async function checkDrafts(
  command: CheckCommand, ctx: CliContext, makeReporter: typeof defaultReporter, workspace: OpenWorkspace, drafts: string[], corpus: Corpus, progress: Progress, archive: CandidateSource | undefined, saveIndex: () => Promise<void>,
): Promise<number> {

  // With --output the report is kept and written once the run is done: a file half-written by a
  // run that failed would pass for a report.
  const chunks: string[] = [];
  const out: Output = command.output !== undefined ? { write: (text) => void chunks.push(text) } : { write: (text) => void ctx.stdout.write(text) };
  const reporter = makeReporter(command, ctx, workspace, out, corpus);
  const summary = emptySummary();
  const unreadable: string[] = [];
  for (const [i, draftPath] of drafts.entries()) {
    progress.update('Checking drafts', i, drafts.length);
    let text: string;
    try {
      text = decodeText(draftPath, await workspace.files.readFile(draftPath)).text;
    } catch (error) {
      unreadable.push(`groundwork: cannot read draft ${printable(draftPath)}: ${printable(reasonOf(error))}`);
      continue;
    }
    const draft = parseDraft(text, draftPath);
    if (draft.notes?.length) {
      progress.clear();
      const lines = new LineIndex(text);
      for (const note of draft.notes) {
        const { line, character } = lines.positionAt(note.span.start);
        ctx.stderr.write(warningLine({ path: draftPath, message: note.message, at: { line: line + 1, column: character + 1 } }, command.format) + '\n');
      }
    }
    // A draft named on the command line may also be a source: it never counts as evidence for itself.
    const itself = corpus.documentAt(draftPath);
    if (itself) {
      // The index is saved as it was read, before the corpus changes.
      await saveIndex();
      corpus.removeDocument(itself.id);
    }
    let report;
    try {
      report = archive
        ? await checkDraftWithArchive(corpus, draft, workspace.config, archive, { onLookup: (done, total) => progress.update(`Asking the archive (${printable(draftPath)})`, done, total) })
        : checkDraft(corpus, draft, workspace.config);
    } finally {
      if (itself) corpus.addDocument(itself);
    }
    addToSummary(summary, report);
    progress.clear();
    reporter.draftChecked({ draft, report });
  }
  progress.clear();
  reporter.finished(summary);
  if (command.output !== undefined) {
    const file = path.resolve(ctx.cwd, command.output);
    try {
      await writeFile(file, chunks.join(''));
    } catch (error) {
      throw new CliError(`groundwork: cannot write ${command.output}: ${reasonOf(error)}`);
    }
    if (!command.quiet) ctx.stderr.write(`Report written to ${command.output}\n`);
  }
  if (unreadable.length > 0) {
    ctx.stderr.write(unreadable.join('\n') + '\n');
    return 2;
  }
  return failsAt(summary, command.failOn) ? 1 : 0;
}

function defaultReporter(command: CheckCommand, ctx: CliContext, workspace: OpenWorkspace, out: Output, corpus: Corpus): CheckReporter {
  switch (command.format) {
    case 'json':
      return new JsonReporter(out);
    case 'sarif':
      return new SarifReporter(out, workspace.config);
    case 'github':
      return new GithubReporter(out);
    case 'html':
      return new HtmlReporter(out, (p) => corpus.documentAt(p));
    case 'text': {
      const toTerminal = command.output === undefined && ctx.stdout.isTTY === true;
      const color = wantsColor({ noColorFlag: command.noColor || command.output !== undefined, env: ctx.env, isTTY: toTerminal });
      return new TextReporter(out, { colors: color ? COLORS : NO_COLORS, verbose: command.verbose });
    }
  }
}

/**
 * The drafts to check, workspace-relative, in order and without repeats. A file named on the
 * command line is checked whatever the drafts globs say; a folder means the drafts inside it.
 * A path that does not exist is a usage error naming it.
 */
export async function resolveDrafts(workspace: OpenWorkspace, cwd: string, paths: string[]): Promise<string[]> {
  const all = await listDrafts(workspace.files, workspace.config);
  if (paths.length === 0) return all;
  const chosen: string[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const info = await stat(path.resolve(cwd, given)).catch((error: unknown) => error as Error);
    if (info instanceof Error) {
      missing.push(`groundwork: ${printable(given)}: ${reasonOf(info)}`);
      continue;
    }
    const relative = workspace.files.relative(cwd, given);
    if (info.isDirectory()) {
      if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) {
        missing.push(`groundwork: ${printable(given)}: the folder is outside the workspace (${printable(workspace.root)})`);
        continue;
      }
      const prefix = relative === '' ? '' : relative + '/';
      chosen.push(...all.filter((p) => p.startsWith(prefix)));
    } else {
      chosen.push(relative);
    }
  }
  if (missing.length > 0) throw new CliError(missing);
  return [...new Set(chosen)];
}
