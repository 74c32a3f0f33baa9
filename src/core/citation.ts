// How a draft cites a source: a Markdown link relative to the draft, labelled with the source's
// title (or file name) and date.
import type { SourceDocument } from './model.js';

/** `([Global Times, 2025-12-12](../seeds/global-times.txt))` */
export function citationOf(doc: Pick<SourceDocument, 'path' | 'title' | 'published'>, draftPath: string): string {
  return `([${linkLabel(doc)}](${relativePath(draftPath, doc.path)}))`;
}

function linkLabel(doc: Pick<SourceDocument, 'path' | 'title' | 'published'>): string {
  const title = doc.title?.replace(/[[\]]/g, '').trim();
  const label = title && title.length <= 60 ? title : doc.path.slice(doc.path.lastIndexOf('/') + 1);
  return doc.published ? `${label}, ${doc.published}` : label;
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
