// A question in a source is not a claim: "Can the fraternity sue for defamation?" does not
// support "The fraternity can sue for defamation", unless the next sentence answers yes.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const COLUMN = `The magazine retracted its story about the fraternity last week, and its editors apologised to readers.

The next question is a legal one. Can the fraternity or any of its members sue the magazine for defamation? Lawyers say a public apology does not end the matter. The fraternity has hired a law firm in Richmond.`;

const BRIEFING = `Fire department briefing on the Elm Street school fire, Tuesday.

CHIEF DAVIS: The fire started in a storage room shortly after 2 a.m. and was under control by 4 a.m. No one was hurt.

REPORTER: Was the fire set deliberately?

CHIEF DAVIS: Yes. Investigators found accelerant in two rooms, and we have asked the state fire marshal to help.

REPORTER: Will the school reopen on Monday?

CHIEF DAVIS: We don't know yet. The building inspector will decide after she sees the damage.`;

describe('a statement that says what its source only asks', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/column.txt', COLUMN), textSource('sources/briefing.txt', BRIEFING)]);
  });

  it('is not supported, and the question is the evidence shown first', () => {
    const v = check('The fraternity or its members can sue the magazine for defamation.');
    assert.equal(v.kind, 'unsupported');
    assert.equal(v.message, 'No source supports this statement: the source only asks it ("Can the fraternity or any of its members sue the magazine for defamation?")');
    assert.equal(v.evidence[0]!.text, 'Can the fraternity or any of its members sue the magazine for defamation?');
  });

  it('a reporter\'s question the chief does not answer yes is not a fact either', () => {
    const v = check('The school will reopen on Monday.');
    assert.equal(v.kind, 'unsupported');
    assert.equal(v.message, 'No source supports this statement: the source only asks it ("REPORTER: Will the school reopen on Monday?")');
  });

  it('a question answered yes in the next sentence supports what it asks', () => {
    const v = check('The fire was set deliberately.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a statement that reports the asking is supported', () => {
    for (const text of ['The column asks whether the fraternity or its members can sue the magazine for defamation.', 'A reporter asked whether the school will reopen on Monday.']) {
      const v = check(text);
      assert.doesNotMatch(v.message, /only asks/, text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});
