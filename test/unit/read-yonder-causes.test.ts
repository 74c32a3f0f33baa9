// Summary lines of test/fixtures/summaries-yonder's kinds, on sources written for the tests: a
// faithful line that was flagged as joining two sentences, where the one it takes from names
// again, with "this", what the other described. It is pinned beside an error that must still be
// caught.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const VILLAGE = `Harwell Parish Council: minutes of the meeting of 4 June

The Clerk reported that the spring survey had found the timber footbridge over Mill Brook to be unsafe, with two rotten handrails. Cllr Dorothy Hale said: "We cannot keep mending this footbridge; it was built in 1994 and it has come to the end of its useful life." The Clerk also reported that the bus shelter on Church Lane had been damaged by a van.`;

describe('summary lines whose causes and reasons were read wrongly', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/village.txt', VILLAGE)]);
  });

  it('"this footbridge" names again the footbridge the sentence before describes', () => {
    const v = check('Hale said the Mill Brook timber footbridge, built in 1994, had come to the end of its useful life.');
    assert.equal(v.kind, 'supported', v.message);
    // What the Clerk said of the footbridge, told of the bus shelter, is still two sentences joined.
    assert.equal(check('The Clerk reported that the bus shelter on Church Lane had two rotten handrails.').kind, 'unsupported');
  });
});
