// Summary lines of the read summary sets' kinds, on sources written for the tests, about who
// holds a post and where things happened: a post the source gives one person, given to another;
// a place put where the source has another after the same word. Each error now caught is pinned
// beside the faithful line that must still pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const AUDIT = `Harrowfield Water: review of the billing failure

The review of the billing failure was led by Mr Daniel Okafor, who joined the finance team in 2019 and spoke to eleven members of staff over three weeks.
Its findings were accepted by the board after Ms Helen Strachan, Head of Customer Services, presented them on 4 June.
Ms Strachan said refunds would reach every affected household by the end of July.`;

const INCIDENT = `Serious incident report: flight TQ 441

The aircraft was flying from Glasgow to Valdora when the crew reported smoke in the cabin. The crew diverted to Kessburg, where the aircraft landed without injury at 14:05.
A replacement aircraft took the passengers on to Valdora that evening.`;

describe('summary lines that give a person a post or a role that is another\'s', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/audit.txt', AUDIT),
      textSource('sources/incident.txt', INCIDENT),
    ]);
  });

  it('a post the source gives another person ("Head of Customer Services Daniel Okafor")', () => {
    const v = check('The review of the billing failure was led by Head of Customer Services Daniel Okafor.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Helen Strachan, Head of Customer Services/);
    // Set off after the name, in lower case, with whose post it is.
    assert.equal(check('The review of the billing failure was led by Daniel Okafor, Harrowfield Water\'s head of customer services.').kind, 'contradicted');
  });

  it('the post given to the person who holds it still passes', () => {
    const v = check('Head of Customer Services Helen Strachan said refunds would reach every affected household by the end of July.');
    assert.equal(v.kind, 'supported', v.message);
    const led = check('The review of the billing failure was led by Daniel Okafor, who spoke to eleven members of staff.');
    assert.equal(led.kind, 'supported', led.message);
  });

  it('a place put where the source has another after the same word ("diverted to Valdora")', () => {
    const v = check('The crew diverted to Valdora, where the aircraft landed at 14:05.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Kessburg/);
    const faithful = check('The crew diverted to Kessburg, where the aircraft landed at 14:05.');
    assert.equal(faithful.kind, 'supported', faithful.message);
  });
});
