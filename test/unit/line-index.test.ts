// Line positions of a text: every LF, CR and CRLF ends a line (CRLF once), however they mix.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { LineIndex } from '../../src/core/text/lines.js';

/** Where each line starts, by reading every character. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

const text = fc.array(fc.constantFrom('\n', '\r', '\r\n', 'a', 'bc', ' ', '\u2028'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('line index', () => {
  it('starts a line after every LF, every CR and every CRLF, and maps offsets both ways', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = new LineIndex(t);
        const starts = lineStarts(t);
        assert.equal(lines.lineCount, starts.length);
        for (let offset = 0; offset <= t.length; offset++) {
          let line = 0;
          while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
          assert.deepEqual(lines.positionAt(offset), { line, character: offset - starts[line]! }, `offset ${offset} of ${JSON.stringify(t)}`);
        }
        starts.forEach((start, line) => assert.equal(lines.offsetAt({ line, character: 0 }), start));
      }),
      { numRuns: 500 },
    );
  });

  it('counts CRLF as one break and a lone CR as one', () => {
    assert.equal(new LineIndex('a\r\nb\rc\n\nd').lineCount, 5);
    assert.deepEqual(new LineIndex('a\r\nb\rc').positionAt(5), { line: 2, character: 0 });
  });
});
