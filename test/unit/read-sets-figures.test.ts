// Summary lines of the read summaries sets' kinds, on sources written for the tests, about figures
// a sentence gives of several things: a figure of one lot of an auction told as another's where
// a name set between commas ("at his shop, Quayside,") split the lot's clause; a figure of one
// kind of report in a list ("4 reports of scalds and 2 reports of small fires") told as the
// other's. Each is pinned beside the faithful line that must pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const AUCTION = `Hospice spring auction raises record sum

The Larkhill Hospice spring auction raised a record total on Saturday night at the Corn Exchange.
A framed print of the old harbour by the painter Ruth Calloway fetched £3,400, and a cookery class taught by the baker Tomas Reid at his shop, Quayside, went for £7,250.
Organisers thanked the volunteers who ran the cloakroom and the raffle.`;

const TOASTER = `Toaster recall notice

Harwell Appliances is recalling 12,000 toasters sold between March and August.
Incidents: Harwell has received 29 reports of toasters overheating, including 4 reports of scalds to fingers and 2 reports of small fires that were put out at once. No one was taken to hospital.
Owners should stop using the toaster and contact Harwell for a refund.`;

describe('summary lines whose figures are told of another thing a sentence lists', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/auction.txt', AUCTION),
      textSource('sources/toaster.txt', TOASTER),
    ]);
  });

  it('a name between commas does not split the clause its figure is told in', () => {
    const v = check('A cookery class taught by the baker Tomas Reid at his shop, Quayside, sold for £7,250.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('A cookery class taught by the baker Tomas Reid at his shop, Quayside, sold for £3,400.').kind, 'supported');
  });

  it('each figure of a list joined by "and" is told of its own thing', () => {
    const v = check('Harwell has received 29 reports of toasters overheating, including 4 reports of scalds.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('Harwell has received 29 reports of toasters overheating, including 2 reports of scalds.').kind, 'supported');
  });
});
