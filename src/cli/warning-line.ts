import type { LoadWarning } from '../core/workspace.js';

/** `warning: PATH: message`, without naming the file twice when the message starts with it. */
export function warningLine(w: LoadWarning): string {
  let message = w.message;
  if (message.startsWith(w.path)) message = message.slice(w.path.length).replace(/^[:\s]+/, '');
  return `warning: ${w.path}: ${message}`;
}
