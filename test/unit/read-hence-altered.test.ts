// Altered summary lines of test/fixtures/summaries-hence's kinds that passed, on sources written
// for the tests: a deed the source says is still to be decided ("has six weeks to decide whether
// to appeal", "would consider whether to require") told as done or as decided; a cause the source
// gives as the most likely one, or says other things may have contributed to, told as fact; a
// scheme "due to go live" told as live; one side of a building put for another ("east" for
// "north"); a paragraph's number ("18.") taken for a figure the source gives; "all" where the
// source says "Most were"; a resolution told as defeated that passed; one side said to outnumber
// the other the other way round; two figures each told of the other's subject; and "a larger
// share than last year" where the source's two figures say smaller; and one reservoir put for the
// other after the same words ("inflows to the Brant" where "inflows to the Ossel"); and "more
// likely above than below" where the source says below; and a scheme told as approved where the
// report only recommends it; and a promise told of what a question asked for, where the answer
// promises another thing. Each is pinned
// beside a faithful line that must still pass, and a count of years between two years the source
// compares ("four years earlier") is read as given.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import { findQuantities } from '../../src/core/text/numbers.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const RULING = `Water Pricing Decision

The regulator today publishes its final decision on the charges Fenmoor Water may levy from 2027.
Fenmoor Water has six weeks from publication, until 14 January 2027, to decide whether to appeal to the Competition Appeal Board.`;

const BLAZE = `Depot fire: investigation update

The cause has not yet been determined. Early evidence suggests the fire started in the battery store, and a faulty charger is being treated as the most likely cause.
Radio contact between crews on the north and south sides of the depot was lost for about ten minutes.
Councillor Nia Price said the council would consider whether to require depot owners to fit sprinklers.`;

const ROAD = `Cameras review

Traffic counts in March 2026 found a 12 per cent rise in traffic on Kiln Lane compared with March 2022, although officers note that other factors, including a new school, may also have contributed.
A new booking system, Slotwise, is due to go live in June.`;

const PANEL = `Disciplinary panel decision

12. The panel imposes a ban of 14 months on the rider.
18. Each party will bear its own costs.`;

const STREET = `Flood update

Police evacuated Mill Row on Friday night. Most were able to return home by Sunday evening; the occupants of three cottages nearest the river were not allowed back until the following week.`;

const VOTES = `Results of the poll

Resolution 7, the advisory vote on the pay report: passed, with 71.2 per cent in favour and 28.8 per cent against.
For the first time, votes cast online outnumbered those cast in the hall.`;

const SALEROOM = `Autumn sale

Online bidders accounted for 31 per cent of lots sold, compared with 40 per cent in the equivalent sale last year, as more buyers came back to the room.`;

const RESERVOIRS = `Spring water outlook

For the hill catchments that feed the Brant and Ossel reservoirs, the hydrologist, Mira Kell, said snowpack is more likely to be below the median than above it.
"If the dry spell holds, we would expect spring inflows to the Ossel to be down by 10 to 15 per cent," she said.`;

const OPTIONS = `Report to Cabinet: speed cameras

Option B: Retain the cameras and consult on extending average speed enforcement to the A59 Kirk Road, at an estimated capital cost of £0.8 million. Recommended, subject to the outcome of consultation and a business case.`;

const AGM = `NORTHGATE FOODS PLC: annual general meeting

