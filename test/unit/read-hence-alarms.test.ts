// Faithful summary lines of test/fixtures/summaries-hence's kinds that were flagged, on sources
// written for the tests: "two decades" for "twenty years", a "she said" after a sentence whose
// subject's description names someone else ("who ran the Save Hendry campaign"), a quotation the
// source credits to a post ("the Chair wrote") that the statement credits to its holder, "could
// not supply enough" for "were insufficient", a superlative weighed against an opposite in the
// next sentence, an organisation credited with what its chief executive says in its own
// meeting's transcript, the day of a press release's dateline, "no sale has been agreed" for
// "no agreement has been reached", "which paid her" for "from which she received", and "nearly a
// third" weighed as the figure it is. Each is pinned beside an altered line that must still be
// caught.
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const RECORD = `Ferrybridge Weather Bureau: spring outlook

Spring rainfall outlooks for the eastern valleys have been right about 7 times in 10 over the past twenty years, the bureau said.`;

const PETITION = `Hendry recall petition closes

The petition against Councillor Alan Hendry closed on Friday with 4,210 signatures.
Moira Calloway, a retired nurse who led the cross-party Save Hendry Ward campaign, said volunteers had visited every street. "It was about whether the rules apply to everyone," she said.
Councillor Hendry said he would contest the by-election.`;

const PANEL = `Decision of the Tribunal Panel

Panel: Ingrid Soames (Chair, solicitor); Dr Felix Obi (physician); Ruth Kane (former athlete)

"The rider was not a cheat, but the rules are strict," the Chair wrote.`;

const FIRE = `Warehouse fire: incident report

The high-volume pump drew water from the Lenning Canal, because hydrant supplies in the area were insufficient for the volume needed.`;

const MEETING = `TALLOW BAKERIES PLC
Annual General Meeting, 9 May 2026
Present: Joan Pike (Chair); Samir Haddad (Chief Executive); Lucy Brand (Company Secretary).

JOAN PIKE: Good morning, and welcome to Tallow's annual general meeting. Samir will say a few words on the year, and then we will take questions.

SAMIR HADDAD: Thank you, Joan. It was a year of recovery for us. Revenue grew 5 per cent to £310 million, and operating profit rose 9 per cent to £41 million. Our bread business had its best year since 2018. Cakes were weaker: volumes fell 3 per cent as supermarkets pushed their own brands.

JOAN PIKE: Thank you, Samir. We will now take questions from the floor.

LUCY BRAND: The first question is from Mr Ellis, who asks about the Dunford plant.

SAMIR HADDAD: No decision has been taken on Dunford. We are consulting staff until June.

LUCY BRAND: The second question is from Ms Royle, on pay.

JOAN PIKE: The remuneration committee will answer that in writing.`;

const SALE = `HARGROVE & DAY
Sale results: Scottish Paintings
Edinburgh, Tuesday 10 November 2026
Press release issued 11 November 2026

The autumn sale of Scottish Paintings realised £2.4 million including buyer's premium, the highest total for the department since 2019.
The top lot, a harbour scene, was bought in at £90,000. The house said it was "in discussion with interested parties" about a private sale, but no agreement has been reached.`;

const STANDARDS = `Standards committee report

The committee found that Ms Rowe had lobbied two ministers on behalf of Brightfield Energy Ltd, a company from which she received £3,000 a month as an adviser.`;

const POLL = `Results of the poll

Resolution 9, the advisory vote on pay: passed, with 68.9 per cent in favour and 31.1 per cent against.
Given that more than a fifth of votes were cast against resolution 9, the board will consult shareholders.`;

describe('summaries of the hence kind: faithful lines once flagged', () => {
  let c: Corpus;
  // (The meeting's transcript read as a sources folder reads it: its heading's name set apart.)
  before(async () => { c = Corpus.build([textSource('record.txt', RECORD), textSource('petition.txt', PETITION), textSource('panel.txt', PANEL), textSource('fire.txt', FIRE), await readSource('meeting.txt', Buffer.from(MEETING)), textSource('sale.txt', SALE), textSource('standards.txt', STANDARDS), textSource('poll.txt', POLL)]); });

  it('reads "two decades" as twenty years', () => {
    assertPasses(c, 'Over the past two decades, the bureau\'s spring rainfall outlooks for the eastern valleys have been right roughly seven times in ten.');
    assertCaught(c, 'Over the past three decades, the bureau\'s spring rainfall outlooks for the eastern valleys have been right roughly seven times in ten.', /three decades/);
  });

  it('credits a "she said" to the subject, not to a name in her description', () => {
    assertPasses(c, 'Moira Calloway, who led the cross-party campaign, said the petition was "about whether the rules apply to everyone."');
    assertCaught(c, 'Alan Hendry said the petition was "about whether the rules apply to everyone."', /attributes it to Moira Calloway/);
  });

  it('credits what "the Chair wrote" to the person the source names as Chair', () => {
    assertPasses(c, 'Chair Ingrid Soames wrote that "the rider was not a cheat."');
    assertCaught(c, 'Dr Felix Obi wrote that "the rider was not a cheat."', /Chair/);
  });

  it('reads "could not supply enough" as saying what "were insufficient" says', () => {
    assertPasses(c, 'Water for the high-volume pump was taken from the Lenning Canal because local hydrants could not supply enough.');
    assertCaught(c, 'The high-volume pump did not draw water from the Lenning Canal.', /negat/);
  });

  it('weighs an opposite word only within its own sentence', () => {
    assertPasses(c, 'Cake volumes fell 3 per cent as supermarkets pushed their own brands, but bread had its strongest year since 2018.');
    assertCaught(c, 'Tallow Bakeries said revenue grew 8 per cent to £310 million.', /8 per cent/);
  });

  it('credits an organisation with what its chief executive says at its own meeting', () => {
    assertPasses(c, 'Tallow Bakeries reported that revenue grew 5 per cent to £310 million and operating profit rose 9 per cent to £41 million.');
    assertCaught(c, 'Lucy Brand reported that revenue grew 5 per cent to £310 million and operating profit rose 9 per cent to £41 million.', /Samir Haddad|SAMIR HADDAD/);
  });

  it('reads the day of a release\'s dateline as the day it reports on', () => {
    assertPasses(c, 'The Scottish Paintings sale on 10 November 2026 realised £2.4 million including buyer\'s premium.');
    assertCaught(c, 'The Scottish Paintings sale on 9 November 2026 realised £2.4 million including buyer\'s premium.', /9 November 2026 does not match/);
  });

  it('reads "no private sale has been agreed" as "no agreement has been reached" about a private sale', () => {
    assertPasses(c, 'The harbour scene was bought in at £90,000, and no private sale has yet been agreed.');
    assertCaught(c, 'The harbour scene was bought in at £90,000, and a private sale has since been agreed.', /./);
  });

  it('reads "which paid her" as what "from which she received" says', () => {
    assertPasses(c, 'The committee found Ms Rowe had lobbied two ministers on behalf of Brightfield Energy, which paid her £3,000 a month.');
    assertCaught(c, 'The committee found Ms Rowe had lobbied two ministers on behalf of Brightfield Energy, which she paid £3,000 a month.', /received/);
  });

  it('weighs a fraction ("nearly a third") as a figure, not as an ordinal against "a fifth"', () => {
    assertPasses(c, 'Nearly a third of votes on the advisory pay resolution were cast against it.');
    assertCaught(c, 'More than a third of votes were cast against resolution 9.', /does not match/);
  });
});
