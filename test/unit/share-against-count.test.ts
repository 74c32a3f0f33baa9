// A share told in words ("most of", "a minority of", "nearly all of") against the count the
// source gives of the same thing, said the same of it: "Most of the crew vacancies have been
// filled" where three of the seven have. No figure stands on the statement's side, so the figure
// checks saw nothing to weigh, and every word is the source's: it passed.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses, verdictOf } from '../helpers/genres.js';

const DEPOT = `Oldham Road depot: quarterly report

Three of the seven driver vacancies at the depot have been filled since January. Five of the eight routes met the punctuality target in March.
Some 62% of the complaints received were about late running, the operator said.`;

describe('a share told in words against the source\'s count', () => {
  let c: Corpus;
  before(async () => { c = await Corpus.build([textSource('sources/depot.txt', DEPOT)]); });

  it('flags a share the count falls outside, as a figure the fix replaces with the count', () => {
    assertCaught(c, 'Most of the driver vacancies at the depot have been filled.', /does not match the source, which says Three of the seven driver vacancies/);
    assertCaught(c, 'A minority of the routes met the punctuality target in March.', /which says Five of the eight routes/);
    assertCaught(c, 'Nearly all of the complaints received were about late running.', /62% of the complaints/);
    assert.equal(verdictOf(c, 'Most of the driver vacancies at the depot have been filled.').kind, 'number-mismatch');
  });

  it('passes a share the count backs, and leaves alone what the source counts of something else', () => {
    assertPasses(c, 'More than half of the routes met the punctuality target in March.');
    assertPasses(c, 'The majority of the complaints received were about late running.');
    // Said of the rest: the other four of the seven.
    assert.doesNotMatch(verdictOf(c, 'Most of the driver vacancies at the depot remain open.').message, /does not match/);
    // Said of something the count does not count.
    assert.doesNotMatch(verdictOf(c, 'Most of the driver vacancies at the depot were advertised online.').message, /does not match/);
  });
});
