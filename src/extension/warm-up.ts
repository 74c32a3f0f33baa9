// The first check of a session paid for more than its own statements: the lexicon decoded, and
// the checking code run for the first time, when the engine compiles it. Between activation and
// the writer opening a draft the host is mostly idle, so that work is done there: the lexicon a
// piece at a time from activation; then, while a first build reads every source, before any check
// is asked for and while no tab shows a draft, a short built-in practice draft checked a statement
// at a time against a built-in practice source (against the workspace's corpus once built, when
// the index was restored), its results thrown away: a writer's first check then runs compiled
// code; then, after each build, the workspace's drafts on disk checked a statement at a time
// (those a tab shows first, then the most recently changed, three at most), their verdicts kept
// where the check of the opened draft finds them. The writer's checks go first: while one runs,
// this waits. (The sample draft's first check, in a Node process of its own: 235-290 ms of CPU
// cold, 200-240 after the lexicon, 145-160 after the practice too; checked ahead, opening it
// judges nothing.)
import * as vscode from 'vscode';
import { checkStatement } from '../core/check.js';
import { Corpus } from '../core/index/corpus.js';
import { readSource } from '../core/sources/read.js';
import { parseDraft } from '../core/draft/parse.js';
import { prepareLexiconStep } from '../core/lexicon/index.js';
import type { Draft, Statement } from '../core/model.js';
import { LineIndex } from '../core/text/lines.js';
import { createMatcher } from '../core/config/glob.js';
import { listDrafts } from '../core/workspace.js';
import type { Configuration } from './configuration.js';
import { relativePathOf, uriOf } from './convert.js';
import { statUri } from './disk.js';
import { isShownInTab, type DraftChecker } from './draft-checker.js';
import type { SourceIndex } from './source-index.js';
import type { VscodeWorkspaceFiles } from './workspace-files.js';

/** Drafts checked ahead after a build, at most. */
const MAX_DRAFTS_AHEAD = 3;
/** How often a check ahead held back by the writer's check looks again. */
const HELD_MS = 100;

/** What a draft has: front matter, a heading, a link and a footnote, a quote, a list, names, figures, a date, a negation. */
const PRACTICE_DRAFT = `---
title: Practice
---

# Exports

Officials said exports rose 4.2 percent in March, a spokesman for the ministry told [Reuters](https://example.com/report).[^1]

> "We will not give in," the trade minister, Jane Doe, said on Tuesday.

- The company hired 300 workers in Nevada, according to [the report](report.txt).
- Prices did not fall in 2025.

[^1]: The ministry's report.
`;

/** What the practice draft is checked against before the workspace's sources are indexed: a figure of another value, the quote, a name, a negation flipped. */
const PRACTICE_SOURCE = `Exports up in March

Exports rose 2.4 percent in March, the Ministry of Trade said in its monthly report on Monday.

"We will not give in," the trade minister, Jane Doe, told reporters in Geneva on Tuesday.

The company hired 300 workers at its plant in Nevada last year, according to the report. Prices fell in 2025.
`;

