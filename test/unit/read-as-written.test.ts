// Faithful summary lines that read a source as a writer does: "did not end until" says when it
// ended, "the session" is the meeting, "the year before" is a year, a gap between two figures is
// a figure, "Routes 9 or 31" are routes, "Owner" is a title, "the reduced fare" is no change. Each
// is pinned beside the error that must still be caught.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const THEFT = `Former treasurer pleads not guilty

The alleged theft came to light in May 2024, after Pruitt stepped down as treasurer and his successor, Gail Sorensen, could not reconcile the accounts. The accounts were unaffected by the review.`;

const UNION = `Kettering wins union leadership

The result was announced on Friday by the union's scrutineer. Declan Furlong, the union's deputy general secretary, received 10,877 votes (40.5 percent). Turnout was 18.6 percent of the union's roughly 146,000 eligible members, down from 23.1 percent at the last election in 2021.

Speaking shortly after the result, Ms Kettering said members had "voted for a union that is ready to fight, not one that is ready to be thanked." She said her first priority would be pay.

Kettering said the union would ballot its members at Corrigan Freight for industrial action early next year if the company does not improve its current pay offer of 3.5 percent.

Industrial relations analyst Dr Fern Castellano, of the Whitlow Institute, said the result reflected a wider mood. "Turnout at 18 percent is not a mandate for anything in particular," she said.

Not everyone is convinced. Lena Fairbairn, an energy storage analyst at Gridline Research, said sodium-ion chemistry had "a genuine cost story" but that the firm faced larger rivals. "A second production line in Norhaven is a pilot plant by their standards," she said.

About 14,500 people came to the three-day Saltmarsh Folk Festival this year.`;

const REVIEW = `Police accept most of oversight board's recommendations

The police service accepted nine of the board's eleven recommendations. The service rejected two: a proposal to publish the names of officers involved in incidents resulting in serious injury, and a cap on overtime.`;

const VERDICT = `Jury finds builder negligent

ARDWELL — A jury in Ardwell County Circuit Court on Friday found that the construction firm Halvorsen Build was negligent and ordered it to pay $3.4 million.

The verdict came after an eleven-day trial and roughly nine hours of deliberation. The jury concluded that Halvorsen had failed to install window flashing. Closing arguments were heard on March 5, 2025.

In a statement after the verdict, a Halvorsen spokesperson said the company respected the jury's work.

Expert witnesses testified that repairs would require replacing the cladding, and that owners may need to move out for up to six months while the work is done. The chair said any money left over may be used to hire two additional support workers.`;

const MINUTES = `Cabinet minutes: library service review

7.1 Councillor Joanna Petrakis, Cabinet member for Communities and Leisure: "The proposals in front of Cabinet are not the ones we started with, and that is the point of consulting."

7.2 Councillor Ben Sackville, leader of the opposition group: "This is a partial climbdown and I welcome it, but two communities are still losing their library."`;

const TRANSFER = `Rovers sign Ferreira-Lund

Rovers manager Claudia Brenner said the signing had been her top priority since the end of last season, when her side finished fifth, two points short of a Champions League place. Ferreira-Lund joined Aldgate from the Portuguese club Vila Serra in 2021 for a reported £4 million.`;

const BOARD = `Board votes to close Fenwick Elementary

More than 150 people packed the Ridgeway High School auditorium for the meeting, and 43 of them signed up to speak during public comment. The session ran nearly four hours and did not end until shortly after 11:15 p.m.

The board's chair said the vote did not come easily. Trustees did not reach a decision on the bus routes.`;

const MEMO = `Corvane cuts 140 jobs

In the memo, Vance said revenue grew 6 percent in 2024, down from 19 percent the year before, after the company lost its largest customer, the Saint Aurelia hospital network.

Employees whose jobs are eliminated will receive 12 weeks of base pay, according to the memo.

Corvane spokesperson Felix Hartigan declined to say how many of the 140 positions were in Northgate, saying only that "the majority" were.`;

const INSPECTION = `Food establishment inspection report

Person in charge at time of inspection: Beatrix Collier, owner

1. Cold holding. Walk-in cooler measured at 47 degrees F; required maximum is 41 degrees F. Kitchen manager Omar Haddad stated that the compressor "has been acting up since the weekend" and that a technician had been called.

Owner Beatrix Collier stated: "We take this seriously. The cooler failure caught us at a bad time, and I should have pulled the food on Monday instead of waiting for the technician." Collier stated that a new compressor had been ordered and was expected to be installed "by Thursday at the latest."`;

const TRANSIT = `Transit authority sets new timetable

Route 14 replaced: Local bus Route 14 (Calder Square - Wexley Park) will be discontinued. It will be replaced by Route 14X, a limited-stop express that will serve 11 of the current route's 26 stops. Riders at the 15 stops that will no longer be served can use Route 9 or Route 31, which run within a quarter mile of each of those stops.

Fares: Fares are unchanged. The standard fare remains $2.25 and the reduced fare for seniors, students and riders with disabilities remains $1.10.

Cost: The changes will cost about $4.7 million a year to operate.`;

