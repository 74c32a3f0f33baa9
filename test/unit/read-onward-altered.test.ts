// Summary lines of test/fixtures/summaries-onward's altered kinds, on sources written for the
// tests: a change whose word says it went the other way than its own figures ("widened to 1.9 per
// cent from 2.2 per cent" where the source gives 1.9 per cent against 2.2 per cent a year
// before); two figures set one against the other the other way round ("a bill of 398 pounds, against
// 412 pounds the year before" where the source says 412 against 398 the year before); a change by the source's figure
// to another end than the source's ("fell by 6.5 per cent to 24,100" where it fell by 6.5 per
// cent to 18,200 and 24,100 is another works'); a figure another than the one the passage it rewrites gives, whatever a loosely
// aligned sentence of another source happens to give; and, not to be flagged, a fall in percent
// worked out from "from 250 members in 2020 to 140"; a denial dropped from a second verb after
// "and" ("decided not to sell the Lodge and have ruled out a sale" where the source says they
// have not ruled it out); a state told plainly where the source says it is likely ("was driving
// higher demand" for "is likely to be driving higher demand"); as confirmed what the source says
// is only expected; as accepted what the source says was not ("was not persuaded that this
// amounted to negligence") or approved what it says was declined. Each is pinned beside the faithful line that must pass.
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const WATER = `Fenwick Water: results for the year to March

Key figures:
- Leakage of 1.9 per cent of supply, compared with 2.2 per cent a year before and 2.0 per cent in the autumn.
- Customer complaints of 3,140, compared with 2,870 a year before.

The chief executive, Ilse Marrow, said the company expected leakage to stay "close to 2 per cent" next year.
Attendance at the two open days rose to 1,250 from 980, and the board thanked the volunteers who ran them.
In the national customer survey the company climbed to 3rd place from 7th.
The regulator said the dry spring "is likely to be driving higher demand for garden water", although metering also played a part.
Hosepipe use has been pushing up evening pressure complaints in the hill villages, the company said.
Bills in the company's northern zone rose 4.6 per cent, compared with 3.1 per cent in the southern zone.
The average household bill was 412 pounds, against 398 pounds the year before.
The treatment works with the largest fall in customers served was Ashby Mill, whose count dropped by 6.5 per cent to 18,200. The largest rise outside the city was at Corley Weir, on the river's northern bank, which grew by 9.1 per cent to 24,100, largely because of new filters fitted since 2022.`;

const GARDENS = `Kelby Gardens Trust: annual review

Visits to the walled garden fell by 12 per cent over five years. Membership of the allotment society dropped from 250 members in 2020 to 140 this year.
Plant sales in the shop rose by 22 per cent after the café began offering discounts to members.

The trustees have decided not to sell the Old Lodge this year. However, they have not ruled out a sale in later years, and the tearoom will open only at weekends from 1 May.
The tribunal accepted that the gardener's ladder had slipped on wet stone. It was not persuaded that this amounted to negligence by the trust's estate manager.
The trustees declined to recommend a change to the opening hours, including a request from the volunteers to open the maze on Mondays, saying the costs were unclear. They approved the volunteers' plan to repaint the glasshouse.
Membership records are kept by the county office and were not affected by the flood. Seed stocks are held in the east barn and were not affected either.`;

const SHOP = `Fenwick Water: summer offers

Stock in the depot remains high, and the company has begun a clearance sale, with discounts of up to 30 per cent on water butts.
The supplier expects new stocks of rain gauges to arrive in the depot by late June, though the date may slip.
The supplier has confirmed that the replacement pumps will reach the depot on 2 June.`;

async function corpus(): Promise<Corpus> {
  return Corpus.build([textSource('sources/water.txt', WATER), textSource('sources/gardens.txt', GARDENS), textSource('sources/shop.txt', SHOP)]);
}

