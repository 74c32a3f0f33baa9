// `--format github`: one workflow command per finding, which GitHub Actions shows as an
// annotation on the pull request's diff, then the summary as a plain log line.
import type { Finding } from '../../core/model.js';
import { printable } from '../../core/text/printable.js';
import type { LoadWarning } from '../../core/workspace.js';
import type { CheckedDraft, CheckReporter, CheckSummary, Output } from './reporter.js';
import { evidenceLocation, oneLine } from './evidence-location.js';
import { summaryLine } from '../count.js';

const COMMAND: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

export class GithubReporter implements CheckReporter {
  constructor(private readonly out: Output) {}

  draftChecked({ report }: CheckedDraft): void {
    for (const result of report.results) {
      if (result.finding) this.out.write(annotation(report.path, result.finding) + '\n');
    }
  }

  finished(summary: CheckSummary): void {
    this.out.write(`groundwork: ${summaryLine(summary)}\n`);
  }
}

export function annotation(path: string, finding: Finding): string {
  const { start, end } = finding.range;
  const properties: [string, string][] = [
    ['file', path],
    ['line', String(start.line + 1)],
  ];
  // GitHub only takes columns for an annotation on a single line.
  if (start.line === end.line) properties.push(['col', String(start.character + 1)]);
  properties.push(['endLine', String(end.line + 1)]);
  if (start.line === end.line) properties.push(['endColumn', String(end.character + 1)]);
  properties.push(['title', `groundwork ${finding.code}`]);
  const best = finding.evidence[0];
  const message = best ? `${finding.message}\nevidence: ${evidenceLocation(best)}  "${oneLine(best.text)}"` : finding.message;
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
  return `::${COMMAND[finding.severity]} ${props}::${escapeData(message)}`;
}

/**
 * A warning (a source that could not be read) as a workflow command: stderr is read by the
 * runner too, so a file name holding a newline and `::error::` must not start a line of its own.
 */
export function warningAnnotation(w: LoadWarning): string {
  let message = w.message;
  if (message.startsWith(w.path)) message = message.slice(w.path.length).replace(/^[:\s]+/, '');
  const at = w.at ? `,line=${w.at.line},col=${w.at.column}` : '';
  const where = w.at ? `${w.path}:${w.at.line}:${w.at.column}` : w.path;
  return `::warning file=${escapeProperty(w.path)}${at},title=groundwork::${escapeData(`${where}: ${message}`)}`;
}

/**
 * Escapes a command's message, per GitHub's workflow-command rules; other control characters
 * (ESC sequences, which the log viewer renders, bidi overrides) are shown escaped.
 */
export function escapeData(text: string): string {
  return printable(text, { keepLineBreaks: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value: as a message, plus `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
