// Summary lines of test/fixtures/summaries-yonder's kinds, on sources written for the tests, about
// the hedges and conditions a source puts on what it says. Errors that passed (a hedge dropped
// where a time in the words after it ended their clause too soon). Each is pinned beside the
// faithful line that must pass, or the error that must still be caught.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const BUSES = `Dunmere Buses: winter timetable

Dunmere Buses said it may be able to run a 23:15 Saturday service from Kelso Square from January, but only if enough drivers are available. The company expects to say more by the middle of December.`;

describe('summary lines whose hedges and conditions were read wrongly', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/buses.txt', BUSES)]);
  });

  it('a hedge dropped where the words after it hold a time ("a 23:15 Saturday service")', () => {
    const v = check('Dunmere Buses will run a 23:15 Saturday service from Kelso Square from January.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /may be able/);
    const kept = check('Dunmere Buses said it may be able to run a 23:15 Saturday service from Kelso Square from January.');
    assert.equal(kept.kind, 'supported', kept.message);
  });
});
