import { isDateline, isSectionLabel } from './boilerplate.js';

// A headline is a single short line without closing punctuation; the body of a story opens
// with full sentences. Longer lines are never considered, so a 5 MB line costs nothing here.
const MAX_HEADLINE = 200;
const LOOK_AHEAD_LINES = 8;
// An email's header lines, and the subject among them.
const HEADER_CHARS = 2_000;
const SUBJECT = /^[ \t]*subject[ \t]*:[ \t]*(?:(?:re|fwd?)[ \t]*:[ \t]*)*([^\n]+)$/im;

/**
 * The headline of a plain-text article: its first non-empty line, after any section label
 * (`SOURCE / ECONOMY`) or dateline, when that line reads like a headline.
 */
export function headlineOf(text: string): string | undefined {
  // An email's title is its subject: "From: Helen Marsh" opens it, "Subject: ..." names it.
  if (/^\s*(?:from|to|subject|date|sent)\s*:/i.test(text)) {
    const subject = SUBJECT.exec(text.slice(0, HEADER_CHARS))?.[1]?.trim();
    if (subject && subject.length <= MAX_HEADLINE) return subject;
  }
  let start = 0;
  for (let seen = 0; seen < LOOK_AHEAD_LINES && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = end - start > MAX_HEADLINE * 2 ? undefined : text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    seen++;
    if (line === undefined) return undefined;
    if (isSectionLabel(line) || isDateline(line)) continue;
    return looksLikeHeadline(line) ? line : undefined;
  }
  return undefined;
}

function looksLikeHeadline(line: string): boolean {
  if (line.length < 3 || line.length > MAX_HEADLINE) return false;
  if (!/\p{L}/u.test(line)) return false;
  // A sentence ends with a full stop; a headline does not (an ellipsis or a closing quote may).
  if (/[^.]\.$|[,;:]$/.test(line)) return false;
  return line.split(/\s+/).length <= 40;
}
