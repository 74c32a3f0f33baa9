// The index finds words with its own scanner, for speed; it must find exactly the words the
// rest of Groundwork finds with `contentTokens`, or a draft's words would miss their sources.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { Corpus } from '../../src/core/index/corpus.js';
import { findNames, findNamesByPattern, wordsOf, wordsOfByPattern } from '../../src/core/index/names.js';
import { forEachContentTerm } from '../../src/core/index/terms.js';
import { contentTokens } from '../../src/core/text/tokens.js';

const termsOf = (text: string): string[] => {
  const out: string[] = [];
  forEachContentTerm(text, (t) => out.push(t));
  return out;
};

// Pieces that exercise the word pattern's edges: apostrophes, inner dots and hyphens, digits,
// accents, other scripts, letters outside the BMP, stopwords and punctuation.
const PIECES = [
  'China', "China's", 'China’s', 'U.S.', 'U.S', 'co-investments', '3.5', '1,200', 'US$1', 'naïve', 'Zürich', 'résumé',
  '北京', 'Москва', '𝐀𝐁', '𝟙𝟚', 'said', 'the', 'a', "'", '’', '.', '-', '--', ' ', '  ', '\n', ',', '"', '“', '”', 'x', 'I',
  'rock’n’roll', "o'clock", 'e.g.', 'well-known', '-5', '5-', 'ﬁnance', 'Ⅻ', '٣', '\u0301', 'a\u0301',
];

describe('index word scanner', () => {
  it('finds the same content terms as contentTokens on news text', () => {
    const text = 'Foreign Ministry Spokesperson Guo Jiakun said on Friday that the U.S.-led "Pax Silica" drew US$1.2 trillion — China’s co-investments rose 3.5% in 2025.';
    assert.deepEqual(termsOf(text), contentTokens(text).map((t) => t.norm));
  });

  it('finds the same content terms as contentTokens on any mix of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(termsOf(text), contentTokens(text).map((t) => t.norm));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same content terms as contentTokens on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        assert.deepEqual(termsOf(text), contentTokens(text).map((t) => t.norm));
      }),
      { numRuns: 500 },
    );
  });
});

describe('name word scanner', () => {
  it('splits a sentence into the same words as its regular expression', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, 'Guo', 'Jiakun', 'Mr.', 'A.', '&', 'iPhone', '5G', 'O’Neil', "Jones'"), { maxLength: 30 }), (pieces) => {
        const text = pieces.join(' ');
        assert.deepEqual(wordsOf(text), wordsOfByPattern(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => assert.deepEqual(wordsOf(text), wordsOfByPattern(text))), { numRuns: 500 });
    // Hyphens too: "Okafor-Lund" is one word, "US-China" two.
    const joined = fc.array(fc.tuple(fc.constantFrom('Okafor', 'Lund', 'US', 'China', 'Paris', 'based', 'Xi', 'summit', 'A.', '5G', "Jones'"), fc.constantFrom(' ', '-', ' - ', '--')), { maxLength: 12 });
    fc.assert(fc.property(joined, (parts) => {
      const text = parts.map(([w, sep]) => w + sep).join('');
      assert.deepEqual(wordsOf(text), wordsOfByPattern(text));
    }), { numRuns: 2000 });
  });
});

describe('names read from word offsets', () => {
  // Pieces of sentences that make runs of names: titles, connectors, lists, appositives, possessives.
  const NAME_PIECES = [
    'Guo', 'Jiakun', 'Foreign', 'Ministry', 'Spokesperson', 'of', 'for', 'and', '&', 'the', 'The', 'Trade,', 'Industry', 'Resources',
    'Agriculture,', 'Fisheries', 'Forestry', 'Department', 'Samsung', 'Japan', 'Mr.', 'U.S.', "China's", 'O’Neil', "Jones'", 'said',
    'told', 'reporters', 'a', 'senior', 'researcher', 'at', 'Chinese', 'Academy', 'Sciences', ',', '.', 'Under', 'Secretary', 'State',
    'is', 'was', 'surnamed', 'Gao', 'an', 'expert', 'according', 'to', 'Pax', 'Silica', 'initiative', 'Mount', 'Lake', 'IBM', 'NASA',
    'GDP', '5G', 'iPhone', 'Belt', 'Road', 'Initiative', 'Nevada', 'de', 'van', '\t', '  ', '"', '北京', '𝐀𝐁', 'Zürich', 'Ⅻ',
  ];

  it('finds the same names as the words of the regular expression', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NAME_PIECES), { maxLength: 30 }), fc.constantFrom(' ', ', ', ' ', '  '), (pieces, glue) => {
        const sentence = pieces.join(glue);
        assert.deepEqual(findNames(sentence), findNamesByPattern(sentence));
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => assert.deepEqual(findNames(text), findNamesByPattern(text))), { numRuns: 500 });
  });

  it('finds the same names in the sample sources', () => {
    for (const sentence of [
      'Deputy Secretary of State Christopher Landau met the Ministry of Trade, Industry and Resources in Seoul.',
      'Zhou Mi, a senior researcher at the Chinese Academy of Sciences, told reporters the U.S.-led "Pax Silica" initiative would fail.',
      'Jacob Helberg is the US Under Secretary of State for Economic Affairs.',
      'an industry expert surnamed Gao said the Ministry of Finance, Samsung and Japan agreed.',
    ]) assert.deepEqual(findNames(sentence), findNamesByPattern(sentence));
  });
});

describe('corpus snapshot', () => {
  it('restores a corpus that answers exactly as the one it was taken from', () => {
    const docs = [
      { id: 'a', path: 'a.txt', format: 'txt' as const, excluded: [], warnings: [], text: 'Guo Jiakun said "we have noted relevant reports."\n\nGuo said supply chains must stay stable.' },
      { id: 'b', path: 'b.txt', format: 'txt' as const, excluded: [], warnings: [], text: 'Zhou Mi, a senior researcher at the Chinese Academy, told reporters exports rose 12 percent.' },
    ];
    const built = Corpus.build(docs);
    const restored = Corpus.restore(built.snapshot());
    const view = (c: Corpus): string => JSON.stringify([c.passages, c.entities, c.quotes, c.search('Guo supply chains exports'), c.idf('export')]);
    assert.equal(view(restored), view(built));
  });
});
