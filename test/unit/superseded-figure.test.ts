// A figure a source gives only as what something was before it changed ("raised the threshold
// from a heat index of 90°F to 95°F") is not what it is: a statement that gives it as current
// is a number mismatch, with the figure after "to" to write; and a statement that copies one
// passage but for a figure is weighed against that passage's, whatever another sentence gives.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const BILL = `§ 3 — Water, shade, and rest. When the heat index reaches 80°F, employers must provide at least one quart of cool drinking water per employee per hour. When the heat index is 95°F or above, employers must provide a paid rest break of at least 10 minutes every two hours.

COMMITTEE ACTION
The committee amendment raised the paid-rest-break threshold from a heat index of 90°F to 95°F and struck a provision allowing employees to sue employers directly.

The city raised its parking fee from $2 an hour in 2023 to $3 an hour in 2024.`;

describe('a figure the source gives only as what it was', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/bill.txt', BILL)]);
  });

  it('told as current is a number mismatch, and the message quotes the change', () => {
    const v = check('Under the bill, paid rest breaks kick in once the heat index reaches 90°F.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /from a heat index of 90°F to 95°F/);
  });

  it('told as what it was, or the new figure, is supported', () => {
    for (const text of [
      'Under the bill, paid rest breaks kick in once the heat index reaches 95°F.',
      'The committee raised the paid-rest-break threshold from 90°F to 95°F.',
      'Before the amendment, paid rest breaks would have started at a heat index of 90°F.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });

  it('a figure dated by its own year is told as it was then', () => {
    const v = check('The city charged $2 an hour for parking in 2023.');
    assert.notEqual(v.kind, 'number-mismatch', v.message);
  });
});

describe('a statement that copies one passage but for a figure', () => {
  const corpus = Corpus.build([textSource('sources/quarrie.txt', 'Her 1968 paper estimated that 40 percent of the sulfate deposited in southern Ontario originated in the Ohio Valley. A 1974 re-analysis by the EPA revised the estimate down to 35 percent.')]);
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;

  it('is weighed against that passage\'s figure, though another sentence gives its own', () => {
    const v = check('Her 1968 paper estimated that 35 percent of the sulfate deposited in southern Ontario originated in the Ohio Valley.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /says 40 percent/);
  });

  it('the passage\'s own figure, and the other sentence\'s told of its own thing, are supported', () => {
    for (const text of ['Her 1968 paper estimated that 40 percent of the sulfate deposited in southern Ontario originated in the Ohio Valley.', 'A 1974 re-analysis by the EPA revised the estimate to 35 percent.']) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});

describe('dates from one to another', () => {
  const corpus = Corpus.build([textSource('sources/museum.txt', 'The museum is preparing "Salt and Iron," an exhibition on the city\'s shipbuilding past, which runs from 25 October 2025 to 8 March 2026.\n\nThe board meeting on the budget was postponed from 3 March 2026 to 10 March 2026.')]);
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;

  it('are a span: its first day is when it opens, no date it moved from', () => {
    const v = check('The exhibition on the city\'s shipbuilding past opens on 25 October 2025.');
    assert.notEqual(v.kind, 'number-mismatch', v.message);
  });

  it('moved, the first is what it was: told as current it is a number mismatch', () => {
    const v = check('The board meeting on the budget is on 3 March 2026.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /postponed|from 3 March 2026 to 10 March 2026/);
  });
});

describe('times of day from one to another', () => {
  const corpus = Corpus.build([textSource('sources/buses.txt', 'Eight Frequent Lines will run every 10 minutes or better from 6 a.m. to 9 p.m. on weekdays.\n\nThe public meeting on the network was moved from 6 p.m. to 7 p.m.')]);
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;

  it('are a span ("between 6 a.m. and 9 p.m."), no time it moved from', () => {
    const v = check('Eight Frequent Lines will run every 10 minutes or better between 6 a.m. and 9 p.m. on weekdays.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('moved, the first is what it was', () => {
    const v = check('The public meeting on the network is at 6 p.m.');
    assert.equal(v.kind, 'number-mismatch', v.message);
  });
});
