// Faithful summary lines of test/fixtures/summaries-farther's kinds that were flagged, on sources
// written for the tests: a negation run into its verb ("nothing's settled"), a duration told with
// a possessive ("three years' experience"), a rise told beside a fall of another figure ("fell by
// 9 per cent ... rose by 4 per cent"), a thing "unaffected by the changes" where a table says "No
// change". Each is pinned beside the altered line that must still be caught.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const FERRY = `Kelsby Harbour Board: winter notice

The board has cut the number of daily crossings to Rannock from twelve to nine for the winter months.
Talks with the Rannock ferry operator about adding a late-night sailing for hospital staff are continuing, but nothing's settled.
The harbour master, Ines Quarrie, said repairs to the north slipway would take about six weeks.

Route | Change | From
Rannock crossing | Nine a day instead of twelve | 3 November
Lundy Point shuttle | Last sailing at 18:00 | 3 November
Night freight run | No change | -`;

const NURSING = `Ward staffing report, autumn

The report asks how many nurses joined and left the trust in each of the last five years, and what the vacancy rate is on the surgical wards.
About a third of the nurses who resigned in 2024-25 had less than three years' experience.
Thefts from vehicles across the trust's three hospital sites fell by 9 per cent in the year to March, to 431, although thefts of parts from vehicles rose by 4 per cent over the same period.`;

async function corpus(): Promise<Corpus> {
  return Corpus.build([textSource('sources/ferry.txt', FERRY), textSource('sources/nursing.txt', NURSING)]);
}

function verdictOf(c: Corpus, line: string): Verdict {
  const results = checkParagraph(c, line);
  assert.equal(results.length, 1, line);
  return results[0]!.verdict;
}

function assertCaught(c: Corpus, line: string, said: RegExp): void {
  const v = verdictOf(c, line);
  assert.notEqual(v.kind, 'supported', `${line}\n${v.message}`);
  assert.match(v.message, said, line);
}

function assertPasses(c: Corpus, line: string): void {
  const v = verdictOf(c, line);
  assert.equal(v.kind, 'supported', `${line}\n${v.message}`);
}

describe('summaries of the farther kind: faithful lines once flagged', () => {
  let c: Corpus;
  before(async () => { c = await corpus(); });

  it('reads "nothing\'s" as the negation "nothing" is', () => {
    assertPasses(c, 'Talks with the Rannock ferry operator about a late-night sailing for hospital staff are continuing, but nothing has been settled.');
    assertCaught(c, 'The Rannock ferry operator has settled a late-night sailing for hospital staff.', /negates what the source affirms|opposite/);
  });

  it('reads a duration told with a possessive as a figure of its unit', () => {
    assertPasses(c, 'About a third of the nurses who left the trust in 2024-25 had worked for under three years.');
    assertCaught(c, 'About a third of the nurses who resigned in 2024-25 had less than two years\' experience.', /two does not match the source, which says three/);
  });

  it('weighs a rise against a fall only where both are told of the same figure', () => {
    assertPasses(c, 'Thefts from vehicles fell 9 per cent to 431 in the year to March, although thefts of parts from vehicles went up 4 per cent.');
    assertCaught(c, 'Thefts from vehicles across the trust\'s three hospital sites rose by 9 per cent in the year to March, to 431.', /"fell" where the statement says the opposite, "rose"/);
  });

  it('passes a thing "unaffected by the changes" where the source says "No change"', () => {
    assertPasses(c, 'The night freight run is unaffected by the changes.');
    assertCaught(c, 'The night freight run will change from 3 November.', /./);
  });
});