describe('summaries of the onward kind: altered lines', () => {
  let c: Corpus;
  before(async () => { c = await corpus(); });

  it('flags a change told the other way than its own figures go, and passes it told their way', () => {
    assertCaught(c, 'Fenwick Water\'s leakage widened to 1.9 per cent of supply from 2.2 per cent a year before.', /widened does not match the source, which says a fall from 2.2 per cent to 1.9 per cent/);
    assertCaught(c, 'Customer complaints at Fenwick Water fell to 3,140 from 2,870 a year before.', /fell does not match the source, which says a rise from 2,870 to 3,140/);
    assertPasses(c, 'Fenwick Water\'s leakage narrowed to 1.9 per cent of supply from 2.2 per cent a year before.');
    assertPasses(c, 'Customer complaints at Fenwick Water rose to 3,140 from 2,870 a year before.');
    assertPasses(c, 'Attendance at the two open days rose to 1,250 from 980.');
    // (A rank's figure goes the other way: a lower number is a higher place.)
    assertPasses(c, 'Fenwick Water climbed to 3rd place from 7th in the national customer survey.');
  });

  it('flags two figures set one against the other the other way round, and passes them told of their own things', () => {
    assertCaught(c, 'Fenwick Water\'s average household bill was 398 pounds, against 412 pounds the year before.', /398 does not match the source, which says "412 pounds, against 398 pounds the year before"/);
    assertCaught(c, 'Fenwick Water customer complaints numbered 2,870, compared with 3,140 a year before.', /2,870 does not match the source, which says "3,140, compared with 2,870 a year before"/);
    assertPasses(c, 'Fenwick Water\'s average household bill was 412 pounds, against 398 pounds the year before.');
    // (The other way round, each told of its own thing, is the same fact.)
    assertPasses(c, 'Bills in the southern zone rose 3.1 per cent, compared with 4.6 per cent in the northern zone.');
    assertPasses(c, 'Bills in the northern zone rose 4.6 per cent, compared with 3.1 per cent in the southern zone.');
  });

  it('flags a change by the passage\'s figure to another end than the passage\'s, and passes each told to its own', () => {
    assertCaught(c, 'The number of customers served by Ashby Mill fell by 6.5 per cent to 24,100.', /24,100 does not match the source, which says 18,200/);
    assertPasses(c, 'The number of customers served by Ashby Mill fell by 6.5 per cent to 18,200.');
    assertPasses(c, 'The number of customers served by Corley Weir grew by 9.1 per cent to 24,100.');
  });

  it('flags a figure against the passage it rewrites, whatever a loosely aligned passage of another source gives', () => {
    // (The gardens' "rose by 22 per cent ... offering discounts" is no "up to 25 per cent" of the water company's sale.)
    assertCaught(c, 'The clearance sale offers discounts of up to 25 per cent on water butts.', /25 per cent does not match the source, which says 30 per cent/);
    assertPasses(c, 'The clearance sale offers discounts of up to 30 per cent on water butts.');
  });

  it('passes a change in percent worked out from the two counts the source gives, what they count between', () => {
    // (250 to 140 is a fall of 44 per cent: not the 12 per cent said of visits.)
    assertPasses(c, 'Membership of the allotment society has fallen by more than 40 per cent since 2020, from 250 members to 140.');
  });

  it('flags a denial dropped from a second verb after "and", where the statement denies the first', () => {
    assertCaught(c, 'The trustees have decided not to sell the Old Lodge and have ruled out a sale in later years.', /The source says the opposite: "However, they have not ruled out a sale in later years/);
    assertPasses(c, 'The trustees have decided not to sell the Old Lodge this year and have not ruled out a sale in later years.');
    assertPasses(c, 'The trustees have decided not to sell the Old Lodge this year, but a sale in later years has not been ruled out.');
    // (A negation after "and" is said of what the first verb is: the records were not affected.)
    assertPasses(c, 'Neither membership records nor seed stocks were affected by the flood.');
  });

  it('flags as plain what the source says is likely, and passes it hedged, or told plainly where the source does', () => {
    assertCaught(c, 'The regulator said the dry spring was driving higher demand for garden water.', /as certain: the source says "likely to be driving higher demand for garden water"/);
    assertPasses(c, 'The regulator said the dry spring was likely to be driving higher demand for garden water.');
    assertPasses(c, 'Hosepipe use was pushing up evening pressure complaints in the hill villages.');
  });

  it('flags as confirmed what the source says is only expected, and passes it expected, or confirmed where the source says so', () => {
    assertCaught(c, 'The supplier has confirmed that new stocks of rain gauges will arrive in the depot by late June.', /as certain: the source says "expects new stocks of rain gauges to arrive in the depot by late June/);
    assertPasses(c, 'The supplier expects new stocks of rain gauges to arrive in the depot by late June.');
    assertPasses(c, 'The supplier has confirmed that the replacement pumps will reach the depot on 2 June.');
  });

  it('flags as accepted what the source says was not accepted, and passes what it accepted', () => {
    assertCaught(c, 'The tribunal accepted that the slipping ladder amounted to negligence by the trust\'s estate manager.', /The source says the opposite: "It was not persuaded that this amounted to negligence/);
    assertPasses(c, 'The tribunal accepted that the gardener\'s ladder had slipped on wet stone.');
    assertPasses(c, 'The tribunal accepted that the gardener\'s ladder had slipped on wet stone but found that this did not amount to negligence by the estate manager.');
  });

  it('flags as approved what the source says was declined, and passes what it approved', () => {
    assertCaught(c, 'The trustees agreed the volunteers\' request to open the maze on Mondays.', /The source says the opposite: "The trustees declined to recommend a change to the opening hours/);
    assertPasses(c, 'The trustees approved the volunteers\' plan to repaint the glasshouse.');
    assertPasses(c, 'The trustees declined to recommend the volunteers\' request to open the maze on Mondays.');
  });
});
