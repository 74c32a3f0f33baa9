// Quoted spans of a text: the scan jumps from one opening mark to the next and finds its closing
// mark by search; it must find what reading every character finds.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import type { Span } from '../../src/core/model.js';
import { scanQuotes } from '../../src/core/index/quotes.js';

const CLOSER: Record<string, string> = { '"': '"', '“': '”', '‘': '’', '«': '»' };

/** The definition, a character at a time. */
function byCharacter(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const close = CLOSER[c];
    if (close === undefined || (c === '‘' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) || (c === '"' && i > 0 && /[\p{L}\p{N}.,!?]/u.test(text[i - 1]!))) {
      i++;
      continue;
    }
    let found = -1;
    for (let j = i + 1; j < Math.min(text.length, i + 2000); j++) {
      if (text[j] === close && !(close === '’' && /\p{L}/u.test(text[j + 1] ?? ''))) {
        found = j;
        break;
      }
      if (text[j] === '\n' && text[j + 1] === '\n') break;
    }
    if (found < 0) {
      i++;
      continue;
    }
    if (found > i + 1) spans.push({ start: i + 1, end: found });
    i = found + 1;
  }
  return spans;
}

const piece = fc.constantFrom('"', '“', '”', '‘', '’', '«', '»', 'a', 'b', ' ', '.', ',', '1', '\n', '\n\n', "it's", 'x'.repeat(700));
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('quoted spans', () => {
  it('are those found by reading every character', () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(scanQuotes(t), byCharacter(t), JSON.stringify(t.replace(/x{700}/g, '<700x>')))), { numRuns: 2000 });
  });

  it('end at a blank line and within 2,000 characters, and skip apostrophes', () => {
    assert.deepEqual(scanQuotes('He said "no\n\nmore" then "yes".'), [{ start: 25, end: 28 }]);
    assert.deepEqual(scanQuotes(`"${'a'.repeat(2500)}"`), []);
    assert.deepEqual(scanQuotes('‘It’s fine’ she said'), [{ start: 1, end: 10 }]);
  });
});
