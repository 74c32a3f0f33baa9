// Faithful summary lines of test/fixtures/summaries-thence's kinds that were flagged, on sources
// written for the tests: "will still receive" for "continue to receive", a weekday the bulletin's
// issue line gives to its "today", "not ... until" for "not ... before", a quotation credited to
// the speaker with her post before her name, a league's "Division Two" read as no person, a
// contrast told with a synonym ("refused" for "declining"), "but not on" that denies nothing of
// the thing it names.
// Each is pinned beside an altered line that must still be caught.
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const CLUB = `Marsh Lane Bowls Club: spring letter

The club's secretary, Ruth Okafor, has moved away, and the committee thanks her for nine years of work.
At the general meeting on 2 March, members voted by 30 votes to 4 to raise the annual fee. Full membership will now cost £120 a year, up from £110. Members aged over 75 and those receiving carer's allowance continue to receive a 30% reduction.
Players who have not renewed by 1 May will be sent a reminder, and rinks still unbooked on 30 May may be offered to visiting clubs.`;

const BULLETIN = `Glen Arrow flood warning service
Issued: Tuesday 4 March 2025, 18:00

Between 40 and 55 millimetres of rain has fallen on the upper catchment in the 36 hours to 15:00 today, the heaviest totals on the western slopes.
- The Mill Ford road (B902) will close at 21:00 tonight at the ford, and will not reopen before Thursday at the earliest, after an inspection.

The duty hydrologist, Priya Lindqvist, said the river would peak overnight.

Lindqvist said: "Don't trust the first dry morning. The ground is full and the river will stay high for days."`;

const TABLE = `NORTHERN LEAGUE DIVISION TWO

Ashby Vale completed their fourth win of the season shortly before dusk at Kiln Park, beating Fenwick by two goals to one in a match that had turned on a penalty in the first half. The win, built on two goals from captain Ollie Stroud and a late save from Jamie Platt, lifts Ashby Vale to third in the table, six points behind the leaders Carrowmore. Fenwick remain ninth.`;

const CLAIM = `Claim reference CX-2291: our decision

Dear Ms Hale,

In summary, we are accepting most of the claim, but we are declining the part that relates to the replacement laptops, for the reasons explained below.
Your policy requires that backups are kept off site. Our assessor found that this was done for your accounts system but not for an older file server used by your warehouse team. Because the assessor found no sign that the file server's data was lost, we have decided not to rely on this condition.`;


describe('summaries of the thence kind: faithful lines once flagged', () => {
  let c: Corpus;
  // (The league table's report read as a sources folder reads it: its heading set apart.)
  before(async () => { c = Corpus.build([textSource('club.txt', CLUB), textSource('bulletin.txt', BULLETIN), await readSource('table.txt', Buffer.from(TABLE)), textSource('claim.txt', CLAIM)]); });

  it('reads "will still receive" as what "continue to receive" says, no second sentence joined for "still"', () => {
    assertPasses(c, 'Players over 75 and those on carer\'s allowance will still receive a 30% reduction.');
    assertCaught(c, 'Players over 75 and those on carer\'s allowance will still receive a 40% reduction.', /40%/);
  });

  it('dates a bulletin\'s "today" by the weekday its issue line gives', () => {
    assertPasses(c, 'Between 40 and 55 millimetres of rain fell on the upper catchment in the 36 hours to 15:00 on Tuesday.');
    assertCaught(c, 'Between 40 and 65 millimetres of rain fell on the upper catchment in the 36 hours to 15:00 on Tuesday.', /65/);
  });

  it('reads "will not reopen until Thursday" as what "will not reopen before Thursday" says', () => {
    assertPasses(c, 'The Mill Ford road is closing at 21:00 on Tuesday and will not reopen until Thursday at the earliest.');
    assertCaught(c, 'The Mill Ford road will reopen before Thursday.', /./);
  });

  it('credits a quotation to the speaker with her post written before her name', () => {
    assertPasses(c, 'Hydrologist Priya Lindqvist said "Don\'t trust the first dry morning", warning that the river would stay high for days.');
    assertCaught(c, 'Forecaster Tom Bryce said "Don\'t trust the first dry morning", warning that the river would stay high for days.', /Priya Lindqvist/);
  });

  it('reads a league\'s "Division Two" as no person standing in a player\'s place', () => {
    assertPasses(c, 'The result lifts Ashby Vale to third in Division Two, six points behind the leaders Carrowmore.');
    assertCaught(c, 'The result lifts Ashby Vale to second in Division Two, six points behind the leaders Carrowmore.', /second|third/);
  });

  it('reads "accepted ... but refused" as what "accepting ... but declining" says', () => {
    assertPasses(c, 'The insurer has accepted most of Ms Hale\'s claim but has refused to cover the replacement laptops.');
    assertCaught(c, 'The insurer has refused most of Ms Hale\'s claim.', /./);
  });

  it('reads "but not for an older file server" as denying nothing of the server itself', () => {
    assertPasses(c, 'Although an older file server used by the warehouse team lacked off-site backups, the insurer will not rely on that condition because no data from the server was lost.');
    assertCaught(c, 'Off-site backups were kept for the older file server used by the warehouse team.', /./);
  });

});