ANNA VOSS: The committee will review the weighting of the carbon measure before next year's vote.
PAUL HEALD: Will you commit to doubling that weighting?
ANNA VOSS: I'll commit to reviewing it and consulting shareholders. I can't promise the outcome today.
PAUL HEALD: Thank you.`;

const HUSTINGS = `DANA PRICE: I'd say that a new bus lane can be built in three years, and a rail link takes ten.
OWEN HART: I disagree with Dana on the bus lane.
DANA PRICE: Three years is what the council's own engineers say.
OWEN HART: Then we should ask them again.`;

describe('summaries of the hence kind: altered lines once passed', () => {
  let c: Corpus;
  before(() => { c = Corpus.build([textSource('ruling.txt', RULING), textSource('blaze.txt', BLAZE), textSource('road.txt', ROAD), textSource('panel.txt', PANEL), textSource('street.txt', STREET), textSource('votes.txt', VOTES), textSource('hustings.txt', HUSTINGS), textSource('saleroom.txt', SALEROOM), textSource('reservoirs.txt', RESERVOIRS), textSource('options.txt', OPTIONS), textSource('agm.txt', AGM)]); });

  it('catches "all" where the source says "most" of those its sentence before names', () => {
    assertCaught(c, 'All residents of Mill Row were able to return home by Sunday evening.', /said of all/);
    assertPasses(c, 'Most residents of Mill Row were able to return home by Sunday evening.');
  });

  it('catches a resolution told as defeated where it passed', () => {
    assertCaught(c, 'Resolution 7, the advisory vote on the pay report, was defeated, with 28.8 per cent in favour.', /passed/);
    assertPasses(c, 'Resolution 7, the advisory vote on the pay report, passed with 71.2 per cent in favour.');
  });

  it('catches one side outnumbering the other told the other way round', () => {
    assertCaught(c, 'Votes cast in the hall outnumbered those cast online.', /other way round/);
    assertPasses(c, 'For the first time, online votes outnumbered votes cast in the hall.');
  });

  it('catches two figures each told of the other\'s subject', () => {
    assertCaught(c, 'Dana Price said a rail link can be built in three years, while a new bus lane takes ten.', /does not match/);
    assertPasses(c, 'Dana Price said a new bus lane can be built in three years, while a rail link takes ten.');
  });

  it('catches an appeal told as lodged where the source gives weeks to decide whether to appeal', () => {
    assertCaught(c, 'Fenmoor Water has lodged an appeal against the decision with the Competition Appeal Board.', /to decide whether to appeal/);
    assertPasses(c, 'Fenmoor Water has until 14 January 2027 to decide whether to appeal to the Competition Appeal Board.');
  });

  it('catches a requirement told as decided where the council would only consider it', () => {
    assertCaught(c, 'Councillor Nia Price said the council would require depot owners to fit sprinklers.', /consider whether to require/);
    assertPasses(c, 'Councillor Nia Price said the council would consider requiring depot owners to fit sprinklers.');
  });

  it('catches a most likely cause told as the cause', () => {
    assertCaught(c, 'The fire was started by a faulty charger in the battery store.', /most likely cause/);
    assertPasses(c, 'A faulty charger in the battery store is being treated as the most likely cause of the fire.');
  });

  it('catches a rise told as caused where the source says other factors may have contributed', () => {
    assertCaught(c, 'Traffic counts showed the cameras caused a 12 per cent rise in traffic on Kiln Lane.', /other factors/);
  });

  it('reads "four years earlier" as the gap between the two years the source compares', () => {
    assertPasses(c, 'Traffic on Kiln Lane was 12 per cent higher in March 2026 than four years earlier.');
    assertCaught(c, 'Traffic on Kiln Lane was 12 per cent higher in March 2026 than five years earlier.', /./);
  });

  it('catches a scheme told as live where it is due to go live', () => {
    assertCaught(c, 'The new Slotwise booking system has already gone live.', /as done/);
    assertPasses(c, 'The new Slotwise booking system is due to go live in June.');
  });

  it('catches one side of a building put for another', () => {
    assertCaught(c, 'Radio contact between crews on the east and west sides of the depot was lost for about ten minutes.', /north|south/);
    assertPasses(c, 'Radio contact between crews on the north and south sides of the depot was lost for about ten minutes.');
  });

  it('reads a numbered paragraph\'s number as no figure the source gives', () => {
    assert.deepEqual(findQuantities(PANEL).map((q) => q.text), ['14']);
    assertCaught(c, 'The panel banned the rider for 18 months.', /18 does not match the source, which says 14/);
    assertPasses(c, 'The panel banned the rider for 14 months.');
  });

  it('catches a comparison with last year told the other way from the source\'s two figures', () => {
    assertCaught(c, 'Online bidders accounted for a larger share of lots sold than in the equivalent sale last year.', /smaller/);
    assertPasses(c, 'Online bidders accounted for a smaller share of lots sold than in the equivalent sale last year.');
  });

  it('catches one named thing put where the source has another after the same words, a sentence apart', () => {
    assertCaught(c, 'Mira Kell said that if the dry spell holds, spring inflows to the Brant could fall by 10 to 15 per cent.', /Ossel/);
    assertPasses(c, 'Mira Kell said that if the dry spell holds, spring inflows to the Ossel could fall by 10 to 15 per cent.');
  });

  it('catches a forecast\'s likelier way told the other way round', () => {
    assertCaught(c, 'Mira Kell said snowpack in the hill catchments is more likely to end up above the median than below it.', /below/);
    assertPasses(c, 'Mira Kell said snowpack in the hill catchments is more likely to end up below the median than above it.');
  });

  it('catches a scheme told as approved where the report only recommends it', () => {
    assertCaught(c, 'Cabinet has approved a £0.8 million average speed camera scheme for the A59 Kirk Road.', /Recommended/);
    assertPasses(c, 'Officers recommend consulting on a £0.8 million average speed camera scheme for the A59 Kirk Road.');
  });

  it('catches a promise told of what was asked for where the answer promises something else', () => {
    assertCaught(c, 'Anna Voss committed to doubling the weighting of the carbon measure.', /promises something else/);
    assertPasses(c, 'Anna Voss committed to reviewing the weighting of the carbon measure and consulting shareholders.');
  });
});
