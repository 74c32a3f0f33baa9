// Altered summary lines of test/fixtures/summaries-thence's kinds that passed, on sources written
// for the tests: a closing date in the month of another (the round's year given bare beside it),
// a start in another year told with "starting in" against "from", a part of a whole told as
// another figure ("33 of the 40" where "Of these, 31"), an opposite word outside a verified
// quotation, a reported "would" where the source says "may", a pledge's condition dropped, a
// record told as of all time where the source says "since 2009", "six points" weighed against
// "nine points" rather than "six wickets", one kind of lifeboat put for the other, a succession
// told the other way round, a deed credited to another than the "she" who did it, a person put
// for another with the post written before the name, "much larger" where "slightly larger", a
// thing said to depend on another condition, "mainly caused" where "partly", one numbered ward
// put for the other, "all" where the source's cuts range up to the whole, a cause told as at work
// where the source says "may be seeing the effect of" it, and a question the
// source answers no, whichever of the joins as good as the best sorts first. Each is pinned
// beside the faithful line that must still pass.
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const AWARDS = `Harlow Trust bursaries

The bursaries will be presented at a ceremony in the Guildhall on Friday 12 September 2025. Applications for the 2026 round will open on 1 March 2026 and close on 30 April 2026.`;

const GRANT = `Statement from the Bellweather Arts Centre

The board of the Bellweather Arts Centre has today been told that Dunmore Borough Council intends to reduce its yearly grant to the centre from £300,000 to £210,000 from April 2026, a cut of 30%.`;

const AUDIT = `Audit of the stroke unit

We reviewed the notes of 50 patients who arrived with signs of a possible stroke. Of these, 38 had a brain scan within one hour of arrival, which is 76%. The unit's own target is 90%.`;

const MATCH = `Rowford v Elm Park, day one

Rowford won the toss on Tuesday and chose to bat on a green surface that their captain, Dan Ashe, had described beforehand as "a real seamer's pitch". The decision looked sound while the openers were together.`;

const COMMITTEE = `Transport Committee: oral evidence, Harbour Line Railways

Nia Gold: You promised cancellations below 3 per cent by March. Where are you now?

Ravi Sen: Cancellations were 4.1 per cent in February. We have 20 drivers in training who should qualify by April. I would expect cancellations below 3 per cent by May, but I won't give a guarantee.

Nia Gold: The Department paid Harbour Line a bonus of £900,000 last year. Should that be returned?

Ravi Sen: That bonus related to the year before the new timetable, so no, I don't think it should. But our board has decided that no executive bonuses will be paid this year.

Nia Gold: Thank you.

Ravi Sen: Thank you, Chair.`;

const STUDIO = `Statement from the Quayside Playhouse

The artistic director, Lena Okoro, said: "Every show we can afford will be made with the same care as before. What worries me most is the Studio, and if we lose audiences there on top of losing two days a week, it may not be viable in its current form within two years."
We are launching an emergency appeal today with a target of £90,000 by 31 March 2026. The Marlow Trust has pledged to match all donations up to £30,000, provided the appeal reaches £45,000 by the end of January.`;

const STATION = `Penmore lifeboat station: summer quarter

Penmore's lifeboats were launched 21 times between July and September 2024.
The station's press officer, Ruth Kellow, said: "Twenty-one launches in a quarter is the most this station has recorded since 2009. Much of the rise is down to the warm weather, but we may also be seeing the effect of more swimmers carrying phones and calling for help sooner."`;

const LEAGUE = `COUNTY LEAGUE, DIVISION ONE
Harwood won by six wickets

Harwood beat Stanton by six wickets at Mill Lane on Saturday. The victory, built on an unbeaten 84 from Sam Frith, lifts Harwood to second in the table, nine points behind the leaders Oakley.`;

const LOG = `Carrick Cove lifeboat station: autumn log

The station has two lifeboats and 24 volunteer crew.
On 3 October the inshore lifeboat reached two swimmers caught by the tide within nine minutes.
On 11 October a fishing boat lost power off the point, and the all-weather lifeboat towed it to harbour.
The search on 19 October ended with the recovery of a kayak by the all-weather lifeboat at 02:10.
The inshore lifeboat was out of service for two days while its engine was replaced.`;

const SOCIETY = `Kingsmead Gardens Society: winter letter

This year's committee has a new face. Priya Sandhu takes over as secretary from Martin Cole, who stood down after nine years. We owe Martin a great deal.`;

const BURSARIES = `Ashgrove Foundation bursaries 2025

This year's bursaries go to three students.
- Ella Brandt, from Millfield Academy, who will study chemistry at Northam University. She built a weather station for her school's roof as part of her project.
- Owen Price, from Kingsway School, who will study law at Wexbury University. He is the first person in his family to go to university.`;

