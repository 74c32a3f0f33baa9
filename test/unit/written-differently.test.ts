// What a summary writes differently from its source without changing what it says: a name's
// abbreviation ("US Senate"), a plural title shared by two names ("Lakes Erie and Ontario"), a
// chat's "hasnt", a date told in the sentence next to the one aligned, a "not" that leaves its
// verb to the clause before, a sentence that goes on about "she", years between two years, days
// for hours. Each was flagged; the
// same statements with one thing changed still are.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const BIOGRAPHY = `Margaret Quarrie (1930–2011) was a Canadian atmospheric chemist.

She read chemistry at the University of St Andrews, graduating with first-class honours in 1952. She then completed a PhD in physical chemistry at the University of Cambridge in 1956, with a thesis on the photolysis of sulfur dioxide.

In 1957 Quarrie emigrated to Canada to take up a postdoctoral fellowship at the National Research Council in Ottawa. She joined the chemistry department of McGill University in Montreal as an assistant professor in 1959, when she was one of only two women on its faculty, and was promoted to full professor in 1967.

Between 1966 and 1968 Quarrie led a series of sampling flights over Lake Erie and Lake Ontario in a converted DC-3 leased from the federal Department of Transport. Her 1968 paper estimated that about 40 percent of the sulfate deposited in southern Ontario originated from coal-burning sources in the Ohio Valley.

In 1971 Quarrie moved to the University of Toronto, where she founded the Centre for Atmospheric Chemistry. From 1978 to 1984 she sat on the science advisory board of the International Joint Commission, and in 1982 she testified on acid deposition before a United States Senate subcommittee.`;

const CHAT = `Northfield Outdoor Supply — Live Chat Transcript

[14:03] Dana Whitlock: hi. I ordered a tent and two sleeping bags on march 2, order 771-20459. I got charged twice and the tent still hasnt arrived
[14:04] Marcus: I'm really sorry about that. Let me pull up the order.
[14:05] Marcus: Okay, I see order 771-20459 for $412.97. The sleeping bags shipped on March 4 and were delivered March 7. The tent (Ridgeline 4P) shipped separately on March 5 with FreightLine.
[14:05] Dana Whitlock: yeah the bags came. the tent did not`;

const COURSE = 'Hospital course: he required supplemental oxygen by nasal cannula for the first 48 h and was weaned to room air on hospital day 3.';

const MINUTES = `Directors present: Gloria Mendes (Chair), Walter Ng (Vice Chair), Priyanka Shah (Treasurer), Lionel Brooks (Secretary).

Treasurer's report. Shah presented the March financials. Year-to-date revenue is 6% below budget, primarily due to a delayed $90,000 county grant, which the county has confirmed will be paid in May.`;

const BILL = `EXEMPTIONS
The bill does not apply to firefighters, emergency medical personnel, or other first responders while responding to an active emergency. Agricultural employers are covered and are not exempt.`;

describe('a summary that writes a detail differently from its source', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/quarrie.txt', BIOGRAPHY), textSource('sources/chat.txt', CHAT), textSource('sources/bill.txt', BILL), textSource('sources/course.txt', COURSE), textSource('sources/minutes.txt', MINUTES)]);
  });

  it('"US Senate" for "United States Senate" is the same body; "UN Senate" is not', () => {
    const v = check('In 1982 she testified on acid deposition before a US Senate subcommittee.');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('In 1982 she testified on acid deposition before a UN Senate subcommittee.');
    assert.equal(other.kind, 'contradicted', other.message);
  });

  it('"Lakes Erie and Ontario" names "Lake Erie" and "Lake Ontario"; "Lakes Huron and Ontario" does not', () => {
    const v = check('Between 1966 and 1968 she led sampling flights over Lakes Erie and Ontario.');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('Between 1966 and 1968 she led sampling flights over Lakes Huron and Ontario.');
    assert.notEqual(other.kind, 'supported', other.message);
  });

  it('a chat\'s "hasnt arrived" is a negation: "had never arrived" agrees, "had arrived" does not', () => {
    const v = check('Dana Whitlock contacted Northfield because her March 2 order had been charged to her card twice and the tent in it had never arrived.');
    assert.equal(v.kind, 'supported', v.message);
    const flipped = check('Dana Whitlock said she got charged twice and the tent had arrived.');
    assert.notEqual(flipped.kind, 'supported', flipped.message);
  });

  it('a date the next sentence of the same turn tells is no mismatch; a date no sentence tells is', () => {
    for (const text of ['Dana ordered a tent and two sleeping bags; the bags were delivered on March 7.', 'The two sleeping bags Dana ordered had reached her on March 7, but the tent had been sent separately with FreightLine.']) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
    const wrong = check('Dana ordered a tent and two sleeping bags; the bags were delivered on March 9.');
    assert.equal(wrong.kind, 'number-mismatch', wrong.message);
  });

  it('"but agricultural employers are not" denies what the clause before affirms, as the bill does; saying they are exempt contradicts it', () => {
    const v = check('First responders dealing with an active emergency are exempt, but agricultural employers are explicitly not.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('First responders dealing with an active emergency are exempt, and so are agricultural employers.').kind, 'contradicted');
  });

  it('a sentence that goes on about the person of the one before ("She joined ...") continues it: a statement may tell both', () => {
    const v = check('She moved to Canada in 1957 for a postdoctoral fellowship at the National Research Council in Ottawa, then joined McGill\'s chemistry department in 1959, where she was one of only two women on the faculty.');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('She moved to Canada in 1957 for a postdoctoral fellowship at the National Research Council in Ottawa, then joined McGill\'s physics department in 1962.');
    assert.notEqual(other.kind, 'supported', other.message);
  });

  it('"four years later" says what two years of the paragraph say (1952, 1956); "five years later" does not', () => {
    const v = check('After graduating from St Andrews in 1952, she completed a PhD at Cambridge four years later, with a thesis on the photolysis of sulfur dioxide.');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('After graduating from St Andrews in 1952, she completed a PhD at Cambridge five years later, with a thesis on the photolysis of sulfur dioxide.');
    assert.notEqual(other.kind, 'supported', other.message);
  });

  it('"the first two days" is "the first 48 h": a length of time in another unit is the same length', () => {
    const v = check('He required supplemental oxygen by nasal cannula for the first two days.');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('He required supplemental oxygen by nasal cannula for the first four days.');
    assert.notEqual(other.kind, 'supported', other.message);
  });

  it('a treasurer named by her title ("Treasurer Shah") is the one the minutes list as "Priyanka Shah (Treasurer)", no swap for the chair', () => {
    const v = check('Treasurer Shah said the county grant was delayed.');
    assert.equal(v.kind, 'supported', v.message);
  });
});

