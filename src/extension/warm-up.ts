// The first check of a session paid for more than its own statements: the lexicon decoded, and
// the checking code run for the first time, when the engine compiles it. Between activation and
// the writer opening a draft the host is mostly idle, so that work is done there: the lexicon a
// piece at a time, then a practice draft checked against the corpus a statement at a time, its
// results thrown away. A real check stops the practice. (The sample draft's first check, in a
// Node process of its own: 235-290 ms of CPU cold, 200-240 after the lexicon, 145-160 after the
// practice too.)
import * as vscode from 'vscode';
import { checkStatement } from '../core/check.js';
import { parseDraft } from '../core/draft/parse.js';
import { prepareLexiconStep } from '../core/lexicon/index.js';
import type { Draft, Statement } from '../core/model.js';
import { LineIndex } from '../core/text/lines.js';
import type { Configuration } from './configuration.js';
import type { DraftChecker } from './draft-checker.js';
import type { SourceIndex } from './source-index.js';

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

export function warmUpInBackground(checker: DraftChecker, index: SourceIndex, configuration: Configuration): vscode.Disposable {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Runs `step` in tasks of its own until it says it is done, so that the host answers anything else in between. */
  const inTurn = (step: () => boolean, then?: () => void): void => {
    timer = setTimeout(() => {
      if (stopped) return;
      let more: boolean;
      try {
        more = step();
      } catch {
        // Only a rehearsal: a real check that meets the same problem reports it.
        return;
      }
      if (more) inTurn(step, then);
      else then?.();
    }, 0);
  };
  // Only before the first check is asked for: then the code has run, and the host has other work.
  const useful = (): boolean => !checker.hasStarted && checker.idle === undefined;
  let practice: { draft: Draft; lines: LineIndex; statements: Statement[] } | undefined;
  const practise = (): boolean => {
    if (!useful()) return false;
    if (!practice) {
      const draft = parseDraft(PRACTICE_DRAFT, 'groundwork-practice.md');
      practice = { draft, lines: new LineIndex(PRACTICE_DRAFT), statements: [...draft.statements] };
      return true;
    }
    const statement = practice.statements.shift();
    if (statement) checkStatement(index.corpus, practice.draft, statement, configuration.config, practice.lines);
    return practice.statements.length > 0;
  };
  inTurn(prepareLexiconStep, () => void index.firstBuild.then(() => inTurn(practise)));
  return {
    dispose: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