const INSURER = `Claim reference 7731: our decision

On Tuesday 4 February 2025, your office manager, Ms Ruth Adeyemi, discovered that files on your booking and payroll servers had been encrypted. You told us the same morning.
Our records show that your finance director, Mr Colin Ward, told our incident line on 5 February that a payment had already been made.`;

const VALUER = `Valuation panel, northern region

Mr Vane: I accept that a slightly larger deduction for the quarry could be argued, but it would need to exceed 6% to bring the value below £120,000.`;

const FOUNDATION = `Harcourt Foundation awards 2025

The foundation's director, Nadia Flint, said: "Demand keeps rising, and we are now looking at whether we can fund twelve awards from 2026, but that will depend on the performance of the endowment over the coming year."`;

const INSPECTION = `Inspection of Westfield Hospital

We recognise that the pressures on the maternity unit are partly caused by delays in transferring mothers to community midwives, which are outside the trust's direct control.`;

const WARDS = `Inspection of Kestrel Hospital

The inspection looked at two surgical wards, Ward 3 and Ward 5.
On Ward 3, we reviewed staffing rotas for the 10 night shifts before the inspection. On four of those nights the number of registered nurses on duty was below the number the trust had planned. Ward 5 was staffed as planned on every night we reviewed.`;

const REGION = `Statement from the Harbour Theatre

We are not the only venue facing these choices. At least four other theatres in the county have reported cuts to council funding this year, ranging from 20% to 100%.`;

