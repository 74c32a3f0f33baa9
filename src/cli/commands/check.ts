// `groundwork check [PATHS...]`: every statement of the drafts against the sources.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { checkDraft } from '../../core/check.js';
import { createMatcher } from '../../core/config/glob.js';
import { parseDraft } from '../../core/draft/parse.js';
import { decodeText } from '../../core/sources/decode.js';
import { printable } from '../../core/text/printable.js';
import { listDrafts, listSources } from '../../core/workspace.js';
import type { CheckCommand } from '../args.js';
import { CliError } from '../cli-error.js';
import { COLORS, NO_COLORS, wantsColor } from '../colors.js';
import type { CliContext } from '../context.js';
import { loadCorpus } from '../load-corpus.js';
import { openWorkspace, reasonOf, type OpenWorkspace } from '../open-workspace.js';
import { Progress } from '../progress.js';
import { GithubReporter } from '../report/github-reporter.js';
import { JsonReporter } from '../report/json-reporter.js';
import { addToSummary, emptySummary, failsAt, type CheckReporter, type Output } from '../report/reporter.js';
import { SarifReporter } from '../report/sarif-reporter.js';
import { TextReporter } from '../report/text-reporter.js';
import { warningLine } from '../warning-line.js';

export async function runCheck(command: CheckCommand, ctx: CliContext, makeReporter = defaultReporter): Promise<number> {
  const workspace = await openWorkspace(ctx.cwd, command);
  // Without sources every statement would be "unsupported": that is a setup problem, not findings.
  if ((await listSources(workspace.files, workspace.config)).length === 0) throw new CliError(noSourcesMessage(workspace));
  const drafts = await resolveDrafts(workspace, ctx.cwd, command.paths);
  if (drafts.length === 0) ctx.stderr.write(`warning: no drafts to check (drafts: ${printable(workspace.config.drafts.join(', '))})\n`);
  const progress = new Progress(ctx.stderr, !command.quiet && ctx.stderr.isTTY === true);
  const { corpus } = await loadCorpus(workspace, ctx, progress, { noCache: command.noCache, format: command.format });
  // Drafts the listing left out (a link out of the workspace, a loop) are worth a warning too.
  const matcher = createMatcher(workspace.config);
  for (const problem of await workspace.files.listingProblems()) {
    if (matcher.isDraft(problem.path)) ctx.stderr.write(warningLine(problem, command.format) + '\n');
  }

  const reporter = makeReporter(command, ctx, workspace);
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
    // A draft named on the command line may also be a source: it never counts as evidence for itself.
    const itself = corpus.documentAt(draftPath);
    if (itself) corpus.removeDocument(itself.id);
    let report;
    try {
      report = checkDraft(corpus, draft, workspace.config);
    } finally {
      if (itself) corpus.addDocument(itself);
    }
    addToSummary(summary, report);
    progress.clear();
    reporter.draftChecked({ draft, report });
  }
  progress.clear();
  reporter.finished(summary);
  if (unreadable.length > 0) {
    ctx.stderr.write(unreadable.join('\n') + '\n');
    return 2;
  }
  return failsAt(summary, command.failOn) ? 1 : 0;
}

function noSourcesMessage(workspace: OpenWorkspace): string[] {
  const where = workspace.configFile ? `the sources of ${workspace.configFile}` : workspace.config.sources.join(', ');
  return [
    `groundwork: no sources to check against: no file matches ${printable(where)} under ${printable(workspace.root)}`,
    'Point Groundwork at the source documents (txt, md, html, pdf) with --sources, e.g. `groundwork check --sources "research/**"`,',
    'or a groundwork.yaml in the workspace root with `sources: [ "research/**" ]`.',
  ];
}

function defaultReporter(command: CheckCommand, ctx: CliContext, workspace: OpenWorkspace): CheckReporter {
  const out: Output = { write: (text) => void ctx.stdout.write(text) };
  switch (command.format) {
    case 'json':
      return new JsonReporter(out);
    case 'sarif':
      return new SarifReporter(out, workspace.config);
    case 'github':
      return new GithubReporter(out);
    case 'text': {
      const color = wantsColor({ noColorFlag: command.noColor, env: ctx.env, isTTY: ctx.stdout.isTTY === true });
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
