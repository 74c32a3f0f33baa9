// What someone says should be is no flip of what the source says is not: "argued that nurses should
// be able to live in the city where they work" where she said they are "welcome to work here but
// not to live here". Said the other way round, it still is.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const DEBATE = `Council Debate

Councillor Maria Arroyo, who sponsored the measure, said rents had risen 28 percent in five years. "We tell teachers, nurses and bus drivers that they are welcome to work here but not to live here," she said.`;

describe('a wish against what the source says is not so', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/debate.txt', DEBATE)]);
  });

  it('"should be able to live here" is what the complaint asks for, not its opposite', () => {
    const v = check('Arroyo argued that teachers, nurses and bus drivers should be able to live where they work.');
    assert.notEqual(v.kind, 'contradicted', v.message);
    assert.doesNotMatch(v.message, /opposite|negates/, v.message);
  });

  it('told as what is, it is still the opposite', () => {
    const v = check('Arroyo said teachers, nurses and bus drivers are welcome to live here.');
    assert.notEqual(v.kind, 'supported', v.message);
  });
});
