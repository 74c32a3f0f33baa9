// Summary lines of test/fixtures/summaries-ahead's kinds, on sources written for the tests, about
// how English denies, hedges and links causes. Faithful lines that were flagged because a denial
// was read wrongly ("None of the six crew on board was hurt" read as denying the crew; a denial
// with an aside, "is not, for now, issuing"; "all but three" against "only three ... had not";
// "without a sponsor" against "unless a sponsor was found"; a cause denied on both sides); and
// errors that passed (a cause the source denies told as the cause). Each is pinned beside the
// error that must still be caught, or the faithful line that must pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const FERRY = `Ferry grounding off Innish: interim statement

At 0512 on 3 March the passenger ferry Marisol Queen touched bottom on the Garve Bank while approaching Innish harbour. The ferry was crossing from Tarbet to Innish with 42 passengers and had 6 crew on board. There were no injuries.
At the depot in Tarbet, two of the nine mechanics on shift were injured when a hoist gave way.
The coastguard is not, for the moment, issuing any navigation warnings for the Garve Bank, but may do so later if the buoy survey finds a shifted channel.`;

const REGATTA = `Heat casualties at the Linmouth regatta

Paramedics treated 85 spectators for heat exhaustion on Saturday, and 9 were taken to hospital. All but three had been released by Monday morning, and the hospital said none was seriously ill.
The chairwoman of the Dunmore Rowing Club, Fenella Ashcombe, said the club would "have to sell its boathouse by the spring" unless a new sponsor was found.
The Linmouth Sailing Club has found a new sponsor for its junior squad.`;

const HEARING = `Regional Assembly transport panel: evidence session

Members asked the signalling supplier and the operator why the new Carrow Valley service had run so few trains.

Ms Adaeze Okoye: In part. We delivered the signalling software to the operator six weeks late; the agreed date was in March. That squeezed their testing window. But I would not accept that our delay caused the staff shortage. That shortage existed before we were late.

Mr Tobias Lund: The flooding at Carrow depot was caused by a blocked culvert. It closed the depot for four days.`;

const TRUST = `Harrowgate Academy Trust: autumn finance report

Mrs Ines Calloway, the trust's business manager, said the trust may need to ask the diocese for an emergency loan in the spring term if enrolment does not recover, but that no request had yet been made.
We have appointed Kerrow Audit to carry out a review of all of our payment systems. That review is expected to finish by the end of October.
The review panel could not reach a conclusion on the 2020 paper; it is for the publisher to decide whether to issue a correction.
The board has already closed the Eastfield annexe, and it has moved its pupils to the main site.`;

const LIBRARY = `Mobile library: update for members

The mobile library will run until 31 March on its present timetable. Cllr Wendell Ashby said a decision on whether to keep the mobile library running beyond 31 March would be taken in January, depending on funding.

"We are not bringing in a sprinkler ban at this stage," Mr Oren Dace, Tarnwell Water's operations director, writes. "But if September is as dry as August, I can't rule one out for October."`;

const CLINICS = `Health scrutiny committee: outpatient waiting times

Ms Roisin Halloran: I would expect waiting times to be under four weeks by March, but I won't give a promise I might break.
Ms Roisin Halloran: The Ashford clinic will reopen in May. I can promise you that.`;

const PLANT = `Brockley plant ballot

Mr Idris Kealey, the union's regional officer, said staff at the Brockley plant had told organisers that the new shift pattern clashed with school runs, and that some feared losing overtime if they took time off. "Workers aren't saying no to the pay offer," he said. "They're saying no to the Sunday rota."`;

const SCRUTINY = `Overview and scrutiny committee: waste contract

Cllr Priya Venn: The council paid Harbourline a service credit of £40,000 last spring. Should that be repaid?

Ms Tamsin Orr: That credit covered the year before the contract changed, so no, I don't think it should.

Cllr Priya Venn: Should the Kelby depot reopen to the public?

Ms Tamsin Orr: Yes. It will reopen in June with longer hours.`;

