// Faithful summary lines of test/fixtures/summaries-forth's kinds that were flagged, on sources
// written for the tests: a dissenter introduced as "One member, Dr ...", a post of four words, one of them "of"
// before a name ("Head of Parks Operations"), a speaker named before the next sentence's
// first word ('said Dr Okafor. A study ...'), "halted" for "paused", a module of release notes
// written with dots ("quillon.legacy.queue"), "version 3.0" for "in 3.0", money written "£41.6m",
// and "This projection" opening on what the sentence before it projects.
// Each is pinned beside an altered line that must still be caught.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import { speakerOf } from '../../src/core/index/quotes.js';
import { findQuantities } from '../../src/core/text/numbers.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const OPINION = `Opinion of the Panel on Household Products

The Panel concludes that the preservative is safe in hand soaps at up to 3%.

One member, Dr Tobias Renwick, did not support this conclusion. In his minority opinion he argues that, given the open question of skin sensitisation, a maximum of 1% would be more appropriate until the two-year patch study is available.

The Chair, Dr Helga Marr, presented the majority view.`;

const PARKS = `Grounds maintenance review, summer 2025

Report of: Mairead Colley, Head of Parks Operations

Councillor Owen Tarrant chaired the committee.

Mairead Colley said: "The service coped, but the mowers are worn out. We were two crews short in June." She told councillors that hiring mowers had been considered.`;

const SURVEY = `Ice cap survey 2024

Authors: Dr Lena Moss (programme leader), Dr Chidi Okafor (imagery)

Photographs from April show a layer of volcanic ash across the ice cap. "The ash is plain in the photographs, but we cannot yet say how much of the loss it explains," said Dr Okafor. A study of its effect is under way.`;

const MATCH = `Cup report

The second leg was paused for 35 minutes after a power cut. At the time of the pause Rovers led 1–0 and had a man sent off. Play resumed at 9.40pm.`;

const NOTES = `Quillon 2.0 release notes

DEPRECATIONS

The following options still work in 2.0 but print a warning. They will be removed in 3.0, which will not ship before 1 March 2027.

- The quillon.legacy.queue module. Use quillon.jobs.Queue instead.
- The --threads command-line flag, now renamed --parallel.`;

const PROSPECTUS = `Offering summary

Selected figures (audited, years ending 31 July):

Item | 2022/23 | 2023/24
Revenue | £41.6m | £48.3m
Operating loss | £5.2m | £3.1m

Management projects that annual ticket income will rise to £12.5 million in the first full season after reopening. This projection has not been audited or independently verified.`;

describe('summaries of the forth kind: faithful lines once flagged', () => {
  let c: Corpus;
  before(() => {
    c = Corpus.build([textSource('opinion.txt', OPINION), textSource('parks.txt', PARKS), textSource('survey.txt', SURVEY), textSource('match.txt', MATCH), textSource('notes.txt', NOTES), textSource('prospectus.txt', PROSPECTUS)]);
  });

  it('reads "One member, Dr Tobias Renwick" as his post, so that "he argues" in the next sentence is his', () => {
    assertPasses(c, 'Dissenting member Tobias Renwick argued that 1% would be a more appropriate ceiling until the two-year patch study is available.');
    assertCaught(c, 'Dissenting member Tobias Renwick argued that 2% would be a more appropriate ceiling until the two-year patch study is available.', /2%/);
  });

  it('credits a quotation to a person named after a post of four words, one of them "of" ("Head of Parks Operations")', () => {
    assertPasses(c, 'Head of Parks Operations Mairead Colley said "the mowers are worn out", adding that the service had been two crews short in June.');
    assertCaught(c, 'Councillor Owen Tarrant said "the mowers are worn out", adding that the service had been two crews short in June.', /Colley/);
  });

  it('ends a speaker\'s name at the full stop of its sentence (\'said Dr Okafor. A study ...\')', () => {
    assert.equal(speakerOf(SURVEY, { start: SURVEY.indexOf('The ash') , end: SURVEY.indexOf(',"') + 1 }), 'Dr Okafor');
    assertPasses(c, 'Dr Chidi Okafor said the ash is plain in the photographs, "but we cannot yet say how much of the loss it explains."');
    assertCaught(c, 'Dr Lena Moss said the ash is plain in the photographs, "but we cannot yet say how much of the loss it explains."', /Okafor/);
  });

  it('reads "was halted for 35 minutes" as what "was paused for 35 minutes" says, no denial of it', () => {
    assertPasses(c, 'The second leg was halted for 35 minutes by a power cut, with Rovers 1–0 up and a man down.');
    assertCaught(c, 'The second leg was halted for 53 minutes by a power cut, with Rovers 1–0 up and a man down.', /53/);
    assertCaught(c, 'The second leg was not paused, with Rovers 1–0 up and a man down.', /negates/);
  });

  it('finds "legacy" and "queue" in a module named with dots, and "version 3.0" in "removed in 3.0"', () => {
    assertPasses(c, 'Deprecated options such as the legacy queue module and the --threads flag still work but will be removed in version 3.0, due no earlier than 1 March 2027.');
    assertCaught(c, 'Deprecated options such as the legacy queue module and the --threads flag still work but will be removed in version 3.0, due no earlier than 1 March 2028.', /2028/);
  });

  it('reads money written with its scale\'s letter ("£41.6m") as the figure it is', () => {
    assert.deepEqual(findQuantities('Revenue | £41.6m | £48.3m').map((q) => [q.text, q.kind, q.value]), [['£41.6m', 'money', 41_600_000], ['£48.3m', 'money', 48_300_000]]);
    // A length in metres is no money.
    assert.deepEqual(findQuantities('a 5m wall').filter((q) => q.kind === 'money'), []);
    assertPasses(c, 'Revenue grew from £41.6 million in 2022/23 to £48.3 million in 2023/24, while the operating loss narrowed from £5.2 million to £3.1 million.');
    assertCaught(c, 'Revenue grew from £41.6 million in 2022/23 to £84.3 million in 2023/24, while the operating loss narrowed from £5.2 million to £3.1 million.', /84\.3/);
  });

  it('reads "This projection" as the sentence before it, so that a statement telling both joins nothing', () => {
    assertPasses(c, 'The club\'s projection that ticket income will reach £12.5 million after reopening has not been audited or independently verified.');
    assertCaught(c, 'The club\'s projection that ticket income will reach £21.5 million after reopening has not been audited or independently verified.', /21\.5/);
  });
});
