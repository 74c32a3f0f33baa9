// Summary lines of test/fixtures/summaries-ahead's kinds, on sources written for the tests:
// figures a writer works out from the source's own (a rise from two amounts, a fall in percent
// from a table's two columns, those who did not finish from those who started and finished, the
// months of "October to December", minutes between two times written "0214" and "0229"), a unit
// whose symbol's case tells it ("Ml/d"), a figure given in the sentence beside another of the
// statement's, a relation told from its other side ("behind the winner" where the winner finished
// "ahead of" her); and errors that passed: days a week against the run of weekdays a source gives,
// "£33 more than" where the source says "£33 lower than", two figures each given of the other's thing,
// a change between a table row's figure and the earlier one in brackets told the wrong way round.
// Each is pinned beside the error that must still be caught, or the faithful line that must pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { findQuantities } from '../../src/core/text/numbers.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph, summariesCorpus } from '../helpers/genres.js';

const INCIDENT = `Interim report: flooding of the Wexcombe pumping station

At 0229 local time on 3 March 2025, the main pump at Wexcombe failed and the dry well began to flood. The station had two operators on shift.

0214: The high-level alarm sounded in the control room. The log shows the alarm was acknowledged but no pump was started.

Customers may call the incident line on 0800 311 4412, open from 9am to 5pm, Tuesday to Saturday.`;

const BULLETIN = `Quarterly performance bulletin

Leakage averaged 92 Ml/d over the quarter, down from 104 Ml/d a year earlier.


Grants to the Fenwick Youth Choir rise from £80,000 to £150,000 a year.

Donors gave an estimated $2.6 million, down from $2.9 million last year.

Race officials said 9,120 runners started and 8,874 finished.

Of the 26 stops on the current route, 11 will be served by the new express.

Thirty-seven cases of mumps were confirmed between October and December 2024.

Table 2: Homes connected by ward this year
Eastgate: 1,204
Millbrook: 986
Old Quay: 1,517
Riverside: 642
Total: 4,349

Riverside remains furthest behind.

Table 3: Service performance, July to September 2025 (same quarter 2024 in brackets)
Homes without water for over 6 hours: 2,150 (4,020)
Properties without water for over 12 hours on any day of the quarter: 1,310 (2,045)
Sewer flooding incidents: 14 (19)
Written complaints: 2,204 (1,876)`;

const FINDINGS = `Findings of the research integrity panel

On 2 May 2024, the College received a complaint from Dr Ines Morel of the Baltic Institute alleging that images in three papers published between 2019 and 2022 by the laboratory of Professor Hugo Varga, Head of the Department of Genetics, had been duplicated or manipulated.

(a) Paper A (2019). Two gel panels in Figure 2 had been reused from an unrelated experiment. The panel concluded that this constituted research misconduct. Dr Tomas Rieck, who left the College in 2021, told the panel he had been under pressure.

(b) Paper B (2021). One image was duplicated within a single figure. The panel accepted that this was an honest error made during figure assembly, since the original data supported the published conclusion. This does not constitute misconduct.`;

