// A reaction credited to one the source says declined to comment: every word of "The Water
// Regulator welcomed the report" is in "The Water Regulator declined to comment on the report",
// but for the verb, which is no opposite of "declined". It passed as supported.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses, verdictOf } from '../helpers/genres.js';

const REPORT = `Reservoir safety report released

An independent review found that the Hollin Moor dam needs £3 million of repairs to its spillway. The Water Regulator declined to comment on the report, saying it would respond once it had studied the findings. Hollin Water welcomed the review and said repairs would start in the spring.`;

describe('a reaction credited to one who declined to comment', () => {
  let c: Corpus;
  before(async () => { c = await Corpus.build([textSource('sources/report.txt', REPORT)]); });

  it('is contradicted, with the source\'s words', () => {
    assertCaught(c, 'The Water Regulator welcomed the report.', /The source says "declined to comment" where the statement says "welcomed"/);
    assertCaught(c, 'The Water Regulator criticised the review of the Hollin Moor dam.', /declined to comment/);
    assert.equal(verdictOf(c, 'The Water Regulator welcomed the report.').kind, 'contradicted');
  });

  it('passes what the one who declined did say, and the reaction of another the source gives', () => {
    assertPasses(c, 'The Water Regulator declined to comment on the report.');
    assertPasses(c, 'The Water Regulator said it would respond once it had studied the findings.');
    assertPasses(c, 'Hollin Water welcomed the review.');
  });
});
