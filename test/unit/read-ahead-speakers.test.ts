// Who says what and who is who, on lines of test/fixtures/summaries-ahead's kinds, on sources
// written for the tests: a quotation credited to the post that opens its sentence ("The Chief
// Inspector of Mines, Dr Hana Kovač, said:") rather than to the person the post is given to.
// Each is pinned beside the error that must still be caught, or the faithful line that must pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import { findQuotes } from '../../src/core/index/quotes.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const MINE = `Roof fall at Pelham Colliery

A section of roof collapsed in the east heading of Pelham Colliery on 3 March, trapping two fitters for six hours.
The Chief Inspector of Mines, Dr Hana Kovač, said: "The roof bolts in that heading were installed to the wrong pattern, and nobody checked them."
Tomas Reyer, the operations manager of Pelham Minerals, said the company would pay for an independent survey.
Our Head of Safety, Mr Oliver Braddock, said: "We let our people down, and we will put it right."`;

describe('who says what: a post before the name', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/mine.txt', MINE)]);
  });

  it('"The Chief Inspector of Mines, Dr Hana Kovač, said:" credits the person between the commas, not the post', () => {
    const speakers = (line: string): (string | undefined)[] => findQuotes(line).map((q) => q.speaker);
    assert.deepEqual(speakers('The Chief Inspector of Mines, Dr Hana Kovač, said: "It was wrong."'), ['Dr Hana Kovač']);
    assert.deepEqual(speakers('Our Head of Safety, Mr Oliver Braddock, said: "We let them down."'), ['Mr Oliver Braddock']);
    // A name before the commas is still the speaker, and what stands between them no name.
    assert.deepEqual(speakers('Tomas Reyer, the operations manager, said: "It was wrong."'), ['Tomas Reyer']);
    assert.deepEqual(speakers('The Minister, in a statement on Friday, said: "It was wrong."'), ['Minister']);
  });

  it('a quotation of the person a post is given to is hers, and still not another\'s', () => {
    const v = check('Dr Hana Kovač said the roof bolts had been installed to the wrong pattern and that "nobody checked them".');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('Tomas Reyer said the roof bolts had been installed to the wrong pattern and that "nobody checked them".');
    assert.equal(other.kind, 'misattributed', other.message);
    const head = check('Mr Braddock, the head of safety, said the company had "let our people down".');
    assert.equal(head.kind, 'supported', head.message);
  });
});
