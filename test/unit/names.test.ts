import assert from 'node:assert/strict';
import { CompletionIndex, type EntityCandidate } from '../../src/core/completions.js';
import { findNames } from '../../src/core/index/names.js';
import { entityAt, entityCard } from '../../src/core/lookup.js';
import { entityMarkdown } from '../../src/extension/hover-cards.js';
import { seedCorpus } from '../helpers/seeds.js';

const ACADEMY = 'Chinese Academy of International Trade and Economic Cooperation';
const MINISTRY = 'Ministry of Trade, Industry and Resources';

const namesIn = (sentence: string): string[] => findNames(sentence).map((n) => n.name);

describe('names written in full', () => {
  it('a decade, an ordinal or an amount with its unit is no name; a name with a digit and a capital is', () => {
    assert.deepEqual(namesIn('By the late 1990s, the bridge carried twice the traffic.'), []);
    assert.deepEqual(namesIn('Crowds marked the 70th anniversary as sales rose 5bn.'), []);
    assert.deepEqual(namesIn('The firm 3M said it would appeal.'), ['3M']);
  });

  it('a fiscal period ("FY2026", "Q3", "H1", "FY25") is a time, not a name; "HSBC" and "H5N1" still are names', () => {
    const names = findNames('Revenue rose in Q3 and the FY2026 budget beat H1, said HSBC, as FY25 closed and H5N1 spread.').map((n) => n.name);
    assert.deepEqual(names.filter((n) => /^(?:Q3|FY2026|H1|FY25)$/.test(n)), []);
    assert.ok(names.includes('HSBC') && names.includes('H5N1'), names.join(', '));
  });

  it('a participle that opens a sentence is no part of the name after it ("Born Margaret Kowalski in Scranton")', () => {
    assert.deepEqual(namesIn('Born Margaret Kowalski in 1938, she was the first in her family to go to college.'), ['Margaret Kowalski']);
    assert.ok(namesIn('Answering Lena Hoffmann, Adeyemi said he expected delays.').includes('Lena Hoffmann'), 'Answering is no part of the name');
  });

  it('a gerund that opens a sentence is no part of the name after it; a place that ends in "-ing" still is', () => {
    assert.deepEqual(namesIn('Getting Bramble\'s records took 17 days.'), ['Bramble']);
    assert.ok(namesIn('Reading Borough Council said it would appeal.').some((n) => n.startsWith('Reading')), 'Reading is a town');
  });

  it('a titled person named with where they work is two names: "Professor Oskar Lindqvist-Mare of Harrowgate University"', () => {
    assert.deepEqual(namesIn('Professor Oskar Lindqvist-Mare of Harrowgate University said a split was possible.'), ['Oskar Lindqvist-Mare', 'Harrowgate University']);
    assert.deepEqual(namesIn('President Xi Jinping of China spoke first.'), ['Xi Jinping', 'China']);
    assert.deepEqual(namesIn('Minister of Foreign Affairs Wang Yi said so.'), ['Wang Yi']);
  });

  it('a transcript\'s honorific in capitals ("MS. RUTH DELACROIX:") is a title, not a name of its own', () => {
    assert.deepEqual(namesIn('MS. RUTH DELACROIX: Valleystream paid 210 million in dividends.').filter((n) => n === 'MS'), []);
    assert.deepEqual(namesIn('DR. OWEN MARSH: We will invest.').filter((n) => n === 'DR'), []);
  });

  it('a hyphenated surname is one name ("Okafor-Lund"), two places or a pair of people are not', () => {
    assert.deepEqual(namesIn("Dr Miriam Okafor-Lund, the trust's chief executive, said the money would go to Kellow."), ['Miriam Okafor-Lund', 'Kellow']);
    assert.deepEqual(namesIn('Okafor-Lund told guests in her speech.'), ['Okafor-Lund']);
    assert.deepEqual(namesIn('The US-China talks follow the Trump-Xi summit.'), ['US', 'China', 'Trump', 'Xi']);
  });

  it('keeps a demonym that is part of an institution\'s name', () => {
    assert.ok(namesIn(`Zhou Mi, a senior researcher at the ${ACADEMY}, told the Global Times on Friday.`).includes(ACADEMY));
    assert.ok(namesIn('The Russian Academy of Sciences disagreed.').includes('Russian Academy of Sciences'));
    // A demonym before an institution known by a shorter name still only says whose it is.
    assert.deepEqual(namesIn('A Chinese Foreign Ministry spokesperson said so.').filter((n) => /Ministry/.test(n)), ['Foreign Ministry']);
  });

  it('takes in the list that ends an institution\'s name', () => {
    assert.ok(namesIn(`The ${MINISTRY} held an emergency meeting on January 8.`).includes(MINISTRY));
    assert.ok(namesIn('The Department of Agriculture, Fisheries and Forestry said so.').includes('Department of Agriculture, Fisheries and Forestry'));
  });

  it('does not swallow other names listed after an institution', () => {
    const names = namesIn('Talks between the Ministry of Finance, Samsung and Hyundai went on.');
    assert.ok(names.includes('Ministry of Finance'), names.join(' | '));
    assert.ok(!names.some((n) => n.includes('Samsung') && n.includes('Ministry')), names.join(' | '));
    const places = namesIn('The Ministry of Commerce, Japan and Korea met.');
    assert.ok(!places.some((n) => n.includes('Japan') && n.includes('Ministry')), places.join(' | '));
  });
});

describe('titles', () => {
  it('a title said with "is" or "was" is the person\'s role, when it holds a title word', () => {
    const roleOf = (sentence: string, name: string) => findNames(sentence).find((n) => n.name === name)?.role;
    assert.equal(roleOf('Jacob Helberg is the US Under Secretary of State for Economic Affairs.', 'Jacob Helberg'), 'US Under Secretary of State for Economic Affairs');
    assert.equal(roleOf("Satsuki Katayama was Japan's Finance Minister, the paper said.", 'Satsuki Katayama'), "Japan's Finance Minister");
    assert.equal(roleOf('Zhou Mi is the author of the report.', 'Zhou Mi'), undefined);
  });
});

describe('names in hover cards and completions of the sample sources', () => {
  const corpus = seedCorpus();

  for (const full of [ACADEMY, MINISTRY]) {
    it(`"${full}" is one entity, shown whole in its hover card`, () => {
      const text = `They met the ${full} on Monday.`;
      const hit = entityAt(corpus, text, text.indexOf(full) + full.length - 3);
      assert.ok(hit, 'a name under the pointer');
      assert.equal(hit.entity.name, full);
      assert.equal(text.slice(hit.span.start, hit.span.end), full);
      assert.match(entityMarkdown(entityCard(corpus, hit.entity)), new RegExp(`^\\*\\*${full.replace(/[,]/g, '\\\\,').replace(/ /g, ' ')}\\*\\* · Organisation`));
    });

    it(`"${full}" is offered whole as a completion`, () => {
      const index = new CompletionIndex(corpus);
      const prefix = full.split(' ')[0]!.slice(0, 4);
      const candidates: EntityCandidate[] = index.entities({ kind: 'word', prefix, start: 'said that '.length, before: 'said that ' }, 50);
      assert.ok(candidates.some((c) => c.label === full), candidates.map((c) => c.label).join(' | '));
    });
  }
});
