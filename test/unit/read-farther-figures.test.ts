// Summary lines of test/fixtures/summaries-farther's kinds, on sources written for the tests: a
// change told the wrong way between the source's own figures ("rose from A to B" where the
// source says it was A, "little changed from B"; "from every 60 minutes to every 45" where the
// source goes from every 45 to every 60; "up from" where the source says "down from"); a figure
// in the place the source gives another, the source giving it only elsewhere ("signed in 2016"
// where "signed in 2019" and costs have climbed "since 2016"; two counts told the other way
// round; a charge of another row); a season or month in the place of the source's ("in the
// autumn" where "in the spring"). Each is pinned beside the faithful line that must pass.
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const FERRIES = `Kelsay Ferries: winter service report

The share of sailings that left on time was 81.2 per cent, against a contract target of 95 per cent, and little changed from 83.5 per cent in the spring.
The evening crossing to Marrow Isle goes from every 45 minutes to every 60 minutes over the winter months.
Passenger complaints to the operator numbered 214 in the quarter, down from 309 a year before.
The operator expects to publish its review of island fares in the spring.
The council grant for the Marrow Isle service ended in February, and a new timetable started in April.`;

const DEPOT = `Fenwick Rail: depot review

Fenwick Rail has run the Ashby depot for twelve years, including a four-year extension signed in 2019. Repair costs have climbed since 2016, when the old carriage sheds were closed.
A study compared 220 drivers trained on the new simulator with 180 similar drivers trained in the cab.
Storage charges from 1 May:
- EUR 75 per standard pallet
- EUR 95 per refrigerated pallet`;

async function corpus(): Promise<Corpus> {
  return Corpus.build([textSource('sources/ferries.txt', FERRIES), textSource('sources/depot.txt', DEPOT)]);
}

describe('summaries of the farther kind: figures', () => {
  let c: Corpus;
  before(async () => { c = await corpus(); });

  it('flags a change told from the figure it is now to the figure it was', () => {
    assertCaught(c, 'The share of sailings that left on time rose from 81.2 per cent in the spring to 83.5 per cent.', /little changed from 83\.5 per cent/);
    assertPasses(c, 'The share of sailings that left on time slipped from 83.5 per cent in the spring to 81.2 per cent.');
  });

  it('flags a change of frequency told the other way round', () => {
    assertCaught(c, 'Over the winter the evening crossing to Marrow Isle will go from every 60 minutes to every 45 minutes.', /from every 45 minutes to every 60/);
    assertPasses(c, 'Over the winter the evening crossing to Marrow Isle will go from every 45 minutes to every 60 minutes.');
  });

  it('flags "up from" where the source says "down from" between the same figures', () => {
    assertCaught(c, 'Passenger complaints to the operator numbered 214 in the quarter, up from 309 a year before.', /up does not match the source, which says "214 in the quarter, down from 309" \(down\)/);
    assertPasses(c, 'Passenger complaints to the operator fell to 214 in the quarter from 309 a year before.');
  });

  it('flags a figure in the place the source gives another, where the source gives it only elsewhere', () => {
    assertCaught(c, 'Fenwick Rail has run the Ashby depot for twelve years, including a four-year extension signed in 2016.', /2016 does not match the source, which says 2019/);
    assertPasses(c, 'Fenwick Rail has run the Ashby depot for twelve years, including a four-year extension signed in 2019.');
    assertCaught(c, 'The study compared 180 drivers trained on the new simulator with 220 similar drivers trained in the cab.', /180 does not match the source, which says 220/);
    assertPasses(c, 'The study compared 220 drivers trained on the new simulator with 180 similar drivers trained in the cab.');
    assertCaught(c, 'From 1 May the depot will charge EUR 75 per refrigerated pallet.', /EUR 75 does not match the source, which says EUR 95/);
    assertPasses(c, 'From 1 May the depot will charge EUR 95 per refrigerated pallet.');
  });

  it('flags a season or month in the place the source gives another', () => {
    assertCaught(c, 'The operator expects to publish its review of island fares in the autumn.', /The source says "spring" where the statement says "autumn"/);
    assertPasses(c, 'The operator expects to publish its review of island fares in the spring.');
    assertCaught(c, 'The council grant for the Marrow Isle service ended in October, the operator said.', /The source says "February" where the statement says "October"/);
    assertPasses(c, 'The council grant for the Marrow Isle service ended in February, the operator said.');
  });
});
