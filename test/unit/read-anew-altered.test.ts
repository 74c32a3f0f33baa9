// Altered summary lines of test/fixtures/summaries-anew's kinds that passed, on sources written
// for the tests: a grant told as approved where the source says it waits on approval, a figure's
// side told the other way ("below" an average the source says it is above), a majority decision
// told as unanimous, a "could exceed" of a figure told as "will", a length of time told of another
// thing ("three years late" where the source has "three years after" and "two and a half years
// late"), a figure told as "almost double" a base the source gives, of which it is a third more, a
// closure told as following an approval the source says it waits on (on "4 and 5 May": no "may"),
// a condition the source denies read as none, an order where the source "recommends, but does not
// require", a forecast told as standing where the source withdraws it, and "the whole" of what the
// source gives a share of, "each of them" where the source says so of some of them, and a cause
// told as identified where the source says it is not yet determined.
// Each is pinned beside a faithful line that must still pass.
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';
import { assertCaught, assertPasses } from '../helpers/genres.js';

const APPEAL = `Westmoor youth club: winter appeal

The club has seen demand for its evening sessions rise all autumn. The council is proposing a grant of £40,000 to the club, subject to approval at a cabinet meeting on 12 March. The club's treasurer, Dev Amari, said he expected the grant to be approved.`;

const LIBRARIES = `Library service: annual report

Attendance at the branch libraries this year was 58 per cent of capacity, which is slightly above the county average of 52 per cent. Opening hours were unchanged.`;

const TRIBUNAL = `Licensing appeal: decision

1. The tribunal has decided to uphold the appeal of Marrow Lane Stores against the refusal of its licence. The decision was reached by a majority of two to one; the dissenting view of Ms Carrow is set out at paragraph 9.`;

const FLEET = `Fleet review

The new buses produce no exhaust emissions. On the present fuel mix the review estimates that the fleet cut its emissions by about 12 per cent last year. If every bus ran on renewable fuel, the saving could exceed 40 per cent, although the supply contract guarantees no particular share of it.`;

const YARD = `Ferry contract awarded

The award comes three years after the yard delivered its last two ferries for the authority, which entered service two and a half years late and £60 million over their original budget.`;

const PANTRY = `Northgate pantry: winter appeal

The pantry handed out 2,870 food boxes between October and December, compared with 2,150 in the final quarter of 2023.`;

const REMARKS = `Sentencing remarks

On the count of fraud, the sentence is four years and six months' imprisonment. You will serve half of that sentence in custody.`;

const MEETING = `Public meeting: fibre rollout

NANDAKUMAR: We'll need two overnight closures of Bridge Street, on 4 and 5 May, to cross the road at the square. That's subject to the highways authority approving the permit, which we've applied for but haven't had back yet.

STRACHEY: The outlying farms are covered by our contract with the district council, and they're not conditional on take-up in the village. We will connect all 150 of them by June 2026.`;

const LISTING = `Heritage panel: decision

18. The Panel recommends, but does not require, that the owner take interim measures to make the mill roof weathertight before the winter, noting water ingress at two points.`;

const FORECAST = `Comet bulletin 2025/09

Forecasting a comet after an outburst is uncertain. The peak magnitude of 8.5 forecast in Bulletin 2025/06 is withdrawn.`;

const PEATLAND = `Verification statement

1.2 By 31 December 2024, rewetting works had been completed on 610 hectares, or 58 per cent of the project area.`;

const DEPOT = `Trial evaluation

2.2 Refuelling. In total the refuelling depot was unavailable on 19 days during the trial. On 8 of those days, buses were refuelled from a mobile tanker; on the remaining 11, some services were run by diesel buses instead.`;

const INCIDENT = `Incident log: water main burst at Kiln Row

15 Sep 11:20 — Excavation locates the burst: a split along the pipe's crown, 1.1 metres below ground. Cause not yet determined. Initial inspection shows ground movement around the failure point; laboratory analysis commissioned.`;

