// A thing a source calls by what it is ("The programme cost ...") many sentences after it said
// what the name is ("Maths Boost, a programme in which ..."): a statement that calls it by name
// says what the later sentence says, not two sentences joined.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const ABSTRACT = `Abstract

We report the results of a cluster-randomised controlled trial of Maths Boost, a programme in which trained tutors work with groups of three pupils for three 45-minute sessions a week over 24 weeks.

Results

Of the 2,710 pupils randomised, 2,493 completed the end-of-year test. Attrition was similar in the two arms. Baseline scores were balanced. Effects were similar for boys and girls.

The programme cost approximately 540 pounds per pupil. The trial was funded by the Northfield Trust.`;

describe('a name for what a later sentence calls by what it is', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/abstract.txt', ABSTRACT)]);
  });

  it('says what that sentence says', () => {
    const v = check('Maths Boost cost about 540 pounds per pupil.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('with another figure, or of what the name is not, is still flagged', () => {
    assert.equal(check('Maths Boost cost about 740 pounds per pupil.').kind, 'number-mismatch');
    assert.notEqual(check('The Northfield Trust cost approximately 540 pounds per pupil.').kind, 'supported');
  });
});

describe('a person a sentence tells of before naming them (the delayed lede)', () => {
  const COURT = `Former Charity Treasurer Jailed for Stealing From Food Bank

A former treasurer of the Ashford Valley Community Food Bank was sentenced on Thursday to three years and four months in prison for stealing more than $186,000 from the charity over a period of six years.

Gareth Linwood, 52, of Pellham Road, pleaded guilty in August to one count of theft and one count of false accounting.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/court.txt', COURT)]);
  });

  it('named by the next paragraph\'s opening name, says what the first sentence says', () => {
    for (const text of [
      'Gareth Linwood, a former treasurer of the Ashford Valley Community Food Bank, was jailed for three years and four months for stealing more than $186,000 from the charity over six years.',
      'Gareth Linwood was sentenced on Thursday to three years and four months in prison for stealing more than $186,000 from the charity.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });

  it('with a figure changed, is still flagged', () => {
    assert.equal(check('Gareth Linwood, a former treasurer of the Ashford Valley Community Food Bank, was sentenced to five years and four months in prison for stealing more than $186,000 from the charity over six years.').kind, 'number-mismatch');
  });
});
