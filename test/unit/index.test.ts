import assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { findNames } from '../../src/core/index/names.js';
import { findQuotes } from '../../src/core/index/quotes.js';
import { judgeStatement } from '../../src/core/grounding/verdict.js';
import { textSource } from '../helpers/documents.js';
import { seedCorpus, seedDocuments } from '../helpers/seeds.js';

describe('entities', () => {
  it('Guo, Guo Jiakun and Foreign Ministry Spokesperson Guo Jiakun are one person with a role', () => {
    const corpus = seedCorpus();
    const guo = corpus.findEntity('Guo');
    assert.ok(guo);
    assert.equal(guo.name, 'Guo Jiakun');
    assert.equal(guo.kind, 'person');
    assert.equal(corpus.findEntity('Guo Jiakun'), guo);
    assert.equal(corpus.findEntity('Foreign Ministry Spokesperson Guo Jiakun'), guo);
    assert.ok(guo.roles.includes('Foreign Ministry Spokesperson'));
    assert.ok(guo.mentions.length >= 3);
  });

  it('Zhou is Zhou Mi, a senior researcher at the Chinese Academy of International Trade and Economic Cooperation', () => {
    const zhou = seedCorpus().findEntity('Zhou');
    assert.equal(zhou?.name, 'Zhou Mi');
    assert.ok(zhou?.roles.some((r) => /senior researcher at the Chinese Academy of International Trade and Economic Cooperation/.test(r)));
  });

  it('classifies people, organisations, places and initiatives', () => {
    const corpus = seedCorpus();
    const kind = (name: string) => corpus.findEntity(name)?.kind;
    assert.equal(kind('Christopher Landau'), 'person');
    assert.equal(kind('Yonhap News Agency'), 'organisation');
    assert.equal(kind('US Geological Survey'), 'organisation');
    assert.equal(kind('South Korea'), 'place');
    assert.equal(kind('Pax Silica'), 'work');
    assert.equal(kind('Belt and Road Initiative'), 'work');
  });

  it('US, U.S. and United States are one place', () => {
    const corpus = seedCorpus();
    assert.equal(corpus.findEntity('US')?.name, 'United States');
    assert.equal(corpus.findEntity('U.S.'), corpus.findEntity('US'));
  });

  it('takes titles apart from names', () => {
    const names = findNames('US Under Secretary of State for Economic Affairs Jacob Helberg told politico.com.');
    const helberg = names.find((n) => n.name === 'Jacob Helberg');
    assert.equal(helberg?.role, 'US Under Secretary of State for Economic Affairs');
  });

  it('configured aliases join names', () => {
    const corpus = Corpus.build(seedDocuments(), { aliases: { 'Zhou Mi': ['the researcher Zhou'] } });
    assert.ok(corpus.findEntity('Zhou Mi')?.aliases.includes('the researcher Zhou'));
  });
});

