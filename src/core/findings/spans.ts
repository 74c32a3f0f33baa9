// Where in the draft a finding and its fixes stand: offsets of a statement's text mapped back to
// the draft (a statement's text may differ from the draft's, e.g. where markup was dropped).
import { draftOffsetOf } from '../draft/parse.js';
import type { Span, Statement, Verdict } from '../model.js';

/** The draft range a finding underlines: the quote or figure at fault, else the statement. */
export function focusSpan(statement: Statement, verdict: Verdict): Span {
  if (!verdict.focus) return statement.span;
  return { start: draftOffsetOf(statement, verdict.focus.start), end: draftOffsetOf(statement, verdict.focus.end - 1) + 1 };
}

/** The draft range of `length` characters of the statement's text from `start`. */
export function draftSpan(statement: Statement, start: number, length: number): Span {
  return { start: draftOffsetOf(statement, start), end: draftOffsetOf(statement, start + length - 1) + 1 };
}
