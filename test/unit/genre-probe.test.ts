// Statements a writer or a language model writes from sources that are not news articles: a
// meeting transcript, an email, a paper's abstract, an incident report, a local news story, an
// interview, a workplace policy, a report of a drug trial, a company's quarterly results and a
// court report, and ten more (test/fixtures/genres, written for these tests). Checked as
// `groundwork check` checks them, a draft's paragraphs against all the sources. The faithful ones
// paraphrase: a checker that flags them gets switched off. The unfaithful ones change one thing
// each.
import assert from 'node:assert/strict';
import type { Corpus } from '../../src/core/index/corpus.js';
import type { StatementResult } from '../../src/core/model.js';
import { checkParagraph, genreCorpus } from '../helpers/genres.js';

// Each entry a paragraph of a draft; its statements are judged together, as in a draft.
const FAITHFUL = [
  // The planning call.
  'The team agreed to push the release of version 4.2 from the 14th to the 21st. QA had found two blocking Android bugs: a crash when the device loses connection during an upload, and a permissions dialog that does not disappear.',
  'Sarah Kim preferred a one-week delay over shipping the crash, noting that a previous upload bug led to more than 300 support tickets.',
  'The release of version 4.2 moved to the 21st.',
  'The team got approval for one more backend engineer, and Tom has lined up four candidates for interviews next week.',
  'The quarterly offsite was cancelled due to a budget freeze and may be rescheduled for the spring.',
  // The email.
  'Water to Building C will be shut off on Saturday, March 8, from 7 a.m. to around 3 p.m. while the city replaces a main valve on Harper Street. Buildings A and B will not be affected.',
  'Helen warned that running the dishwashers on Friday night could cause flooding.',
  // An email's body is its sender's: what Helen Marsh asked, though "From: Helen Marsh" stands apart.
  'Helen Marsh warned that running the dishwashers on Friday night could cause flooding.',
  'Helen Marsh asked staff not to run the dishwashers on Friday evening.',
  'Helen Marsh will send an update by 2 p.m. if the work runs late. Questions can be directed to her or to Raj Singh from operations.',
  // The paper.
  'Students averaging under six hours of sleep per night scored 8.4 points lower than those who slept at least seven hours, after controlling for prior grades and course load. The effect was weaker among students in quantitative courses.',
  'The authors recommend that universities avoid early-morning exams and call for randomized trials of sleep interventions.',
  // The incident report.
  'Mobile apps were unaffected.',
  // "The cause was ..." two sentences on says why the checkout failed.
  'On 3 June, about 38% of checkout attempts on the web store failed for more than an hour because of an expired TLS certificate.',
  'Because the certificate had been issued by hand two years earlier, it was outside the automated renewal system and no alert fired.',
  'A new certificate went in at 15:14, and errors were back to normal by 15:20.',
  // The council story.
  "Riverton's council approved protected bike lanes on Main Street by a 5-2 vote on Tuesday, March 12.",
  'Councillor Greg Hammond, who voted against, argued that shop owners were not properly consulted. "Businesses on Main Street depend on parking," he said.',
  'A state grant will cover 70% of the cost, and the city will pay the rest from its capital budget.',
  // The interview.
  'In a survey last autumn, 61% of about 2,300 respondents said Sunday was the day they could visit.',
  "Ortiz's biggest worry is that nobody will come, though she doesn't expect that to happen.",
  'Sunday opening begins on March 2, with hours from 11 a.m. to 5 p.m.',
  // An answer is the interviewee's; "That covers ..." goes on about the sentence before it.
  'Ortiz explained that the council gave the library an extra 180,000 euros a year.',
  '"Because people asked for it," Ortiz said.',
  'The council is providing an extra 180,000 euros a year, which covers two new full-time staff and heating.',
  // The policy.
  'Front-desk staff in customer-facing roles cannot work remotely.',
  'After completing a six-month probation, employees can work from home up to three days a week.',
  'Managers must respond to requests within ten working days and explain any refusal in writing.',
  'Contractors are excluded, as are customer-facing front-desk staff.',
  // The trial.
  'The drug did not halt the disease; patients in both groups kept declining.',
  'Most swelling cases were symptom-free, but three patients taking the drug were hospitalized.',
  'Weiss warned that families should not expect the drug to reverse the disease.',
  // The quarterly results.
  "Harlow Foods' third-quarter revenue grew 6% to €1.42 billion, driven by higher frozen-meal prices.",
  "Harlow's shares dropped 4.5% in Amsterdam on Wednesday.",
  'Lindqvist said the plant runs at half its capacity.',
  'Operating profit fell to €118 million from €131 million a year earlier because of rising packaging and energy costs.',
  // The court report.
  'The court found he accepted roughly €310,000 in cash plus a holiday flat in return for steering three public contracts to Bâtisud.',
  'Vautrin, who denies the charges, plans to appeal, according to his lawyer.',
  'The sentence was lighter than the six years prosecutors had requested.',
  'The company supplies a laptop and monitor and will reimburse up to 300 euros once for other home-office equipment, but not internet costs.',
];

