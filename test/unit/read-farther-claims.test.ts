// Summary lines of test/fixtures/summaries-farther's kinds, on sources written for the tests: a
// condition the statement says does not hold ("whatever the outcome of the lottery bid" where the
// source says "subject to the outcome of the lottery bid"), a requirement it says is not needed
// where the source says it is done, and a rule it applies to what the source says it does not
// apply to; what it says is decided, proven or done, where the source says it is not yet agreed,
// too early to conclude, not to be concluded on, or only what may be done. Each is pinned beside the faithful line that must pass.
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const LIBRARY = `Ashgrove Libraries: notice to borrowers

The new wing of Ashgrove Central Library is planned to open in spring 2027, subject to the outcome of the lottery bid.
The head of service, Tomas Breck, said: "Most branches are busier than last year. We will still audit the loan records from our branch libraries every quarter."
The service is talking to Corran College about a shared mobile library for the western villages, though the terms are still to be agreed.
Evening opening at the two pilot branches has drawn more visitors than forecast, though the service cautioned that it was too early to draw firm conclusions.
The printing contractor that lost the tender, Vell Print, has written to the council disputing the result and has indicated that it may appeal the award.
The audit office said its inquiry into the conduct of two former branch managers was continuing. It said no conclusion should be drawn about whether those managers had committed any fraud.
A late-return fee will apply to all books borrowed from the central library from 1 March. The fee will not apply to children's books, because young readers should not be put off borrowing.`;

async function corpus(): Promise<Corpus> {
  return Corpus.build([textSource('sources/library.txt', LIBRARY)]);
}

describe('summaries of the farther kind: conditions, requirements, what is settled', () => {
  let c: Corpus;
  before(async () => { c = await corpus(); });

  it('flags a condition the statement says does not hold, and passes it kept', () => {
    assertCaught(c, 'The new wing of Ashgrove Central Library will open in spring 2027, whatever the outcome of the lottery bid.', /as certain: the source says "subject to the outcome of the lottery bid"/);
    assertPasses(c, 'The new wing of Ashgrove Central Library is planned to open in spring 2027, subject to the lottery bid.');
  });

  it('flags a requirement said not to be needed where the source says it is done', () => {
    assertCaught(c, 'Tomas Breck said the service saw no need to audit loan records from its branch libraries.', /negates what the source affirms/);
    assertPasses(c, 'Tomas Breck said the service would audit the loan records from its branch libraries every quarter.');
  });

  it('flags as decided what the source says is not yet agreed', () => {
    assertCaught(c, 'Ashgrove Libraries has agreed a shared mobile library for the western villages with Corran College.', /as certain: the source says "still to be agreed"/);
    assertPasses(c, 'Ashgrove Libraries is talking to Corran College about a shared mobile library for the western villages, with the terms still to be agreed.');
  });

  it('flags as proven what the source says it is too early to conclude', () => {
    assertCaught(c, 'Evening opening at the two pilot branches has drawn more visitors than forecast, proving that it works.', /as certain: the source says "too early to draw firm conclusions"/);
    assertPasses(c, 'Evening opening at the two pilot branches drew more visitors than forecast, though it was too early to draw firm conclusions.');
  });

  it('flags as taken a step the source says only may be', () => {
    assertCaught(c, 'Vell Print has lodged an appeal against the award of the tender.', /as done: the source says "indicated that it may appeal"/);
    assertPasses(c, 'Vell Print, which lost the tender, has indicated that it may appeal the award.');
  });

  it('flags as settled what the source says no conclusion should be drawn on', () => {
    assertCaught(c, 'The audit office said two former branch managers had committed fraud.', /as certain: the source says "no conclusion should be drawn about whether those managers had committed any fraud"/);
    assertPasses(c, 'The audit office said its inquiry into two former branch managers was continuing.');
  });

  it('flags a rule applied to what the source says it does not apply to', () => {
    assertCaught(c, 'The late-return fee will also apply to children\'s books.', /The source says the opposite: "The fee will not apply to children's books/);
    assertPasses(c, 'From 1 March a late-return fee will apply to all books borrowed from the central library.');
  });
});
