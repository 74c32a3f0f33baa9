// Two things said of two names, each of the other's: "Evacuees can shelter at the county
// fairgrounds, while Ridgeline High School is accepting large animals" where the update says the
// shelter is at the school and the fairgrounds take the animals.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const UPDATE = `Cedar Hollow Fire update, Thursday morning.

Evacuation orders remain in effect for Pine Flats and Lower Ashgrove. An evacuation shelter is open at Ridgeline High School, 400 Center Street. The county fairgrounds are accepting large animals.`;

const INTERVIEW = `Transcript: interview with the finance minister.

MINISTER OKAFOR: The Treasury forecast is 1.8 percent. The central bank is a little more cautious, at 1.5 percent. I think both are reasonable.`;

describe('two clauses whose halves the source pairs the other way', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/update.txt', UPDATE), textSource('sources/interview.txt', INTERVIEW)]);
  });

  it('are contradicted, with both source sentences quoted', () => {
    const v = check('Evacuees can shelter at the county fairgrounds, while Ridgeline High School is accepting large animals.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says it the other way round: "An evacuation shelter is open at Ridgeline High School, 400 Center Street. The county fairgrounds are accepting large animals."');
    const w = check('The central bank is forecasting growth of 1.8 percent, while the Treasury is a little more cautious at 1.5 percent.');
    assert.equal(w.kind, 'contradicted', w.message);
  });

  it('paired as the source pairs them are supported', () => {
    for (const text of [
      'Evacuees can shelter at Ridgeline High School, while the county fairgrounds are accepting large animals.',
      'The Treasury is forecasting growth of 1.8 percent, while the central bank is a little more cautious at 1.5 percent.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});
