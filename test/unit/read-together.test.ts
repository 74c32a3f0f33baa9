// Faithful summary lines that read two things of a source together, as a writer does: a total of
// two figures, a delay told as "did not respond for", a cause said with "largely because of", a
// day of the month beside a fiscal year, the first of two titles stacked before a name. And a
// flip, a month or a count weighed only where the statement was taken from. Each is pinned beside
// the error that must still be caught.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const HEARING = `Finance committee hearing on the proposed budget

Tuesday, May 20, 2025, 6:00 p.m., Council Chambers. Present: Councilmember Dana Whitfield (Chair), Councilmember Omar Reyes. Staff: City Manager Thomas Kerrigan; Budget Director Priya Venkataraman.

BUDGET DIRECTOR VENKATARAMAN: The proposed general fund budget for fiscal 2026 is $184.6 million, up 4.1 percent from the current year's adopted budget of $177.3 million. Salaries and benefits rise by $5.2 million.

CHAIR WHITFIELD: Thank you. Questions from the committee?

VENKATARAMAN: The proposal closes a projected gap of $6.8 million without a property tax rate increase.`;

const FERRY = `Interim report: ferry contact with breakwater

At 18:42 on 14 February 2025, the passenger ferry MV Kestrel Bay made contact with the north breakwater while approaching Port Ellery. On board were 214 passengers and 11 crew.

As the ferry turned into the harbour entrance at about 9 knots, the master ordered the starboard propulsion unit to astern. Data from the bridge recorder show that the starboard unit did not respond for approximately 14 seconds.

Chief Inspector Dr. Helen Okafor said the investigation would publish its findings "so that operators of similar vessels can act now".

The company's operations director, Fiona Drummond, said: "Until we know exactly what happened, we will not run any vessel on that software."`;

const CLUB = `Cricket club annual general meeting

Mrs. Prior reported that membership had risen to 312, from 268 a year earlier, driven mainly by the junior section, which now has 141 players.

The club opened a new clubhouse in the spring.

The accounts were adopted: 44 in favour, none against, 3 abstentions.

Mr. Faulds asked about the sale of the lower field. Mrs. Prior said the committee had received an informal approach but that no offer had been made and nothing would be decided without a members' vote.`;

const SENTENCING = `IN THE CROWN COURT AT ASHBURY — R v DANIEL HARCOURT FENN — SENTENCING REMARKS OF HER HONOUR JUDGE MORWENNA QUILLER

Friday 5 December 2025

Mr. Fenn, please stand.

You are 44 years old. On 3 October this year a jury convicted you of fraud by abuse of position.

Between January 2019 and August 2023 you were the finance manager of Greyfriars Hospice Trust, a charity that provides end-of-life care in Ashbury. You spent the money largely on online gambling.

The sentence on the count of fraud is six and a half years' imprisonment.`;

const VICTIM = `R v DANIEL FENN — SENTENCING REMARKS OF HER HONOUR JUDGE MORWENNA QUILLER (EXTRACT)

I have read the victim personal statement of the hospice's chief executive, Mrs. Abigail Thorne. Staff who had trusted you for years were left, in her words, "questioning every number they'd ever been shown." Your counsel, Mr. Rhodri Vaughan, has said all that could be said on your behalf.

I do not accept, however, that you have been remorseful throughout.

She describes how, when the loss was discovered, the hospice had to close four of its twelve in-patient beds for five months while it rebuilt its reserves.`;

const MUSEUM = `Museum reunites altarpiece

The reunited altarpiece is expected to go on display in autumn 2026 in the museum's Flemish gallery, which will close for refurbishment from June 2025. Admission will be free.`;

const SCHOOL = `SCHOOLS INSPECTORATE — INSPECTION REPORT: HOLLINS LANE PRIMARY SCHOOL, WESTBURY

Inspection dates: 11 and 12 February 2025. Lead inspector: Mr. Jonathan Akinde. Previous inspection: March 2021, when the school was judged to require improvement.

Pupils are proud of Hollins Lane and say they feel safe. Behaviour in lessons and around the school is exemplary. One Year 6 pupil told inspectors: "If someone is being unkind, a teacher sorts it out the same day."

Attendance has improved to 95.8% this year, from 93.1% in 2022-23, and persistent absence has roughly halved.

Governors know the school well and challenge leaders effectively. All 27 staff who responded to the inspection survey said they were proud to work at the school.`;

const STRIKE = `Port strike enters second week

The strike by dock workers at Kessling has now lasted nine days, with no talks planned before Christmas. Union spokesperson Dana Okoro confirmed the ballot result. A spokesperson said: "Our members will not be intimidated."

The government has said it will not intervene. A spokesperson for the Department for Transport said ministers "urge both sides to keep talking" but that the dispute was "a matter for the employer and the union."`;

const BRIEFING = `Cedar Ridge Fire community briefing

Speakers: Incident Commander Chief Rosa Delacroix, State Forestry and Fire Protection; Sheriff Martin Albrecht.

Delacroix said no cause had been determined and asked residents not to speculate.

Power is off in Juniper Flats, and the utility says restoring it will take at least a week once its crews can get in.`;

