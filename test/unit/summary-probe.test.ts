// Summaries as a language model writes them, line by line, of the ten sources of
// test/fixtures/genres (a meeting transcript, an email, a paper's abstract, an incident report, a
// council story, an interview, a workplace policy, a drug-trial report, quarterly results, a court
// report, a radio interview's transcript, a city council meeting's, an email thread and a
// study's abstract): they reword, merge neighbouring sentences ("which covers ..."), name the source
// ("The email informs ...", "The authors note ...") and credit what a transcript, an interview or
// an email says to its speaker. Each line is faithful: a checker that flags them gets switched off.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';

const GENRES = join(import.meta.dirname, '..', 'fixtures', 'genres');

const SUMMARY_LINES = [
  "In the weekly planning call, the product team discussed the release date for version 4.2, hiring, and the quarterly offsite.",
  "Dev Patel reported that the sync rewrite had been merged but that QA had found two blocking Android bugs.",
  "Patel estimated that the crash would take about two days to fix, but he was unsure how long the dialog bug would take.",
  "Because of these bugs, the team decided to postpone the release from the 14th to the 21st.",
  "Sarah Kim supported the delay, pointing out that the last upload bug generated over 300 support tickets.",
  "Kim agreed to draft a note by Thursday for customers who had been promised the new sync feature.",
  "The team received approval to hire one backend engineer instead of the two it had requested.",
  "Tom Reed, who is running the interviews, has four candidates scheduled for next week, two of whom have strong Postgres experience.",
  "The offsite was cancelled this quarter due to the budget freeze, and the team plans to try again in the spring.",
  "The email informs the facilities team that water to Building C will be shut off on Saturday, March 8, while the city replaces a main valve.",
  "The outage is expected to last from 7 a.m. until about 3 p.m.",
  "Buildings A and B are on a different water line and will not be affected.",
  "The restrooms and kitchen in Building C will be closed during the outage, but the fire sprinkler system will remain active because it runs on a separate reserve tank.",
  "Portable toilets will be provided in the east parking lot.",
  "Staff who need to work on Saturday are asked to use the second-floor meeting rooms in Building A.",
  "Helen Marsh asks staff not to run the dishwashers on Friday evening, as an interrupted cycle could flood the kitchen floor.",
  "The study examined whether sleep in the week before an exam predicts exam scores among first-year university students.",
  "The researchers tracked the sleep of 412 students at two universities using wrist-worn devices for seven nights before a mid-term exam.",
  "Students who slept less than six hours a night on average scored 8.4 points lower on a 100-point scale than those who slept at least seven hours.",
  "The authors note that self-reported sleep overestimated measured sleep by 47 minutes on average.",
  "Since the study is observational, the authors caution that it cannot show that short sleep causes lower scores.",
  "The authors suggest that stress could lead students both to sleep less and to perform worse.",
  "On 3 June, about 38% of checkout attempts on the web store failed for more than an hour because of an expired TLS certificate.",
  "The outage lasted from 14:05 to 15:20 UTC and did not affect the mobile apps.",
  "The on-call engineer initially suspected a bad deploy and rolled it back, but this did not resolve the issue.",
  "Marcus Bell later identified certificate errors in the gateway logs, and a renewed certificate was installed at 15:14.",
  "Around 4,100 orders failed, and the company estimates lost revenue at $210,000, some of which was recovered through follow-up emails.",
  "The report notes that the dashboards showed the error rate but not its cause, which cost the team nearly an hour.",
  "To prevent a recurrence, all internal certificates will be moved to automated renewal by the end of the month.",
  "The team will also add an alert that fires 30 days before a certificate expires.",
  "The Riverton city council voted 5-2 to build protected bike lanes along Main Street, ending a debate that had divided the town for over a year.",
  "The $3.2 million project will remove 140 of the 310 parking spaces on Main Street.",
  "Construction is expected to start in September and last about eight months.",
  "Mayor Linda Torres argued that the lanes would make the street safer, citing four serious crashes involving cyclists in the last two years.",
  "Greg Hammond, who voted against the plan, said shop owners had not been properly consulted.",
  "About 60 residents spoke during a three-hour public comment period.",
  "The merchants association collected 900 signatures against the plan, while a cycling group's petition in support had 1,400 names.",
  "The council will review the impact on businesses a year after the lanes open.",
  "According to Ortiz, the decision responds to a survey in which 61% of respondents said Sunday was the day they could come.",
  "The council is providing an extra 180,000 euros a year, which covers two new full-time staff and heating.",
  "Ortiz said no weekday hours will be cut.",
  "The whole building, including the children's floor and study rooms, will be open, but the café will remain closed on Sundays.",
  "The library will review the numbers after six months before deciding whether to continue.",
  "The remote work policy applies to all permanent employees, while contractors are covered by their own agreements.",
  "Once employees have completed a six-month probation period, they may work remotely up to three days per week.",
  "Remote employees are required to be reachable between 10:00 and 15:00 on working days.",
  "The company provides a laptop and a monitor, and employees can claim up to 300 euros once for additional home-office equipment such as a chair or desk.",
  "The policy states that internet costs will not be reimbursed.",
  "Requests are submitted to the employee's line manager, who must respond within ten working days and provide written reasons for any refusal.",
  "The policy will be reviewed after twelve months.",
  "A trial of 1,795 patients found that lenatumab slowed the decline in memory and thinking by 27% over 18 months in people with early Alzheimer's disease.",
  "Patients received either the drug as an infusion every two weeks or a placebo.",
  "However, the drug did not stop the disease, and patients in both groups continued to decline.",
  "Brain swelling occurred in about 13% of patients on the drug, compared with 2% of those on placebo.",
  "Most swelling cases were asymptomatic, although three patients receiving the drug were hospitalized.",
  "Dr. Hannah Weiss, a neurologist who was not involved in the trial, described the effect as modest but real.",
  "She cautioned that families should not expect the drug to reverse the disease.",
  "Corvane, the company behind the drug, plans to seek approval in the United States and Europe early next year but has not disclosed the cost of the treatment.",
  "Harlow Foods reported that third-quarter revenue increased 6% to 1.42 billion euros, supported by higher frozen meal prices.",
  "Sales volumes, however, declined by 2%.",
  "Operating profit fell to 118 million euros from 131 million euros a year earlier due to rising packaging and energy costs.",
  "The company maintained its full-year forecast of 4% to 6% revenue growth.",
  "CEO Maria Lindqvist announced that the company will close its Ghent plant by the end of 2025, affecting around 240 jobs.",
  "Lindqvist described the closure as a hard decision, noting that the plant runs at half its capacity.",
  "Harlow's shares fell 4.5% in Amsterdam on Wednesday.",
  "A Lyon court sentenced former mayor Pierre Vautrin to four years in prison, two of them suspended, for taking bribes from a construction firm.",
  "The bribery took place between 2015 and 2019.",
  "The judges found that Vautrin accepted about 310,000 euros in cash and a holiday flat in exchange for steering three public contracts to Bâtisud.",
  "Vautrin was also banned from holding public office for five years.",
  "Alain Roux, the firm's former director, received an 18-month suspended sentence and a 50,000-euro fine, while Bâtisud was fined 1.2 million euros.",
  "Vautrin, who has consistently denied the charges, showed no reaction when the verdict was read, and his lawyer said he would appeal.",
  "Prosecutors had sought a six-year sentence.",
  "The article discusses the results of a trial of lenatumab, a drug for early Alzheimer's disease.",
  "The trial results were mixed: the drug slowed decline but did not stop the disease and caused brain swelling in some patients.",
  "Harlow Foods reported higher revenue but lower operating profit in the third quarter.",
  "Rising costs for packaging and energy weighed on Harlow's profit.",
  "Harlow plans to close its Ghent plant, which runs at half capacity, cutting about 240 jobs.",
  "The incident report describes a checkout outage caused by an expired certificate and lists steps to prevent it from happening again.",
  "The outage cost the company an estimated $210,000 in lost revenue.",
  "The team lost nearly an hour because the dashboards did not show the cause of the errors.",
  "The email warns staff about a planned water outage in Building C on Saturday.",
  "The team delayed the release by one week because of two blocking bugs found by QA.",
  "The paper reports an association between short sleep and lower exam scores but cautions that it cannot establish causation.",
  "The study used wrist-worn devices to measure sleep.",
  "Students overestimated their sleep by 47 minutes on average when reporting it themselves.",
  "The bike lane plan divided Riverton for more than a year before the council approved it.",
  "Opponents of the plan, including shop owners, worried about the loss of parking.",
  "The library will open on Sundays after a survey showed strong demand for Sunday hours.",
  "Vautrin was convicted of bribery and sentenced to four years in prison, two of which were suspended.",
  "Vautrin plans to appeal the verdict, according to his lawyer.",
  "The remote work policy sets out who can work from home, when they must be reachable and what equipment the company pays for.",
  "Employees must be reachable during core hours from 10:00 to 15:00.",
  "Contractors are not covered by the policy.",
  "Farmers in California's Central Valley are preparing for a third dry summer, with reservoirs at about 40% of average and reduced state water deliveries.",
  "NPR's Kirk Siegler reported from near Fresno on how growers are coping.",
  "Almond and tomato grower Maria Ochoa is leaving a third of her 600 acres unplanted because she cannot get enough water.",
  "Ochoa said her family had never left a field empty in the 40 years her father farmed the land.",
  "To keep her almond trees alive, Ochoa is pumping more groundwater, which is costly; her electricity bill for the pumps doubled last year.",
  "Pumping groundwater is still allowed, but a 2014 state law requires local agencies to balance groundwater use by 2040.",
  "Some districts have already begun charging fees for groundwater.",
  "Economists expect modest price increases for some vegetables this summer.",
  "Almonds are a greater concern because orchards cannot be fallowed like tomato fields, and dead trees take years to replace.",
  "Siegler explained that farmers are making hard choices because of the drought.",
  "The city council discussed council bill 24-117, a contract with Greenway Paving for street repairs.",
  "Public Works Director Okafor said the 2.4 million dollar contract covers resurfacing 18 miles of residential streets over two years.",
  "Greenway was the lowest of four bidders, and work would begin in August.",
  "The first year of work will focus on the Eastside and Mill Park, which have the worst pavement scores.",
  "Councilmember Diaz welcomed the prioritization of the Eastside, noting that residents had waited a long time.",
  "Councilmember Brennan supported the contract but raised concerns about Greenway's record, noting that the company finished the library parking lot three months late last year.",
  "Okafor responded that the contract includes a penalty of 1,500 dollars for each day of delay.",
  "The council approved the bill unanimously, seven votes to zero.",
  "The council then moved on to a proclamation for Pride Month.",
  "The segment examines how a prolonged drought is forcing Central Valley farmers to make difficult decisions about water use.",
  "Ochoa, whose father farmed the land for 40 years, is leaving fields empty for the first time.",
  "A 2014 law will eventually limit groundwater pumping, with local agencies required to reach balance by 2040.",
  "Consumers may see modestly higher prices for some vegetables.",
  "Host Steve Inskeep interviewed reporter Kirk Siegler about the drought's impact on farmers.",
  "The contract will resurface 18 miles of residential streets over two years, starting in August.",
  "Streets were prioritized based on pavement condition.",
  "Brennan questioned Greenway's track record, citing a late library parking lot project, but was reassured by a daily delay penalty.",
  "The contract imposes a $1,500 penalty for each day the work runs past the deadline.",
  "Diaz said Eastside residents had waited a long time for repairs.",
  "Priya Raman replied to Luis Ferreira's launch plan with two concerns.",
  "The payment form fails on Safari 16 when card numbers contain spaces, a problem Priya reproduced twice.",
  "Legal has not yet approved the new cancellation policy text, and Priya expects an answer by Thursday.",
  "Priya proposed moving the launch from Monday, 20 May, to Wednesday, 22 May.",
  "Luis had reported that the booking page was feature-complete and that load tests passed at 2,000 concurrent users.",
  "The load test covered four times the site's current peak traffic.",
  "Luis originally wanted to launch on Monday, 20 May, unless anyone objected.",
  "The study examines how four-day school weeks affect student achievement in Oregon.",
  "The number of Oregon districts on a four-day week nearly quadrupled between 2010 and 2019, from 12 to 47.",
  "Using state test data on 150,000 students, the authors found that math scores fell by 0.07 standard deviations after three years.",
  "The effect on reading was smaller and not statistically significant.",
  "Low-income students were hit hardest.",
  "The losses were larger in districts that did not lengthen the remaining school days.",
  "Although districts cited transportation and staffing costs, the average district saved just 1.8% of its budget.",
  "The authors argue the savings are modest compared with the learning losses.",
  "They recommend that districts considering a four-day week lengthen the school day."
];

describe('summary lines as a language model writes them are supported', () => {
  let corpus: Corpus;
  before(async () => {
    const files = readdirSync(GENRES).filter((f) => f.endsWith('.txt')).sort();
    corpus = Corpus.build(await Promise.all(files.map((f) => readSource(`sources/${f}`, readFileSync(join(GENRES, f))))));
  });
  for (const line of SUMMARY_LINES) {
    it(line, () => {
      for (const r of checkDraft(corpus, parseDraft(`${line}\n`, 'draft.md'), defaultConfig()).results) assert.equal(r.verdict.kind, 'supported', `${r.statement.text}: ${r.verdict.message}`);
    });
  }
});
