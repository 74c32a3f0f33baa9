// Verdicts a writer drafting from the sample corpus sees, each once wrong: paraphrase and
// newsroom habits that must pass, and conflicts that must be caught at the right place.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { swappedAntonym } from '../../src/core/grounding/antonyms.js';
import { flippedNegation, hasNegation } from '../../src/core/grounding/support.js';
import { plainStatement } from '../../src/core/grounding/claim.js';
import { judgeStatement } from '../../src/core/grounding/verdict.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { normalizeWord } from '../../src/core/text/tokens.js';
import type { SourceDocument, Verdict } from '../../src/core/model.js';
import { seedDocuments } from '../helpers/seeds.js';
import { textSource } from '../helpers/documents.js';

// The seeds as the source reader gives them: the Global Times piece is dated December 12, 2025
// (a Friday), the other December 24, 2025.
const PUBLISHED: Record<string, string> = {
  'global-times-pax-silica-alliance': '2025-12-12',
  'pax-silica-initiative-minerals': '2025-12-24',
};

let corpus: Corpus | undefined;
function seeds(): Corpus {
  return (corpus ??= Corpus.build(seedDocuments().map((d) => ({ ...d, published: PUBLISHED[d.id] }))));
}

function judge(text: string, docs?: SourceDocument[]): Verdict {
  const c = docs ? Corpus.build(docs) : seeds();
  return judgeStatement(c, { text, quotes: [] }, { threshold: 0.5 });
}

function doc(text: string): SourceDocument[] {
  return [textSource('source.txt', text, { id: 'source' })];
}

