// Text that reads the same to a reader but not, byte for byte, to a checker: invisible characters
// and look-alike letters must not hide a negation or a figure, and the same quote written in
// another Unicode form is still verbatim.
import assert from 'node:assert/strict';
import { plainStatement } from '../../src/core/grounding/claim.js';
import { judgeStatement } from '../../src/core/grounding/verdict.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { readSource } from '../../src/core/sources/read.js';
import { findQuantities } from '../../src/core/text/numbers.js';

const SOURCE = [
  'Café expansion',
  '',
  'The café chain is planning 26 new branches in Lyon this year, its founder Zoé Martin said on Monday.',
  '',
  '"The café will open its doors to every résident of the quarter," Martin said.',
  '',
].join('\n');

let corpus: Corpus;

function judge(text: string): Verdict {
  return judgeStatement(corpus, plainStatement(text), { threshold: 0.5 });
}

describe('invisible and look-alike characters', () => {
  before(async () => {
    corpus = new Corpus();
    corpus.addDocument(await readSource('seeds/cafe.txt', new TextEncoder().encode(SOURCE.normalize('NFC'))));
  });

  it('the plain statement is supported (the baseline)', () => {
    const v = judge('The café chain is planning 26 new branches in Lyon this year.');
    assert.equal(v.kind, 'supported', v.message);
  });

  const hiddenNegations: [string, string][] = [
    ['a zero-width space inside "not"', 'The café chain is no\u200bt planning 26 new branches in Lyon this year.'],
    ['a soft hyphen inside "not"', 'The café chain is no\u00adt planning 26 new branches in Lyon this year.'],
    ['a Cyrillic о inside "not"', 'The café chain is n\u043et planning 26 new branches in Lyon this year.'],
    ['a Cyrillic е inside "never"', 'The café chain is n\u0435ver planning 26 new branches in Lyon this year.'],
  ];
  for (const [what, statement] of hiddenNegations) {
    it(`${what} is read as the negation a reader sees`, () => {
      const v = judge(statement);
      assert.notEqual(v.kind, 'supported', `${v.kind}: ${v.message}`);
    });
  }

  const otherDigits: [string, string][] = [
    ['fullwidth digits', 'The café chain is planning \uff16\uff12 new branches in Lyon this year.'],
    ['Arabic-Indic digits', 'The café chain is planning \u0666\u0662 new branches in Lyon this year.'],
    ['mathematical bold digits (two UTF-16 units each)', 'The café chain is planning \u{1D7D4}\u{1D7D0} new branches in Lyon this year.'],
  ];
  for (const [what, statement] of otherDigits) {
    it(`${what} that say 62 where the source says 26 are a number mismatch`, () => {
      const v = judge(statement);
      assert.equal(v.kind, 'number-mismatch', `${v.kind}: ${v.message}`);
    });
  }

  it('fullwidth digits that say the same figure are supported', () => {
    const v = judge('The café chain is planning \uff12\uff16 new branches in Lyon this year.');
    assert.equal(v.kind, 'supported', `${v.kind}: ${v.message}`);
  });

  it('mathematical digits of any set that say the same figure are supported, and are found where they are written', () => {
    // Double-struck 𝟚 is the third digit of the second set in a run of fifty: its value is its place in its set of ten.
    const v = judge('The café chain is planning \u{1D7DA}\u{1D7DE} new branches in Lyon this year.');
    assert.equal(v.kind, 'supported', `${v.kind}: ${v.message}`);
    const text = 'US$\u{1D7D0}.\u{1D7D3} billion on \u{1D7CF}\u{1D7D1} March';
    const found = findQuantities(text);
    assert.deepEqual(found.map((q) => [q.kind, q.value, text.slice(q.start, q.end)]), [['money', 2.5e9, 'US$\u{1D7D0}.\u{1D7D3} billion'], ['date', 313, '\u{1D7CF}\u{1D7D1} March']]);
  });

  it('a quote in NFD (decomposed accents) is verbatim against its NFC source', () => {
    const v = judge('"The café will open its doors to every résident of the quarter," Martin said.'.normalize('NFD'));
    assert.notEqual(v.kind, 'misquote', v.message);
  });

  it('a quote with a Cyrillic letter inside a changed word is still a misquote, and one inside the same word is not', () => {
    const same = judge('"The café will \u043epen its doors to every résident of the quarter," Martin said.');
    assert.notEqual(same.kind, 'misquote', same.message);
    const hidden = judge('"The café will n\u043et open its doors to every résident of the quarter," Martin said.');
    assert.equal(hidden.kind, 'misquote', hidden.message);
  });

  it('a right-to-left override, which shows 62 where the text stores 26, is flagged', () => {
    const v = judge('The café chain is planning \u202e26\u202c new branches in Lyon this year.');
    assert.equal(v.kind, 'unsupported', v.message);
    assert.match(v.message, /bidirectional control character \(U\+202E\)/);
  });
});
