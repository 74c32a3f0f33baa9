// Summary lines of test/fixtures/summaries-yonder's kinds, on sources written for the tests: a
// figure given by another period ("a month" where the source says "a year", "monthly lessons"
// where it says "weekly"), a change told to another figure than the source's ("from six to three"
// where it says "from six to four", its "three" standing elsewhere), an ordinal joined to its word
// ("second-year student"), a reaction told the other way ("criticised" where the source says
// "welcome"), "incoming" for "outgoing"; and faithful lines that were flagged (a time the source
// sets aside with "rather than", told as where a change starts; a name told without its middle
// name). Each is pinned beside the faithful line that must pass, or the error still caught.
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const TIMETABLE = `Lochvale Buses: spring timetable

The number of evening journeys on route 7 will fall from eight to five, while Sunday services will remain at three journeys an hour.
Drivers will have to sign in at least 30 minutes before a shift, up from 15 minutes at present.
From 6 April the last bus from Dunmore will leave at 22:15 rather than 23:40. The journey time is unchanged at 35 minutes.`;

const PARISH = `Fernley Parish Council: minutes of the March meeting

The clerk reported that the new boiler in the village hall is expected to cut heating costs by around £1,800 a year.
A partnership with Fernley Primary School will give 25 pupils weekly swimming lessons at no cost to their families.
The inquest heard that Martin James Holloway, a third-year nursing student, had been cycling home from a night shift.
The second-round ballot closed on Friday, and the third-placed candidate, Joan Reddy, conceded.
A proposal to close the public toilets was narrowly defeated, with 41 votes in favour and 46 against.
Outgoing chair Rosa Pike said the council had met every target it set. Conservation groups criticised the plan for the car park, but the Wildlife Trust did welcome the new hedgerow condition.`;

const AUDIT = `Stroke unit audit, second cycle

Brain scans were done within an hour of arrival in 74% of cases, and swallow screening was done within four hours in 91%.
Thrombolysis was given within 60 minutes for 48 of 60 eligible patients (80%), up from 65% in the first cycle.
During the ward move the smaller Beech Unit, which has 14 beds and 3 side rooms, will take all stroke admissions. The Larch Unit has 28 beds and 6 side rooms.`;

async function corpus(): Promise<Corpus> {
  return Corpus.build([textSource('sources/timetable.txt', TIMETABLE), textSource('sources/parish.txt', PARISH), textSource('sources/audit.txt', AUDIT)]);
}

describe('summaries of the yonder kind: figures, periods, ordinals, names', () => {
  let c: Corpus;
  before(async () => { c = await corpus(); });

  it('flags a figure given by another period, and passes it by the same', () => {
    assertCaught(c, 'The new boiler in the village hall is expected to cut heating costs by around £1,800 a month.', /"a year" where the statement says "a month"/);
    assertPasses(c, 'The new boiler in the village hall is expected to cut heating costs by around £1,800 a year.');
    assertCaught(c, 'The partnership with Fernley Primary School will give 25 pupils monthly swimming lessons at no cost to their families.', /"weekly" where the statement says "monthly"/);
    assertPasses(c, 'The partnership with Fernley Primary School will give 25 pupils weekly swimming lessons free of charge.');
  });

  it('flags a change told to another figure than the source gives, though that figure stands elsewhere', () => {
    assertCaught(c, 'Evening journeys on route 7 will fall from eight to three.', /from eight to five/);
    assertPasses(c, 'Evening journeys on route 7 will fall from eight to five.');
  });

  it('flags a figure the source tells of the thing beside the statement\'s', () => {
    assertCaught(c, 'Brain scans were done within an hour of arrival in 91% of cases.', /91% does not match the source, which says 74%/);
    assertPasses(c, 'Brain scans were done within an hour of arrival in 74% of cases.');
    assertPasses(c, 'Swallow screening was done within four hours in 91% of cases.');
    assertCaught(c, 'During the ward move the Beech Unit, which has 28 beds, will take all stroke admissions.', /28 does not match the source, which says 14/);
    assertPasses(c, 'The Larch Unit has 28 beds, twice as many as the Beech Unit, which will take all stroke admissions during the move.');
  });

  it('passes the figures of one change together, and a figure the statement compares', () => {
    assertPasses(c, 'The share of eligible patients given thrombolysis within 60 minutes rose from 65% to 80%.');
    assertPasses(c, 'In the first cycle, thrombolysis was given within 60 minutes to 65% of eligible patients.');
    assertPasses(c, 'The Beech Unit has 14 beds, half as many as the Larch Unit.');
  });

  it('flags the figure a change started from, told as the figure now', () => {
    assertCaught(c, 'Drivers will have to sign in at least 15 minutes early.', /"30 minutes before a shift, up from 15"/);
    assertPasses(c, 'Drivers currently sign in 15 minutes early.');
    assertPasses(c, 'Drivers will have to sign in at least 30 minutes early, compared with 15 minutes now.');
  });

  it('flags a vote told with its two counts the other way round', () => {
    assertCaught(c, 'The proposal to close the public toilets was defeated, with 46 votes in favour and 41 against.', /"41 votes in favour and 46 against" where the statement says "46 votes in favour and 41 against"/);
    assertPasses(c, 'The proposal to close the public toilets was narrowly defeated, by 46 votes to 41.');
  });

  it('passes a time the source sets aside with "rather than", told as where the change starts', () => {
    assertPasses(c, 'The last bus from Dunmore will be brought forward from 23:40 to 22:15, with the journey still taking 35 minutes.');
    assertCaught(c, 'The last bus from Dunmore will leave at 23:40 rather than 22:15.', /opposite/);
  });

  it('flags another ordinal joined to its word', () => {
    assertCaught(c, 'The first-round ballot closed on Friday.', /"second-round" where the statement says "first-round"/);
    assertCaught(c, 'The second-placed candidate, Joan Reddy, conceded.', /"third-placed" where the statement says "second-placed"/);
    assertPasses(c, 'The third-placed candidate, Joan Reddy, conceded after the second-round ballot closed on Friday.');
  });

  it('passes a name told without its middle name, and flags another first name', () => {
    assertPasses(c, 'The inquest heard that Martin Holloway, a third-year nursing student, had been cycling home from a night shift.');
    assertCaught(c, 'The inquest heard that Peter Holloway, a third-year nursing student, had been cycling home from a night shift.', /Martin James Holloway/);
  });

  it('flags a reaction and a post told the other way round', () => {
    assertCaught(c, 'The Wildlife Trust criticised the new hedgerow condition.', /"welcome" where the statement says the opposite, "criticised"/);
    assertPasses(c, 'The Wildlife Trust welcomed the new hedgerow condition.');
    assertCaught(c, 'Incoming chair Rosa Pike said the council had met every target it set.', /"Outgoing" where the statement says the opposite, "Incoming"/);
  });
});
