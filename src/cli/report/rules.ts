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
  'citation-mismatch': {
    short: 'Statement not supported by the source it cites',
    full: 'The statement cites a source (a link to the source file, its id or url, a reference link or a footnote) that does not support it, while another source does. The message names that source; the fix changes the citation to it.',
  },
  'broken-citation': {
    short: 'Citation to something that is not a source',
    full: 'A link in the statement points at a source file that was not read: it does not exist, is excluded, or could not be read. Fix the path, or add the file to the sources.',
  },
  'uncited-statement': {
    short: 'Supported statement that cites no source',
    full: 'With `require-citations: true` in groundwork.yaml, every supported statement must cite a source. The fix inserts a citation to the best evidence in the style the draft already uses (inline link, reference link or footnote).',
  },
};