describe('a length of time a reader works out from the source', () => {
  const REVIEW = `On Tuesday, 2 September 2025, customers of Parcelwise were unable to complete checkout or pay for shipping labels for 2 hours and 47 minutes. The outage began at 14:06 UTC and full service was restored at 16:53 UTC.

Timeline:

14:06 - As traffic rises, payment service instances exhaust their connections. Error rates on checkout climb sharply.

14:11 - Automated alerts page the on-call engineer.`;
  const corpus = Corpus.build([textSource('sources/review.txt', REVIEW)]);
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;

  it('"five minutes after" between a timeline\'s 14:06 and 14:11 lines; "nine minutes after" is flagged', () => {
    const v = check('Automated alerts paged the on-call engineer at 14:11, five minutes after checkout errors began climbing.');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('Automated alerts paged the on-call engineer at 14:11, nine minutes after checkout errors began climbing.');
    assert.notEqual(other.kind, 'supported', other.message);
  });

  it('"nearly three hours" for "2 hours and 47 minutes"; "nearly four hours" is flagged', () => {
    const v = check('For nearly three hours on 2 September 2025, Parcelwise customers could not complete checkout or pay for shipping labels.');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('For nearly four hours on 2 September 2025, Parcelwise customers could not complete checkout or pay for shipping labels.');
    assert.notEqual(other.kind, 'supported', other.message);
  });
});

describe('a person\'s description in other words', () => {
  const SCIENCE = `Trees cool city blocks by up to 4.2 degrees, study finds.

Independent experts welcomed the study while echoing those caveats. Dr. Louisa Brandt, an urban climatologist at Westmoor University who was not involved in the research, called it "a careful and useful piece of work" but said city planners should not treat the 4.2-degree figure as a promise.

Dr. Omar Haddad, a senior researcher at the Westmoor climate institute, said the cooling was measured in summer.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/science.txt', SCIENCE)]);
  });

  it('the same words in another order is no other post', () => {
    const v = check('Louisa Brandt, a Westmoor University urban climatologist who was not involved in the research, called it "a careful and useful piece of work" but said planners should not treat the 4.2-degree figure as a promise.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a title of another rank still is', () => {
    const v = check('Dr. Omar Haddad, a junior researcher at the Westmoor climate institute, said the cooling was measured in summer.');
    assert.equal(v.kind, 'contradicted', v.message);
  });
});

describe('a denial in other words', () => {
  const INTERVIEW = `Transcript: interview with the finance minister.

MINISTER OKAFOR: We will not raise income tax rates in this budget.

MINISTER OKAFOR: I'm not going to confirm a second energy rebate before budget day.

The new network replaces a route map that has been largely unchanged since 1998.

MARSH: A single national social tariff would need legislation. That is a matter for the committee and for ministers, not for the regulator.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/interview.txt', INTERVIEW)]);
  });

  it('"changed little since" and "rather than" deny as the source does', () => {
    for (const text of [
      'The new network replaces a route map that has changed little since 1998.',
      'Marsh said a single national social tariff was a matter for the committee and ministers rather than the regulator.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });

  it('the same words affirmed are still contradicted', () => {
    assert.equal(check('The minister will raise income tax rates in this budget.').kind, 'contradicted');
    assert.equal(check('The new network replaces a route map that has changed since 1998.').kind, 'contradicted');
  });

  it('words that name a property of every object ("constructor", "toString") are plain words', () => {
    const v = check('The constructor of the toString valueOf network replaces a route map that has changed little since 1998.');
    assert.ok(v.kind, v.message);
  });

  it('"not going to confirm" denies the confirming', () => {
    assert.equal(check('Okafor confirmed a second energy rebate before budget day.').kind, 'contradicted');
    assert.equal(check('Okafor would not confirm a second energy rebate before budget day.').kind, 'supported');
  });
});

describe('two neighbouring sentences told as one with "although"', () => {
  const RESULTS = `Results

Pupils in programme schools attended an average of 58 of the 72 scheduled sessions (81 percent). Attendance varied considerably between schools, from 52 percent in the lowest-attending school to 96 percent in the highest.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/results.txt', RESULTS)]);
  });

  it('are two facts told together, not one re-linked', () => {
    const v = check('On average pupils attended 58 of the 72 scheduled sessions, although attendance varied widely between schools, from 52 percent to 96 percent.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('with a figure changed are still flagged', () => {
    assert.equal(check('On average pupils attended 58 of the 72 scheduled sessions, although attendance varied widely between schools, from 42 percent to 96 percent.').kind, 'number-mismatch');
  });
});
