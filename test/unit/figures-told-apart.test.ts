// Figures a writer gives faithfully that the source tells in another shape or another sentence:
// a vote after the decision ("endorsed 38 to 12"), a span of days ("November 10 to 16"), a
// fraction of a percentage point, a figure two sentences on in the paragraph, a year another
// paragraph gives of the same thing, and a post the source gives after the name. Each is
// supported; the same statement with the figure or the post changed is still flagged.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Passage, Verdict } from '../../src/core/model.js';
import type { Alignment } from '../../src/core/grounding/support.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';
import { numberMismatch } from '../../src/core/grounding/figure-conflicts.js';
import { approximated, findQuantities } from '../../src/core/text/numbers.js';

const COLLEGE = `College Changes Admissions Rules

The decisions follow an 11-month review by a panel of faculty and students, chaired by Professor Ruth Adebayo of the Department of History. The panel's recommendations were endorsed by the Academic Senate on March 4 by a vote of 41 to 9, with two abstentions, and approved by the governors on March 11.`;

const BULLETIN = `Weekly Bulletin: Monday, June 2 to Sunday, June 8, 2025

Officers responded to 912 calls for service this week, compared with 870 the previous week. The department has received four reports of doorstep fraud in the past month.`;

const NURSES = `Nurses Ratify Contract

The union gave the required ten-day notice of a strike scheduled to begin on April 14. A tentative agreement was reached on April 11, in a session that lasted about 16 hours.`;

const BANK = `Bank Lowers Rate

The Monetary Committee voted to reduce the policy rate by 0.25 percentage points, from 3.75 per cent to 3.50 per cent, with effect from Thursday.`;

const TRIAL = `Trial Results

The main study, known as BRIGHT-1, enrolled 2,112 adults at 80 sites. Before treatment, participants had an average of 14 headache days a month. After 12 weeks, patients taking the drug had 6.2 fewer headache days a month, compared with 3.9 fewer days among those given a placebo.

In BRIGHT-1, 1.2 per cent of patients taking the drug had raised liver enzymes at more than three times the normal limit, compared with 0.5 per cent of those on placebo.`;

const COLONY = `Seabird Census

The Trust has carried out a full census of the gannet colony every five years since 1990, with yearly checks of sample plots in between.

Population. The 2025 total of 5,210 nests is the lowest since the census began and is 28 per cent below the peak of 7,240 recorded in 2005.`;

describe('figures told in another shape or another sentence', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/college.txt', COLLEGE),
      textSource('sources/bulletin.txt', BULLETIN),
      textSource('sources/bank.txt', BANK),
      textSource('sources/nurses.txt', NURSES),
      textSource('sources/trial.txt', TRIAL),
      textSource('sources/colony.txt', COLONY),
    ]);
  });

  it('a vote given right after the decision is the vote the source gives', () => {
    const v = check('The recommendations were endorsed 41 to 9 by the Academic Senate on March 4.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('The recommendations were endorsed 41 to 7 by the Academic Senate on March 4.').kind, 'number-mismatch');
  });

  it('the last day of a span of days is a date, not a count', () => {
    const v = check('Officers responded to 912 calls for service in the week of June 2 to 8.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Officers responded to 921 calls for service in the week of June 2 to 8.').kind, 'number-mismatch');
  });

  it('days between two dates the paragraph gives: "three days before" the strike of April 14, on April 11', () => {
    const v = check('A tentative agreement was reached on April 11, three days before a planned strike was due to begin.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('A tentative agreement was reached on April 11, five days before a planned strike was due to begin.').kind, 'number-mismatch');
  });

  it('a quarter of a percentage point is 0.25 percentage points', () => {
    const v = check('The Monetary Committee cut the policy rate by a quarter of a percentage point to 3.50 per cent.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('The Monetary Committee cut the policy rate by half a percentage point to 3.50 per cent.').kind, 'supported');
  });

  it('a year another paragraph gives of the same thing is no rival to the year the sentence gives', () => {
    const v = check('The 2025 total of 5,210 nests is the lowest since the census began in 1990.');
    assert.notEqual(v.kind, 'number-mismatch', v.message);
    assert.equal(check('The 2025 total of 5,210 nests is the lowest since the census began in 1996.').kind, 'number-mismatch');
  });

  it('a post the source gives after the name ("Professor ... of the Department of History") is that post', () => {
    const v = check('The review was chaired by history professor Ruth Adebayo.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('The review was chaired by chemistry professor Ruth Adebayo.').kind, 'contradicted');
  });
});

describe('a figure the paragraph gives two sentences from the one aligned', () => {
  it('is not contradicted by a figure of another paragraph the statement was aligned with', () => {
    const corpus = Corpus.build([textSource('sources/trial.txt', TRIAL)]);
    const passages = corpus.passagesOf(corpus.documents[0]!.id);
    const find = (words: string): Passage => passages.find((p) => p.text.includes(words))!;
    // Aligned, as a joined alignment may be, with the results sentence and the safety paragraph:
    // the enrolment, two sentences before the results, is not among them.
    const alignments: Alignment[] = [{ passages: [find('After 12 weeks'), find('liver enzymes')], coverage: 0.7, missing: [], score: 1 }];
    const figure = (text: string) => numberMismatch(corpus, text, approximated(text, findQuantities(text)), alignments);
    assert.equal(figure('In BRIGHT-1, roughly 2,100 adults took part, and patients taking the drug had about six fewer headache days.'), undefined);
    // (Nor is a count weighed against how many times one thing is another: "more than three
    // times the normal limit" gives no count of adults.)
    assert.equal(figure('In BRIGHT-1, roughly 3,100 adults took part, and patients taking the drug had about six fewer headache days.'), undefined);
    assert.equal(figure('In BRIGHT-1, roughly 2,100 adults took part, and 2.2 per cent of patients taking the drug had raised liver enzymes.')?.source.text, '1.2 per cent');
  });
});

describe('a tally the source gives with the other outcome', () => {
  const MINUTES = `Council minutes

Councillor Ames proposed an amendment to remove the Riverside ward from the plan, arguing that its sewers could not take more homes. The amendment failed 4-5.

The main motion carried 6-3.`;

  it('"passed 5-4" where the source says "failed 4-5" is contradicted, the outcome named', () => {
    const corpus = Corpus.build([textSource('sources/minutes.txt', MINUTES)]);
    const v = checkParagraph(corpus, "Ames's amendment to remove the Riverside ward from the plan passed 5-4.")[0]!.verdict;
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /"failed 4-5" where the statement says "passed"/);
    for (const text of ["Ames's amendment to remove the Riverside ward from the plan failed 4-5.", "Ames's amendment to remove the Riverside ward from the plan failed 5-4."]) {
      assert.equal(checkParagraph(corpus, text)[0]!.verdict.kind, 'supported', text);
    }
  });
});

