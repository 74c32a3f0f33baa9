// Summary lines of test/fixtures/summaries-beyond's kinds, on sources written for the tests.
// Faithful lines that were flagged because the source was read wrongly (a numbered paragraph's
// number taken for a sentence, a consequence told before its cause, "Both companies", a person's
// post carried to the quotation "she" gave, quotations credited to the wrong speaker, posts in
// brackets or after a comma); and errors that passed (a figure in another unit, a share told as a
// difference, a figure or a role of another, a denial in another form of its word, what is only
// weighed told as settled, "all" for "most of them", a family tie, a court's decision reversed).
// Each is pinned beside the error that must still be caught, or the faithful line that must pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { splitSentences } from '../../src/core/text/segment.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const JUDGMENT = `Reserved judgment: Ms A. Mensah v Harbour Freight Ltd

7. In the Tribunal's judgment, no reasonable employer would have dismissed on so limited an investigation, and the dismissal was therefore unfair.
8. However, the Tribunal found that the claimant had contributed to her dismissal by failing to keep written records of the overtime she approved.
9. The compensatory award is therefore reduced by 20%.
10. The Tribunal did not accept that the claimant's sex was the reason for her treatment.`;

const INQUEST = `Inquest into the death of Pavel Kowalczyk

Pavel Kowalczyk, 34, fell from a scaffold at the Riverside Quay site on 14 September 2023.
Dr Okonjo said she would issue a Prevention of Future Deaths report to Hartwell Build and to the scaffolding subcontractor, Pennant Access Ltd.
The report will raise concerns about the monitoring of wind speeds on the site.
Both companies are required to respond within 56 days.
In a statement read outside court, Mr Kowalczyk's sister, Marta Kowalczyk-Reyes, said the family were "relieved that the truth has been heard".
"Pavel went to work to build homes for other families, and he should have come home to his own," she said.
Hartwell Build said it had "fully co-operated with the inquest and the investigation".`;

const BRIDGE = `Harlow Bridge to close to traffic

Cllr Nadia Forsyth-Orme, the council's cabinet member for highways, said the decision had not been taken lightly.
"I know this will cause real disruption for people in Brackley and Upper Tarn, and I am sorry for that, but public safety has to come first," she said.
A signed diversion adds about 6.5 miles to the journey between the two villages.`;

const LAUNCH = `First satellite launched from Scottish soil

"Three days late, but exactly where we wanted it," said Ingrid Halvorsen-Lamb, Kestrel Orbital's chief executive. "This is the first time a satellite built in Scotland has been launched from Scottish soil, and I am immensely proud of the team."
The Harrowness Spaceport said the next launch was planned for the spring and that it expected "a busy year on the pad".`;