const RECALL = `Brightfold recalls electric kettles

DUNMORE, Ohio - Brightfold Home Appliances Inc. is voluntarily recalling about 84,000 KettlePro 1.7-liter electric kettles, model number BK-170, sold in the United States, and about 9,500 more sold in Canada. The power base of the kettle can overheat during use, which can cause the plastic housing to melt.

Ines Carvalho, Brightfold's head of product safety, said the company's engineers had traced the overheating to a thermal fuse supplied by one outside vendor.

Carvalho said the company had not found the fault in any other product. "We have not seen a single overheating report on the BK-150, but we are testing it anyway as a precaution," she said.`;

describe('summary lines read as a writer reads the source', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/board.txt', BOARD),
      textSource('sources/memo.txt', MEMO),
      textSource('sources/inspection.txt', INSPECTION),
      textSource('sources/transit.txt', TRANSIT),
      textSource('sources/recall.txt', RECALL),
      textSource('sources/theft.txt', THEFT),
      textSource('sources/union.txt', UNION),
      textSource('sources/review.txt', REVIEW),
      textSource('sources/verdict.txt', VERDICT),
      textSource('sources/minutes.txt', MINUTES),
      textSource('sources/transfer.txt', TRANSFER),
    ]);
  });

  it('"did not end until 11:15 p.m." says it ended then, and "the session" is the meeting', () => {
    const v = check('More than 150 people attended the meeting, which ran nearly four hours and ended shortly after 11:15 p.m.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a "not" with no "until" still denies: trustees reached no decision', () => {
    const v = check('Trustees reached a decision on the bus routes.');
    assert.equal(v.kind, 'contradicted', v.message);
  });

  it('"the year before" 2024 is 2023, and no other year', () => {
    assert.equal(check('Revenue grew 19 percent in 2023, according to Vance.').kind, 'supported');
    const wrong = check('Revenue grew 19 percent in 2022, according to Vance.');
    assert.equal(wrong.kind, 'number-mismatch', wrong.message);
  });

  it('"would not say" is what "declined to say" says, and "the eliminated jobs" paraphrase "the 140 positions"', () => {
    const v = check('Spokesperson Felix Hartigan would not say how many of the eliminated jobs were in Northgate, other than that "the majority" were.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a figure told as the gap between two of the passage\'s ("six degrees above the 41-degree limit")', () => {
    const v = check('The walk-in cooler was running at 47 degrees, six degrees above the 41-degree limit.');
    assert.equal(v.kind, 'supported', v.message);
    const wrong = check('The walk-in cooler was running at 47 degrees, eight degrees above the 41-degree limit.');
    assert.notEqual(wrong.kind, 'supported', wrong.message);
  });

  it('a quotation credited with the speaker\'s title ("Owner Beatrix Collier") is hers, and not the manager\'s', () => {
    const v = check('Owner Beatrix Collier said she "should have pulled the food on Monday instead of waiting for the technician."');
    assert.equal(v.kind, 'supported', v.message);
    const wrong = check('Kitchen manager Omar Haddad said he "should have pulled the food on Monday instead of waiting for the technician."');
    assert.equal(wrong.kind, 'misattributed', wrong.message);
  });

  it('"Routes 9 or 31" are the source\'s Route 9 and Route 31, and Route 32 is not', () => {
    const v = check('Riders at the stops Route 14X will skip can use Routes 9 or 31, which run within a quarter mile of each of them.');
    assert.equal(v.kind, 'supported', v.message);
    const wrong = check('Riders at the stops Route 14X will skip can use Routes 9 or 32, which run within a quarter mile of each of them.');
    assert.equal(wrong.kind, 'number-mismatch', wrong.message);
  });

  it('a name made of the passage\'s own words ("Local Route 14") stands in no other\'s place', () => {
    const v = check('Local Route 14 will be replaced by the limited-stop Route 14X, which will serve 11 of the current 26 stops.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"the reduced fare" names a fare, not a change, and "not changing" is not denied by "the changes will cost"', () => {
    const v = check('Fares are not changing, with the standard fare staying at $2.25 and the reduced fare at $1.10.');
    assert.equal(v.kind, 'supported', v.message);
    const wrong = check('Fares will rise, with the standard fare going to $2.50.');
    assert.notEqual(wrong.kind, 'supported', wrong.message);
  });

  it('"no overheating reports" is what "we have not seen a single overheating report" says', () => {
    const v = check('Carvalho said that although there have been no overheating reports for the BK-150, the company is testing that model as a precaution.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a word where the passage has its WordNet antonym, among the same words, is the opposite ("predecessor" for "successor")', () => {
    const v = check("The alleged theft came to light after Pruitt's predecessor as treasurer, Gail Sorensen, could not reconcile the accounts.");
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /successor/);
    assert.equal(check("The alleged theft came to light after Pruitt's successor as treasurer, Gail Sorensen, could not reconcile the accounts.").kind, 'supported');
  });

  it('"went to" the festival says what "came to" it says', () => {
    const v = check('About 14,500 people went to the three-day Saltmarsh Folk Festival this year.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"not one that is ready" denies no "one": "one in five" is no flip', () => {
    const v = check('Fewer than one in five eligible members voted: turnout was 18.6 percent, compared with 23.1 percent in 2021.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"unless the firm improves" says what "if the company does not improve" says, and "if it improves" does not', () => {
    const v = check('Kettering said the union would ballot its members at Corrigan Freight for industrial action early next year unless the firm improves its 3.5 percent pay offer.');
    assert.equal(v.kind, 'supported', v.message);
    const wrong = check('Kettering said the union would ballot its members at Corrigan Freight for industrial action early next year if the firm improves its 3.5 percent pay offer.');
    assert.equal(wrong.kind, 'contradicted', wrong.message);
  });

  it('a title that opens the sentence keeps its capitalised first word ("Deputy general secretary Declan Furlong")', () => {
    const v = check('Deputy general secretary Declan Furlong came second with 40.5 percent.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"Dr" is a form of address: the post is the one the source writes ("Industrial relations analyst Dr Fern Castellano")', () => {
    const v = check('Fern Castellano, an industrial relations analyst at the Whitlow Institute, said the turnout was "not a mandate for anything in particular."');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a firm named "... Research" is no speaker: "she said" is the analyst\'s', () => {
    const v = check('Gridline Research analyst Lena Fairbairn said a second line in Norhaven "is a pilot plant by their standards."');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"refused to publish" says what "rejected ... a proposal to publish" says', () => {
    const v = check("The police service accepted nine of the board's eleven recommendations but refused to publish the names of officers involved in incidents causing serious injury.");
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a weekday the source never names nor dates, where it names another, is a mismatch', () => {
    const v = check("The jury's verdict came on Thursday after an eleven-day trial and roughly nine hours of deliberation.");
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /Thursday.*Friday/);
    assert.equal(check("The jury's verdict came on Friday after an eleven-day trial and roughly nine hours of deliberation.").kind, 'supported');
    // March 5, 2025 was a Wednesday: a weekday the source dates is no mismatch.
    assert.notEqual(check('The jury concluded that Halvorsen had failed to install window flashing, and closing arguments were heard on Wednesday.').kind, 'number-mismatch');
  });

  it('a quotation minutes give after the speaker\'s name, role and a colon is that speaker\'s', () => {
    const v = check('Ben Sackville said "the proposals in front of Cabinet are not the ones we started with."');
    assert.equal(v.kind, 'misattributed', v.message);
    assert.match(v.message, /Joanna Petrakis/);
    assert.equal(check('Joanna Petrakis said "the proposals in front of Cabinet are not the ones we started with."').kind, 'supported');
  });

  it('an ordinal after the same word as the source\'s is another place ("finished fourth" where it "finished fifth")', () => {
    const v = check("Brenner's side finished fourth last season, two points short of a Champions League place.");
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /fifth/);
    assert.equal(check("Brenner's side finished fifth last season, two points short of a Champions League place.").kind, 'supported');
  });

  it('a move told the other way round ("joined Vila Serra from Aldgate") is contradicted', () => {
    const v = check('Ferreira-Lund joined Vila Serra from Aldgate in 2021 for a reported £4 million.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(check('Ferreira-Lund joined Aldgate from Vila Serra in 2021 for a reported £4 million.').kind, 'supported');
  });

  it('"may need to", "may be used" hedge what may happen: "will have to", "will pay for" overstate it', () => {
    const v = check('Owners will have to move out for up to six months while the cladding is replaced.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /may need/);
    const w = check('The chair said any money left over will pay for two additional support workers.');
    assert.match(w.message, /may be used/);
    assert.equal(check('Owners may need to move out for up to six months while the cladding is replaced.').kind, 'supported');
  });

  it('"can overheat" is what may happen: "will overheat" tells it as certain', () => {
    const v = check('Brightfold said the power base of the recalled kettles will overheat during use and melt the plastic housing.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /can overheat/);
    assert.equal(check('Brightfold said the power base of the recalled kettles can overheat during use.').kind, 'supported');
  });

  it('a model number written whole ("KettlePro BK-170") is no new name', () => {
    const v = check('Brightfold Home Appliances is voluntarily recalling roughly 84,000 KettlePro BK-170 electric kettles in the United States and about 9,500 in Canada because the power base can overheat.');
    assert.equal(v.kind, 'supported', v.message);
  });
});
