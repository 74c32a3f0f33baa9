// Faithful summary lines of test/fixtures/summaries-farther's kinds that were flagged, on sources
// written for the tests: a negation run into its verb ("nothing's settled"), a duration told with
// a possessive ("three years' experience"), a rise told beside a fall of another figure ("fell by
// 9 per cent ... rose by 4 per cent"), a thing "unaffected by the changes" where a table says "No
// change". Each is pinned beside the altered line that must still be caught.
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

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

const FARES = `Rail regulator fines Coastway Trains £2.1 million

The regulator found that Coastway Trains had not refunded passengers whose tickets were cancelled within the required 14 days.
Petra Lindqvist, the regulator's director of passenger rights, said: "Operators must check that travellers can book without getting into debt. The new refund rule means passengers will get their fares back, and that matters more than the size of any penalty."

Punctuality in the quarter

The number of trains cancelled on the day fell for the second quarter running, to 1,204 from 1,388 in March. No passenger on any line was stranded overnight, for the first time since 2019.
Route 4 remains the line with the most delays, with a median delay of 18 minutes, followed by route 2 at 11 minutes and route 7 at 9 minutes.
The number of passengers waiting more than an hour at stations was 312, down from 420.`;

const LIBRARIES = `Transcript: "Morning Show" on County Radio - interview on library closures
Broadcast 2 June 2025, 08:10

TOM BECKETT (presenter): Three branch libraries in the west of the county will close in June. I'm joined by the trust's chief executive, Dalia Okonjo. Good morning.

DALIA OKONJO (chief executive, Wrenfield Libraries): Morning, Tom.

BECKETT: Why these three?

OKONJO: It comes down to visitors and money. At the branches we're closing - Ashby, Corley and Tem - we're seeing fewer than forty visitors a day. Ten years ago the same branches averaged about ninety.

BECKETT: Councillor Martin Holt is also with us.

MARTIN HOLT (councillor): The council offered the trust £50,000 last year, and the trust turned it down.

BECKETT: Dalia, is that right?

OKONJO: The offer was for one year only, and the branches need far more than that.

BECKETT: Thank you both.`;

const ARCHIVE = `Wrenfield Libraries: the Kelsby Local Archive (KLA) moves to Tem

Martina Szabo, operations director, said: "We know readers have had a hard year, and we did not take this lightly. Moving the KLA adds cost for us, but it keeps the collection dry and safe. We will keep the old reading room open until the move is done."
Councillor Priya Raman said the KLA should have stayed in Ashby.`;

const LIGHTING = `Street lighting contract: award report

Okafor Lighting's tender was the dearest, around 9 per cent above Denholm Electrical's. However, Okafor scored highest on quality, in particular on its proposals for cutting the time taken to fix broken streetlights from 10 days to 5 days in town centres and for using LED lanterns in at least 80 per cent of replacements.
Okafor has committed to 12 apprenticeships and to open a yard at Carrow, which it says would create about 30 jobs. The Carrow yard does not yet have planning consent; officers consider that the contract can be run from Okafor's current yard, though with longer repair times in the east of the county.`;

const NIGHT = `Harwick Borough Council: night lighting

Responding to a report in the Harwick Gazette that the council planned to switch off all streetlights after midnight from April, council leader Leon Petrakis said: "That is wrong. We have no plans to switch off streetlights this year. As now, some streetlights may be dimmed late at night on quiet residential roads."`;

const SEALS = `Coastal wildlife service: stranding update
Issued 14 January 2026, 09:00

Heavy swell on Sunday night drove seals ashore along the Marram coast. As of 07:00 this morning, the service's rangers had counted 86 stranded seals. The heaviest, a grey bull of 240 kg, was found at 05:40 on Tuesday near Skellow Point.
Most of the seals were pups under three months old. Members of the public are asked not to approach them.`;

async function corpus(): Promise<Corpus> {
  return Corpus.build([textSource('sources/ferry.txt', FERRY), textSource('sources/nursing.txt', NURSING), textSource('sources/fares.txt', FARES),
    textSource('sources/libraries.txt', LIBRARIES), textSource('sources/archive.txt', ARCHIVE), textSource('sources/lighting.txt', LIGHTING), textSource('sources/night.txt', NIGHT),
    textSource('sources/seals.txt', SEALS)]);
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

  it('reads a word the passage denies in one form as affirmed where it affirms its plain form', () => {
    assertPasses(c, 'Petra Lindqvist, the regulator\'s director of passenger rights, said passengers getting their fares back mattered more than the size of any penalty.');
    assertCaught(c, 'The regulator found that Coastway Trains had refunded passengers whose tickets were cancelled within the required 14 days.', /negates|opposite/);
  });

  it('passes a line a join took one word for from a denying sentence, where as good a join says no opposite', () => {
    assertPasses(c, 'Route 4 passengers face the most delays of any line, with a median of 18 minutes.');
    assertCaught(c, 'Passengers on route 4, the line with the most delays, were stranded overnight.', /opposite/);
  });

  it('reads a name in a speaker\'s aside as what the speaker is of, not another speaker', () => {
    assertPasses(c, 'Dalia Okonjo, chief executive of Wrenfield Libraries, said the Ashby, Corley and Tem branches now see fewer than forty visitors a day, compared with about ninety ten years ago.');
    assertCaught(c, 'Dalia Okonjo said the council offered the trust £50,000 last year and the trust turned it down.', /MARTIN HOLT where the statement says Dalia Okonjo/);
    assertCaught(c, 'Dalia Okonjo, chief executive of Wrenfield Libraries, said the council offered the trust £50,000 last year and the trust turned it down.', /./);
  });

  it('reads a sentence that opens with a gerund\'s phrase as saying no one\'s name', () => {
    assertPasses(c, 'Szabo said moving the KLA adds cost for Wrenfield Libraries but keeps the collection dry and safe.');
    assertCaught(c, 'Szabo said the KLA should have stayed in Ashby.', /Raman/);
  });

  it('reads an "all" inside what someone denied as no claim of all', () => {
    assertPasses(c, 'Leon Petrakis, the council leader, denied a newspaper report that all streetlights would be switched off after midnight from April, while warning that some could be dimmed late at night on quiet residential roads.');
    assertCaught(c, 'Leon Petrakis said all streetlights may be dimmed late at night on quiet residential roads.', /as said of all/);
  });

  it('reads what is not had as its head noun: "does not have planning consent" denies the consent', () => {
    assertPasses(c, 'Okafor\'s plans include halving the time taken to fix broken streetlights in town centres, from 10 days to 5.');
    assertCaught(c, 'The Carrow yard already has planning consent.', /negates|opposite/);
  });

  it('reads what a statement says of the biggest of them as a clause of its own', () => {
    assertPasses(c, 'By 07:00 on Wednesday the rangers had counted 86 stranded seals, the biggest a grey bull of 240 kg found at 05:40 on Tuesday.');
    assertCaught(c, 'By 07:00 on Wednesday the rangers had counted 86 stranded seals, the biggest a grey bull of 260 kg found at 05:40 on Tuesday.', /260 does not match the source, which says 240/);
  });
});
