// `misquote`: a quoted span that is not verbatim in any source.
import type { Draft, Fix, Span, Statement, Verdict } from '../model.js';
import type { FindingRule } from './rule.js';
import { draftSpan } from './spans.js';

export const misquote: FindingRule = {
  code: 'misquote',
  verdict: 'misquote',
  title: 'Quotation not verbatim in the sources',
  description: 'A quoted span differs from every quotation in the sources by more than typography, elisions (...) and [bracketed] insertions. The closest source quote and a word diff are given as evidence; the quick fix puts the source\'s words in. An elision or bracket that drops or replaces a negation or a figure is a misquote too.',
  severity: 'error',
  fixes: (_draft: Draft, statement: Statement, verdict: Verdict): Fix[] =>
    verdict.focus && verdict.conflict
      ? [{ title: `Replace with the source's words: "${verdict.conflict.source}"`, span: quotedWordsSpan(statement, verdict.focus), replacement: verdict.conflict.source }]
      : [],
};

/** Every word matches, but an elision or a bracket drops or replaces what carries the meaning. */
export function meaningChangedMessage(path: string | undefined, why: string): string {
  return `Quote changes the meaning of ${path}: ${why}`;
}

/** `sourceWords` is the closest source quotation, already in quotation marks. */
export function notVerbatimMessage(path: string | undefined, sourceWords: string): string {
  return `Quote not verbatim in ${path}, which has ${sourceWords}`;
}

/** `quote` is the draft's quotation, already in quotation marks. */
export function notFoundMessage(quote: string): string {
  return `Quote not found in any source: ${quote}`;
}

/**
 * The draft range of a quote's words, without the punctuation the writer put around them inside
 * the marks (`"... uncertain,"`): the source's words replace the words, the writer's comma stays.
 */
function quotedWordsSpan(statement: Statement, focus: Span): Span {
  const quote = statement.text.slice(focus.start, focus.end);
  const lead = quote.length - quote.replace(/^\s+/, '').length;
  const trail = quote.length - quote.replace(/[\s,.;:!?]+$/, '').length;
  const start = focus.start + lead;
  const end = Math.max(start + 1, focus.end - trail);
  return draftSpan(statement, start, end - start);
}
