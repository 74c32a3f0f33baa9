// The default format: one line per flagged statement, `path:line:col severity code message`,
// with the best evidence (and the word diff of a misquote) under it, then a summary line.
import { citedTerms, evidenceRows, excerpt } from '../../core/explain.js';
import { renderDiff } from '../../core/grounding/diff.js';
import type { StatementResult, WordDiffPart } from '../../core/model.js';
import { printable } from '../../core/text/printable.js';
import type { Palette } from '../colors.js';
import type { CheckedDraft, CheckReporter, CheckSummary, Output } from './reporter.js';
import { evidenceLocation, oneLine } from './evidence-location.js';
import { startOf } from './positions.js';
import { summaryLine } from '../count.js';
import { statusOf } from './statement-status.js';

export interface TextReporterOptions {
  colors: Palette;
  /** Also list supported, suppressed and severity-off statements. */
  verbose: boolean;
}

export class TextReporter implements CheckReporter {
  private listedAny = false;

  constructor(
    private readonly out: Output,
    private readonly options: TextReporterOptions,
  ) {}

  draftChecked({ report }: CheckedDraft): void {
    for (const result of report.results) {
      if (!result.finding && !this.options.verbose) continue;
      this.out.write(this.formatResult(report.path, result));
      this.listedAny = true;
    }
  }

  finished(summary: CheckSummary): void {
    const c = this.options.colors;
    const line = summaryLine(summary);
    const colour = summary.errors > 0 ? c.red : summary.warnings > 0 ? c.yellow : summary.flagged > 0 ? c.blue : c.green;
    this.out.write(`${this.listedAny ? '\n' : ''}${colour(line)}\n`);
  }

  private formatResult(path: string, result: StatementResult): string {
    const c = this.options.colors;
    const { code, severity } = statusOf(result);
    const range = result.finding?.range ?? result.range;
    const message = result.finding?.message ?? result.verdict.message;
    const label =
      severity === 'error' ? c.red(severity) :
      severity === 'warning' ? c.yellow(severity) :
      severity === 'info' ? c.blue(severity) :
      severity === 'none' ? c.green('supported') : c.dim(severity);
    const shown = printable(path);
    const head = severity === 'none' ? `${shown}:${startOf(range)} ${label}` : `${shown}:${startOf(range)} ${label} ${c.dim(code)}`;
    const lines = [`${head} ${oneLine(message, 400)}`];
    // The passage that bears on the verdict, cut around the figure or name it is cited for.
    const row = evidenceRows(result.verdict)[0];
    if (row) {
      const label = row.role === 'closest' ? 'closest:' : 'evidence:';
      lines.push(`    ${c.dim(label)} ${evidenceLocation(row.evidence)}  "${printable(excerpt(row.evidence.text, 200, citedTerms(result.verdict)))}"`);
    }
    const diff = result.verdict.quote?.diff;
    if (diff && diff.some((p) => p.op !== 'equal') && !message.includes(renderDiff(diff))) {
      lines.push(`    ${c.dim('diff:')} ${this.formatDiff(diff)}`);
    }
    return lines.join('\n') + '\n';
  }

  private formatDiff(parts: WordDiffPart[]): string {
    const c = this.options.colors;
    return parts
      .map(({ op, text }) => [op, printable(text)] as const)
      .map(([op, text]) => (op === 'equal' ? text : op === 'delete' ? c.red(`[-${text}-]`) : c.green(`{+${text}+}`)))
      .join(' ');
  }
}
