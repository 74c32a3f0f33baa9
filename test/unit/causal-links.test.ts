// A cause the source does not give: a statement that links by cause ("was the result of",
// "caused by") two things its source tells apart is not supported, whatever its words share.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const REPORT = `Halvorsen Instruments annual report 2024.

Our Industrial Metrology division, which remains our largest business, saw revenue fall 2 percent to 301 million euros, reflecting weak demand from automotive manufacturers in Europe.

Research and development spending rose to 9 percent of revenue. The launch of our next-generation coordinate measuring machine, the CMX-9, was delayed by five months because of a supplier problem with precision glass components.

Lakeshore General moved to our new booking software in March.

Millbrook District will go live in the second half of 2025.`;

describe('a link of cause the source does not make', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/report.txt', REPORT)]);
  });

  it('between two things told apart is unsupported, with the link named and both passages first in the evidence', () => {
    const v = check('The fall in Industrial Metrology revenue was mainly the result of the five-month delay to the CMX-9 launch.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /^No source supports the link "was mainly the result of": the source says "Our Industrial Metrology division/);
    assert.deepEqual(v.evidence.slice(0, 2).map((e) => e.text.slice(0, 20)).sort(), ['Our Industrial Metro', 'The launch of our ne'].sort());
  });

  it('the source makes, in its own words ("reflecting", "because of"), is supported', () => {
    for (const text of [
      'Industrial Metrology revenue fell 2 percent because of weak demand from automotive manufacturers in Europe.',
      'The CMX-9 launch was delayed by five months due to a supplier problem with precision glass components.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });

  it('"due to" before a verb is a schedule, not a cause', () => {
    const v = check('The new booking software is due to go live at Millbrook District in the second half of 2025.');
    assert.doesNotMatch(v.message, /the link/);
  });
});

describe('a count that "caused" what the source says it involved', () => {
  const BULLETIN = `Weekly bulletin.

The department has received five reports in the past two weeks of phone calls from people claiming to be police officers.

There were 38 reported traffic collisions, 5 of which involved injuries.`;

  it('is no link of cause between the count and another sentence\'s', () => {
    const corpus = Corpus.build([textSource('sources/bulletin.txt', BULLETIN)]);
    const v = checkParagraph(corpus, 'Of 38 collisions reported, five caused injuries.')[0]!.verdict;
    assert.doesNotMatch(v.message, /No source supports the link/, v.message);
  });
});
