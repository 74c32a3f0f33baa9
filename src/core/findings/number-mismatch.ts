// `number-mismatch`: a figure or date that disagrees with the aligned source passage.
import type { Draft, Fix, Statement, Verdict } from '../model.js';
import type { FindingRule } from './rule.js';
import { focusSpan } from './spans.js';

export const numberMismatch: FindingRule = {
  code: 'number-mismatch',
  verdict: 'number-mismatch',
  title: 'Number or date differs from the source',
  description: 'A figure or date of the statement does not match the one in the passage it aligns with ("nine" = 9, "US$1 trillion", "two-thirds" = "two thirds", "Dec 12, 2025" = "December 12, 2025" = "2025.12.12" are equal); a figure is compared only with one of the same thing ("20 kg" is no rival for "five restaurants", nor a year that dates another event). The quick fix writes the source\'s figure.',
  severity: 'error',
  fixes: (_draft: Draft, statement: Statement, verdict: Verdict): Fix[] =>
    verdict.focus && verdict.number
      ? [{ title: `Change ${verdict.number.draft} to ${verdict.number.source}, as the source says`, span: focusSpan(statement, verdict), replacement: verdict.number.source }]
      : [],
};

export function numberMismatchMessage(draft: string, source: string): string {
  return `${draft} does not match the source, which says ${source}`;
}