describe('figures a writer works out from the source, and figures in another sentence', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/incident.txt', INCIDENT),
      textSource('sources/bulletin.txt', BULLETIN),
      textSource('sources/findings.txt', FINDINGS),
    ]);
  });

  it('four digits with a leading zero are a time of day, and the minutes between two of them count', () => {
    assert.deepEqual(findQuantities('At 0347 local time').map((q) => [q.value, q.unit]), [[227, 'time']]);
    assert.deepEqual(findQuantities('at 1415 hours').map((q) => [q.value, q.unit]), [[855, 'time']]);
    // A year, a telephone number's groups and an identifier are not.
    assert.deepEqual(findQuantities('in 1998').map((q) => q.kind), ['year']);
    assert.ok(findQuantities('call 0800 311 4412').every((q) => q.unit !== 'time'));
    assert.ok(findQuantities('flight 0347').every((q) => q.unit !== 'time'));
    const v = check('The high-level alarm sounded 15 minutes before the main pump failed, and it was acknowledged but no pump was started.');
    assert.equal(v.kind, 'supported', v.message);
    assert.match(check('The high-level alarm sounded at 0213 and was acknowledged, but no pump was started.').message, /0214/);
  });

  it('"Ml/d" is megalitres a day, not millilitres', () => {
    const v = check('Leakage averaged 92 megalitres a day over the quarter, down from 104 a year earlier.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Leakage averaged 92 litres a day over the quarter, down from 104 a year earlier.').kind, 'number-mismatch');
  });

  it('a rise or fall told by how much, where the source gives the amounts before and after', () => {
    const v = check('The Fenwick Youth Choir\'s grant goes up by £70,000 a year.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('The Fenwick Youth Choir\'s grant goes up by £60,000 a year.').kind, 'number-mismatch');
    const about = check('Donations fell by about $300,000 from last year to an estimated $2.6 million.');
    assert.equal(about.kind, 'supported', about.message);
    assert.notEqual(check('Donations fell by about $600,000 from last year to an estimated $2.6 million.').kind, 'supported');
  });

  it('a fall in percent that a table row\'s figure and the earlier one in brackets give, as hedged, and not a rise', () => {
    const v = check('The number of homes left without water for more than six hours fell by over 40 per cent.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('The number of homes left without water for more than six hours fell by over 60 per cent.').kind, 'supported');
    assert.notEqual(check('The number of homes left without water for more than six hours rose by over 40 per cent.').kind, 'supported');
    const rise = check('Donors gave $2.9 million last year, and giving fell by about 10 per cent to an estimated $2.6 million.');
    assert.equal(rise.kind, 'supported', rise.message);
  });

  it('those who did not finish, beside those who started, but not a share told as its complement', () => {
    const v = check('Of the 9,120 runners who started, 246 did not reach the finish.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('Of the 9,120 runners who started, 346 did not reach the finish.').kind, 'supported');
    // 26 less 11 is 15, but 15 stops are the ones that lose the service.
    assert.equal(check('The new express will serve 15 of the current route\'s 26 stops.').kind, 'number-mismatch');
  });

  it('"the last three months of 2024" are October to December', () => {
    const v = check('Thirty-seven cases of mumps were confirmed in the last three months of 2024.');
    assert.equal(v.kind, 'supported', v.message);
    const four = check('Thirty-seven cases of mumps were confirmed in the last four months of 2024.');
    assert.equal(four.kind, 'number-mismatch');
    assert.match(four.message, /October and December \(three\)/);
  });

  it('how many rows a table gives, where its heading names what the statement counts', () => {
    const v = check('With 642 homes connected, Riverside is the furthest behind of the four wards.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('With 642 homes connected, Riverside is the furthest behind of the five wards.').kind, 'supported');
  });

  it('a change told the wrong way round between a row\'s figure and the earlier one in brackets', () => {
    const v = check('Sewer flooding incidents rose to 19 from 14 in the same quarter last year.');
    assert.equal(v.kind, 'number-mismatch');
    assert.match(v.message, /^19 does not match the source, which says 14/);
    const right = check('Sewer flooding incidents fell to 14 from 19 in the same quarter last year.');
    assert.equal(right.kind, 'supported', right.message);
  });

  it('days a week against the run of weekdays the source gives', () => {
    const v = check('The incident line is open from 9am to 5pm seven days a week.');
    assert.equal(v.kind, 'number-mismatch');
    assert.match(v.message, /Tuesday to Saturday \(five\)/);
    const five = check('The incident line is open from 9am to 5pm, five days a week.');
    assert.equal(five.kind, 'supported', five.message);
  });

  it('the word after a year ("the 2021 paper") is what the statement speaks of', () => {
    const v = check('A duplicated image in the 2021 paper was accepted as an honest mistake made while assembling the figure, not misconduct.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('A duplicated image in the 2020 paper was accepted as an honest mistake made while assembling the figure, not misconduct.').kind, 'supported');
  });
});

describe('read sets: a figure given in the sentence beside one that gives another of the statement\'s', () => {
  const check = (corpus: Corpus, text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;

  // The committee transcript's "we cancelled 2,316 services out of roughly 19,000 scheduled, so a
  // little over 12 per cent. Our normal level is under 3 per cent.", where another answer gives
  // "down to 5.4 per cent in February".
  it('"just over 12 per cent" and "under 3 per cent" from two sentences side by side', async () => {
    const corpus = await summariesCorpus('summaries-ahead');
    const v = check(corpus, 'That cancellation rate of just over 12 per cent compared with Coastway\'s normal level of under 3 per cent.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check(corpus, 'That cancellation rate of just over 16 per cent compared with Coastway\'s normal level of under 3 per cent.').kind, 'number-mismatch');
  });

  // "From 14 percent of general fund spending to roughly 12.5 percent. Our policy floor is 10
  // percent.": the sentence that gives the statement's 14 percent has its own figure where the
  // statement's 10 stands; "Two participants ... had falls" counts no kilograms.
  it('not where that sentence has a figure of its own in this one\'s place, nor one that counts something else', async () => {
    assert.equal(check(await summariesCorpus('summaries-after'), 'The planned draw would take the rainy-day reserve from 14 percent down to 10 percent of general fund spending.').kind, 'number-mismatch');
    assert.notEqual(check(await summariesCorpus('summaries-held-out'), 'Participants in the walking group lost an average of two kilograms over the 12 weeks.').kind, 'supported');
  });
});

const RESULTS = `Harbour Marathon: Teshome takes women's title

Amara Teshome won the women's race in 2:21:40, crossing the line 38 seconds ahead of Uganda's Joy Nakato.

The cap for prepayment customers will be £1,612, which is £41 lower than the direct debit level.

Crews fixed 5,210 leaks in the quarter, 14 per cent more than in the same quarter of 2024.`;

describe('a relation told from its other side, and a comparison reversed', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/results.txt', RESULTS)]);
  });

  it('"finished behind the winner" where the winner finished "ahead of" her', () => {
    const v = check('Joy Nakato of Uganda finished 38 seconds behind the winner.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Amara Teshome finished 38 seconds behind Joy Nakato.').kind, 'contradicted');
  });

  it('"£41 a year more than" where the source says "£41 lower than", unless told from the other side', () => {
    const v = check('Prepayment customers will pay £41 a year more than direct debit customers.');
    assert.equal(v.kind, 'contradicted');
    assert.match(v.message, /"lower"/);
    const other = check('Direct debit customers will pay £41 a year more than prepayment customers.');
    assert.equal(other.kind, 'supported', other.message);
    assert.equal(check('Crews fixed 5,210 leaks in the quarter, 14 per cent fewer than a year earlier.').kind, 'contradicted');
  });
});