describe('summary lines flagged because the source was read wrongly', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([
      textSource('sources/judgment.txt', JUDGMENT),
      textSource('sources/inquest.txt', INQUEST),
      textSource('sources/bridge.txt', BRIDGE),
      textSource('sources/launch.txt', LAUNCH),
    ]);
  });

  it('a numbered paragraph\'s number ("8.") is no sentence of its own', () => {
    const text = '7. First point.\n8. However, the Tribunal found otherwise.\nThe score was 8. Then more.';
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['First point.', 'However, the Tribunal found otherwise.', 'The score was 8.', 'Then more.']);
  });

  it('a consequence ("is therefore reduced") told before its cause, with "because"', () => {
    const v = check('Her compensatory award was cut by 20% because she had failed to keep written records of the overtime she approved.');
    assert.equal(v.kind, 'supported', v.message);
    assert.doesNotMatch(v.evidence?.[0]?.text ?? '', /^\d+\./);
    assert.equal(check('Her compensatory award was cut by 25% because she had failed to keep written records of the overtime she approved.').kind, 'number-mismatch');
  });

  it('"Both companies" goes on about the two companies just named', () => {
    const v = check('Dr Okonjo said she would send a Prevention of Future Deaths report to Hartwell Build and the scaffolding subcontractor Pennant Access Ltd, both of which must respond within 56 days.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Dr Okonjo said she would send a Prevention of Future Deaths report to Hartwell Build and the scaffolding subcontractor Pennant Access Ltd, both of which must respond within 28 days.').kind, 'number-mismatch');
  });

  it('what the sentence before says a person is comes with her name to the quotation "she" gave', () => {
    const v = check('Highways cabinet member Cllr Nadia Forsyth-Orme apologised for the disruption to people in Brackley and Upper Tarn but said public safety had to come first.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a quotation credited to "she" is the last person named before it\'s, not a speaker named later', () => {
    const v = check('His sister, Marta Kowalczyk-Reyes, said Pavel had gone to work to build homes for other families and should have come home to his own.');
    assert.equal(v.kind, 'supported', v.message);
    const quoted = check('Hartwell Build said: "Pavel went to work to build homes for other families, and he should have come home to his own."');
    assert.equal(quoted.kind, 'misattributed', quoted.message);
  });

  it('a quotation that goes on after "said Ingrid Halvorsen-Lamb" is hers, not a speaker named later', () => {
    const v = check('Chief executive Ingrid Halvorsen-Lamb said it was the first time a satellite built in Scotland had been launched from Scottish soil.');
    assert.equal(v.kind, 'supported', v.message);
    const quoted = check('The Harrowness Spaceport said: "This is the first time a satellite built in Scotland has been launched from Scottish soil."');
    assert.equal(quoted.kind, 'misattributed', quoted.message);
  });
});

const MEASURES = `Council bulletin

The Grade II listed bridge, built in 1887, is used by around 14,000 vehicles a day, according to the council's most recent traffic count.
Wind speeds at the site reached 38 mph shortly before the fall, above the 30 mph limit in the contractor's method statement.
The council took 47 weeks to issue the care plan, against a statutory deadline of 20 weeks. Only 38% of plans were completed within the 20-week limit.
The rocket released the 212-kilogram satellite into orbit at an altitude of about 540 kilometres.
Demand for water peaked at 512 megalitres a day during the hot spell.
The night bus will run until 2 a.m. seven days a week.
Ms Tiller said a replacement lift motor had been ordered but that the supplier had not yet confirmed a delivery date.`;

describe('a figure in another unit, and what has yet to happen', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/bulletin.txt', MEASURES)]);
  });

  it('the same number in another unit of the same kind is another figure, and the message says which', () => {
    const cases: [string, RegExp][] = [
      ['The council took 47 weeks to issue the care plan, against a statutory deadline of 20 days.', /20 days .*20 weeks/],
      ['Wind speeds at the site reached 38 km/h shortly before the fall.', /38 km\/h .*38 mph/],
      ['The rocket released the 212-tonne satellite into orbit at an altitude of about 540 kilometres.', /212-tonne .*212-kilogram/],
      ['Demand for water peaked at 512 gigalitres a day during the hot spell.', /512 gigalitres .*512 megalitres/],
      ['The listed bridge, built in 1887, carries around 14,000 vehicles a week.', /vehicles a week .*vehicles a day/],
    ];
    for (const [statement, message] of cases) {
      const v = check(statement);
      assert.equal(v.kind, 'number-mismatch', `${statement}: ${v.message}`);
      assert.match(v.message, message);
    }
    for (const statement of [
      'The council took 47 weeks to issue the care plan, against a statutory deadline of 20 weeks.',
      'Wind speeds at the site reached 38 mph shortly before the fall.',
      'The rocket released the 212-kilogram satellite into orbit at an altitude of about 540 kilometres.',
      'The listed bridge, built in 1887, carries around 14,000 vehicles a day.',
    ]) assert.equal(check(statement).kind, 'supported', statement);
  });

  it('a time of day is no measure: "until 2 a.m. every day" for "until 2 a.m. seven days a week"', () => {
    const v = check('The night bus will run until 2 a.m. every day.');
    assert.notEqual(v.kind, 'number-mismatch', v.message);
  });

  it('"had yet to confirm" says what "had not yet confirmed" says', () => {
    const v = check('Ms Tiller said a replacement lift motor had been ordered, although the supplier had yet to confirm a delivery date.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Ms Tiller said a replacement lift motor had been ordered and the supplier had confirmed a delivery date.').kind, 'contradicted');
  });
});

