// One description per finding code: SARIF rules and `--help` read them.
import type { FindingCode } from '../../core/model.js';

export interface RuleDescription {
  short: string;
  full: string;
}

export const RULES: Record<FindingCode, RuleDescription> = {
  'unsupported-statement': {
    short: 'Statement not supported by any source',
    full: 'No passage of the sources covers enough of the statement (its content words, names and figures) to support it. Add a source, cite the right one, or rephrase the statement to say what the source says.',
  },
  misquote: {
    short: 'Quotation not verbatim in the sources',
    full: 'A quoted span differs from every quotation in the sources by more than typography, elisions (...) and [bracketed] insertions. The closest source quote and a word diff are given as evidence.',
  },
  'misattributed-quote': {
    short: 'Quotation attributed to the wrong speaker',
    full: 'The quotation is verbatim in a source, but the source gives it to someone other than the speaker the statement names.',
  },
  'number-mismatch': {
    short: 'Number or date differs from the source',
    full: 'A figure or date of the statement does not match the one in the passage it aligns with ("nine" = 9, "US$1 trillion", "Dec 12, 2025" = "December 12, 2025" are equal).',
  },
  'contradicted-statement': {
    short: 'Statement contradicted by a source',
    full: 'The statement aligns with a source passage but swaps a name or flips a negation, so the source says otherwise.',
  },
};