const TRIAL = `Velanutide topline results

CAMBRIDGE, Mass., Tuesday, April 22, 2025 — Halvorsen Therapeutics today announced topline results from BRIGHTWATER-1, a 52-week Phase 3 trial of velanutide, its investigational oral drug.

The trial enrolled 684 patients at 71 sites in the United States, Canada and Poland. Patients were randomly assigned in a 2:1 ratio to velanutide 20 mg or placebo.

The most common adverse events were nausea (11.4% with velanutide vs 4.8% with placebo) and headache (7.9% vs 6.6%). Serious adverse events were reported in 2.4% of velanutide patients and 2.6% of placebo patients. Withdrawals were reported in 1.2% of the response group and 3.4% of the relapse group.`;

describe('summary lines that read two things of a source together', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/hearing.txt', HEARING),
      textSource('sources/ferry.txt', FERRY),
      textSource('sources/club.txt', CLUB),
      textSource('sources/sentencing.txt', SENTENCING),
      textSource('sources/victim.txt', VICTIM),
      textSource('sources/museum.txt', MUSEUM),
      textSource('sources/school.txt', SCHOOL),
      textSource('sources/strike.txt', STRIKE),
      textSource('sources/briefing.txt', BRIEFING),
      textSource('sources/trial.txt', TRIAL),
    ]);
  });

  it('a day of the month with no year ("May 20") is no rival of a fiscal year ("fiscal 2026")', () => {
    const v = check('At the Tuesday, May 20 hearing, Budget Director Priya Venkataraman presented a proposed FY2026 general fund budget of $184.6 million.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('At the Tuesday, May 20 hearing, Budget Director Priya Venkataraman presented a proposed FY2026 general fund budget of $194.6 million.').kind, 'number-mismatch');
  });

  it('a negation in a sentence the statement took only a word from is no flip ("without a property tax rate increase")', () => {
    const v = check('That would be an increase of about 4 percent on the current adopted budget of $177.3 million.');
    assert.equal(v.kind, 'supported', v.message);
    const w = check('Members adopted the accounts with 44 votes in favour, none against and three abstentions.');
    assert.equal(w.kind, 'supported', w.message);
    // Said of the same thing, the flip stands.
    assert.equal(check('The proposal closes a projected gap of $6.8 million with a property tax rate increase.').kind, 'contradicted');
  });

  it('"took roughly 14 seconds to respond" is what "did not respond for approximately 14 seconds" says', () => {
    const v = check('Bridge recorder data show the starboard propulsion unit took roughly 14 seconds to respond when the master ordered it astern.');
    assert.equal(v.kind, 'supported', v.message);
    // Responding at once is what the source denies: the two neighbouring sentences tell one thing.
    assert.equal(check('The starboard propulsion unit responded at once when the master ordered it astern.').kind, 'contradicted');
  });

  it('a total of two figures the source gives ("225 people in all") is the source\'s figure', () => {
    const v = check('The ferry was carrying 214 passengers and 11 crew, 225 people in all.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('The ferry was carrying 214 passengers and 11 crew, 235 people in all.').kind, 'supported');
  });

  it('"largely because of" links what the clause before it says, as "driven mainly by" does', () => {
    const v = check('Membership rose to 312 from 268 a year earlier, largely because of the junior section, which now has 141 players.');
    assert.equal(v.kind, 'supported', v.message);
    const w = check('Membership rose to 312 from 268 a year earlier, largely because of the new clubhouse.');
    assert.equal(w.kind, 'unsupported', w.message);
  });

  it('a month beside the next sentence\'s words is no rival: the dateline\'s "December" against "January 2019"', () => {
    // (The remarks alone: what else a corpus holds moves which sentences are read together.)
    const remarks = Corpus.build([textSource('sources/sentencing.txt', SENTENCING)]);
    const alone = (text: string): Verdict => checkParagraph(remarks, text)[0]!.verdict;
    const v = alone('On Friday 5 December 2025, Judge Morwenna Quiller jailed former hospice finance manager Daniel Fenn for six and a half years.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(alone('Between February 2019 and August 2023 Fenn was the finance manager of Greyfriars Hospice Trust.').kind, 'supported');
  });

  it('a quotation after "the operations director, Fiona Drummond, said:" is hers, and credited to another is misattributed', () => {
    const v = check('Chief Inspector Helen Okafor said the company would not run "any vessel on that software" until the cause was known.');
    assert.equal(v.kind, 'misattributed', v.message);
    assert.match(v.message, /Fiona Drummond/);
    assert.equal(check('Operations director Fiona Drummond said the company would not run "any vessel on that software" until the cause was known.').kind, 'supported');
  });

  it('"in her words" credits the quotation to the person the sentence before named', () => {
    const v = check('Defence counsel Rhodri Vaughan said staff had been left "questioning every number they\'d ever been shown."');
    assert.equal(v.kind, 'misattributed', v.message);
    assert.match(v.message, /Abigail Thorne/);
    assert.equal(check('Chief executive Abigail Thorne said staff had been left "questioning every number they\'d ever been shown."').kind, 'supported');
  });

  it('"from June 2026" where the source says "from June 2025" is another year, whatever year the sentence also gives', () => {
    const v = check('The museum\'s Flemish gallery will close for refurbishment from June 2026.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /June 2025/);
    assert.equal(check('The museum\'s Flemish gallery will close for refurbishment from June 2025.').kind, 'supported');
  });

  it('a flip stands where a word\'s other form aligns the passage ("remorse", "remorseful")', () => {
    const v = check('The judge accepted that Fenn had shown remorse throughout the proceedings.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(check('The judge did not accept that Fenn had been remorseful throughout.').kind, 'supported');
  });

  it('"the school" is the school the document names ("Hollins Lane Primary School"), and no other', () => {
    const v = check('All 27 staff who responded to the inspection survey said they were proud to work at Hollins Lane.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('All 27 staff who responded to the inspection survey said they were proud to work at Ridgeway Primary School.').kind, 'supported');
  });

  it('a change told as another proportion ("fallen by about a quarter" where the source says "roughly halved") is a number mismatch', () => {
    const v = check('Attendance has improved to 95.8%, and persistent absence has fallen by about a quarter.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /roughly halved/);
    assert.equal(check('Attendance has improved to 95.8%, and persistent absence has fallen by about half.').kind, 'supported');
  });

  it('"within a week" where the source says "at least a week" bounds the time the other way', () => {
    const v = check('The utility expects to restore power to Juniper Flats within a week.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /at least a week/);
    assert.notEqual(check('The utility expects restoring power to Juniper Flats to take at least a week.').kind, 'number-mismatch');
  });

  it('a comparison the passage\'s figures make the other way ("more common with velanutide than with placebo" at 2.4% against 2.6%) is a number mismatch, fixed to "less"', () => {
    const v = check('Serious adverse events were somewhat more common with velanutide than with placebo.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /2\.4% against 2\.6%/);
    assert.equal(v.number?.source, 'less');
    // The groups are found by the same normalised words on both sides ("response" is "respons",
    // not a stem of it).
    assert.equal(check('Withdrawals were more common in the response group than in the relapse group.').kind, 'number-mismatch');
    assert.notEqual(check('Serious adverse events were slightly less common with velanutide than with placebo.').kind, 'number-mismatch');
    // The figures of another sentence ("The most common adverse events were nausea (11.4% ...)") compare nothing.
    assert.notEqual(check('Serious adverse events were slightly less common with velanutide than with placebo, the company said.').kind, 'number-mismatch');
  });

  it('"a two-day inspection" is what "Inspection dates: 11 and 12 February" says', () => {
    const v = check('The two-day inspection of Hollins Lane took place on 11 and 12 February 2025, led by Jonathan Akinde.');
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(check('The five-day inspection of Hollins Lane took place on 11 and 12 February 2025, led by Jonathan Akinde.').kind, 'supported');
  });

  it('"for five weeks" where the source says "for five months" is another length of time, the number the same', () => {
    const v = check('The hospice closed four of its twelve in-patient beds for five weeks.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /five months/);
    assert.equal(check('The hospice closed four of its twelve in-patient beds for five months.').kind, 'supported');
  });

  it('a condition is a clause of its own: "ready to intervene if the dispute was not settled" affirms what "will not intervene" denies', () => {
    const v = check('The Department for Transport said ministers were ready to intervene if the dispute was not settled before Christmas.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(check('The government has said it will not intervene in the strike by dock workers at Kessling.').kind, 'supported');
  });

  it('a quotation the source gives to someone it does not name ("One Year 6 pupil told inspectors:") is misattributed to a person of another post', () => {
    const v = check('Lead inspector Jonathan Akinde said: "If someone is being unkind, a teacher sorts it out the same day."');
    assert.equal(v.kind, 'misattributed', v.message);
    assert.match(v.message, /one Year 6 pupil/);
    assert.equal(check('A Year 6 pupil told inspectors: "If someone is being unkind, a teacher sorts it out the same day."').kind, 'supported');
    // "A spokesperson" may be the spokesperson the document names.
    assert.notEqual(check('Dana Okoro said: "Our members will not be intimidated."').kind, 'misattributed');
  });

  it('the first of two titles stacked before a name ("Incident Commander" of "Incident Commander Chief") is her post', () => {
    const v = check('Incident Commander Rosa Delacroix said no cause had been determined.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Sheriff Rosa Delacroix said no cause had been determined.').kind, 'contradicted');
  });

  it('"twice as many" says how many times, not how many: no rival of "Phase 3"', () => {
    const v = check('The 52-week study enrolled 684 patients at 71 sites across the US, Canada and Poland, with twice as many assigned to velanutide 20 mg as to placebo.');
    assert.notEqual(v.kind, 'number-mismatch', v.message);
    assert.equal(check('The 52-week study enrolled 684 patients at 81 sites across the US, Canada and Poland, with twice as many assigned to velanutide 20 mg as to placebo.').kind, 'number-mismatch');
  });
});
