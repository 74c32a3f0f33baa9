// `misattributed-quote`: a verbatim quotation the source gives to someone else.
import type { Draft, Fix, Statement, Verdict } from '../model.js';
import type { FindingRule } from './rule.js';
import { draftSpan } from './spans.js';

export const misattributedQuote: FindingRule = {
  code: 'misattributed-quote',
  verdict: 'misattributed',
  title: 'Quotation attributed to the wrong speaker',
  description: 'The quotation is verbatim in a source, but the source gives it to someone other than the speaker the statement names. A quote "he said" or "she said" is credited to the person the paragraph named last before it. The quick fix credits the source\'s speaker, in the pronoun\'s place if need be.',
  severity: 'error',
  fixes(draft: Draft, statement: Statement, verdict: Verdict): Fix[] {
    if (!verdict.conflict) return [];
    // The speaker's name as the statement writes it, after the quote when it is there.
    const at = statement.text.indexOf(verdict.conflict.draft, verdict.focus?.end ?? 0);
    const start = at >= 0 ? at : statement.text.indexOf(verdict.conflict.draft);
    if (start < 0) return [];
    const span = draftSpan(statement, start, verdict.conflict.draft.length);
    if (draft.text.slice(span.start, span.end) !== verdict.conflict.draft) return [];
    return [{ title: `Attribute the quote to ${verdict.conflict.source}`, span, replacement: verdict.conflict.source }];
  },
};

export function misattributedMessage(written: string, path: string | undefined, speaker: string): string {
  return `Quote attributed to ${written}, but ${path} attributes it to ${speaker}`;
}