const UNFAITHFUL = [
  'Maria Lopez said "we can\'t ship on the 14th as planned."',
  'Mayor Linda Torres spoke first. "Businesses on Main Street depend on parking," she said.',
  'Helen asked everyone to run the dishwashers on Friday evening, since a cycle interrupted by the shut-off can flood the kitchen floor.',
  'Mobile apps were affected.',
  'The council voted 5-2 on March 13 to build protected bike lanes along Main Street.',
  'Water will be shut off until 5 p.m.',
  'The project will remove 170 parking spaces.',
  'The study followed 214 students.',
  'The association was stronger for students taking quantitative courses.',
  'The council is providing an additional 280,000 euros per year to open the library on Sundays.',
  'Ortiz said some weekday hours would be cut.',
  '"Because people asked for it," Mayor Linda Torres said.',
  '"Please do not run the dishwashers on Friday evening," Raj Singh wrote.',
  'Helen Marsh said the council gave the library an extra 180,000 euros a year.',
  'Remote workers must be available from 9:00 to 15:00.',
  'Internet costs are reimbursed.',
  'Contractors are included in the policy.',
  'The drug stopped the disease in some patients.',
  'Lenatumab slowed cognitive decline by 37% over 18 months.',
  'Revenue rose 8% to 1.42 billion euros.',
  'Shares in Harlow rose 4.5%.',
  'The Ghent plant will close by the end of 2024.',
  'Vautrin was sentenced to six years in prison.',
  'Alain Roux was sent to prison for 18 months.',
  // The radio interview and the council meeting.
  'Diaz questioned Greenway\'s record on the library parking lot.',
  'Ochoa is leaving half of her fields unplanted this year.',
  'The contract covers resurfacing of 18 miles of streets over three years.',
  'Greenway was the highest of four bidders.',
  'Siegler said his father farmed the land for 40 years.',
  'The city council discussed council bill 24-118, a contract with Greenway Paving for street repairs.',
  // The email thread and the study.
  'Priya said the payment form fails on Chrome 16 when the card number has spaces.',
  'Load tests passed at 2,000 concurrent users, twice the current peak.',
  'Losses were concentrated among high-income students.',
  'The average district saved 18% of its budget.',
  'The authors recommend that districts shorten the school day.',
  // The match report and the biography.
  'Dynamo Riverside beat Port Athletic 3-2 to reach the national cup final.',
  'Berg scored twice in the second half.',
  'Lindgren founded her practice in Copenhagen in 1995.',
  'Petrova complained that the penalty decision was harsh.',
  'Dynamo will face Northbridge in the final on 18 May.',
  'Björk House is a ten-storey building.',
  'Lindgren has taught at Uppsala University since 2008.',
  // The statistics release and the recall notice.
  'The unemployment rate rose to 4.1% in April.',
  'Employment increased by 62,000 to 9.83 million.',
  'Customers must return the base to get a refund.',
  'The kettles were sold for about 53 euros.',
  'About three in ten survey respondents said Sunday was the day they could come.',
  'Revenue rose 6% to €1.24bn.',
  'Manufacturing added 5,000 jobs.',
  // The markets report.
  'The STOXX 600 ended 0.8% higher.',
  'Lufthansa shares fell 2.9%, while Renault lost 3.4%.',
  'BP fell 2.1%.',
  // Certainty and time the sources do not give.
  'The study proves that short sleep causes lower exam scores.',
  'All internal certificates have already been moved to automated renewal.',
  'Prices for vegetables will rise sharply this summer, economists said.',
  // The lease.
  'The tenant may sublet the unit without the landlord\'s consent.',
  'Either party may end the lease at any time with three months\' notice.',
  'The deposit equals two months\' rent.',
  'The tenant is responsible for repairs to the roof.',
];

