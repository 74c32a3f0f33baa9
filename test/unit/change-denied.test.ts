// A change the statement tells of something its source says will stay as it is: "Bus fares will
// rise" where the city says "Fares will not change as a result of the redesign".
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const RELEASE = `Brackenford to launch redesigned bus network in August.

The redesigned network, Brackenford Connects, will be introduced on August 17. Eight frequent lines will run every 10 minutes.

Fares will not change as a result of the redesign. The transport levy remains frozen at 2024 levels.

The trial of the Maths Boost tutoring programme found a small gain in attainment. We found no effect on pupils' self-reported attitudes to mathematics.`;

describe('a change of what the source says stays as it is', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/release.txt', RELEASE)]);
  });

  it('is contradicted, with the source\'s words and its sentence first in the evidence', () => {
    const v = check('Bus fares will rise when the redesigned network is introduced on August 17.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says "Fares will not change" where the statement says "fares will rise"');
    assert.match(v.evidence[0]!.text, /^Fares will not change/);
    assert.equal(check('The city will raise the transport levy when the redesigned network is introduced.').kind, 'contradicted');
  });

  it('a change of what the source found nothing changed is contradicted', () => {
    const v = check('The researchers found that Maths Boost improved pupils\' self-reported attitudes to mathematics.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says "no effect on pupils\' self-reported attitudes" where the statement says "improved pupils\' self-reported attitudes"');
    const same = check('The trial found no effect on pupils\' self-reported attitudes to mathematics.');
    assert.equal(same.kind, 'supported', same.message);
  });

  it('the source\'s own words, or a change of something else, are supported', () => {
    for (const text of ['Fares will not change when the redesigned network is introduced on August 17.', 'Eight frequent lines will run every 10 minutes when the redesigned network is introduced on August 17.']) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});