export function warmUpInBackground(checker: DraftChecker, index: SourceIndex, configuration: Configuration, files: VscodeWorkspaceFiles, folder: vscode.WorkspaceFolder): vscode.Disposable {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Runs `step` in tasks of its own until it says it is done, so that the host answers anything
   * else in between; while `held` says so, it waits.
   */
  const inTurn = (step: () => boolean, then?: () => void, held?: () => boolean): void => {
    timer = setTimeout(() => {
      if (stopped) return;
      if (held?.()) {
        timer = setTimeout(() => inTurn(step, then, held), HELD_MS);
        return;
      }
      let more: boolean;
      try {
        more = step();
      } catch {
        // Only a rehearsal: a real check that meets the same problem reports it.
        return;
      }
      if (more) inTurn(step, then, held);
      else then?.();
    }, 0);
  };
  // Only before any check of a draft is asked for, and while no tab shows a draft: the practice
  // pays for the code's first run and its own statements, and a writer's check then waits for it
  // (each of its statements takes the host for 100-600 ms the first time). With a draft in front of
  // the writer, the host's time goes to the build and that draft's check, which runs the code anyway.
  const useful = (): boolean => !checker.hasStarted && checker.idle === undefined && !draftTabShown(configuration, folder);
  let practice: { draft: Draft; lines: LineIndex; statements: Statement[] } | undefined;
  /** The practice source's corpus, for practice before the workspace's is built. */
  let practiceCorpus: Corpus | undefined;
  const practise = (): boolean => {
    if (!useful()) return false;
    if (!practice) {
      const draft = parseDraft(PRACTICE_DRAFT, 'groundwork-practice.md');
      practice = { draft, lines: new LineIndex(PRACTICE_DRAFT), statements: [...draft.statements] };
      return true;
    }
    const corpus = index.hasBuilt ? index.corpus : practiceCorpus;
    const statement = corpus && practice.statements.shift();
    if (corpus && statement) checkStatement(corpus, practice.draft, statement, configuration.config, practice.lines);
    return practice.statements.length > 0;
  };
  // Each build (the first, a rebuild) checks the drafts ahead again, against its corpus; a newer
  // build takes over. The writer's checks go first: while one runs or waits for its typing pause,
  // this waits.
  let build = 0;
  const checkAhead = (): void => {
    const current = ++build;
    const wanted = (): boolean => !stopped && current === build && checker.idle === undefined;
    const held = (): boolean => checker.busy;
    // The drafts tabs show come first and at once; the folder is listed for the others only after
    // them (listing took up to a third of a second at start-up on a loaded machine).
    const drafts = shownDrafts(configuration, folder);
    const taken = new Set<string>();
    let listed = false;
    let checked = 0;
    const next = (): void => {
      if (!wanted()) return;
      const draft = taken.size < MAX_DRAFTS_AHEAD ? drafts.shift() : undefined;
      if (!draft && !listed && taken.size < MAX_DRAFTS_AHEAD) {
        listed = true;
        void draftsToCheckAhead(configuration, files, folder).then((more) => {
          drafts.push(...more.filter((path) => !taken.has(path)));
          next();
        }, next);
        return;
      }
      if (!draft) {
        // Nothing to check ahead: the practice draft still runs the code once.
        if (checked === 0) inTurn(practise);
        return;
      }
      taken.add(draft);
      void files.readFile(draft).then((bytes) => {
        if (!wanted()) return;
        const step = checker.checkAhead(draft, new TextDecoder().decode(bytes));
        inTurn(() => wanted() && step(), () => {
          if (!wanted()) return;
          checked++;
          checker.checkedAhead.push(draft);
          next();
        }, held);
      }, next);
    };
    // Before the first check, the short practice draft first: it runs the checking code once,
    // cheaply. Not when a tab shows a draft: checking that one ahead runs the code as well, and
    // its verdicts are kept.
    if (useful()) inTurn(practise, next);
    else next();
  };
  const built = index.onDidBuild(checkAhead);
  // The lexicon; then, while a first build reads every source (a restored index is ready sooner
  // than the practice would be done), the practice against the practice source.
  let lexiconDone = false;
  let practising = false;
  const practiseWhileReading = (): void => {
    if (practising || !lexiconDone || !index.isReadingSources || index.hasBuilt || !useful()) return;
    practising = true;
    void readSource('groundwork-practice.txt', new TextEncoder().encode(PRACTICE_SOURCE)).then((doc) => {
      if (stopped || index.hasBuilt || !useful()) return;
      practiceCorpus = Corpus.build([doc], { aliases: configuration.config.aliases });
      inTurn(practise);
    }, () => undefined);
  };
  const reading = index.onDidStartReading(practiseWhileReading);
  inTurn(prepareLexiconStep, () => {
    lexiconDone = true;
    practiseWhileReading();
  });
  return {
    dispose: () => {
      stopped = true;
      clearTimeout(timer);
      built.dispose();
      reading.dispose();
    },
  };
}

/**
 * The drafts tabs show whose document the host has not been given yet: at start-up the workbench
 * shows the last session's drafts, or the one the writer picked, a while before the host hears of
 * them. Drafts open in the host are left out: the checker checks them itself.
 */
function shownDrafts(configuration: Configuration, folder: vscode.WorkspaceFolder): string[] {
  const matcher = createMatcher(configuration.config);
  const paths = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (!(tab.input instanceof vscode.TabInputText) || isOpen(tab.input.uri)) continue;
      const path = relativePathOf(folder.uri, tab.input.uri);
      if (path !== undefined && matcher.isDraft(path)) paths.add(path);
    }
  }
  return [...paths];
}

/** Whether a tab shows a draft of the folder (open in the host or not yet). */
function draftTabShown(configuration: Configuration, folder: vscode.WorkspaceFolder): boolean {
  const matcher = configuration.matcher;
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => {
    if (!(tab.input instanceof vscode.TabInputText)) return false;
    const path = relativePathOf(folder.uri, tab.input.uri);
    return path !== undefined && matcher.isDraft(path);
  }));
}

/** The other drafts on disk to check ahead, the most recently changed first. */
async function draftsToCheckAhead(configuration: Configuration, files: VscodeWorkspaceFiles, folder: vscode.WorkspaceFolder): Promise<string[]> {
  const paths = (await listDrafts(files, configuration.config)).filter((path) => {
    const uri = uriOf(folder.uri, path);
    return !isOpen(uri) && !isShownInTab(uri);
  });
  const drafts = await Promise.all(paths.map(async (path) => {
    try {
      return { path, mtime: (await statUri(uriOf(folder.uri, path))).mtime };
    } catch {
      return { path, mtime: -1 };
    }
  }));
  return drafts.filter((d) => d.mtime >= 0)
    .sort((a, b) => b.mtime - a.mtime || (a.path < b.path ? -1 : 1))
    .map((d) => d.path);
}

/** Whether the host has the document open and a tab shows it (VS Code keeps a closed tab's document a while). */
function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return isShownInTab(uri) && vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === key);
}