const BOARD = `Trust board: performance report

The four-hour emergency standard was met for 81 per cent of patients, above the 80 per cent national target for the first time this year. The 18-week referral standard was not met: 64 per cent against a target of 92 per cent.
Daily bookings at the Harcombe leisure centre rose from 300 in the first week to a peak of 910 in week 5, when the online portal opened, and have since eased to around 640 a day.
For the Harcombe fun run, organisers had added three extra first-aid tents along the course this year, bringing the total to 9.`;

const INSPECTION = `Depot inspection: findings

The depot manager is Mr Callum Frere. The inspectors found no evidence that Mr Frere had altered the fuel logbooks himself. They found that two drivers had been refuelling without signing the logbooks.`;

describe('summary lines whose denials, conditions and causes were read wrongly', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/ferry.txt', FERRY),
      textSource('sources/regatta.txt', REGATTA),
      textSource('sources/hearing.txt', HEARING),
      textSource('sources/trust.txt', TRUST),
      textSource('sources/library.txt', LIBRARY),
      textSource('sources/clinics.txt', CLINICS),
      textSource('sources/plant.txt', PLANT),
      textSource('sources/scrutiny.txt', SCRUTINY),
      textSource('sources/board.txt', BOARD),
      textSource('sources/inspection.txt', INSPECTION),
    ]);
  });

  it('"None of the 6 crew on board was hurt" denies the hurt, not the crew', () => {
    const v = check('None of the 6 crew on board was hurt.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('None of the nine mechanics on shift at the Tarbet depot was injured.').kind, 'supported');
  });

  it('a denial goes on past an aside between commas ("is not, for the moment, issuing")', () => {
    const v = check('The coastguard is issuing no navigation warnings for the Garve Bank for now but may do so later if the buoy survey finds a shifted channel.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('The coastguard is issuing navigation warnings for the Garve Bank and may issue more later if the buoy survey finds a shifted channel.').kind, 'contradicted');
  });

  it('"all but three had been released" is "only three ... had not been released"', () => {
    const v = check('By Monday morning only three of the 9 spectators taken to hospital had not been released.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('By Monday morning none of the 9 spectators taken to hospital had been released.').kind, 'supported');
  });

  it('"without a new sponsor" is the condition "unless a new sponsor was found" sets', () => {
    const v = check('Fenella Ashcombe said the Dunmore Rowing Club would have to sell its boathouse by the spring without a new sponsor.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('The Linmouth Sailing Club has no new sponsor for its junior squad.').kind, 'supported');
  });

  it('a cause denied in the statement is the cause the source denies', () => {
    const v = check('Ms Okoye rejected the suggestion that the supplier\'s lateness caused the staff shortage, saying the shortage existed before the delay.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a cause the source denies, told as the cause', () => {
    const v = check('Ms Okoye said the late delivery of the signalling software was the main cause of the staff shortage.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /denies/);
    // A cause the source gives still stands.
    const given = check('Mr Lund said a blocked culvert caused the flooding at Carrow depot.');
    assert.equal(given.kind, 'supported', given.message);
  });

  it('told as done where the source says it may need doing ("may need to ask" against "had already asked")', () => {
    const v = check('Mrs Calloway said the trust may need to ask the diocese for an emergency loan in the spring term.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Mrs Calloway said the trust had already asked the diocese for an emergency loan.').kind, 'unsupported');
  });

  it('told as done where the next sentence says it is expected to finish, in another verb ("has completed")', () => {
    const v = check('Kerrow Audit is expected to finish its review of all of the payment systems by the end of October.');
    assert.equal(v.kind, 'supported', v.message);
    const done = check('Kerrow Audit has completed its review of all of the payment systems.');
    assert.equal(done.kind, 'unsupported');
    assert.match(done.message, /as done/);
    // What the source tells as done stays supported.
    const closed = check('The board has already closed the Eastfield annexe.');
    assert.equal(closed.kind, 'supported', closed.message);
  });

  it('told as done where the source says it is for someone to decide whether to do it', () => {
    const v = check('It is for the publisher to decide whether to issue a correction to the 2020 paper.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('The publisher has issued a correction to the 2020 paper.').kind, 'unsupported');
  });

  it('a reported "would" told as settled where the source says a decision on whether is still to be taken', () => {
    const v = check('Cllr Ashby said a decision on keeping the mobile library running beyond 31 March would be taken in January.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Cllr Ashby said the mobile library service would be extended beyond 31 March.').kind, 'unsupported');
    // What the source does tell as settled, reported with "would".
    const settled = check('Cllr Ashby said the mobile library would run until 31 March.');
    assert.equal(settled.kind, 'supported', settled.message);
  });

  it('told as announced what the source only cannot rule out ("I can\'t rule one out")', () => {
    const v = check('Mr Dace said a sprinkler ban could not be ruled out for October if September is as dry as August.');
    assert.equal(v.kind, 'supported', v.message);
    const altered = check('Mr Dace has announced a sprinkler ban from October.');
    assert.equal(altered.kind, 'unsupported');
    assert.match(altered.message, /rule one out/);
  });

  it('a promise told where the source declines to give one ("I won\'t give a promise I might break")', () => {
    const v = check('Ms Halloran said she expected waiting times to be under four weeks by March but would not promise it.');
    assert.equal(v.kind, 'supported', v.message);
    const altered = check('Ms Halloran promised councillors that waiting times would be under four weeks by March.');
    assert.equal(altered.kind, 'unsupported');
    assert.match(altered.message, /won't give a promise/);
    // A promise the source gives stands.
    const given = check('Ms Halloran promised that the Ashford clinic would reopen in May.');
    assert.equal(given.kind, 'supported', given.message);
  });

  it('"X rather than Y" where the source says "not X" and "Y": the contrast told the other way', () => {
    const v = check('Idris Kealey said staff at the Brockley plant were refusing the Sunday rota rather than the pay offer.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Idris Kealey said staff at the Brockley plant were refusing the pay offer itself rather than the Sunday rota.').kind, 'contradicted');
  });

  it('told as agreed what the source asks and answers no to ("so no, I don\'t think it should")', () => {
    const altered = check('Ms Orr agreed that the £40,000 service credit paid last spring should be repaid to the council.');
    assert.equal(altered.kind, 'unsupported');
    assert.match(altered.message, /answers no/);
    // A question answered yes backs what it asks.
    const yes = check('Ms Orr agreed that the Kelby depot should reopen to the public.');
    assert.equal(yes.kind, 'supported', yes.message);
  });

  it('"missed" where the source says the standard was "met"', () => {
    const met = check('The four-hour emergency standard was met, with 81 per cent of patients seen in time.');
    assert.equal(met.kind, 'supported', met.message);
    assert.equal(check('The four-hour emergency standard was missed again, with 81 per cent of patients seen in time.').kind, 'contradicted');
    // A standard the source says was not met was missed.
    const missed = check('The 18-week referral standard was missed, at 64 per cent against a target of 92 per cent.');
    assert.equal(missed.kind, 'supported', missed.message);
    const added = check('Organisers added three first-aid tents to the Harcombe fun run course, bringing the total to 9.');
    assert.equal(added.kind, 'supported', added.message);
  });

  it('"found no evidence that he had altered" denies the altering, and the evidence', () => {
    const v = check('The inspectors found no evidence that Mr Frere himself altered the fuel logbooks.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('The inspectors found that Mr Frere had altered the fuel logbooks.').kind, 'contradicted');
    assert.equal(check('The inspectors found evidence that Mr Frere had altered the fuel logbooks.').kind, 'contradicted');
  });

  it('"continued to climb" where the source says the figure peaked and has "since eased"', () => {
    const v = check('Daily bookings at the Harcombe leisure centre peaked at 910 in week 5, when the online portal opened, and have since eased to around 640 a day.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Daily bookings at the Harcombe leisure centre have continued to climb since the online portal opened in week 5.').kind, 'contradicted');
  });
});