const POSTS = `Tenants' association and council notes

Present: 34 members, including Delroy Achterberg (Chair), Fionnuala Breen (Secretary) and Kwame Asante-Boateng (Treasurer).
The Chair thanked Ms Breen, who will stand down at the AGM in November after six years in the role.
Cllr Rukhsana Begum-Hart, the council's cabinet member for highways, said the decision had not been taken lightly.
The investigation was conducted by Mr Gary Lomax, a regional operations manager, who interviewed four employees.
Martin Eggleston, Brackenridge's Director of Children's Services, said: "We accept the Ombudsman's findings in full."
Sergeant Mike Hollis, chair of the Merrowdale branch of the Police Federation, welcomed the decision not to publish names.
Ruth Sandoval, president of the Lakeview Terrace Condominium Association, said the owners had waited four years.`;

describe('a post the source gives after a name, in brackets, or beside a rank', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/notes.txt', POSTS)]);
  });

  it('a post in brackets after a name ("Fionnuala Breen (Secretary)") is hers', () => {
    const v = check('Treasurer Fionnuala Breen will stand down at the AGM in November after six years in the role.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Secretary where the statement says Treasurer/);
    const right = check('Secretary Fionnuala Breen will stand down at the AGM in November after six years in the role.');
    assert.equal(right.kind, 'supported', right.message);
  });

  it('a post in lower case before a name ("Council leader", "chief executive,") meets the one the source gives after it', () => {
    const leader = check('Council leader Rukhsana Begum-Hart said the decision had not been taken lightly.');
    assert.equal(leader.kind, 'contradicted', leader.message);
    assert.match(leader.message, /cabinet member for highways where the statement says council leader/);
    const chief = check('Brackenridge\'s chief executive, Martin Eggleston, said the council accepted the Ombudsman\'s findings in full.');
    assert.equal(chief.kind, 'contradicted', chief.message);
    assert.match(chief.message, /Director of Children's Services/);
    // "Cllr" and "Councillor" are how a council's members are addressed, not a post.
    const councillor = check('Councillor Rukhsana Begum-Hart said the decision had not been taken lightly.');
    assert.equal(councillor.kind, 'supported', councillor.message);
  });

  it('a post said after the name reworded before it is the same post, a rank beside it no rival', () => {
    for (const statement of [
      'Police Federation branch chair Mike Hollis welcomed the decision not to publish names.',
      'Association president Ruth Sandoval said the owners had waited four years.',
      'Regional operations manager Gary Lomax interviewed four employees.',
    ]) {
      const v = check(statement);
      assert.equal(v.kind, 'supported', `${statement}: ${v.message}`);
    }
  });
});

const DENIALS = `Decisions and findings

However, the County Highway Authority raised no objection, and the appellant's traffic survey recorded an 85th percentile speed of 27 mph.
The Ombudsman's report found that the council took 47 weeks to issue the plan, against a statutory deadline of 20 weeks.
The Ombudsman did not find fault with the content of the final plan, which Mrs Y said she was broadly satisfied with.
The council has applied to the Department for Transport for a grant towards the cost, but no decision has been made.
Organisers said they hoped to move the tournament to a larger venue next year, although no decision has yet been taken.
As of 31 March 2024, the programme had spent $197 million and was not yet complete.
However, the Board found that two cabin crew members had not secured their own oxygen before assisting passengers, contrary to their training.`;

const CALL = `Third-quarter results call

On medical robotics, we have decided to stop developing our surgical assistance platform and focus that team on hospital logistics.`;

