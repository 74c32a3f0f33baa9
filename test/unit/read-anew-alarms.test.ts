// Faithful summary lines of test/fixtures/summaries-anew's kinds that were flagged, on sources
// written for the tests: a gerund that opens a sentence read as part of a name, a converse ("will
// receive" where a letter says "we will pay you"), a denial a list item elsewhere affirms, a
// quotation credited to a professor "of" a university, an emissions report's "tCO2e", a figure
// whose next word is a verb ("38 responded"), a joined sentence chosen for its figure over a
// nearer one, "judged unnecessary" for "not considered necessary", a post said before a name,
// and a cause told as "the distress this caused".
// Each is pinned beside an altered line that must still be caught.
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const LETTER = `Harrowby Equine Insurance
Final response to your complaint

Dear Mr Pellow,

You complained about three things:

1. our decision of 9 May 2024 to decline your claim for £8,240.00 for colic surgery on Juniper, carried out at Fellgate Equine Hospital;
2. the time we took to reach that decision; and
3. the way you were spoken to when you telephoned us on 9 May 2024.

The claim decision

I asked our veterinary adviser, Mr Tomas Brightwell, to review the full clinical history. His view is that there is no clinical evidence that the colic existed before the policy began on 3 June 2022. I accept his advice. The claim should not have been declined, and I apologise that it was.

The delay

Our service standard is a decision within ten working days. Part of the delay was caused by the 21 days it took to obtain Juniper's earlier records from Hollin Vets, but that does not explain the whole delay. We will pay you £90 in recognition of the delay.

Your call

I have listened to the recording of your call on 9 May. The adviser was curt and did not explain how you could appeal. We will pay you £40 for the upset this caused.

What we will pay

After deducting your policy excess of £250, we will pay you £7,990.00. We will also add simple interest at 8 per cent a year on £7,990.00 from 9 May 2024, the date the claim was declined, until the date of payment.`;

const BULLETIN = `Kestrel Society comet bulletin 2025/07

The comet brightened sharply overnight. Dr Amos Teller, who leads the society's comet section, said: "We have never seen it this active."

A break-up cannot be ruled out. Professor Ingrid Sallow-Berg of Kestrel University, who is not a member of the society, said the nucleus was "smaller than most" and that a break-up "would not be unexpected".`;

const VERIFICATION = `Verification statement

3.1 The proponent claimed net emission reductions of 24,780 tonnes of carbon dioxide equivalent (tCO2e) for the period.

3.2 CAR 1 — baseline mapping. Correcting the classification reduced the claim by 1,180 tCO2e.

4.1 Following the corrections, the verifier confirms net emission reductions of 22,400 tCO2e for the period.`;

const TRIAL = `Electric ferry trial: evaluation

2.6 Crews. Of the 52 engineers trained on the new ferries, 41 responded to a survey, and 30 of those said they preferred working on them to the diesel ferries.`;

const CANAL = `Restoration progress log

22 April — A survey of the Lock 4 chamber walls finds 40 square metres of brickwork to replace.

1 June — New gates fitted at Lock 4.

2 July — Brickwork at Lock 5 completed. The site engineer, Maya Orrin, reports that the chamber is "sound and dry on first filling".`;

const LEAK = `Incident log: fuel pipeline leak at Sedge Crossing

15 Sep 02:10 — Residents of 25 homes on Sedge Lane advised to keep windows closed as a precaution. Evacuation not considered necessary.`;

describe('summaries of the anew kind: faithful lines once flagged', () => {
  let c: Corpus;
  before(() => {
    c = Corpus.build([textSource('letter.txt', LETTER), textSource('bulletin.txt', BULLETIN), textSource('verification.txt', VERIFICATION), textSource('trial.txt', TRIAL), textSource('canal.txt', CANAL), textSource('leak.txt', LEAK)]);
  });

  it('reads a gerund that opens a sentence as no part of the name after it ("Getting Juniper\'s records")', () => {
    assertPasses(c, 'Getting Juniper\'s earlier records took 21 days, which the insurer said accounted for only part of the delay.');
    assertCaught(c, 'Getting Juniper\'s earlier records took 12 days, which the insurer said accounted for only part of the delay.', /12/);
  });

  it('reads "Mr Pellow will receive" as what the letter\'s "we will pay you" says, but not "we will receive"', () => {
    assertPasses(c, 'After the £250 excess is deducted, Mr Pellow will receive £7,990.00, plus simple interest at 8 per cent a year from 9 May 2024.');
    assertCaught(c, 'After deducting the £250 excess, we will receive £7,990.00.', /receive/);
  });

  it('takes a denial the letter makes in its own words over the list item that names the decision', () => {
    assertPasses(c, 'The insurer accepted that it should not have declined Mr Pellow\'s £8,240 claim for colic surgery on Juniper.');
    assertCaught(c, 'The insurer said it did not decline Mr Pellow\'s £8,240 claim for colic surgery on Juniper.', /decline/);
  });

  it('credits a quotation to a professor named with her university, not to the university', () => {
    assertPasses(c, 'Professor Ingrid Sallow-Berg said a break-up "would not be unexpected".');
    assertCaught(c, 'Dr Amos Teller said a break-up "would not be unexpected".', /Sallow-Berg/);
  });

  it('reads "tCO2e" as tonnes, not a section\'s number as the rival figure', () => {
    assertPasses(c, 'Following the corrections, net emission reductions of 22,400 tonnes of CO2 equivalent were confirmed for the period.');
    assertCaught(c, 'Following the corrections, net emission reductions of 22,900 tonnes of CO2 equivalent were confirmed for the period.', /22,900/);
  });

  it('counts the engineers of "Of the 52 engineers trained, 41 responded" as the 41 who answered', () => {
    assertPasses(c, 'Thirty of the 41 engineers who answered the survey said they preferred the new ferries to diesel ones.');
    assertCaught(c, 'Thirty of the 45 engineers who answered the survey said they preferred the new ferries to diesel ones.', /45/);
  });

  it('reads "Lock 5 chamber" against the log line of Lock 5, not the survey of Lock 4', () => {
    assertPasses(c, 'Site engineer Maya Orrin reported that the Lock 5 chamber was "sound and dry on first filling".');
    assertCaught(c, 'Site engineer Maya Orrin reported that the Lock 6 chamber was "sound and dry on first filling".', /6/);
  });

  it('reads "judged unnecessary" as what "not considered necessary" says', () => {
    assertPasses(c, 'Residents of 25 homes on Sedge Lane were told to keep windows shut as a precaution, and evacuation was judged unnecessary.');
    assertCaught(c, 'Residents of 25 homes on Sedge Lane were told to keep windows shut, and evacuation was considered necessary.', /necessary/);
  });

  it('reads a post said before a name ("our veterinary adviser, Mr Tomas Brightwell") as the name\'s in the sentence after', () => {
    assertPasses(c, 'The insurer\'s veterinary adviser, Tomas Brightwell, found no clinical evidence that the colic existed before the policy began on 3 June 2022.');
    assertCaught(c, 'The insurer\'s veterinary adviser, Tomas Brightwell, found no clinical evidence that the colic existed before the policy began on 3 June 2021.', /2021/);
  });

  it('reads "the upset this caused" as caused by what its paragraph told before it', () => {
    assertPasses(c, 'The insurer will pay £40 for the upset caused by the call.');
    assertCaught(c, 'The insurer will pay £40 for the upset caused by the decision.', /caused by/);
  });
});
