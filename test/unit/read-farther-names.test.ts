// Summary lines of the read summary sets' kinds, on sources written for the tests, about who led
// what and which side it was: a panel the source says one person chaired, told as chaired by
// another it names; the left knee where the source has the right. Each error now caught is
// pinned beside the faithful line that must still pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const APPEAL = `Northmoor Rugby Union: decision of the Appeals Panel

The Appeals Panel, chaired by Dr Miriam Osei, met on 12 March to hear the appeal of Harlow Vale against the deduction of six points.
The club was represented by Mr Colin Brandt, its honorary secretary, who told the panel the registration error had been made in good faith.
The panel upheld the deduction but reduced the fine to £1,500.`;

const MATCH = `Harlow Vale 17 Kingsbridge 20

Harlow Vale lost their captain, Owen Price, who injured his right knee in the first half and left the ground on crutches.
Kingsbridge scored the winning try four minutes from time.`;

describe('summary lines that give a person the lead another had, or the other side', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/appeal.txt', APPEAL),
      textSource('sources/match.txt', MATCH),
    ]);
  });

  it('a panel the source says another person chaired ("Colin Brandt, who chaired the Appeals Panel")', () => {
    const v = check('Colin Brandt, who chaired the Appeals Panel, said the registration error had been made in good faith.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /chaired by Dr Miriam Osei/);
  });

  it('the panel told as chaired by its chair still passes, and its club\'s representative too', () => {
    const chair = check('Miriam Osei, who chaired the Appeals Panel, upheld the deduction of six points.');
    assert.notEqual(chair.kind, 'contradicted', chair.message);
    const rep = check('Colin Brandt, who represented Harlow Vale, told the panel the registration error had been made in good faith.');
    assert.equal(rep.kind, 'supported', rep.message);
  });

  it('the left knee where the source has the right', () => {
    const v = check('Owen Price injured his left knee in the first half.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /right/);
    const faithful = check('Owen Price injured his right knee in the first half and left the ground on crutches.');
    assert.equal(faithful.kind, 'supported', faithful.message);
  });
});
