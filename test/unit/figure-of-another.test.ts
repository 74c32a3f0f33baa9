// A figure the source gives, but of another name or another part, where the source gives the
// statement's name or part a figure of its own: "about 95% of the lithium" where the plant gets
// "about 95 percent of the nickel and cobalt back, and around 80 percent of the lithium".
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const PODCAST = `Lena Ortiz: Nickel and cobalt are the money metals. At our plant in Reno we get about 95 percent of the nickel and cobalt back, and around 80 percent of the lithium.

A poll found that 62% of Democrats and 41% of Republicans back the plan.

Lufthansa dropped 3.4% and Renault 2.9% by the close.

Pell had been seen as the favourite. He raised about 1.1 million dollars, nearly twice Ruiz's 580,000 dollars, and was endorsed by the unions.`;

describe('a figure told of another name or part', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/podcast.txt', PODCAST)]);
  });

  it('a share given of another part is a number mismatch, with the part\'s own figure to write', () => {
    for (const [text, theirs] of [
      ['The Reno plant recovers about 95% of the lithium.', /80 percent/],
      ['The Reno plant recovers about 80% of the nickel and cobalt.', /95 percent/],
      ['The poll found 41% of Democrats back the plan.', /62%/],
      // A possessive names its figure's teller ("Ruiz's 580,000 dollars"); "$" and "dollars" are one unit.
      ['Ruiz raised about $1.1 million for her campaign.', /580,000 dollars/],
    ] as const) {
      const v = check(text);
      assert.equal(v.kind, 'number-mismatch', `${text}: ${v.message}`);
      assert.match(v.message, theirs);
    }
  });

  it('each part with its own figure, approximate or not, is supported; and names keep their figures', () => {
    for (const text of [
      'The Reno plant gets back about 95% of the nickel and cobalt and about 80% of the lithium.',
      'The plant recovers 80 percent of the lithium.',
      'In the poll, 62% of Democrats backed the plan.',
      'Lufthansa shares fell 3.4%, while Renault lost 2.9%.',
      'Ruiz raised $580,000 for her campaign.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
    assert.equal(check('Lufthansa shares fell 2.9%, while Renault lost 3.4%.').kind, 'number-mismatch');
  });
});
