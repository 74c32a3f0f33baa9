// A day told by its ordinal: "the first of May 2027", "the 21st of June", "May 2nd". It is the
// date it names, weighed as a figure: the source's "1 May 2027" backs it, "2 May" is a wrong date
// (it passed when "second" was read as a word the source lacks and the date was never read).
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import { findQuantities } from '../../src/core/text/numbers.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const NOTICE = `Harbour Notice 14

The new ferry timetable takes effect on 1 May 2027, the port authority said on Tuesday. Sailings to Kerrow will run every 40 minutes, and the last sailing will leave at 22:10.
Consultation on winter fares closes on the twenty-first of June, and a fifth of May's sailings were cancelled by storms.`;

const dates = (text: string): [string, { year?: number; month?: number; day?: number } | undefined][] =>
  findQuantities(text).filter((q) => q.kind === 'date').map((q) => [q.text, q.date]);

describe('days told by their ordinal', () => {
  let c: Corpus;
  before(async () => { c = await Corpus.build([textSource('sources/notice.txt', NOTICE)]); });

  it('reads "the first of May 2027", "the 21st of June" and "the twenty-first of June" as dates', () => {
    assert.deepEqual(dates('It starts on the first of May 2027.'), [['the first of May 2027', { year: 2027, month: 5, day: 1 }]]);
    assert.deepEqual(dates('By the 21st of June, 2027 and the thirtieth of April'), [['the 21st of June, 2027', { year: 2027, month: 6, day: 21 }], ['the thirtieth of April', { year: undefined, month: 4, day: 30 }]]);
    assert.deepEqual(dates('until the twenty-first of June'), [['the twenty-first of June', { year: undefined, month: 6, day: 21 }]]);
  });

  it('leaves shares, the verb "may" and impossible days alone', () => {
    assert.deepEqual(dates("a fifth of May's sailings"), []);
    assert.deepEqual(dates('the first of may be late'), []);
    assert.deepEqual(dates('the 40th of May'), []);
  });

  it('passes a date told by its ordinal where the source gives it in figures, and the other way round', () => {
    assertPasses(c, 'The new timetable starts on the first of May 2027.');
    assertPasses(c, 'The new timetable starts on the 1st of May.');
    assertPasses(c, 'Consultation on winter fares closes on 21 June.');
  });

  it('flags a wrong day told by its ordinal as a number mismatch, with the source\'s date', () => {
    assertCaught(c, 'The new timetable starts on the second of May 2027.', /the second of May 2027 does not match the source, which says 1 May 2027/);
    assertCaught(c, 'The new timetable starts on the 2nd of May 2027.', /does not match the source, which says 1 May 2027/);
    assertCaught(c, 'Consultation on winter fares closes on the twentieth of June.', /does not match the source/);
  });
});