describe('summaries of the anew kind: altered lines once passed', () => {
  let c: Corpus;
  before(() => {
    c = Corpus.build([textSource('appeal.txt', APPEAL), textSource('libraries.txt', LIBRARIES), textSource('tribunal.txt', TRIBUNAL), textSource('fleet.txt', FLEET), textSource('yard.txt', YARD), textSource('pantry.txt', PANTRY), textSource('remarks.txt', REMARKS), textSource('meeting.txt', MEETING), textSource('listing.txt', LISTING), textSource('forecast.txt', FORECAST), textSource('peatland.txt', PEATLAND), textSource('depot.txt', DEPOT), textSource('incident.txt', INCIDENT)]);
  });

  it('flags "three years late" where the source says "two and a half years late" (and "three years after" of another thing)', () => {
    assertCaught(c, 'The yard\'s last two ferries entered service three years late and £60 million over budget.', /two and a half/);
    assertPasses(c, 'The yard\'s last two ferries entered service two and a half years late and £60 million over budget.');
  });

  it('flags a figure told as "almost double" a base the source gives, of which it is a third more', () => {
    assertCaught(c, 'The pantry handed out 2,870 food boxes in the last quarter of 2024, almost double the number for the same period of 2023.', /2,150/);
    assertPasses(c, 'The pantry handed out 2,870 food boxes between October and December, compared with 2,150 in the last quarter of 2023.');
  });

  it('flags a closure told as following an approval the source says it is still subject to, in May as in any month', () => {
    assertCaught(c, 'Bridge Street will close overnight on 4 and 5 May after the highways authority approved the permit.', /subject to the highways authority approving/);
    assertPasses(c, 'Bridge Street will close overnight on 4 and 5 May, subject to the highways authority approving the permit.');
  });

  it('reads a condition the source denies ("not conditional on take-up") as none: "whatever the take-up" says it', () => {
    assertPasses(c, 'The outlying farms will be connected by June 2026 under the district council contract, whatever the take-up in the village.');
    assertCaught(c, 'The outlying farms will be connected by June 2027 under the district council contract.', /2027/);
  });

  it('flags what the statement says someone was ordered to do where the source recommends but does not require it', () => {
    assertCaught(c, 'The Panel has ordered the owner to make the mill roof weathertight before the winter.', /does not require/);
    assertPasses(c, 'The Panel recommended, but did not require, that the owner make the mill roof weathertight before the winter.');
  });

  it('flags a forecast told as still standing where the source says it is withdrawn', () => {
    assertCaught(c, 'The peak magnitude of 8.5 forecast in Bulletin 2025/06 remains the central estimate.', /withdrawn/);
    assertPasses(c, 'The peak magnitude of 8.5 forecast in Bulletin 2025/06 has been withdrawn.');
  });

  it('flags "the whole project area" where the source gives a share of it ("58 per cent of the project area")', () => {
    assertCaught(c, 'By 31 December 2024, rewetting works had been completed on the whole project area.', /58 per cent/);
    assertPasses(c, 'By 31 December 2024, rewetting works had been completed on 610 hectares, 58 per cent of the project area.');
  });

  it('flags "on each of them" where the source says it was so on 11 of those days', () => {
    assertCaught(c, 'The refuelling depot was unavailable on 19 days, and on each of them diesel buses ran the services.', /8 of those days/);
    assertPasses(c, 'The refuelling depot was unavailable on 19 days; on 11 of them diesel buses ran some services.');
  });

  it('flags a cause told as identified where the log says the cause is not yet determined', () => {
    assertCaught(c, 'Ground movement has been identified as the cause of the burst at Kiln Row.', /leaves it open/);
    assertPasses(c, 'Initial inspection showed ground movement around the failure point, though the cause of the burst has not yet been determined.');
  });

  it('reads "four years and six months" as four and a half years', () => {
    assertPasses(c, 'The sentence for fraud was four and a half years\' imprisonment.');
    assertCaught(c, 'The sentence for fraud was five and a half years\' imprisonment.', /five and a half/);
  });

  it('flags a grant told as approved where the source says it is subject to approval', () => {
    assertCaught(c, 'The council has approved a £40,000 grant to the Westmoor youth club.', /subject to approval/);
    assertPasses(c, 'The council is proposing a £40,000 grant to the Westmoor youth club, subject to cabinet approval on 12 March.');
  });

  it('flags "below" an average where the source says the figure is above it', () => {
    assertCaught(c, 'Attendance at the branch libraries has fallen below the county\'s 52 per cent average.', /above/);
    assertPasses(c, 'Attendance at the branch libraries was slightly above the county average of 52 per cent.');
  });

  it('flags a decision told as unanimous where the source says it was reached by a majority', () => {
    assertCaught(c, 'The tribunal unanimously decided to uphold the appeal of Marrow Lane Stores.', /majority/);
    assertPasses(c, 'The tribunal decided by a majority to uphold the appeal of Marrow Lane Stores.');
  });

  it('flags "will cut ... by more than 40 per cent" where the source says the saving "could exceed 40 per cent"', () => {
    assertCaught(c, 'Running every bus on renewable fuel will cut emissions by more than 40 per cent.', /could exceed/);
    assertPasses(c, 'Running every bus on renewable fuel could cut emissions by more than 40 per cent.');
  });
});
