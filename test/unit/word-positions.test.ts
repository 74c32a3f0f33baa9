import assert from 'node:assert/strict';
import { compoundParts } from '../../src/core/grounding/passage-profile.js';
import { WordPositions } from '../../src/core/grounding/word-positions.js';
import { scanQuotes } from '../../src/core/index/quotes.js';

/** Where each word stands, as a map of arrays: what WordPositions must answer. */
function reference(norms: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  norms.forEach((norm, i) => {
    for (const word of [norm, ...(compoundParts(norm) ?? [])]) {
      const at = out.get(word);
      if (!at) out.set(word, [i]);
      else if (at.at(-1) !== i) at.push(i);
    }
  });
  return out;
}

function assertSame(norms: readonly string[]): void {
  const positions = new WordPositions(norms);
  const expected = reference(norms);
  assert.deepEqual([...positions.keys()], [...expected.keys()]);
  for (const [word, at] of expected) {
    assert.ok(positions.has(word));
    assert.deepEqual([...positions.get(word)!], at, word);
  }
  assert.equal(positions.get('absent'), undefined);
  assert.equal(positions.has('absent'), false);
}

describe('word positions of a document profile', () => {
  it('lists each word where it stands, the words of a compound where the compound stands', () => {
    const norms = ['the', 'china-dominat', 'supply', 'chain', 'china', 'the', 'bye-bye', 'bye'];
    assertSame(norms);
    const positions = new WordPositions(norms);
    assert.deepEqual([...positions.get('china')!], [1, 4]);
    // A compound that repeats its word stands once among that word's places.
    assert.deepEqual([...positions.get('bye')!], [6, 7]);
    assert.equal(positions.spaced, false);
  });

  it('says when a word has a space in it', () => {
    assert.equal(new WordPositions(['a', 'f f', 'b']).spaced, true);
  });

  it('is the same for a long document and for the next one built after it', () => {
    const vocabulary = ['minister', 'said', 'the', 'long-term', 'plan', 'term', 'well-known', 'known', 'x-ray', 'ray'];
    const long = Array.from({ length: 5000 }, (_, i) => vocabulary[(i * 7 + (i >> 3)) % vocabulary.length]! + (i % 97 === 0 ? `-w${i % 13}` : ''));
    assertSame(long);
    assertSame(['known', 'plan', 'known']);
    assertSame([]);
  });
});

describe('quotation marks', () => {
  it('pairs curly, straight and angle quotes, and passes over apostrophes', () => {
    const text = 'He said “we will win” and ‘soon’. China’s «best» hope, "no doubt", it\'s said.';
    const spans = scanQuotes(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['we will win', 'soon', 'best', 'no doubt']);
  });

  it('does not pair marks across a blank line, nor open a straight quote after a letter', () => {
    assert.deepEqual(scanQuotes('“open\n\nclosed” later'), []);
    assert.deepEqual(scanQuotes('a 5" screen and "a quote"').map((s) => [s.start, s.end]), [[17, 24]]);
  });
});