describe('statements about sources that are not news articles', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await genreCorpus();
  });
  const check = (paragraph: string): StatementResult[] => checkParagraph(corpus, paragraph);

  describe('faithful paraphrases are supported', () => {
    for (const paragraph of FAITHFUL) {
      it(paragraph, () => {
        for (const r of check(paragraph)) assert.equal(r.verdict.kind, 'supported', `${r.statement.text}: ${r.verdict.message}`);
      });
    }
  });

  it('a time of day is weighed against the source\'s time after the same word: "until 5 p.m." against "until about 3 p.m.", "14:48" against "14:58"', () => {
    const messages = ['Water will be shut off until 5 p.m.', 'Marcus Bell spotted certificate errors in the gateway logs at 14:48.', 'Water will be shut off from 8 a.m.'].map((t) => check(t)[0]!.verdict.message);
    assert.deepEqual(messages, [
      '5 p.m. does not match the source, which says 3 p.m.',
      '14:48 does not match the source, which says 14:58',
      '8 a.m. does not match the source, which says 7 a.m.',
    ]);
    for (const t of ['Priya Nair was paged at 2:11 p.m.', 'Water will be shut off until around 3 p.m.']) assert.equal(check(t)[0]!.verdict.kind, 'supported', t);
  });

  it('a length of time is weighed against the range of times the passage gives: "six hours" against "from 7 a.m. until about 3 p.m."', () => {
    const six = check('Water to Building C will be off for six hours on Saturday.')[0]!.verdict;
    assert.equal(six.kind, 'number-mismatch', six.message);
    assert.equal(six.message, 'six does not match the source, which says 7 a.m. until about 3 p.m. (eight)');
    const eight = check('Water to Building C will be off for eight hours on Saturday.')[0]!.verdict;
    assert.equal(eight.kind, 'supported', eight.message);
    assert.ok(eight.score > six.score + 0.2, `${eight.score} against ${six.score}`);
    // Two times that are no range ("installed at 15:14, and ... back to normal by 15:20") give no length.
    const after = check('The renewed certificate was installed 16 minutes after Marcus Bell noticed the errors.')[0]!.verdict;
    assert.equal(after.kind, 'supported', after.message);
  });

  it('a claim told as proven, or as done, where the source says it cannot be concluded, or will be, says why', () => {
    const proven = check('The study proves that short sleep causes lower exam scores.')[0]!.verdict;
    assert.equal(proven.message, 'No source supports this statement as certain: the source says "cannot conclude that short sleep causes lower scores"');
    // The sentence that says so is the evidence shown first.
    assert.match(proven.evidence[0]!.text, /we cannot conclude that short sleep causes lower scores/);
    const done = check('All internal certificates have already been moved to automated renewal.')[0]!.verdict;
    assert.equal(done.message, 'No source supports this statement as done: the source says "will be moved"');
    for (const faithful of ['The study found that short sleep was associated with lower exam scores.', 'All internal certificates will be moved to automated renewal by the end of the month.']) {
      const v = check(faithful)[0]!.verdict;
      assert.equal(v.kind, 'supported', `${faithful}: ${v.message}`);
    }
  });

  describe('statements that change one thing are flagged', () => {
    for (const paragraph of UNFAITHFUL) {
      it(paragraph, () => {
        const results = check(paragraph);
        assert.ok(results.some((r) => r.verdict.kind !== 'supported'), results.map((r) => `${r.statement.text}: ${r.verdict.message}`).join('\n'));
      });
    }
  });
});