describe('judgement on the sample corpus', () => {
  it('a capital standing for its government (Washington, Tokyo) is not a new name', () => {
    const v = judge('Washington signed a preliminary agreement with Tokyo on Thursday.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('the day a weekday of the article points at supports a dated statement', () => {
    // "on Thursday" in a piece published on Friday, December 12, 2025.
    const v = judge('On December 11, 2025, the US and Japan signed a preamble agreement.');
    assert.equal(v.kind, 'supported', v.message);
    const wrong = judge('On December 9, 2025, the US and Japan signed a preamble agreement.');
    assert.equal(wrong.kind, 'number-mismatch', wrong.message);
    // The rival is the day the weekday points at, not a date of the other article.
    assert.match(wrong.message, /Thursday \(December 11, 2025\)/);
    // The fix writes the date itself, not how the passage says it.
    assert.equal(wrong.number?.source, 'December 11, 2025');
  });

  it('an ordinal is a figure: "the 70th anniversary" where the source says the 75th', () => {
    const docs = doc('Crowds gathered in the square on Sunday to mark the 75th anniversary of the end of the war.');
    const v = judge('Crowds gathered in the square on Sunday to mark the 70th anniversary of the end of the war.', docs);
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /70th does not match the source, which says 75th/);
    assert.equal(judge('Crowds gathered in the square to mark the 75th anniversary of the end of the war.', docs).kind, 'supported');
  });

  it('a year of another event in the passage is not a figure the statement contradicts', () => {
    const docs = doc('The cartoon series first aired in 1969 on a national network, and Studio Nine has now cast Ann Lee to voice the lead in its animated film about the gang.');
    const v = judge('Studio Nine has cast Ann Lee to voice the lead in its 2020 animated film about the gang.', docs);
    assert.notEqual(v.kind, 'number-mismatch', v.message);
    const wrong = judge('The cartoon series first aired in 1972 on a national network.', docs);
    assert.equal(wrong.kind, 'number-mismatch', wrong.message);
  });

  it('one word found in another sentence joins no sentences: "earned" beside a heading\'s "earnings" is a paraphrase of "secured"', () => {
    const docs = doc('Rachel Moore wins the regional snooker open\n\nThe final ended 9-4 in Leeds on Sunday.\n\n#### Prize money and earnings\n\nThe victory secured her a two-year card on the professional tour. Moore said she would move to Sheffield to train.');
    const v = judge('This victory earned her a two-year card on the professional tour.', docs);
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"undermine" or "weaken" where the source says "enhance" or "strengthen" is a conflict', () => {
    const docs = doc('The new treaty seeks to strengthen the alliance by sharing intelligence between the two navies.');
    const v = judge('The new treaty seeks to undermine the alliance by sharing intelligence between the two navies.', docs);
    assert.equal(v.kind, 'contradicted', v.message);
    const enhance = judge('The policy seeks to weaken national security.', doc('The policy seeks to enhance national security by challenging the rival\'s dominance in the sector.'));
    assert.equal(enhance.kind, 'contradicted', enhance.message);
  });

  it("the article's publication date supports \"on <that date>\"", () => {
    const v = judge('The US formed a coalition at a summit on December 12, 2025 to counter China.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a statement joining two adjacent source sentences (a year in one, the fact in the next) is supported', () => {
    const v = judge('In 2025, the US Geological Survey added 10 new items to the list of critical minerals.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('what one named person told an outlet, credited to another person of the same article, is a conflict', () => {
    const swapped = judge('Gao told the Global Times that the so-called alliance reflected the US\' desire to leverage the advantages of its allies.');
    assert.equal(swapped.kind, 'contradicted', swapped.message);
    assert.match(swapped.message, /Zhou Mi/);
    const outlet = judge('Zhou Mi told politico.com that the declaration paves the way for joint research and development.');
    assert.equal(outlet.kind, 'contradicted', outlet.message);
    assert.match(outlet.message, /Jacob Helberg/);
    const right = judge('Zhou Mi told the Global Times that the so-called alliance reflected the US\' desire to leverage the advantages of its allies.');
    assert.equal(right.kind, 'supported', right.message);
  });

  it('faithful paraphrase of the sample passes', () => {
    for (const text of [
      'The move follows the signing of a preamble agreement on Thursday between the US and Japan.',
      'The US Geological Survey added 10 new items to its list of critical minerals.',
    ]) {
      const v = judge(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});

describe('conflicts at the right place', () => {
  const MATCH = 'United were winning 2-0 at half-time. In the other game, City drew with Rovers.';

  it('an opposite word is a conflict only where it stands in the aligned passage', () => {
    const v = judge('United were winning 2-0 at half-time against Rovers.', doc(MATCH));
    assert.notEqual(v.kind, 'contradicted', v.message);
    const flipped = judge('Sales fell sharply in the third quarter, the company said.', doc('Sales rose sharply in the third quarter, the company said.'));
    assert.equal(flipped.kind, 'contradicted', flipped.message);
  });

  it('a verb with its particle is another verb: "sent off" is no opposite of "received"; "closing up" is of "open"', () => {
    const match = doc('Rovers drew 1-1 after the visitors had been reduced to ten men. Their captain Tom Hale had received a straight red card eight minutes earlier.');
    const v = judge('The visitors were reduced to ten men after captain Tom Hale was sent off.', match);
    assert.notEqual(v.kind, 'contradicted', v.message);
    const airspace = doc('The aviation authority announced that the country will open its airspace to all carriers that meet its requirements.');
    const closing = judge('The country is closing up its airspace to all carriers that meet its requirements, the aviation authority announced.', airspace);
    assert.equal(closing.kind, 'contradicted', closing.message);
  });

  it('saying a thing both ways negates nothing: "who can and cannot donate", "whether or not"', () => {
    assert.equal(flippedNegation('The clinic lists people who can donate blood.', 'The clinic lists people who can and cannot donate blood.'), undefined);
    assert.equal(flippedNegation('The board will decide if the plan works.', 'The board will decide whether or not the plan works.'), undefined);
    assert.ok(flippedNegation('The report says officials signed the deal.', 'The report does not say whether officials did or did not sign the deal.'));
    assert.equal(flippedNegation('Officials signed the deal in May.', 'It is unclear if officials did or did not sign the deal in May.'), undefined);
    assert.ok(flippedNegation('The clinic says these people can donate blood.', 'The clinic says these people cannot donate blood.'));
  });

  it('negation by prefix: "unprofessional" against "professional"', () => {
    assert.equal(flippedNegation('The ministry called the inspection unprofessional.', 'The ministry called the inspection professional.'), 'unprofessional');
    // "in-" only where WordNet calls the words opposites: "inform" is not "form" negated.
    assert.equal(flippedNegation('The ministry will inform the public.', 'The ministry will form the public.'), undefined);
  });

  it('negation by words: never, no longer, fails to, stopped', () => {
    const source = 'The company is planning layoffs at its Ohio plant.';
    for (const text of ['The company is no longer planning layoffs at its Ohio plant.', 'The company never planned layoffs at its Ohio plant.']) {
      assert.ok(flippedNegation(text, source), text);
    }
    assert.ok(flippedNegation('The plant fails to meet its targets.', 'The plant meets its targets.'));
    assert.ok(flippedNegation('The company stopped hiring engineers.', 'The company is hiring engineers.'));
  });

  it('a negation by word the source does not make is never supported, even on a loosely aligned passage', () => {
    // With a second sentence in the source, the passage covered too few of the statement's words
    // to be read as a contradiction, and the support model passed "never planned" as supported.
    const source = doc('Plant news\n\nThe company is planning layoffs at its Ohio plant.\n\nThe company is hiring engineers at its Ohio plant.\n');
    assert.equal(judge('The company is planning layoffs at its Ohio plant.', source).kind, 'supported');
    for (const text of ['The company never planned layoffs at its Ohio plant.', 'The company is no longer planning layoffs at its Ohio plant.', 'The company stopped hiring engineers at its Ohio plant.']) {
      const verdict = judge(text, source);
      assert.notEqual(verdict.kind, 'supported', `${text}: ${verdict.message}`);
      assert.ok(verdict.score < 0.5, `${text}: ${verdict.score}`);
    }
  });

  it('negation meets the word in another form: "never sought" against "is seeking", "did not see" against "saw"', () => {
    assert.ok(flippedNegation('The US has never sought to enlist other countries.', 'It is also seeking to enlist other countries, the report said.'));
    assert.ok(flippedNegation('Officials did not see the letter.', 'Officials saw the letter on Monday.'));
  });

  it('one clause negated two ways is no flip: "found no evidence" and "have not found any evidence"', () => {
    assert.equal(flippedNegation('The authorities have found no evidence of poison.', 'The authorities have not found any evidence of poison.'), undefined);
    assert.equal(flippedNegation('It did not explain what caused the outage.', 'It did not explain exactly what caused the outage.'), undefined);
  });

  it('a word denied about one thing is not flipped by the same word about another: "never about the games" against "at the Star Games festival"', () => {
    const passage = 'Lee, with his family at the Star Games festival, said he only writes about his town, never about politics.';
    assert.equal(flippedNegation('Lee said he only writes about his town, never about the games.', passage), undefined);
    assert.ok(flippedNegation('Lee said he never writes about his town.', passage));
  });
});

describe('a later sentence about someone named before it', () => {
  const BRIEFING = [
    'Foreign Ministry Spokesperson Lin Jian held a regular press conference in Beijing on Monday, where reporters asked about the new export rules.',
    'He said the country would respond firmly to any tariffs imposed on its electric vehicles and would protect the rights of its companies.',
    'The spokesperson added that talks with the European Commission would continue next month.',
    'Maria Lopez, a trade economist at the University of Madrid, was more cautious. She warned that a long dispute could hurt exporters on both sides.',
  ].join('\n\n');

  it('"He said" and "the spokesperson added" are credited to the person named before them', () => {
    for (const text of [
      'Lin Jian said the country would respond firmly to any tariffs imposed on its electric vehicles.',
      'Lin Jian said that talks with the European Commission would continue next month.',
      'Maria Lopez warned that a long dispute could hurt exporters on both sides.',
    ]) {
      const v = judge(text, doc(BRIEFING));
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });

  it('a pronoun is not read as anyone the article named earlier: "She warned" is Maria Lopez, not Lin Jian', () => {
    const v = judge('Lin Jian warned that a long dispute could hurt exporters on both sides.', doc(BRIEFING));
    assert.notEqual(v.kind, 'supported', v.message);
  });
});

describe('faithful paraphrases of the sample corpus that were flagged', () => {
  it('"fail to comply" says what "failure to comply" says', () => {
    const v = judge('Suppliers that fail to comply could face tariffs and trade barriers.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(judge('Suppliers that comply could face tariffs and trade barriers.').kind, 'contradicted');
  });

  it('"analysts doubt it is feasible" says what "it may not be feasible" says; "no doubt" does not', () => {
    const v = judge("Analysts doubt that Saudi Arabia's investment target of nearly US$1 trillion in the US is feasible.");
    assert.equal(v.kind, 'supported', v.message);
    const sure = judge("There is no doubt that Saudi Arabia's investment target of nearly US$1 trillion in the US is feasible.");
    assert.equal(sure.kind, 'contradicted', sure.message);
  });

  it('a capital standing for its country is not a swapped name ("Washington" where the source says "America")', () => {
    const v = judge("Zhou Mi said the alliance reflects Washington's wish to use its allies to bolster its own development.");
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a capital where something happens is a place, not its country: "set sail from Tokyo" where the source says Shizuoka', () => {
    const v = judge('The Chikyu set sail from Tokyo on January 12.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Shizuoka where the statement says Tokyo/);
  });

  it('who a statement credits ("according to the US") is not a name swapped into the content', () => {
    const v = judge('The Pax Silica partnership seeks to reduce coercive dependencies, according to the US.');
    assert.notEqual(v.kind, 'contradicted', v.message);
    // A place in the content still is: the partnership includes South Korea, not Canada.
    assert.equal(judge('The partnership also includes Canada, according to the Yonhap News Agency.').kind, 'contradicted');
  });

  it('"&" and "and" in a name are one body: "Food & Drug Administration" is no swap for "Food and Drug Administration"', () => {
    const docs = doc(
      'The draft guidance was released on Wednesday by the U.S. Food and Drug Administration. It covers the naming and labeling of plant-based milk alternatives.\n\n' +
        'The Department of Agriculture did not comment on the guidance.',
    );
    const v = judge('The draft guidance was released on Wednesday by the U.S. Food & Drug Administration.', docs);
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(judge('The draft guidance was released on Wednesday by the Department of Agriculture.', docs).kind, 'contradicted');
  });

  it('a title of another post is a swap, a shortened one is not: "Prime Minister" or "Under Secretary" where the source says "Finance Minister", "Deputy Secretary"', () => {
    for (const [text, source] of [
      ['Prime Minister Satsuki Katayama condemned the moves.', 'Finance Minister'],
      ['Under Secretary of State Christopher Landau said the goal is not to close the US off from the rest of the world.', 'Deputy Secretary of State'],
      ['Secretary of State Christopher Landau said the goal is not to close the US off from the rest of the world.', 'Deputy Secretary of State'],
      ['Deputy Secretary of State Jacob Helberg told politico.com that the declaration paves the way for joint research.', 'US Under Secretary of State for Economic Affairs'],
    ]) {
      const v = judge(text!);
      assert.equal(v.kind, 'contradicted', `${text}: ${v.message}`);
      assert.match(v.message, new RegExp(`The source says ${source}`));
    }
    // A title said with "is": "Jacob Helberg is the US Deputy Secretary of State".
    assert.match(judge('Jacob Helberg is the US Deputy Secretary of State.').message, /The source says US Under Secretary of State for Economic Affairs/);
    assert.equal(judge('Christopher Landau is the Deputy Secretary of State.').kind, 'supported');
    for (const text of [
      'Minister Satsuki Katayama condemned the moves.',
      "Japan's Finance Minister Satsuki Katayama condemned the moves.",
      'US Under Secretary of State Jacob Helberg told politico.com that the declaration paves the way for joint research.',
      'Foreign Ministry spokesman Guo Jiakun said China had noted the reports.',
    ]) assert.equal(judge(text).kind, 'supported', text);
  });

  it('a name taken from another paragraph into the place of the passage\'s name is a swap, however the document settles its kind', () => {
    // The statement rewrites the first sentence with the telescope of the third paragraph. The
    // document reads "NASA's Hubble Space Telescope" in a quote as a person, the statement as an
    // organisation; the best alignment joins both sentences, so the name is "in the passages".
    const docs = doc(
      'Astronomers have used the James Webb Space Telescope to peer inside the heart of spiral galaxies, where young stars carve out glowing paths.\n\n' +
        'The images were released on Monday by the space agency.\n\n' +
        '"The team has spent years observing these galaxies at optical and radio wavelengths using NASA\'s Hubble Space Telescope and the Very Large Telescope," said Adam Leroy, a professor of astronomy at Ohio State University.',
    );
    const v = judge('Astronomers have used the Hubble Space Telescope to peer inside the heart of spiral galaxies.', docs);
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /James Webb Space Telescope where the statement says Hubble Space Telescope/);
    assert.equal(judge('Astronomers have used the James Webb Space Telescope to peer inside the heart of spiral galaxies.', docs).kind, 'supported');
  });
});

describe('one of a set where the source has another, in the same place', () => {
  it('"declined to" negates what follows; "a decline in" negates nothing', () => {
    assert.equal(flippedNegation('Gao agreed to be named in the report.', 'The move is unlikely to succeed, according to Gao, who declined to be named.'), normalizeWord('named'));
    assert.equal(hasNegation('The company reported a decline in vaccine sales.'), false);
    assert.equal(hasNegation('The ministry declined to comment.'), true);
  });

  it('a verb of saying is the passage\'s when the passage reports someone saying something: "analysts believe" for "analysts noted"', () => {
    const v = judge('Chinese analysts believe the alliance is unlikely to achieve its goal.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"refusing to" negates what follows, as "refused to" does', () => {
    assert.equal(flippedNegation('The US is refusing to enlist other countries.', 'It is also seeking to enlist other countries to join the group.'), normalizeWord('enlist'));
  });

  it('a month: "signed in October" where the source says November; "may" and "march" as words are no months', () => {
    const v = judge('New deals signed in October cover infrastructure, technology and industry.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /"November" where the statement says "October"/);
    const norms = (text: string): string[] => text.split(' ').map(normalizeWord);
    assert.equal(swappedAntonym(norms('deals may cover infrastructure'), norms('deals signed in November cover infrastructure')), undefined);
    assert.deepEqual(swappedAntonym(norms('deals signed in June cover infrastructure'), norms('deals signed in November cover infrastructure')), [normalizeWord('June'), normalizeWord('November'), true]);
  });

  it('an opposite that stands more alike than the statement\'s own word elsewhere in a joined passage: "remain secure" against "remain precarious"', () => {
    const v = judge('Zhou said the effectiveness and stability of the alliance remain secure.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /"precarious" where the statement says the opposite, "secure"/);
    const norms = (text: string): string[] => text.split(' ').map(normalizeWord);
    // The statement's own word in the same place as the opposite's, or more alike, vetoes it.
    assert.equal(swappedAntonym(norms('sales rose in 2024 at the firm'), norms('sales fell in 2023 at the firm while sales rose in 2024 at the firm')), undefined);
  });

  it('an ordinal before the same word: "first Trump administration" where the source says "second"', () => {
    const v = judge('The Pax Silica initiative was launched by the first Trump administration.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /"second" where the statement says "first"/);
    assert.equal(judge('The Pax Silica initiative was launched by the second Trump administration.').kind, 'supported');
  });

  it('a weekday: signed on Saturday where the source says Friday', () => {
    const v = judge('The declaration was signed on Saturday.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(judge('The declaration was signed on Friday, December 12.').kind, 'supported');
  });

  it('"certain" against "uncertain whether", though the sentence also says "certain countries" elsewhere', () => {
    const v = judge('Zhou Mi said it is certain that the initiative will translate into corporate participation.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(judge('According to Zhou Mi, it remains uncertain whether the initiative will translate into corporate participation.').kind, 'supported');
  });
});

describe('how many things a list names', () => {
  it('"five countries" is supported by a list of five', () => {
    const v = judge('The declaration brings five countries into the collaboration: Singapore, Australia, Japan, South Korea and Israel.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('a count no list of the passage has is not supported by the list', () => {
    const docs = doc('The pact brings Chile, Peru and Bolivia into the group, officials said on Tuesday.');
    assert.equal(judge('The pact brings three countries into the group.', docs).kind, 'supported');
    assert.notEqual(judge('The pact brings four countries into the group.', docs).kind, 'supported');
  });
});

describe('a person given another title than the source gives them', () => {
  it('"Foreign Minister Guo Jiakun" where the source has "Foreign Ministry Spokesperson Guo Jiakun"', () => {
    const v = judge('Foreign Minister Guo Jiakun said China had noted the reports.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Foreign Ministry Spokesperson where the statement says Foreign Minister/);
  });

  it('a title in lower case before the name: "Japan\'s prime minister, Satsuki Katayama" where the source has Finance Minister', () => {
    const v = judge("Japan's prime minister, Satsuki Katayama, criticised China's restrictions.");
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Finance Minister where the statement says prime minister/);
    assert.equal(judge("Japan's finance minister, Satsuki Katayama, criticised China's restrictions.").kind, 'supported');
    // An article is no part of the title.
    assert.equal(judge("The minister, Satsuki Katayama, criticised China's restrictions.").kind, 'supported');
  });

  it("a title WordNet relates to the source's is the same title (\"spokesman\" for \"spokesperson\")", () => {
    const v = judge('Foreign Ministry spokesman Guo Jiakun said China had noted the reports.');
    assert.equal(v.kind, 'supported', v.message);
  });
});

describe('a bare surname in the place of another person', () => {
  it('"Takaichi condemned the moves" where Finance Minister Satsuki Katayama did is contradicted', () => {
    const v = judge("Takaichi condemned the moves and said Japan will outline its stance at next week's G7 finance ministers' meeting.");
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Satsuki Katayama where the statement says Takaichi/);
    assert.equal(judge("Katayama condemned the moves and said Japan will outline its stance at next week's G7 finance ministers' meeting.").kind, 'supported');
  });

  it('the sentence that names the rival is the evidence shown first', () => {
    const v = judge("The ban was retaliation for Prime Minister Katayama's Taiwan remarks.");
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Sanae Takaichi where the statement says Katayama/);
    assert.match(v.evidence[0]!.text, /Prime Minister Sanae Takaichi's Taiwan remarks/);
  });

  it('a first name where the passage goes on with "he" is the same person, not a swap', () => {
    const docs = doc('Ravi Singh founded the charity in 1999.\n\nThrough Khalsa Aid, he has been reaching out to corners of the earth helping those in need.');
    const v = judge('Ravi has been reaching out to corners of the earth helping those in need through Khalsa Aid.', docs);
    assert.notEqual(v.kind, 'contradicted', v.message);
  });
});

describe('names, quotes and years that are no conflict', () => {
  it('a birth name ("was born Elizabeth Stevenson") is no other person', () => {
    const docs = doc('Elizabeth Gaskell was born on 29 September 1810 in Lindsey Row, Chelsea, at the house which is now 93 Cheyne Walk.');
    const v = judge('Gaskell was born Elizabeth Stevenson on 29 September 1810 in Lindsey Row, Chelsea.', docs);
    assert.notEqual(v.kind, 'contradicted', v.message);
  });

  it('a quoted letter ("E") is read as the statement\'s words, not looked up as a quotation', () => {
    const docs = doc("The village sign shows an elephant and a barrel, a play on words: the 'E' for elephant and 'tun', another word for a barrel.");
    const quoting = (text: string): Verdict => judgeStatement(Corpus.build(docs), plainStatement(text), { threshold: 0.5 });
    const v = quoting('The village sign is a play on words, the elephant standing for "E" and the barrel for "tun".');
    assert.notEqual(v.kind, 'misquote', v.message);
    // A quotation with a word the index holds is still looked up.
    assert.equal(quoting('The sign is, in its words, "a play on letters".').kind, 'misquote');
  });

  it('a year that names one thing of the passage ("a 2012 assessment") dates only that thing', () => {
    const docs = doc([
      'Paine Field reopened in June after repairs to the runway.',
      'Alaska Airlines plans 13 daily departures from the terminal.',
      'The FAA is requiring a new review because the flights now proposed will bring more passengers than approved in a 2012 environmental impact assessment.',
      'Neighbours have complained about noise for years, and the county has sued twice.',
    ].join('\n\n'));
    const v = judge('In June 2018, the FAA said environmental impact flights will bring more passengers than approved.', docs);
    assert.notEqual(v.kind, 'number-mismatch', v.message);
    const wrong = judge('The flights now proposed will bring more passengers than approved in the 2013 environmental impact assessment.', docs);
    assert.equal(wrong.kind, 'number-mismatch', wrong.message);
    assert.match(wrong.message, /2013 does not match the source, which says 2012/);
  });
});

describe('a quotation names its speaker', () => {
  it('a title from one sentence and a quoted sentence of the same person are one actor, not two sentences joined', () => {
    // '"Companies are likely to proceed cautiously. ...," Zhou said.': the name is in the quote's next sentence.
    const v = judge('Zhou Mi of the Chinese Academy of International Trade and Economic Cooperation believes companies are likely to proceed cautiously.');
    assert.equal(v.kind, 'supported', v.message);
  });
});

describe('a title in quotation marks is no quotation', () => {
  const corpus = Corpus.build(doc('The museum is preparing "Salt and Iron," an exhibition on the city\'s shipbuilding past, which runs from 25 October 2025 to 8 March 2026.'));
  // As a draft gives it: with its quotation.
  const judgeQuoted = (text: string): Verdict => judgeStatement(corpus, parseDraft(`${text}\n`, 'draft.md').statements[0]!, { threshold: 0.5 });

  it('the rest of the sentence is still checked: another month is flagged', () => {
    const v = judgeQuoted('"Salt and Iron" opens on 25 September 2025.');
    assert.notEqual(v.kind, 'supported', v.message);
  });

  it('it lends the sentence no support: words the source never says are unsupported', () => {
    const v = judgeQuoted('Critics panned "Salt and Iron" as dull and the mayor demanded refunds.');
    assert.equal(v.kind, 'unsupported', v.message);
  });
});

describe('a verb that keeps something from happening negates it', () => {
  const docs = (): SourceDocument[] => doc('Things may not work out as planned due to conflicts of interests among alliance members, analysts said.');

  it('"may keep things from working out" says what "may not work out" says', () => {
    const v = judge('Conflicts of interests among alliance members may keep things from working out as planned, analysts said.', docs());
    assert.equal(v.kind, 'supported', v.message);
  });

  it('the same words without the negation are still contradicted', () => {
    const v = judge('Things will work out as planned despite conflicts of interests among alliance members, analysts said.', docs());
    assert.equal(v.kind, 'contradicted', v.message);
  });
});

describe('summary lines with one thing changed', () => {
  it('a capital someone leaves is a place, not its government: "left Tokyo" where the vessel set sail from Shizuoka', () => {
    const v = judge('Japan\'s research vessel Chikyu left Tokyo on January 12 to extract seabed mud near Minamitori Island.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Shizuoka where the statement says Tokyo/);
  });

  it('"cancelled an emergency meeting" where the ministry held one; "abandon" where the source says "adhere to"', () => {
    const v = judge('The Ministry of Trade, Industry and Resources cancelled an emergency meeting on January 8 to evaluate impacts.');
    assert.equal(v.kind, 'contradicted', v.message);
    const w = judge('All parties should abandon the principles of a market economy and fair competition, Guo said.');
    assert.equal(w.kind, 'contradicted', w.message);
  });
});

describe('"will" is no opposite of "unwilling"', () => {
  const docs = (): SourceDocument[] => doc('Without a stable environment, enterprises are unwilling to participate if doing so jeopardizes their profits, Zhou said.');

  it('"will not take part" says what "are unwilling to participate" says ("willing" and the modal "will" share a stem)', () => {
    const v = judge('Without a stable environment, companies will not take part if doing so puts their profits at risk, Zhou said.');
    assert.notEqual(v.kind, 'contradicted', v.message);
  });

  it('"willing" against "unwilling" is still a flipped negation', () => {
    const v = judge('Without a stable environment, enterprises are willing to participate if doing so jeopardizes their profits, Zhou said.', docs());
    assert.equal(v.kind, 'contradicted', v.message);
  });
});

describe('a change of plan is no contradiction', () => {
  it('"will not stand" against "had previously said he intended to stand"', () => {
    const v = judge('Mackintosh will not stand for re-election, after being criticised over the loan.', doc('Mr Mackintosh was criticised over the loan to the club. Mr Mackintosh had previously said he intended to stand for re-election.'));
    assert.ok(!['contradicted'].includes(v.kind) && !/negates/.test(v.message), v.message);
    const now = judge('Mackintosh will not stand for re-election, after being criticised over the loan.', doc('Mr Mackintosh was criticised over the loan to the club. Mr Mackintosh said he intended to stand for re-election.'));
    assert.notEqual(now.kind, 'supported', now.message);
  });
});

describe('what a figure counts', () => {
  const docs = (): SourceDocument[] => doc('One in five Chinese restaurants are believed to be serving shark fin soup, exploiting a legal loophole allowing people to bring the meat to this country if it is for personal consumption, a charity claims.\n\nThe show broke a record previously held by "NYPD Blue," which earned 27 nods in 1994.');

  it('"20 kg of shark fin" is no rival for "five Chinese restaurants"', () => {
    const v = judge('The loophole allows people to bring 20 kg of shark fin into the country if it is for personal consumption.', docs());
    assert.notEqual(v.kind, 'number-mismatch', v.message);
  });

  it('a count of the same thing, or of a word that means it ("nominations" for "nods"), still conflicts', () => {
    // "One in five" is a share: "one in ten" is another.
    const v = judge('One in ten Chinese restaurants are believed to be serving shark fin soup, a charity claims.', docs());
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.equal(v.message, 'One in ten does not match the source, which says One in five');
    const w = judge('The record was previously held by "NYPD Blue," which earned 26 nominations in 1994.', docs());
    assert.equal(w.kind, 'number-mismatch', w.message);
  });

  it('residents are no structures: the count of one is no agreement for the other\'s', () => {
    const update = doc('Evacuation orders remain in effect for the communities of Pine Flats and Lower Ashgrove. An estimated 3,400 residents are under evacuation orders.\n\nDamage assessment teams have confirmed that 12 homes have been destroyed. Approximately 2,900 structures remain threatened.');
    const v = judge('An estimated 2,900 residents of Pine Flats and Lower Ashgrove remain under evacuation orders.', update);
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.match(v.message, /3,400/);
    assert.equal(judge('An estimated 3,400 residents of Pine Flats and Lower Ashgrove remain under evacuation orders.', update).kind, 'supported');
  });
});

describe('a figure the source gives of another thing', () => {
  // Each sentence has the other's figure: the statement's figure is in the source, but not
  // where the statement puts it.
  const docs = (): SourceDocument[] => doc('At least three people have been injured and have been taken to hospital by helicopter, Spanish media say. Two others were arrested and accused of planning to transport the drugs.');

  it('"three others were arrested" where the source says two, and has three of the injured', () => {
    const v = judge('Three others were arrested and accused of planning to transport the drugs.', docs());
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.equal(v.number?.source, 'Two');
    const w = judge('Two people have been injured, Spanish media say.', docs());
    assert.equal(w.kind, 'number-mismatch', w.message);
  });

  it('each figure in its own place is supported', () => {
    assert.equal(judge('Two others were arrested and accused of planning to transport the drugs.', docs()).kind, 'supported');
    assert.equal(judge('Three people have been injured, Spanish media say.', docs()).kind, 'supported');
    assert.equal(judge('Three people were injured and two others were arrested.', docs()).kind, 'supported');
  });
});

describe('a count given by its order of size', () => {
  const docs = (): SourceDocument[] => doc('At least three people have been injured and have been taken to hospital by helicopter, Spanish media say.\n\nHundreds of girls have fallen sick in schools in recent months; 30 girls were taken to hospital on Monday.\n\nThe fire destroyed 350 homes in the valley.');

  it('"dozens of people" injured where the source says at least three', () => {
    const v = judge('Dozens of people have been injured, Spanish media say.', docs());
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.equal(v.number?.source, 'three');
  });

  it('"hundreds of homes" for 350, and the source\'s own "hundreds of girls", agree', () => {
    assert.notEqual(judge('The fire destroyed hundreds of homes in the valley.', docs()).kind, 'number-mismatch');
    assert.notEqual(judge('Hundreds of girls have fallen sick in schools in recent months.', docs()).kind, 'number-mismatch');
    assert.equal(judge('The fire destroyed thousands of homes in the valley.', docs()).kind, 'number-mismatch');
  });
});

describe('what an unsupported statement\'s message says is missing', () => {
  it('a word of another passage is not said to be missing from the sources', () => {
    const docs = [
      textSource('statement.txt', 'In a statement, the commission said the decision was made to "protect data and increase cybersecurity".', { id: 'statement' }),
      textSource('order.txt', 'The commission ordered its 32,000 employees to remove the app from their company phones.', { id: 'order' }),
    ];
    const v = judge('The commission ordered its 32,000 employees to remove the app from their smartphones over unnamed cybersecurity concerns.', docs);
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /not in the sources: "smartphones", "unnamed", "concerns"; only elsewhere in the sources: "cybersecurity"/);
  });

  it('a statement whose every word the sources have, in sentences that do not say it together, is told so', () => {
    const docs = [textSource('club.txt', 'The club signed a striker from Lyon in June. Its rival sold a goalkeeper to Porto in July.', { id: 'club' })];
    const v = judge('The club sold a goalkeeper to Lyon in June.', docs);
    assert.notEqual(v.kind, 'supported', v.message);
    assert.match(v.message, /its words are in the sources, but no passage says them together/);
  });
});

describe('a name and its initials', () => {
  const docs = (): SourceDocument[] => doc('This time, it is the European Commission, the executive of the European Union. The BBC reports that the EC has ordered its 32,000 employees to remove TikTok from their company phones.\n\nThe Federal Aviation Administration ordered a review of noise at Paine Field.');

  it('"the European Commission" where the source writes "the EC", and "FAA" for the Federal Aviation Administration, are supported', () => {
    const v = judge('The European Commission has ordered its 32,000 employees to remove TikTok from their company phones.', docs());
    assert.equal(v.kind, 'supported', v.message);
    const w = judge('The FAA ordered a review of noise at Paine Field.', docs());
    assert.equal(w.kind, 'supported', w.message);
  });

  it('what one sentence says a name is stands for the name in the next ("the executive of the European Union")', () => {
    const v = judge('The executive of the European Union has ordered its 32,000 employees to remove TikTok from their company phones.', docs());
    assert.equal(v.kind, 'supported', v.message);
    // Not where the next sentence is about another body.
    const other = doc('This time, it is the European Commission, the executive of the European Union. The BBC reports that the European Parliament has ordered its 8,000 staff to remove TikTok from their company phones.');
    const w = judge('The executive of the European Union has ordered its 8,000 staff to remove TikTok from their company phones.', other);
    assert.notEqual(w.kind, 'supported', w.message);
  });

  it('initials of a name that has initials in it: "USGS" for the US Geological Survey', () => {
    const v = judge('The USGS added 10 new items to the list.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(judge('The USGA added 10 new items to the list.').kind, 'contradicted');
  });

  it('what the sentence before says its subject is stands for the "he" that opens the next', () => {
    const docs = doc('Migaloo is known for his distinctive colouring and for many years was the only documented all-white humpback whale in the world. He has been sighted off the coast of New South Wales state, including the resort town of Byron Bay.');
    const v = judge('A humpback whale has been sighted off the coast of New South Wales.', docs);
    assert.equal(v.kind, 'supported', v.message);
  });

  it('initials of words the source writes in lower case, or in the plural: "DUI", "GPs"', () => {
    const docs = doc('The driver, Andrea Molina, 27, was arrested on a charge of driving under the influence after failing field sobriety tests.\n\nGeneral practitioners will be able to continue prescriptions once treatment has been started by a specialist.');
    for (const text of ['Andrea Molina, 27, was arrested on a DUI charge after failing field sobriety tests.', 'GPs will be able to continue prescriptions once treatment has been started by a specialist.']) {
      const v = judge(text, docs);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
    // Two lower-case words with the right first letters are no spelling out.
    const chance = doc('Andrea Molina, 27, was arrested after failing field sobriety tests, and gave police a false name.');
    assert.notEqual(judge('Andrea Molina, 27, was arrested by the GP after failing field sobriety tests.', chance).kind, 'supported');
  });

  it('other initials, or another body, are still caught', () => {
    assert.equal(judge('The FCC ordered a review of noise at Paine Field.', docs()).kind, 'contradicted');
    assert.equal(judge('The European Parliament has ordered its 32,000 employees to remove TikTok from their company phones.', docs()).kind, 'contradicted');
  });
});

describe('a time that opens its sentence', () => {
  it('"In 2024, the US Geological Survey expanded its list" where "In 2025, ..." opens the sentence before', () => {
    const v = judge('In 2024, the US Geological Survey expanded its critical minerals list by 10 items.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.equal(v.number?.source, '2025');
    assert.equal(judge('In 2025, the US Geological Survey expanded its critical minerals list by 10 items.').kind, 'supported');
  });
});

describe('a figure with its unit written after it', () => {
  it('"90 days" where the source gives "a 180-day ultimatum", and a fix in the statement\'s shape', () => {
    const v = judge('The US gave global suppliers of critical minerals 90 days to secure binding agreements.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.equal(v.number?.source, '180');
    assert.equal(judge('The US gave global suppliers of critical minerals 180 days to secure binding agreements.').kind, 'supported');
    const docs = doc('The council gave the company 30 days of notice to respond to the complaint.');
    const w = judge('The council gave the company a 60-day notice to respond to the complaint.', docs);
    assert.equal(w.kind, 'number-mismatch', w.message);
    assert.equal(w.number?.source, '30-day');
  });
});

describe('the evidence a contradiction quotes', () => {
  it('quotes the sentence of a joined alignment that says the opposite, from a little before the word', () => {
    const v = judge('Analysts said things may work out as planned despite conflicts of interests.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /"\.\.\.[^"]*things may not work out as planned/);
  });
});

describe('certainty the source does not give', () => {
  it('"will not be feasible" where the source says "may not be feasible" is not supported as certain', () => {
    const v = judge("Analysts say Saudi Arabia's US$1 trillion investment target in the US will not be feasible.");
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /as certain: the source says "may not be feasible"/);
    const statement = "Analysts say Saudi Arabia's US$1 trillion investment target in the US will not be feasible.";
    assert.equal(statement.slice(v.focus!.start, v.focus!.end), 'will');
    assert.equal(judge('Failure to comply will lead to tariffs and trade barriers.').kind, 'unsupported');
    // "likely to", "unlikely to".
    const gao = judge("Gao said the move will not succeed due to China's deep level of integration.");
    assert.match(gao.message, /as certain: the source says "unlikely to succeed"/);
    // What members are "expected to" do, newsrooms write as what they will do.
    assert.equal(judge('Member countries will pursue joint projects, including ventures and co-investments.').kind, 'supported');
  });

  it('the hedge kept, or a source that says "will" too, is supported', () => {
    assert.equal(judge("Analysts say Saudi Arabia's US$1 trillion investment target in the US may not be feasible.").kind, 'supported');
    assert.equal(judge('Failure to comply could lead to tariffs and trade barriers.').kind, 'supported');
    assert.equal(judge('Companies will likely proceed cautiously, Zhou said.').kind, 'supported');
    const docs = doc('The plant may close next year, the company said. Its owner said the plant will close next year whatever the talks bring.');
    assert.equal(judge('The plant will close next year, its owner said.', docs).kind, 'supported');
  });
});

describe('certainty the source does not give, said with another verb', () => {
  const docs = (): SourceDocument[] => doc('Meteorologist Karl Steiner said another 30 millimetres of rain is forecast for Thursday. "If Thursday\'s rain arrives as forecast, some streets may stay under water into the weekend," Steiner said. The city will reopen Mill Lane on Monday.');

  it('"will keep some streets under water" where the source says they "may stay under water" is not supported as certain', () => {
    const v = judge('Steiner said Thursday\'s rain will keep some streets under water into the weekend.', docs());
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /as certain: the source says "may stay"/);
    // The quick fix writes the source's hedge in the statement's "will", and the fixed statement is supported.
    assert.equal(v.hedge?.fix, 'may');
    const fixed = judge('Steiner said Thursday\'s rain may keep some streets under water into the weekend.', docs());
    assert.equal(fixed.kind, 'supported', fixed.message);
  });

  it('the hedge kept, or "will" of something the source says will happen, is supported', () => {
    assert.equal(judge('Steiner said Thursday\'s rain could keep some streets under water into the weekend.', docs()).kind, 'supported');
    const v = judge('The city will reopen Mill Lane on Monday.', docs());
    assert.equal(v.kind, 'supported', v.message);
  });
});

describe('two names the other way round', () => {
  const docs = (): SourceDocument[] => doc('The race tightened after a series of debates in which Elena Ruiz pressed Gordon Pell on rising rents. Ruiz met Pell twice in October. They pulled one back in the 52nd minute when Ryan Mbeki\'s low cross was turned in at the near post by striker Elias Novak. In 1960 Ada Quarrie married Daniel Roth, a physicist at McGill.');

  it('"Pell pressed Ruiz" where Ruiz pressed Pell, and a cross and its scorer exchanged, are contradicted, quoting the source', () => {
    const v = judge('During the debates, Pell pressed Ruiz on rising rents.', docs());
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /other way round: "Elena Ruiz pressed Gordon Pell"/);
    const w = judge('Elias Novak\'s low cross was turned in at the near post by Ryan Mbeki in the 52nd minute.', docs());
    assert.equal(w.kind, 'contradicted', w.message);
  });

  it('the same order, another voice, a meeting of the two, or what a name is, are no reversal', () => {
    for (const text of [
      'During the debates, Ruiz pressed Pell on rising rents.',
      'Elias Novak turned in Ryan Mbeki\'s low cross at the near post in the 52nd minute.',
      'Pell met Ruiz twice in October.',
      'In 1960 Quarrie married McGill physicist Daniel Roth.',
    ]) {
      const v = judge(text, docs());
      assert.notEqual(v.kind, 'contradicted', `${text}: ${v.message}`);
    }
  });
});

describe('a statement that tells two source sentences clause by clause', () => {
  it('an opening "once" clause from one sentence and the main clause from the next', () => {
    const docs = doc('14:52 - The card processor confirms their systems are healthy.\n\n15:31 - An engineer notices the connection limit in the proxy configuration and identifies the 13:58 change as the likely cause.');
    const v = judge('Once the card processor confirmed its systems were healthy, an engineer spotted the connection limit at 15:31 and identified the 13:58 change as the likely cause.', docs);
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"some of whom" for the next sentence\'s "Some of those families"', () => {
    const docs = doc('The exhibition has about 140 objects, and around a third of them were lent to us by local families. Some of those families had never been inside the museum before.');
    const v = judge('Around a third of its roughly 140 objects were lent by local families, some of whom had never been inside the museum before.', docs);
    assert.equal(v.kind, 'supported', v.message);
  });

  it('clauses joined by a semicolon, the second told as what a report says', () => {
    const docs = doc('Residents in 31 villages said springs that had flowed year-round within living memory now dried up for part of the year. Our survey cannot establish the cause, but the pattern is consistent with the lower dry-season rainfall recorded over the past decade.');
    const v = judge('People in 31 villages said springs that once flowed all year now dry up for part of it; the report says it cannot establish the cause, though the pattern fits the lower dry-season rainfall recorded over the past decade.', docs);
    assert.equal(v.kind, 'supported', v.message);
  });
});

describe('what "without" denies', () => {
  const docs = (): SourceDocument[] => doc('The budget is balanced without a property tax rate increase; the rate remains at 1.12 percent of assessed value for the third year in a row.');

  it('is the noun\'s head: the tax rate staying put is supported, an increase is contradicted', () => {
    const v = judge('The property tax rate stays at 1.12% of assessed value for the third year in a row.', docs());
    assert.equal(v.kind, 'supported', v.message);
    const w = judge('The budget is balanced with a property tax rate increase.', docs());
    assert.notEqual(w.kind, 'supported', w.message);
  });
});

describe('a rank the source does not give', () => {
  it('"the second largest producer" where the source says "the largest producer"', () => {
    const v = judge('Zhou said China is the second largest producer, processor and exporter of certain mineral resources.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /The source says "largest" where the statement says "second largest"/);
    assert.equal(judge('Zhou said China is the largest producer, processor and exporter of certain mineral resources.').kind, 'supported');
    const docs = doc('Japan is the third-largest economy in the world, the report said.');
    assert.equal(judge('Japan is the largest economy in the world, the report said.', docs).kind, 'contradicted');
  });

  it('"the largest" where the source says "one of the largest", but not the other way round', () => {
    const docs = doc('Japan is one of the largest producers of cars in the world, the report said. Germany is the largest exporter of machines.');
    assert.equal(judge('Japan is the largest producer of cars in the world, the report said.', docs).kind, 'contradicted');
    assert.equal(judge('Japan is one of the largest producers of cars in the world, the report said.', docs).kind, 'supported');
    assert.equal(judge('Germany is one of the largest exporters of machines.', docs).kind, 'supported');
  });
});

describe('a person named with a title', () => {
  // Lines of the held-out summaries (test/fixtures/summaries-held-out) that were false alarms.
  const heldOut = (name: string): SourceDocument[] => [textSource(`sources/${name}.txt`, readFileSync(join(import.meta.dirname, '..', 'fixtures', 'summaries-held-out', `${name}.txt`), 'utf8'))];

  it('is the person a transcript\'s label names with the title ("CEO Samuel Adeyemi:"), or a quote credits with one ("said Dr. Ingrid Solberg")', () => {
    const call = judge('CEO Samuel Adeyemi said the quarter brought a record of just over 2,300 autonomous picking units shipped, along with the company\'s largest contract to date, a five-year deal to equip 60 Fairfield Markets distribution centres.', heldOut('earnings-call'));
    assert.equal(call.kind, 'supported', call.message);
    const trial = judge('Lead investigator Dr. Ingrid Solberg cautioned that the volunteers may have been more motivated than typical patients and that the trial cannot show whether the benefits last beyond six months.', heldOut('clinical-trial'));
    assert.equal(trial.kind, 'supported', trial.message);
  });
});

describe('what someone said of another, made their own doing', () => {
  const docs = (): SourceDocument[] => doc('Angela Moore, a publicist for the singer, said later in the day that he was back home resting with his grandchildren. Moore said Jackson was feeling much better after the concert. Landau said he hopes to build supply chains free from undue influence.');

  it('"Angela Moore was back home resting" where her client was; "Moore was feeling better" where Jackson was', () => {
    const v = judge('Angela Moore was back home resting with her grandchildren.', docs());
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /The source has Angela Moore saying this of another: "he was back home resting/);
    assert.equal(judge('Moore was feeling much better after the concert.', docs()).kind, 'contradicted');
  });

  it('written all in lower case, the speaker is still named by the passage\'s capitals: "angela moore was back home resting"', () => {
    const v = judge('angela moore was back home resting with her grandchildren.', docs());
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /The source has Angela Moore saying this of another/);
    assert.equal(judge('angela moore said he was back home resting with his grandchildren.', docs()).kind, 'supported');
  });

  it('what a researcher said of the alliance, made the researcher\'s own doing ("Zhou Mi reflected the US\' desire")', () => {
    const v = judge("Zhou Mi reflected the US' desire to leverage the advantages of its allies.");
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /saying this of another: "the so-called alliance reflected/);
    assert.equal(judge("Zhou Mi said the alliance reflected the US' desire to leverage the advantages of its allies.").kind, 'supported');
  });

  it('what the speaker says of themself, or a statement that credits the speaker, is supported', () => {
    assert.equal(judge('Landau hopes to build supply chains free from undue influence.', docs()).kind, 'supported');
    assert.equal(judge('Moore said Jackson was feeling much better after the concert.', docs()).kind, 'supported');
    assert.equal(judge('Jackson was feeling much better after the concert.', docs()).kind, 'supported');
  });
});

describe('a name swapped only in a sentence the statement does not rewrite', () => {
  it('"Germany is one of the largest exporters" is no swap for the Japan of a sentence it shares words with', () => {
    const docs = doc('Japan is one of the largest producers of cars in the world, the report said. Germany is the largest exporter of machines.');
    assert.equal(judge('Germany is one of the largest exporters of machines.', docs).kind, 'supported');
    assert.equal(judge('Germany is one of the largest producers of cars in the world.', docs).kind, 'contradicted');
  });
});

describe('the name a statement credits', () => {
  it('"Reuters reported" is weighed against the outlet the source credits, not the company it reports on', () => {
    const v = judge("Reuters reported the discovery at Utah's Silicon Ridge.");
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /The source says (?:The )?Daily Wire where the statement says Reuters/);
    assert.equal(judge("The Daily Wire reported the discovery at Utah's Silicon Ridge.").kind, 'supported');
  });
});

describe('a word before the negation of its clause', () => {
  it('fans who unite are not negated by the "without fans" of a banner later in the run-on clause', () => {
    const docs = doc("Arsenal and Liverpool fans unite outside the stadium in a protest against ticket prices Fans show off a banner reading 'FOOTBALL WITHOUT FANS IS NOTHING' outside the stadium before kick-off.");
    const v = judge('Arsenal and Liverpool fans protested outside the stadium against ticket prices.', docs);
    assert.notEqual(v.kind, 'contradicted', v.message);
  });

  it('what the negation is about still flips', () => {
    const docs = doc('The match was played without fans in the stadium because of the virus. The layoffs were not planned, the company said.');
    assert.equal(judge('The match was played with fans in the stadium.', docs).kind, 'contradicted');
    assert.equal(judge('The layoffs were planned, the company said.', docs).kind, 'contradicted');
  });
});

describe('a figure a word makes approximate', () => {
  const docs = (): SourceDocument[] => doc('The company guided for sales of $4.9bn in 2023, down from $18.4bn in 2022. Officials counted 870 infections worldwide. Rescuers said more than 50 people were missing. The signal reaches up to around 30 feet.');

  it('"about $5bn" for $4.9bn, "roughly $18bn", "nearly 900" and "more than 800" for 870 are the source\'s figures', () => {
    for (const text of ['The company guided for sales of about $5bn in 2023.', 'The company guided for sales of roughly $18bn in 2022.', 'Officials counted nearly 900 infections worldwide.', 'Officials counted more than 800 infections worldwide.', 'The signal reaches up to 30 feet.']) {
      const v = judge(text, docs());
      assert.notEqual(v.kind, 'number-mismatch', `${text}: ${v.message}`);
    }
  });

  it('a figure outside what the word allows, or approximated alike with another figure, is a mismatch', () => {
    assert.equal(judge('The company guided for sales of about $7bn in 2023.', docs()).kind, 'number-mismatch');
    assert.equal(judge('Officials counted more than 1,000 infections worldwide.', docs()).kind, 'number-mismatch');
    assert.equal(judge('Rescuers said more than 60 people were missing.', docs()).kind, 'number-mismatch');
  });
});

describe('whom someone told it', () => {
  it('what Helberg told politico.com, credited as told to the Global Times, is contradicted', () => {
    const v = judge('Jacob Helberg told the Global Times that the declaration paves the way for joint research and development.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /politico\.com where the statement says Global Times/);
  });

  it('"Politico" is politico.com', () => {
    const v = judge('Helberg told Politico that the declaration paves the way for joint research and development.');
    assert.equal(v.kind, 'supported', v.message);
  });

  it('the outlet is read from the sentence that says the rest, and shown first as evidence', () => {
    const v = judge('An industry expert surnamed Gao told politico.com that the US administration is forming an overarching alliance.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Global Times where the statement says politico\.com/);
    assert.match(v.evidence[0]!.text, /surnamed Gao told the Global Times/);
    assert.equal(judge('An industry expert surnamed Gao told the Global Times that the US administration is forming an overarching alliance.').kind, 'supported');
  });
});

describe('places: countries\' subdivisions', () => {
  it('a state where the source has another is contradicted, though the new name leaves the statement less covered', () => {
    const docs = doc('The company opened a battery plant in Nevada last year, officials said on Monday.');
    const v = judge('The company opened a battery plant in Arizona last year, officials said.', docs);
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Nevada where the statement says Arizona/);
    assert.equal(judge('The company opened a battery plant in Nevada last year, officials said.', docs).kind, 'supported');
  });
});

describe('instructions and what they say', () => {
  const email = doc(
    'Anyone who needs to work on Saturday should use Building A. Please do not run the dishwashers on Friday evening, since a cycle interrupted by the shut-off can flood the kitchen floor. Questions can go to Helen Marsh.',
  );
  const REST = ' on Friday evening, since a cycle interrupted by the shut-off can flood the kitchen floor.';

  it('"please do not run X" is no flip of a statement that running X can flood the floor', () => {
    const v = judge('Running the dishwashers on Friday evening can flood the kitchen floor if the cycle is interrupted by the shut-off.', email);
    assert.equal(v.kind, 'supported', v.message);
  });

  it('"please do not run X" contradicts an instruction, or a request reported, to run X', () => {
    for (const text of [`Run the dishwashers${REST}`, `Please run the dishwashers${REST}`, `Helen Marsh asked anyone to run the dishwashers${REST}`]) {
      const v = judge(text, email);
      assert.equal(v.kind, 'contradicted', `${text}: ${v.message}`);
    }
    assert.equal(judge(`Do not run the dishwashers${REST}`, email).kind, 'supported');
  });
});

describe('one of a unit', () => {
  it('"a one-week delay" is the source\'s "slip a week"; "a two-week delay" is a figure it never gives', () => {
    const docs = doc('SARAH KIM: I would rather we slip a week than ship the crash. We had over 300 tickets the last time an upload bug went out.');
    const v = judge('Sarah Kim preferred a one-week delay over shipping the crash.', docs);
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(judge('Sarah Kim preferred a two-week delay over shipping the crash.', docs).kind, 'supported');
  });
});

describe('opposite words in alignments as good as the best', () => {
  it('"a minor consumer market" is contradicted by "a major consumer market" in one of three equally aligned pairs of sentences', () => {
    const v = judge('Zhou highlighted that China is a minor consumer market.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /major/);
    assert.equal(judge('Zhou highlighted that China is a major consumer market.').kind, 'supported');
  });
});

describe('"he said" in a draft', () => {
  it('"He said X" after naming Guo Jiakun, where the source has Zhou saying X, is contradicted at "He"', () => {
    const text = 'Guo Jiakun is a Foreign Ministry spokesperson. He said the effectiveness and stability of the alliance remain precarious.\n';
    const statements = parseDraft(text, 'd.md').statements;
    const v = judgeStatement(seeds(), statements[1]!, { threshold: 0.5 });
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Zhou where the statement says Guo Jiakun \("He"\)/);
    assert.deepEqual(v.focus, { start: 0, end: 2 });
    const right = parseDraft(text.replace('Guo Jiakun is a Foreign Ministry spokesperson', 'Zhou Mi is a senior researcher'), 'd.md').statements;
    assert.equal(judgeStatement(seeds(), right[1]!, { threshold: 0.5 }).kind, 'supported');
  });
});

describe('sentences read together as a reader does', () => {
  const call = doc('MARIA LOPEZ: First item is the release date for version 4.2. Dev, where are we?\n\nDEV PATEL: We cannot ship on the 14th as planned.\n\nMARIA LOPEZ: Agreed. Let\'s move the release to the 21st.');

  it('"the release" of one sentence, which another says is version 4.2\'s: "The release of version 4.2 moved to the 21st" is no join of parts', () => {
    const v = judge('The release of version 4.2 moved to the 21st.', call);
    assert.equal(v.kind, 'supported', v.message);
    assert.notEqual(judge('The release of version 4.2 moved to the 28th.', call).kind, 'supported');
  });

  it('a place swapped across two sentences read together: the arrest was in Madrid, the injuries in Barcelona', () => {
    const docs = doc('Police arrested two men in Madrid on Monday. The men were injured in Barcelona a week earlier, the police said.');
    const v = judge('Police arrested two men in Barcelona.', docs);
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Madrid where the statement says Barcelona/);
    assert.equal(judge('Police arrested two men in Madrid.', docs).kind, 'supported');
  });
});
