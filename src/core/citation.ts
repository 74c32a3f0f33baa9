// How a draft cites a source: a Markdown link relative to the draft, labelled with the source's
// title (shortened at a word) and date; the file name only when the source has no title.
import { graphemePrefix } from './text/shorten.js';
import type { SourceDocument } from './model.js';

/** `([US launches ‘Pax Silica’ alliance…, 2025-12-12](../seeds/global-times.txt))` */
export function citationOf(doc: Pick<SourceDocument, 'path' | 'title' | 'published'>, draftPath: string): string {
  return `([${linkLabel(doc)}](${relativePath(draftPath, doc.path)}))`;
}

/** The text of a citation link: the source's title, shortened, and its date. */
export function linkLabel(doc: Pick<SourceDocument, 'path' | 'title' | 'published'>): string {
  const title = doc.title?.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  const label = title ? shortened(title) : doc.path.slice(doc.path.lastIndexOf('/') + 1);
  return doc.published ? `${label}, ${doc.published}` : label;
}

// A headline can run to a paragraph; a citation names the article, it does not repeat it.
const MAX_LABEL = 36;
const WEAK_ENDING = /\s+(?:a|an|the|to|of|in|on|for|and|or|with|by|at|as|from)$/i;

function shortened(title: string): string {
  if (title.length <= MAX_LABEL) return title;
  let cut = graphemePrefix(title, MAX_LABEL + 1);
  // At a word; a title without a space is cut between two characters.
  if (cut.lastIndexOf(' ') > 0) cut = cut.slice(0, cut.lastIndexOf(' '));
  else cut = graphemePrefix(title, MAX_LABEL);
  while (WEAK_ENDING.test(cut)) cut = cut.replace(WEAK_ENDING, '');
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** Path of `target` relative to the folder of `from`; both workspace-relative with forward slashes. */
export function relativePath(from: string, target: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const targetParts = target.split('/');
  let common = 0;
  while (common < fromParts.length && common < targetParts.length - 1 && fromParts[common] === targetParts[common]) common++;
  const up = fromParts.length - common;
  const path = [...Array<string>(up).fill('..'), ...targetParts.slice(common)].join('/');
  // Spaces and parentheses would end a Markdown link destination early.
  return path.replace(/[ ()]/g, (c) => encodeURIComponent(c));
}

/**
 * Where a citation goes in a statement of a draft: before its final full stop ("... in 2019 ([src](..)).")
 * or, when the statement ends with a closing quotation mark, after the mark, so the quote stays verbatim.
 */
export function citationOffset(draftText: string, span: { start: number; end: number }): number {
  let end = span.end;
  while (end > span.start && /\s/.test(draftText[end - 1]!)) end--;
  return end > span.start && /[.!?]/.test(draftText[end - 1]!) ? end - 1 : end;
}