describe('quotes and speakers', () => {
  it('finds the speaker after, before, or earlier in the paragraph', () => {
    const corpus = seedCorpus();
    const speakerOf = (start: string) => {
      const q = corpus.quotes.find((x) => x.text.startsWith(start));
      assert.ok(q, `quote ${start}`);
      return corpus.entities.find((e) => e.id === q.speakerId)?.name;
    };
    assert.equal(speakerOf('All parties should adhere'), 'Guo Jiakun');
    assert.equal(speakerOf('We have noted relevant reports'), 'Guo Jiakun');
    assert.equal(speakerOf('Our goal is not to close'), 'Christopher Landau');
    assert.equal(speakerOf('Companies are likely to proceed cautiously'), 'Zhou Mi');
    assert.equal(speakerOf('China is the largest producer'), 'Zhou Mi');
  });

  it('a quotation\'s next sentence opening "Nobody asked" names no speaker: the quote is the one "he" said', () => {
    const corpus = Corpus.build([textSource('council.txt', 'Councillor Greg Hammond, one of the two votes against, said shop owners had not been consulted.\n\n"Businesses on Main Street depend on parking. Nobody asked them what losing almost half of it would do," he said.\n')]);
    const names = corpus.quotes.map((q) => corpus.entities.find((e) => e.id === q.speakerId)?.name);
    assert.ok(corpus.quotes.length > 0);
    assert.ok(!names.includes('Nobody'), names.join(', '));
    const v = judgeStatement(corpus, { text: '"Businesses on Main Street depend on parking," Hammond said.', quotes: [{ text: 'Businesses on Main Street depend on parking', span: { start: 1, end: 44 } }] }, { threshold: 0.5 });
    assert.notEqual(v.kind, 'misattributed', v.message);
  });

  it('a news agency that reported a quote is its speaker, and a draft that credits another agency is told which one the source names', () => {
    const corpus = Corpus.build([textSource('sub.txt', 'A nuclear submarine being repaired at a Russian shipyard has caught fire, according to a source speaking to the news agency Tass. "The rubber insulation between the submarine\'s light and pressure hull is on fire," Tass reported. Russia\'s RIA Novosti news agency says insulation caught fire as welding work was being done. "No one has been injured," shipyard spokesman Yevgeny Gladyshev said.\n')]);
    const speaker = (start: string) => corpus.entities.find((e) => e.id === corpus.quotes.find((q) => q.text.startsWith(start))?.speakerId)?.name;
    assert.equal(speaker('The rubber insulation'), 'Tass');
    assert.equal(speaker('No one has been injured'), 'Yevgeny Gladyshev');
    const quote = 'The rubber insulation between the submarine\'s light and pressure hull is on fire';
    const judge = (text: string) => checkDraft(corpus, parseDraft(`${text}\n`, 'draft.md'), defaultConfig()).results[0]!.verdict;
    const wrong = judge(`"${quote}," Russia's RIA Novosti news agency says.`);
    assert.equal(wrong.kind, 'misattributed', wrong.message);
    assert.match(wrong.message, /attributed to RIA Novosti, but sub\.txt attributes it to Tass/);
    const right = judge(`"${quote}," the Tass news agency reported.`);
    assert.equal(right.kind, 'supported', right.message);
  });

  it('"he said" after a sentence that opens with a surname the article gave in full is that person\'s, and so is the next quote of the paragraph', () => {
    const corpus = Corpus.build([textSource('race.txt', 'Councillor Elena Marsh defeated Mayor Gordon Pell on Tuesday. A third candidate, Derek Amsel, took 5 percent.\n\nPell, 64, conceded at his campaign office on Lincoln Avenue. "The voters have spoken," he said. "I called Councillor Marsh to congratulate her tonight."\n\nAmsel, who campaigned on property taxes, said he did not regret running. "We raised issues the other two would have preferred to ignore," he said.\n')]);
    const speaker = (start: string) => corpus.entities.find((e) => e.id === corpus.quotes.find((q) => q.text.startsWith(start))?.speakerId)?.name;
    assert.equal(speaker('The voters have spoken'), 'Gordon Pell');
    assert.equal(speaker('I called Councillor Marsh'), 'Gordon Pell');
    assert.equal(speaker('We raised issues'), 'Derek Amsel');
    const judge = (text: string) => checkDraft(corpus, parseDraft(`${text}\n`, 'draft.md'), defaultConfig()).results[0]!.verdict;
    const wrong = judge('"We raised issues the other two would have preferred to ignore," Pell said.');
    assert.equal(wrong.kind, 'misattributed', wrong.message);
    assert.match(wrong.message, /attributes it to Derek Amsel/);
    assert.equal(judge('"We raised issues the other two would have preferred to ignore," Amsel said.').kind, 'supported');
    assert.equal(judge('"I called Councillor Marsh to congratulate her tonight," Pell said.').kind, 'supported');
  });

  it('a company named by its trade is an organisation: "Northgate Robotics", "Castell Securities", "Fairfield Markets"', () => {
    assert.deepEqual(findNames('On Tuesday Northgate Robotics signed a contract with Fairfield Markets, said Lena Hoffmann at Castell Securities.').map((n) => [n.name, n.kind]), [['Northgate Robotics', 'organisation'], ['Fairfield Markets', 'organisation'], ['Lena Hoffmann', 'person'], ['Castell Securities', 'organisation']]);
  });

  it('a street is a place, and a name with an age after it ("Pell, 64,") a person', () => {
    assert.deepEqual(findNames('Pell, 64, conceded at his campaign office on Lincoln Avenue.').map((n) => [n.name, n.kind]), [['Pell', 'person'], ['Lincoln Avenue', 'place']]);
    assert.deepEqual(findNames('The crowd gathered on Fifth Street.').map((n) => [n.name, n.kind]), [['Fifth Street', 'place']]);
  });

  it('scare quotes have no speaker', () => {
    const q = seedCorpus().quotes.find((x) => x.text === 'coercive');
    assert.ok(q);
    assert.equal(q.speakerId, undefined);
  });

  it('a speaker named between commas before the verb is the speaker', () => {
    const speaker = (text: string): string | undefined => findQuotes(text)[0]?.speaker;
    assert.equal(speaker('The company\'s operations director, Fiona Drummond, said: "We will not run any vessel on that software."'), 'Fiona Drummond');
    // A description between the commas leaves the name before it the speaker.
    assert.equal(speaker('Zhou Mi, a senior researcher at the academy, told the Global Times that "it is fine."'), 'Zhou Mi');
  });

  it('"in her words" credits the quotation to "her"', () => {
    const [q] = findQuotes('Staff were left, in her words, "questioning every number they\'d ever been shown."');
    assert.equal(q?.pronoun, 'she');
  });

  it('apostrophes are not quotation marks', () => {
    assert.deepEqual(findQuotes("China's role and the US' allies"), []);
    assert.deepEqual(findQuotes('He said ‘we will go’ and left.').map((q) => q.text), ['we will go']);
  });
});

