// Who says what in a broadcast transcript whose labels give each speaker's part and name
// ("PRESENTER (ANNA REY):"), where a turn may report another's words with their own credit ("We
// spoke to Tom Hale of the residents' group, who said ... "..."").
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import { findQuotes } from '../../src/core/index/quotes.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses, verdictOf } from '../helpers/genres.js';

const SHOW = `Evening Edition, River FM, 9 May 2027

PRESENTER (ANNA REY): Councillor, why is the Brook Street library closing?

COUNCIL LEADER (OWEN PRICE): It is not closing. We are moving the lending service into the new hub at Castle Mead, two streets away, from September, because the old building cannot be heated safely. The archive stays on Brook Street.

ANNA REY: Residents say the hub is too small.

OWEN PRICE: The hub has twice the floor space. I have offered to meet the residents next month.

ANNA REY: We also spoke to Tom Hale of the Brook Street Residents Association, who said the plan had been drawn up "without a single public meeting" and that residents would petition the council.`;

describe('credits in a broadcast transcript', () => {
  let c: Corpus;
  before(async () => { c = await Corpus.build([textSource('sources/show.txt', SHOW)]); });

  it('reads a label with the speaker\'s part and name in brackets as that speaker\'s turn', () => {
    assertPasses(c, 'Owen Price said the lending service would move because the old building "cannot be heated safely".');
    assertPasses(c, 'Price said the lending service would move to the hub at Castle Mead from September.');
    assertCaught(c, 'Anna Rey said the lending service would move to the hub at Castle Mead from September.', /Owen Price/);
  });

  it('credits a quotation a turn reports with "who said" to the one named, not to the turn\'s speaker', () => {
    assert.equal(findQuotes('We also spoke to Tom Hale of the Brook Street Residents Association, who said the plan had been drawn up "without a single public meeting".')[0]!.speaker, 'Tom Hale');
    assertPasses(c, 'Tom Hale said the plan was drawn up "without a single public meeting".');
    const v = verdictOf(c, 'Anna Rey said the plan was drawn up "without a single public meeting".');
    assert.equal(v.kind, 'misattributed', v.message);
    assert.match(v.message, /attributes it to Tom Hale/);
  });
});
