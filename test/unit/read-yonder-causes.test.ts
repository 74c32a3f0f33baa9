// Summary lines of test/fixtures/summaries-yonder's kinds, on sources written for the tests, about
// causes and reasons: a reason the source gives otherwise ("because of a crew shortage" where it
// says "because of high winds"), a link the source leaves open ("was not designed to establish
// whether ... contributed to"), two points someone made told as cause and effect ("had pushed its
// costs up"); and a faithful line that was flagged as joining two sentences, where the one it
// takes from names again, with "this", what the other described. Each error is pinned beside the
// faithful line that must still pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const HARBOUR = `Harbour dredging: progress report

The Kelham harbour dredger worked only three days last week, rather than the planned five, because of high winds. The contractor also reported that a pump had failed on Tuesday.`;

const REVIEW = `Marsh Road junction: road safety review

Seven cyclists were seriously injured at the Marsh Road junction in 2023. The review was not designed to establish whether the new road layout contributed to any of the collisions, and no such conclusion should be drawn. Police said poor street lighting contributed to two of the collisions.`;

const WATER = `Dunford Water: annual statement

A spokesperson for Dunford Water said customer numbers had fallen by 4% since 2022, and that chemical and energy costs had risen by £1.1 million this year. The company said demand for water had risen by 15% in July because of the heatwave.`;

const VILLAGE = `Harwell Parish Council: minutes of the meeting of 4 June

The Clerk reported that the spring survey had found the timber footbridge over Mill Brook to be unsafe, with two rotten handrails. Cllr Dorothy Hale said: "We cannot keep mending this footbridge; it was built in 1994 and it has come to the end of its useful life." The Clerk also reported that the bus shelter on Church Lane had been damaged by a van.`;

describe('summary lines whose causes and reasons were read wrongly', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/harbour.txt', HARBOUR),
      textSource('sources/review.txt', REVIEW),
      textSource('sources/water.txt', WATER),
      textSource('sources/village.txt', VILLAGE),
    ]);
  });

  it('a reason other than the one the source gives for the same thing', () => {
    const v = check('The Kelham dredger worked only three days last week instead of five, because of a crew shortage.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /another reason/);
    // The source's reason in other words still stands.
    for (const faithful of [
      'The Kelham dredger worked only three days last week instead of five because the winds were too strong.',
      'The Kelham dredger worked only three days last week instead of five, because of stormy weather.',
    ]) {
      const f = check(faithful);
      assert.equal(f.kind, 'supported', `${faithful}: ${f.message}`);
    }
  });

  it('a link the source says it was not designed to establish, told as found', () => {
    const v = check('The review found that the new road layout contributed to some of the collisions.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /leaves it open/);
    const open = check('The review did not establish whether the new road layout contributed to the collisions.');
    assert.equal(open.kind, 'supported', open.message);
    // A link the source makes still stands.
    const given = check('Police said poor street lighting contributed to two of the collisions.');
    assert.equal(given.kind, 'supported', given.message);
  });

  it('two points someone made ("..., and that ...") told as cause and effect', () => {
    const v = check('Dunford Water said falling customer numbers had pushed its chemical and energy costs up by £1.1 million.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /separate points/);
    const points = check('Dunford Water said customer numbers had fallen by 4% since 2022 and that its chemical and energy costs had risen by £1.1 million.');
    assert.equal(points.kind, 'supported', points.message);
    // A cause the source gives, told with "pushed ... up".
    const given = check('The company said the heatwave had pushed demand for water up by 15% in July.');
    assert.equal(given.kind, 'supported', given.message);
  });

  it('"..., and that squeezed our margins" is a cause told with "that" for the point before, not a second point', () => {
    const c = Corpus.build([textSource('sources/bakery.txt', `Tollard Bakeries: annual results

Chief executive Ruth Amankwah said: "We kept our prices down for shoppers while flour and energy costs rose sharply, and that squeezed our margins." She said customer numbers had fallen by 3%, and that the Alston site would close in June.`)]);
    const v = checkParagraph(c, 'Amankwah said margins had been squeezed because prices were kept down while flour and energy costs rose.')[0]!.verdict;
    assert.equal(v.kind, 'supported', v.message);
    // Two points of what someone said, "..., and that the Alston site would close", are still told apart.
    const points = checkParagraph(c, 'Amankwah said the Alston site would close in June because customer numbers had fallen by 3%.')[0]!.verdict;
    assert.equal(points.kind, 'unsupported', points.message);
    assert.match(points.message, /separate points/);
  });

  it('"this footbridge" names again the footbridge the sentence before describes', () => {
    const v = check('Hale said the Mill Brook timber footbridge, built in 1994, had come to the end of its useful life.');
    assert.equal(v.kind, 'supported', v.message);
    // What the Clerk said of the footbridge, told of the bus shelter, is still two sentences joined.
    assert.equal(check('The Clerk reported that the bus shelter on Church Lane had two rotten handrails.').kind, 'unsupported');
  });
});
