// What `groundwork check` produces, and the interface every output format implements.
import type { Draft, DraftReport, Severity } from '../../core/model.js';

/** A draft and the verdict on each of its statements. */
export interface CheckedDraft {
  draft: Draft;
  report: DraftReport;
}

export interface CheckSummary {
  /** Drafts checked. */
  files: number;
  statements: number;
  supported: number;
  /** Statements with a finding (suppressed and severity-off statements are not flagged). */
  flagged: number;
  errors: number;
  warnings: number;
  info: number;
}

/**
 * An output format. `draftChecked` is called once per draft in order, then `finished` once.
 * Reporters write to an `Output`, never to the process, so that tests can read what they wrote.
 */
export interface CheckReporter {
  draftChecked(checked: CheckedDraft): void;
  finished(summary: CheckSummary): void;
}

export interface Output {
  write(text: string): void;
}

export function emptySummary(): CheckSummary {
  return { files: 0, statements: 0, supported: 0, flagged: 0, errors: 0, warnings: 0, info: 0 };
}

/** Adds a draft's verdicts to a running summary. */
export function addToSummary(summary: CheckSummary, report: DraftReport): void {
  summary.files++;
  for (const result of report.results) {
    summary.statements++;
    if (result.verdict.kind === 'supported') summary.supported++;
    const severity = result.finding?.severity;
    if (!severity) continue;
    summary.flagged++;
    if (severity === 'error') summary.errors++;
    else if (severity === 'warning') summary.warnings++;
    else summary.info++;
  }
}

export type FailOn = Severity | 'none';

export const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'info', 'none'];

/** Whether the findings reach `--fail-on`: exit code 1. */
export function failsAt(summary: CheckSummary, failOn: FailOn): boolean {
  switch (failOn) {
    case 'error':
      return summary.errors > 0;
    case 'warning':
      return summary.errors + summary.warnings > 0;
    case 'info':
      return summary.flagged > 0;
    case 'none':
      return false;
  }
}
