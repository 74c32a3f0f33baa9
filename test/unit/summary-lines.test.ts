// Lines of `npm run probe` (test/fixtures/summaries: summaries written apart from the rules, of
// sources that are not news) that a rule of this round judges rightly, each against all ten
// sources as the probe checks it: faithful lines that were flagged, altered ones that passed.
import assert from 'node:assert/strict';
import type { Corpus } from '../../src/core/index/corpus.js';
import { checkParagraph, summaryCorpus } from '../helpers/genres.js';

const FAITHFUL = [
  // "6–8 weeks" and "3–5 business days" are ranges, not scores.
  'Follow-up includes a primary care visit with repeat blood work within a week, a repeat chest X-ray in about six to eight weeks, and a non-urgent endocrinology referral.',
  'Jolene voided that authorization by hand so it would clear sooner, telling Dana it typically disappears within three to five business days and that she would be billed only once.',
  // "half a million tonnes" is 500,000.
  'Ortiz estimates that about 500,000 tonnes of end-of-life battery packs are currently generated worldwide each year, a volume most projections expect to grow roughly fourfold by 2035 as cars sold in 2020 and 2021 are retired.',
  // "up to $5,000" against a bill with other figures between 3,750 and 5,000.
  'Businesses with fewer than ten employees could be reimbursed up to $5,000 for shade, cooling equipment and training, and would have an extra year, until May 2027, to comply.',
  // "Vote: 3 in favor, 4 opposed" is "defeated 4–3".
  'A proposal to let the executive director sign a three-year lease on additional warehouse space on Mill Road at $3,800 a month was defeated 4–3, with opponents pointing out that the newly approved budget did not include it.',
  // A vote before "in mid-March" is no range.
  'The bill, whose primary sponsor is Sen. Maria Delgado, cleared the Senate 24–12 in mid-March 2025 and has been referred to the House labor committee.',
];

const ALTERED: [string, RegExp][] = [
  // 95 percent is the nickel and cobalt's; the lithium's is about 80.
  ['Ortiz says the Reno facility recovers about 95% of the lithium in spent packs, with somewhat lower yields for nickel and cobalt.', /80 percent/],
  // The chassis "shaves 120 grams off".
  ['The new magnesium chassis is about 120 grams heavier than last year\'s model.', /shaves/],
];

describe('summary lines written apart from the rules', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await summaryCorpus();
  });

  for (const line of FAITHFUL) {
    it(`supported: ${line.slice(0, 70)}…`, () => {
      const flagged = checkParagraph(corpus, line).filter((r) => r.verdict.kind !== 'supported');
      assert.deepEqual(flagged.map((r) => r.verdict.message), []);
    });
  }

  for (const [line, why] of ALTERED) {
    it(`flagged: ${line.slice(0, 70)}…`, () => {
      const [result] = checkParagraph(corpus, line);
      assert.notEqual(result!.verdict.kind, 'supported');
      assert.match(result!.verdict.message, why);
    });
  }
});
