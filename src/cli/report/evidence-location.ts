import type { Evidence } from '../../core/model.js';
import { sourceFormatOf } from '../../core/sources/read.js';
import { printable } from '../../core/text/printable.js';
import { shorten } from '../../core/text/shorten.js';
import { startOf } from './positions.js';

/**
 * Whether an evidence range's lines are lines of the file itself. For txt and md they are; for
 * html and pdf they count lines of the extracted text, which a reader cannot find in the file.
 */
export function hasFileLines(source: string): boolean {
  const format = sourceFormatOf(source);
  return format === 'txt' || format === 'md';
}

/** Where a piece of evidence is, as a reader would look for it: `path:line:col`, `path p. 3`, or `path`; control characters shown escaped. */
export function evidenceLocation(evidence: Evidence): string {
  if (evidence.article) return articleLabel(evidence);
  const source = printable(evidence.source);
  if (hasFileLines(evidence.source)) return `${source}:${startOf(evidence.range)}`;
  if (evidence.page !== undefined) return `${source} p. ${evidence.page}`;
  return source;
}

/** Text on one line, cut to about `max` characters between characters, control characters shown escaped. */
export function oneLine(text: string, max = 200): string {
  return printable(shorten(text.replace(/\s+/g, ' ').trim(), max));
}

/** An archived article as a reader would look it up: `archive:ID "Title", outlet, 2025-12-12, URL`. */
function articleLabel(evidence: Evidence): string {
  const a = evidence.article!;
  const parts = [a.title ? `${evidence.source} "${oneLine(a.title, 120)}"` : evidence.source, a.outlet, a.published, a.url].filter((p): p is string => !!p);
  // oneLine shows control characters escaped: an archived title or URL prints nothing raw.
  return parts.map((p) => oneLine(p, 200)).join(', ');
}