const WORKS = `Capital programme

We plan to spend £40 million this year replacing 85 km of sewers and upgrading 9 pumping stations.

Divers found that three cargo holds and one fuel tank had been flooded.

Ms Rahim: We sent the final plans to contractors six weeks before the start of works; the usual notice is ten weeks.`;

describe('two figures each given of the other\'s thing', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/works.txt', WORKS)]);
  });

  it('"9 km of sewers and 85 pumping stations" where the source has 85 km and 9 stations', () => {
    const v = check('This year\'s £40 million programme will replace 9 km of sewers and upgrade 85 pumping stations.');
    assert.equal(v.kind, 'number-mismatch');
    assert.match(v.message, /^9 does not match the source, which says 85/);
    const right = check('This year\'s £40 million programme will replace 85 km of sewers and upgrade 9 pumping stations.');
    assert.equal(right.kind, 'supported', right.message);
  });

  it('"one cargo hold and three fuel tanks" where three holds and one tank were flooded', () => {
    assert.equal(check('Divers found that one cargo hold and three fuel tanks had been flooded.').kind, 'number-mismatch');
    const right = check('Divers found three flooded cargo holds and one flooded fuel tank.');
    assert.equal(right.kind, 'supported', right.message);
  });

  it('"ten weeks before the start" where the source gives six weeks before it, and ten as the usual notice', () => {
    const v = check('The final plans went to contractors ten weeks before the start of works, in line with the usual notice.');
    assert.equal(v.kind, 'number-mismatch');
    assert.match(v.message, /^ten does not match the source, which says six/);
    const right = check('The final plans went to contractors six weeks before the start of works, short of the usual ten weeks.');
    assert.equal(right.kind, 'supported', right.message);
  });
});
