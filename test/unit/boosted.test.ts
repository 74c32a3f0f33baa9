// Certainty a statement adds to what its source hedges: "will definitely spread" where the update
// says further growth "is likely"; "would definitely face shortages" where retailers "could".
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const UPDATE = `Cedar Hollow Fire update, Thursday morning.

A red flag warning is in effect from noon today. Winds from the southwest are forecast at 15 to 20 mph, and further growth to the northeast is likely.

The port handled about 1.8 million containers last year. Chamber president Naomi Ruskin warned that retailers could face shortages of some imported goods within two weeks if the stoppage continued.

Crews will focus today on protecting Upper Ashgrove.`;

describe('certainty added to a hedge', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/update.txt', UPDATE)]);
  });

  it('is not supported as certain, with the booster marked and the passage\'s hedge quoted', () => {
    const text = 'Chamber president Naomi Ruskin said retailers would definitely face shortages of some imported goods within two weeks if the stoppage continued.';
    const v = check(text);
    assert.equal(v.kind, 'unsupported', v.message);
    assert.equal(v.message, 'No source supports this statement as certain: the source says "could face shortages of"');
    assert.equal(text.slice(v.focus!.start, v.focus!.end), 'definitely');
    const w = check('Officials said there will certainly be further growth of the fire to the northeast.');
    assert.equal(w.kind, 'unsupported', w.message);
  });

  it('the hedge kept, or a plain statement of what the source says plainly, is supported', () => {
    for (const text of [
      'Chamber president Naomi Ruskin said retailers could face shortages of some imported goods within two weeks if the stoppage continued.',
      'Officials said there will likely be further growth of the fire to the northeast.',
      'Crews will definitely focus today on protecting Upper Ashgrove.',
    ]) {
      const v = check(text);
      assert.notEqual(v.kind, 'unsupported', `${text}: ${v.message}`);
    }
  });
});

describe('a study said to prove what its source reports as observed', () => {
  const STORY = `Trees cool city blocks by up to 4.2 degrees, study finds.

Blocks with the most tree canopy were up to 4.2 degrees cooler on summer afternoons than blocks with the least, researchers at the Halden Institute found after comparing 3,100 city blocks.

The study is also observational. Leafier neighbourhoods tend to differ from others in many ways, and the researchers could only partly account for those differences.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/story.txt', STORY)]);
  });

  it('is not supported as certain, with the source\'s caveat quoted', () => {
    const v = check('The study proves that blocks with the most tree canopy were up to 4.2 degrees cooler on summer afternoons.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.equal(v.message, 'No source supports this statement as certain: the source says "The study is also observational."');
  });

  it('what it found is supported', () => {
    const v = check('The study found that blocks with the most tree canopy were up to 4.2 degrees cooler on summer afternoons.');
    assert.equal(v.kind, 'supported', v.message);
  });
});

describe('a statement that says of all what its source says of some', () => {
  const REVIEW = `Hospital systems review, 2025.

Two of the four hospitals, Lakeshore General and Eastgate Community Hospital, have moved to the new records system. Buses to the hospitals often run late on Route 9.

The springs once flowed all year and now dry up for part of it.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/review.txt', REVIEW)]);
  });

  it('is not supported, with the source\'s words', () => {
    const v = check('All four hospitals have moved to the new records system.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.equal(v.message, 'No source supports this statement as said of all: the source says "Two of the four hospitals"');
    assert.equal(check('Buses to the hospitals always run late on Route 9.').kind, 'unsupported');
  });

  it('as the source says it, or "all year" (a length of time), is supported', () => {
    for (const text of ['Two of the four hospitals have moved to the new records system.', 'Buses to the hospitals often run late on Route 9.', 'The springs once flowed all year and now dry up for part of it.']) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});

describe('what the source says probably happened, told as done', () => {
  const REPORT = `Interim report.

Examination of the failed pump by its maker found a cracked impeller blade. The crack is likely to have developed gradually through repeated overheating, though the inquiry could not say when it formed. The valve was replaced in March.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/report.txt', REPORT)]);
  });

  it('is not supported as certain, the verb marked and the hedge quoted', () => {
    const text = 'The examination established that the crack developed gradually through repeated overheating.';
    const v = check(text);
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /as certain: the source says "is likely to have developed gradually through repeated overheating"/);
    assert.equal(text.slice(v.focus!.start, v.focus!.end), 'developed');
  });

  it('with the hedge kept in other words, or of what the source says plainly, is supported', () => {
    for (const text of [
      'The crack probably developed gradually through repeated overheating.',
      'The crack is thought to have developed gradually through repeated overheating.',
      'The valve was replaced in March.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});