describe('what the source denies in another form of the word, or leaves undecided', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/denials.txt', DENIALS), textSource('sources/call.txt', CALL)]);
  });

  it('"objected" against "raised no objection", "found fault" against "did not find fault" beside another sentence\'s "found that"', () => {
    const objected = check('The County Highway Authority objected to the scheme, although the appellant\'s traffic survey recorded an 85th percentile speed of 27 mph.');
    assert.equal(objected.kind, 'contradicted', objected.message);
    const fault = check('The Ombudsman found fault with the content of the final plan as well as with the delay in issuing it.');
    assert.equal(fault.kind, 'contradicted', fault.message);
    assert.match(fault.message, /did not find fault/);
    assert.equal(check('The County Highway Authority raised no objection to the scheme.').kind, 'supported');
    assert.equal(check('The Ombudsman found fault with the 47-week delay in issuing the plan but not with its content.').kind, 'supported');
  });

  it('told as agreed or decided where the source says no decision has been made', () => {
    for (const statement of ['The Department for Transport has agreed to provide a grant towards the cost.', 'Organisers have decided to move the tournament to a larger venue next year.']) {
      const v = check(statement);
      assert.equal(v.kind, 'contradicted', `${statement}: ${v.message}`);
      assert.match(v.message, /no decision has/);
    }
    assert.equal(check('The council has applied to the Department for Transport for a grant towards the cost; no decision has been made.').kind, 'supported');
  });

  it('no flip where the other form is said of something else, by a verb that says more, or with the order told the other way', () => {
    for (const statement of [
      'The company is ending development of its surgical assistance platform to focus that team on hospital logistics.',
      'By 31 March 2024, with completion long overdue, the programme had spent $197 million and was still not finished.',
      'The Board found that two cabin crew members helped passengers before securing their own oxygen, contrary to their training.',
    ]) {
      const v = check(statement);
      assert.notEqual(v.kind, 'contradicted', `${statement}: ${v.message}`);
    }
  });
});

const STANDING = `Tenants' meeting and company news

The Treasurer explained that Meridian Homes has proposed increasing the weekly service charge by 7.5% from April 2025, from £18.40 to £19.78.
A spokesperson for Thornbury Logistics said the company was "disappointed" and was considering whether to appeal to the Employment Appeal Tribunal.
"The council is proposing to close a well-loved and historic library," said Cllr Ann Patel.
Mrs Halina Kowalczyk asked whether residents with mobility needs would be offered temporary accommodation. Ms Tiller said this would be considered case by case, but no commitment was made.
The company employs around 180 people, most of them at its factory in Forres.
Every launch window this year has been in the early morning.`;

describe('told as settled, or of all, where the source says it is weighed, proposed or most', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/standing.txt', STANDING)]);
  });

  it('"has confirmed that it will appeal" where the company is only considering whether to; a proposed rise told as certain', () => {
    const appeal = check('Thornbury Logistics has confirmed that it will appeal to the Employment Appeal Tribunal.');
    assert.equal(appeal.kind, 'unsupported', appeal.message);
    assert.match(appeal.message, /as certain: the source says "considering whether to appeal/);
    const rise = check('Meridian Homes has confirmed that the weekly service charge will rise from £18.40 to £19.78 in April 2025.');
    assert.equal(rise.kind, 'unsupported', rise.message);
    assert.match(rise.message, /proposed increasing the weekly service charge by 7\.5%/);
    for (const statement of [
      'Thornbury Logistics is considering whether to appeal to the Employment Appeal Tribunal.',
      'Meridian Homes has proposed raising the weekly service charge from £18.40 to £19.78 from April 2025.',
      // What a critic's quotation calls proposed is how they put it.
      'The council will close the library, which Cllr Ann Patel called well-loved and historic.',
    ]) assert.notEqual(check(statement).message.includes('as certain'), true, statement);
  });

  it('"committed to offering" where "no commitment was made", in the sentence after the question', () => {
    const v = check('Ms Tiller committed to offering temporary accommodation to residents with mobility needs.');
    assert.equal(v.kind, 'contradicted', v.message);
    // The question's words are the answer's: no swap of the one who asked for the one who answered.
    const answered = check('Ms Tiller said temporary accommodation for residents with mobility needs would be considered case by case.');
    assert.equal(answered.kind, 'supported', answered.message);
  });

  it('"all of" its employees where the source says "most of them", whatever statement was checked before', () => {
    // A statement checked before, against a passage with "every", once left the check reading
    // the next statement from the middle: its "All" went unseen.
    check('Every launch window this year has been in the early morning.');
    const v = check('All of the company\'s roughly 180 people are employed at its factory in Forres.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /said of all: the source says "most of them/);
    assert.equal(check('Most of the company\'s roughly 180 people are employed at its factory in Forres.').kind, 'supported');
    // "employs" and "employees" are no opposites (WordNet's "employer" is the antonym of "employee").
    assert.notEqual(check('Most of the company\'s roughly 180 employees work at its factory in Forres.').kind, 'contradicted');
  });
});

