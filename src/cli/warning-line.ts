import { printable } from '../core/text/printable.js';
import type { LoadWarning } from '../core/workspace.js';
import { warningAnnotation } from './report/github-reporter.js';

/**
 * `warning: PATH: message`, without naming the file twice when the message starts with it;
 * control characters (a newline or ESC in a file name) shown escaped. In `--format github`, a
 * `::warning` workflow command, escaped as such, since the runner reads stderr as well.
 */
export function warningLine(w: LoadWarning, format?: string): string {
  if (format === 'github') return warningAnnotation(w);
  let message = w.message;
  if (message.startsWith(w.path)) message = message.slice(w.path.length).replace(/^[:\s]+/, '');
  return `warning: ${printable(w.path)}: ${printable(message)}`;
}