describe('summaries of the thence kind: altered lines once passed', () => {
  let c: Corpus;
  // (The committee's transcript read as a sources folder reads it: a transcript whose turns speak.)
  before(async () => { c = Corpus.build([textSource('awards.txt', AWARDS), textSource('grant.txt', GRANT), textSource('audit.txt', AUDIT), textSource('match.txt', MATCH), await readSource('committee.txt', Buffer.from(COMMITTEE)), textSource('studio.txt', STUDIO), textSource('station.txt', STATION), await readSource('league.txt', Buffer.from(LEAGUE)), textSource('log.txt', LOG), textSource('society.txt', SOCIETY), textSource('bursaries.txt', BURSARIES), textSource('insurer.txt', INSURER), textSource('valuer.txt', VALUER), textSource('foundation.txt', FOUNDATION), textSource('inspection.txt', INSPECTION), textSource('wards.txt', WARDS), textSource('region.txt', REGION)]); });

  it('weighs a closing date against the source\'s, the round\'s year given bare beside both', () => {
    assertCaught(c, 'Applications for the 2026 round will open on 1 March 2026 and close on 30 June 2026.', /30 June 2026 does not match the source, which says 30 April 2026/);
    assertPasses(c, 'Applications for the 2026 round open on 1 March 2026 and close on 30 April 2026.');
  });

  it('reads "starting in April 2027" against the source\'s "from April 2026"', () => {
    assertCaught(c, 'Dunmore Borough Council intends to cut its yearly grant to the Bellweather Arts Centre by 30%, from £300,000 to £210,000, starting in April 2027.', /April 2027 does not match the source, which says April 2026/);
    assertPasses(c, 'Dunmore Borough Council intends to cut its yearly grant to the Bellweather Arts Centre by 30%, from £300,000 to £210,000, starting in April 2026.');
  });

  it('weighs a part of a whole ("33 of the 50") against the part the next sentence counts ("Of these, 38")', () => {
    assertCaught(c, 'Only 33 of the 50 patients with a possible stroke had a brain scan within an hour of arriving, short of the unit\'s 90% target.', /33 does not match the source, which says 38/);
    assertPasses(c, 'Only 38 of the 50 patients with a possible stroke had a brain scan within an hour of arriving, short of the unit\'s 90% target.');
  });

  it('finds an opposite word outside a verified quotation', () => {
    assertCaught(c, 'Rowford lost the toss and were put in to bat on a green surface their captain called "a real seamer\'s pitch".', /"won" where the statement says the opposite, "lost"/);
    assertPasses(c, 'Rowford won the toss and chose to bat on a green surface their captain called "a real seamer\'s pitch".');
  });

  it('reads a reported "would" as the speaker\'s "will" against the source\'s "may"', () => {
    assertCaught(c, 'Lena Okoro said that if the Studio lost audiences as well as two days a week, it would not be viable in its current form within two years.', /may not be viable/);
    assertPasses(c, 'Lena Okoro said that if the Studio lost audiences as well as two days a week, it may not be viable in its current form within two years.');
  });

  it('finds the condition a pledge is made on dropped', () => {
    assertCaught(c, 'The Marlow Trust has pledged to match all donations to the emergency appeal up to £30,000.', /provided the appeal reaches £45,000 by the end of January/);
    assertPasses(c, 'The Marlow Trust has pledged to match donations up to £30,000 if the appeal reaches £45,000 by the end of January.');
  });

  it('finds a record told as of all time where the source bounds it ("since 2009")', () => {
    assertCaught(c, 'Ruth Kellow said 21 launches in a quarter was the most the station had ever recorded.', /record of all time: the source says "since 2009"/);
    assertPasses(c, 'Ruth Kellow said 21 launches in a quarter was the most the station had recorded since 2009.');
  });

  it('weighs "six points" against "nine points", not against "six wickets"', () => {
    assertCaught(c, 'The win lifts Harwood to second in the table, six points behind the leaders Oakley.', /six does not match the source, which says nine/);
    assertPasses(c, 'The win lifts Harwood to second in the table, nine points behind the leaders Oakley.');
  });

  it('finds one kind of a thing put for another the source tells apart', () => {
    assertCaught(c, 'A kayak was recovered by the inshore lifeboat at 02:10 after the search on 19 October.', /all-weather lifeboat where the statement says inshore lifeboat/);
    assertPasses(c, 'A kayak was recovered by the all-weather lifeboat at 02:10 after the search on 19 October.');
  });

  it('finds a succession told the other way round ("takes over as secretary from")', () => {
    assertCaught(c, 'Martin Cole takes over as secretary from Priya Sandhu, who stood down after nine years.', /other way round/);
    assertPasses(c, 'Priya Sandhu takes over as secretary from Martin Cole, who stood down after nine years.');
  });

  it('finds a deed credited to another person than the "she" who did it', () => {
    assertCaught(c, 'Owen Price, who will study law at Wexbury University, built a weather station for his school\'s roof.', /Ella Brandt where the statement says Owen Price/);
    assertPasses(c, 'Ella Brandt, who will study chemistry at Northam University, built a weather station for her school\'s roof.');
  });

  it('finds a person put for another where the statement takes the name and post from a sentence joined for them', () => {
    assertCaught(c, 'Finance director Colin Ward discovered on 4 February 2025 that files on the firm\'s booking and payroll servers had been encrypted.', /Ruth Adeyemi where the statement says Colin Ward/);
    assertPasses(c, 'Office manager Ruth Adeyemi discovered on 4 February 2025 that files on the firm\'s booking and payroll servers had been encrypted.');
  });

  it('finds a degree told the other way ("much larger" where "slightly larger")', () => {
    assertCaught(c, 'Mr Vane accepted that a much larger deduction for the quarry could be argued.', /"slightly" where the statement says the opposite, "much"/);
    assertPasses(c, 'Mr Vane accepted that a slightly larger deduction for the quarry could be argued.');
  });

  it('finds a thing said to depend on another condition than the source\'s', () => {
    assertCaught(c, 'Nadia Flint said the foundation is looking at funding twelve awards from 2026, depending on how much it can raise from new donors.', /the source says "depend on the performance of the endowment over the coming year"/);
    assertPasses(c, 'Nadia Flint said the foundation is looking at funding twelve awards from 2026, depending on how the endowment performs.');
  });

  it('finds a cause told as the main one where the source says it is one in part', () => {
    assertCaught(c, 'The inspectors said the pressures on the maternity unit were mainly caused by delays in transferring mothers to community midwives.', /"partly" where the statement says the opposite, "mainly"/);
    assertPasses(c, 'The inspectors said the pressures on the maternity unit were partly caused by delays in transferring mothers to community midwives.');
  });

  it('finds one numbered ward put for the other ("Ward 3 was staffed as planned" where Ward 5 was)', () => {
    assertCaught(c, 'On Ward 5, fewer registered nurses than planned were on duty on four of the 10 night shifts reviewed, while Ward 3 was staffed as planned.', /Ward 5 where the statement says Ward 3/);
    assertPasses(c, 'On Ward 3, fewer registered nurses than planned were on duty on four of the 10 night shifts reviewed, while Ward 5 was staffed as planned.');
  });

  it('finds "all" told where the source\'s cuts range up to the whole, and reads "between" and "ranging from" as one range', () => {
    assertCaught(c, 'At least four other theatres in the county have lost all of their council funding this year.', /as said of all: the source says "ranging from 20% to 100%"/);
    assertPasses(c, 'At least four other theatres in the county have had their council funding cut this year, by between 20% and 100%.');
  });

  it('finds a cause told as at work where the source says the rise may be its effect', () => {
    assertCaught(c, 'Ruth Kellow said more swimmers carrying phones and calling for help sooner had added to the rise in launches.', /as certain: the source says "may also be seeing the effect of/);
    assertPasses(c, 'Ruth Kellow said more swimmers carrying phones and calling for help sooner may also have added to the rise in launches.');
  });

  it('reads a question answered no, whichever join as good as the best sorts first', () => {
    assertCaught(c, 'Mr Sen agreed that the £900,000 bonus paid last year should be returned to the Department.', /answers no/);
    assertPasses(c, 'Mr Sen said the £900,000 bonus paid last year should not be returned.');
  });
});
