import { printable } from '../core/text/printable.js';
import type { LoadWarning } from '../core/workspace.js';
import { warningAnnotation } from './report/github-reporter.js';

/**
 * `warning: PATH: message` (`PATH:LINE:COL` for a place in the file), without naming the file twice when the message starts with it;
 * control characters (a newline or ESC in a file name) shown escaped. In `--format github`, a
 * `::warning` workflow command, escaped as such, since the runner reads stderr as well.
 */
export function warningLine(w: LoadWarning, format?: string): string {
  if (format === 'github') return warningAnnotation(w);
  let message = w.message;
  if (message.startsWith(w.path)) message = message.slice(w.path.length).replace(/^[:\s]+/, '');
  const at = w.at ? `:${w.at.line}:${w.at.column}` : '';
  return `warning: ${printable(w.path)}${at}: ${printable(message)}`;
}
