// `number-mismatch`: a figure or date that disagrees with the aligned source passage.
import type { Draft, Fix, Statement, Verdict } from '../model.js';
import type { FindingRule } from './rule.js';
import { focusSpan } from './spans.js';

export const numberMismatch: FindingRule = {
  code: 'number-mismatch',
  verdict: 'number-mismatch',
  title: 'Number or date differs from the source',
  description: 'A figure or date of the statement does not match the one in the passage it aligns with ("nine" = 9, "US$1 trillion", "two-thirds" = "two thirds", "Dec 12, 2025" = "December 12, 2025" = "2025.12.12" are equal); a figure is compared only with one of the same thing ("20 kg" is no rival for "five restaurants", nor a year that dates another event). The same number in another unit of the same kind is another figure ("20 days" against "20 weeks", "38 km/h" against "38 mph", "212-tonne" against "212-kilogram", "14,000 vehicles a week" against "a day"), and so is a share told as a difference ("41% below the average" against "41% of the average"). A figure the source gives of another item or month ("a basic award of £29,880" where that is the compensatory award; "23 days in July" where July had 9) is flagged with the figure the source gives the statement\'s. So do the figure a change started from told as the figure now ("at least 24 hours ahead" where the source says "at least 48 hours in advance, up from 24 hours at present"), a change told to another figure ("will fall from six to three" where the source says "from six to four", its "three" being of something else), a change told as another proportion ("fell by about a quarter" where the source says "roughly halved"), a time bounded the other way ("within a week" against "at least a week") and a comparison the source\'s figures make the other way ("more common with the drug" at 2.4% against 2.6%). The quick fix writes the source\'s figure, proportion, bound or comparison.',
  severity: 'error',
  fixes: (_draft: Draft, statement: Statement, verdict: Verdict): Fix[] => {
    if (!verdict.focus || !verdict.number) return [];
    const replacement = caseForPlace(verdict.number.source, !/\p{L}/u.test(statement.text.slice(0, verdict.focus.start)));
    return [{ title: `Change ${verdict.number.draft} to ${replacement}, as the source says`, span: focusSpan(statement, verdict), replacement }];
  },
};

/**
 * The source's figure with the letter case of where it goes: "Three" opening the statement,
 * "two" inside it, whatever case the source's sentence gave a number word ("Two others were
 * arrested").
 */
function caseForPlace(figure: string, opensStatement: boolean): string {
  if (opensStatement) return figure.charAt(0).toUpperCase() + figure.slice(1);
  // Only a number word changes case inside a sentence: "December" and "US$" stay as they are.
  return NUMBER_WORD.test(figure) ? figure.charAt(0).toLowerCase() + figure.slice(1) : figure;
}

const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|a|an|half|first|second|third)\b/i;

export function numberMismatchMessage(draft: string, source: string): string {
  return `${draft} does not match the source, which says ${source}`;
}
