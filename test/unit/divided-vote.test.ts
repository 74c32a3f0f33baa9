// A vote told as unanimous where the source gives one with votes against, and a motion told as
// passed where its vote has more against (or as defeated where it has more for).
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph, summaryCorpus } from '../helpers/genres.js';

const SOURCES = [
  textSource('sources/bill.txt', 'SENATE BILL 212. STATUS: Passed Senate, 24–12 (March 18, 2025). Referred to House Committee on Labor.\n\nThe bill requires employers whose employees work outdoors to adopt written heat illness prevention plans.'),
  textSource('sources/minutes.txt', 'Approval of minutes. MOTION to approve the minutes of the March 19 meeting as distributed. Approved unanimously (7–0).\n\nSecond warehouse lease. MOTION to authorize the Executive Director to sign a three-year lease. Moved: Ng. Seconded: Haddad. Vote: 3 in favor, 4 opposed. Motion failed.\n\nBudget. MOTION to approve the FY2026 budget as presented. Moved: Shah. Seconded: Ng. Vote: 5 in favor, 1 opposed (Brooks). Motion carried.'),
];

describe('a vote told as unanimous', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build(SOURCES);
  });

  it('where the source gives votes against is contradicted, naming the vote', () => {
    const v = check('The bill passed the Senate unanimously in March 2025.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says "24–12" where the statement says "unanimously"');
  });

  it('where the source says unanimous, or gives the split, is supported', () => {
    for (const text of ['The board approved the minutes of the March 19 meeting unanimously.', 'The bill passed the Senate 24–12 in March 2025.']) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});

describe('a motion told with its tally', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build(SOURCES);
  });

  it('as passed where more voted against, or as defeated where more voted for, is contradicted, naming the vote', () => {
    const v = check('Directors approved a three-year lease for a second warehouse by a 4–3 vote.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says "3 in favor, 4 opposed" where the statement says "approved"');
    assert.equal(v.evidence[0]!.text, 'Vote: 3 in favor, 4 opposed.');
    assert.equal(check('The FY2026 budget was defeated 5–1.').kind, 'contradicted');
  });

  it('with the outcome its vote gives is supported', () => {
    for (const text of ['A motion to sign a three-year lease was defeated 4–3.', 'The motion to approve the FY2026 budget as presented carried 5–1.']) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});

describe('a motion\'s mover and seconder', () => {
  // The minutes of `npm run probe` (test/fixtures/summaries/minutes.txt): item 6 holds two motions.
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(async () => {
    corpus = await summaryCorpus();
  });

  it('swapped is contradicted, naming the one who moved it', () => {
    const v = check('Ruth Feldman moved to table the truck purchase, and Walter Ng seconded the motion.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says Ng where the statement says Ruth Feldman');
    assert.equal(v.evidence[0]!.text, 'Moved: Ng.');
    assert.equal(check('The motion to approve the FY2026 budget was moved by Ng and seconded by Shah.').kind, 'contradicted');
  });

  it('as the minutes give them, for either motion of an item, is supported', () => {
    for (const text of [
      'Walter Ng moved to table the truck purchase, and Ruth Feldman seconded the motion.',
      'Denise Carver moved to authorize the truck purchase, seconded by Omar Haddad.',
      'The motion to approve the FY2026 budget was moved by Shah and seconded by Ng.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});

describe('a motion told as passed', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(async () => {
    corpus = await summaryCorpus();
  });

  it('where the minutes say it failed or was tabled is contradicted, with what they say became of it', () => {
    const truck = check('The board approved the purchase of a refrigerated truck for up to $70,000.');
    assert.equal(truck.kind, 'contradicted', truck.message);
    assert.equal(truck.message, 'The source says "Motion to table carried" where the statement says "approved"');
    assert.match(truck.evidence[0]!.text, /^Motion to table carried 6–1/);
    const lease = check('Directors approved a three-year lease for a second warehouse on Mill Road.');
    assert.equal(lease.message, 'The source says "Motion failed" where the statement says "approved"');
  });

  it('where it carried, or told as not passed or tabled, is supported', () => {
    for (const text of [
      'The board approved the FY2026 budget of $1.84 million.',
      'The board approved the minutes of the March meeting.',
      'The board tabled the truck purchase until the May meeting.',
      'The board did not approve the truck purchase.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});