const PAIRS = `Awards, lifts and rain

The respondent is ordered to pay the claimant a total of £38,650, made up as follows: a basic award of £6,120; a compensatory award of £29,880; and holiday pay of £2,650.
The Chair reported that the lift in Block A had been out of service for 23 days in August, compared with 9 days in July.
A motion was proposed by Mrs Kowalczyk and seconded by Mr Eze that the association formally request an independent audit.
Rainfall across the region since the beginning of March has been 41% of the long-term average.`;

describe('a figure, a month or a role paired with the other of two, and a share told as a difference', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/pairs.txt', PAIRS)]);
  });

  it('"a basic award of £29,880" where £29,880 is the compensatory award and the basic award £6,120', () => {
    const v = check('The respondent was ordered to pay £38,650 in total, including a basic award of £29,880.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /£29,880 .*£6,120/);
    assert.equal(check('The respondent was ordered to pay £38,650 in total, including a basic award of £6,120.').kind, 'supported');
  });

  it('figures told of each other\'s month ("23 days in July, compared with 9 days in August")', () => {
    assert.equal(check('The Block A lift was out of service for 23 days in July, compared with 9 days in August.').kind, 'number-mismatch');
    assert.equal(check('The Block A lift was out of service for 23 days in August, compared with 9 days in July.').kind, 'supported');
  });

  it('a motion "proposed by" one and "seconded by" the other, the other way round', () => {
    const v = check('The motion for an independent audit was proposed by Mr Eze and seconded by Mrs Kowalczyk.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Mrs Kowalczyk where the statement says Mr Eze/);
    assert.equal(check('The motion for an independent audit was proposed by Mrs Kowalczyk and seconded by Mr Eze.').kind, 'supported');
  });

  it('"41% below the long-term average" where the source says "41% of" it', () => {
    const v = check('Rainfall across the region since the beginning of March has been 41% below the long-term average.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /41% below .*41% of/);
    assert.equal(check('Rainfall across the region since March has been 41% of the long-term average.').kind, 'supported');
  });
});

describe('a family tie in the place of another', () => {
  it('"a daughter" where the source says "a son", "his brother" where "his cousin"', () => {
    const corpus = Corpus.build([textSource('sources/profile.txt', 'Profile\n\nThe actor has a son, Kai, born in 2001, with his former wife Sharon Leal.\nHis cousin, Marcus Land, manages the family vineyard in Sonoma.\n')]);
    const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
    for (const statement of ['The actor has a daughter, Kai, born in 2001, with his former wife Sharon Leal.', 'His brother, Marcus Land, manages the family vineyard in Sonoma.']) {
      const v = check(statement);
      assert.equal(v.kind, 'contradicted', `${statement}: ${v.message}`);
    }
    for (const statement of ['The actor and his former wife Sharon Leal have a son, Kai, born in 2001.', 'Marcus Land, his cousin, runs the family vineyard in Sonoma.']) {
      const v = check(statement);
      assert.equal(v.kind, 'supported', `${statement}: ${v.message}`);
    }
  });
});

describe('told as planned where the source says there are no plans', () => {
  it('"was preparing rota cuts" against "there were no plans to introduce rota cuts or standpipes"', () => {
    const corpus = Corpus.build([textSource('sources/notice.txt', 'Drought notice\n\nThe company stressed that there were no plans to introduce rota cuts or standpipes, and that drinking water supplies were not at risk.\nThe company said it had no plans to reduce bills during the ban.\n')]);
    const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
    const v = check('The company stressed that it was preparing to introduce rota cuts or standpipes.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(check('The company said there were no plans for rota cuts or standpipes.').kind, 'supported');
    assert.equal(check('The company said it was not planning to reduce bills during the ban.').kind, 'supported');
  });
});

describe('a court\'s decision the other way', () => {
  it('"upheld the appeal" where the source says the court "dismissed the appeal", "granted" where "refused"', () => {
    const corpus = Corpus.build([textSource('sources/court.txt', 'Court of Appeal\n\nThe Court of Appeal dismissed the appeal brought by Harbour Freight against the ruling.\nThe judge refused permission to appeal to the Supreme Court.\n')]);
    const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
    assert.equal(check('The Court of Appeal upheld the appeal brought by Harbour Freight against the ruling.').kind, 'contradicted');
    assert.equal(check('The judge granted permission to appeal to the Supreme Court.').kind, 'contradicted');
    assert.equal(check('The Court of Appeal dismissed Harbour Freight\'s appeal against the ruling.').kind, 'supported');
  });
});

describe('"he said" after a sentence naming a man and a woman', () => {
  it('is the man\'s quotation, not the woman named last', () => {
    const corpus = Corpus.build([textSource('sources/union.txt', 'Union election result\n\nMs Kettering received 12,209 votes and Mr Furlong 10,877.\nMr Furlong conceded in a short statement and congratulated Ms Kettering. "The members have made their choice and I respect it," he said.\n')]);
    const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
    const v = check('Furlong conceded and congratulated Kettering, saying: "The members have made their choice and I respect it."');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Kettering said: "The members have made their choice and I respect it."').kind, 'misattributed');
  });
});

describe('"can no longer" where the source says "unlikely to"', () => {
  it('is not supported as certain, and the fix keeps the negation ("cannot" for "might not"; a "may not" may forbid)', () => {
    const corpus = Corpus.build([textSource('sources/chess.txt', 'Round seven report\n\nThe result leaves Lindqvist a full point behind the leader, and he is now unlikely to finish in first place.\nThe organisers might not publish the pairings before Friday.\n')]);
    const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
    const v = check('The result leaves Lindqvist a full point behind the leader, and he can no longer finish in first place.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /as certain: the source says "unlikely to finish"/);
    assert.equal(check('The result leaves Lindqvist a full point behind the leader, and he is now unlikely to finish in first place.').kind, 'supported');
    const results = checkParagraph(corpus, 'The organisers cannot publish the pairings before Friday.');
    assert.equal(results[0]!.verdict.kind, 'unsupported', results[0]!.verdict.message);
    // The fix writes the source's "might" with the statement's "not": "might not publish".
    const fixed = (results[0]!.finding?.fixes ?? []).map((f) => f.replacement);
    assert.deepEqual(fixed, ['might not'], fixed.join(' | '));
  });
});

describe('the author\'s view named from the byline', () => {
  it('"in Corrigan\'s view" of a review "Reviewed by Matthew Corrigan" takes no second sentence; another person\'s name does', () => {
    const corpus = Corpus.build([textSource('sources/review.txt', 'THE SUNDAY REVIEW OF BOOKS\n\nThe Salt Ledger by Ines Halloran\nReviewed by Matthew Corrigan\n\nThe quiet argument of the book is that official records can lie just as fluently as people do.\nThe middle third sags under the weight of its research.\nHalloran spent six years in the Cork city archives.\n')]);
    const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
    const v = check('The book\'s quiet argument, in Corrigan\'s view, is that official records can lie just as fluently as people do.');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('The book\'s quiet argument, in the view of the Cork city archives, is that official records can lie just as fluently as people do.');
    assert.notEqual(other.kind, 'supported', other.message);
  });
});