describe('corpus', () => {
  it('retrieves the passage a statement comes from', () => {
    const hits = seedCorpus().search('Zhou said companies are likely to proceed cautiously', 3);
    assert.match(hits[0]!.passage.text, /Companies are likely to proceed cautiously/);
  });

  it('adds and removes documents one at a time', () => {
    const docs = seedDocuments();
    const corpus = Corpus.build([docs[0]!]);
    assert.equal(corpus.search('Katayama Chikyu Minamitori').length, 0);
    corpus.addDocument(docs[1]!);
    assert.ok(corpus.search('Katayama Chikyu Minamitori').length > 0);
    assert.ok(corpus.findEntity('Satsuki Katayama'));
    assert.equal(corpus.removeDocument(docs[1]!.id), true);
    assert.equal(corpus.search('Katayama Chikyu Minamitori').length, 0);
    assert.equal(corpus.findEntity('Satsuki Katayama'), undefined);
  });
});

describe('sources whose paths differ only in their extension', () => {
  it('report.txt and report.md are both indexed, the second with its extension in its id and a warning', async () => {
    const { readSource } = await import('../../src/core/sources/read.js');
    const encode = (t: string) => new TextEncoder().encode(t);
    const md = await readSource('seeds/report.md', encode('# Harbour report\n\nThe ferry service resumed on Tuesday with two boats.\n'));
    const txt = await readSource('seeds/report.txt', encode('Harbour report\n\nThe harbour quay reopened on Monday after repairs.\n'));
    assert.equal(md.id, txt.id);
    const corpus = Corpus.build([md, txt]);
    assert.deepEqual(corpus.documents.map((d) => [d.path, d.id]), [['seeds/report.md', 'seeds/report'], ['seeds/report.txt', 'seeds/report-txt']]);
    assert.match(corpus.documentAt('seeds/report.txt')!.warnings.join('\n'), /would have the id of seeds\/report\.md/);
    // Read again (the file changed), it keeps its id.
    corpus.addDocument(await readSource('seeds/report.txt', encode('Harbour report\n\nThe quay reopened on Monday.\n')));
    assert.deepEqual(corpus.documents.map((d) => d.id).sort(), ['seeds/report', 'seeds/report-txt']);
  });
});
