// A verb that says its object will not happen ("ruled out raising", "refused to sign") denies as
// the source's "will not" does: no flip. After a negation ("did not rule out") it denies nothing,
// and the plain affirmative is still the source's opposite.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const INTERVIEW = `Budget interview

ANCHOR: Will you raise income tax rates?

MINISTER OKAFOR: We will not raise income tax rates in this budget. I have said that before and I will say it again.`;

describe('a verb that denies what follows it', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/interview.txt', INTERVIEW)]);
  });

  it('"ruled out raising income tax rates" says what "will not raise" says', () => {
    const v = check('Okafor ruled out raising income tax rates in this budget.');
    assert.notEqual(v.kind, 'contradicted', v.message);
  });

  it('the affirmative is still the opposite', () => {
    const v = check('Okafor said she would raise income tax rates in this budget.');
    assert.equal(v.kind, 'contradicted', v.message);
  });
});
