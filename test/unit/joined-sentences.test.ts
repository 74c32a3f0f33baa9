// A statement may tell in one sentence what two source sentences say, as writers do: "Two
// teenagers detained over graffiti were released to their parents" from "two teenagers were
// detained ..." and "Both were released to their parents". That is flagged only where the second
// sentence was about someone else: its predicate told of another person, its quotation said by
// another.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const BULLETIN = `Weekly Police Bulletin

On Saturday, two teenagers, aged 14 and 15, were detained after a report of vandalism at Mill Pond Park, where paint was sprayed on the bandstand and a footbridge. Both were released to their parents and referred to the county youth mediation scheme.

Officers also attended a fire at a disused warehouse on Quarry Lane. Nobody was hurt.`;

const CLUB = `Fullback Ruled Out for the Season

Rovers full-back Tom Ashdown admitted he would take a careful approach to recovering from his latest concussion. Wingers coach Dana Price said the squad had trained well all week.

The club's reserve goalkeeper has been advised by specialists not to play again this season after three concussions in four months.

"The recovery will take longer than anyone hoped," said team doctor Ingrid Sale.`;

const BRIDGE = `Bridge Inspection

Inspectors found a cracked weld on the north girder of the Mill Lane bridge. The crack is thought to have spread slowly over years of vibration from heavy lorries, though the report could not say when it began.`;

describe('a statement that joins two source sentences', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/bulletin.txt', BULLETIN),
      textSource('sources/club.txt', CLUB),
      textSource('sources/bridge.txt', BRIDGE),
    ]);
  });

  it('where the second goes on about the first\'s subject, says what they say', () => {
    const v = check('Two teenagers detained over the vandalism at Mill Pond Park were released to their parents and referred to a youth mediation scheme.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('with the second sentence\'s predicate told of someone else, is flagged', () => {
    const v = check('Tom Ashdown has been advised by specialists not to play again this season.');
    assert.notEqual(v.kind, 'supported', v.message);
  });

  it('with a quotation another person said after it, is flagged', () => {
    const v = check('Wingers coach Dana Price said the recovery will take longer than anyone hoped.');
    assert.notEqual(v.kind, 'supported', v.message);
  });

  it('where the second opens on "the" thing the first named, says what they say', () => {
    const v = check('Inspectors found a cracked weld on the north girder of the Mill Lane bridge, probably caused over time by vibration from heavy lorries.');
    assert.equal(v.kind, 'supported', v.message);
  });
});
