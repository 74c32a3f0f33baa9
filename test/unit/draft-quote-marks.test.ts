// A draft's quotations are found by reading its quotation marks alone: the same quotations as
// reading every character (the scan before, kept here to compare), on any text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { findQuotes, type QuoteMarks } from '../../src/core/draft/quotes.js';

// The scan before, character by character (src/core/draft/quotes.ts until it read marks alone).
type Family = 0 | 1; // double, single
const DOUBLE: Family = 0;
const SINGLE: Family = 1;

const OPENING_CONTEXT = /[\s([{<\u2014\u2013\-/"'\u201C\u2018\u00AB]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function canOpen(text: string, i: number): boolean {
  return (i === 0 || OPENING_CONTEXT.test(text[i - 1]!)) && !isSpace(text[i + 1]);
}

function canClose(text: string, i: number): boolean {
  const next = text[i + 1];
  return i > 0 && !isSpace(text[i - 1]) && (next === undefined || !LETTER_OR_DIGIT.test(next));
}

interface Mark {
  family: Family;
  opens: boolean;
  closes: boolean;
}

function markAt(text: string, i: number): Mark | undefined {
  switch (text[i]) {
    case '"':
      return { family: DOUBLE, opens: canOpen(text, i), closes: canClose(text, i) };
    case '\u201C': // “
    case '\u00AB': // «
      return { family: DOUBLE, opens: !isSpace(text[i + 1]), closes: false };
    case '\u201D': // ”
    case '\u00BB': // »
      return { family: DOUBLE, opens: false, closes: i > 0 && !isSpace(text[i - 1]) };
    case '\u2018': // ‘
      return { family: SINGLE, opens: canOpen(text, i), closes: false };
    case "'":
      return { family: SINGLE, opens: canOpen(text, i), closes: canClose(text, i) };
    case '\u2019': // ’
      return { family: SINGLE, opens: false, closes: canClose(text, i) };
    default:
      return undefined;
  }
}

function findQuotesAsBefore(text: string): QuoteMarks[] {
  const n = text.length;
  const marks: (Mark | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) marks[i] = markAt(text, i);
  // nextCloser[f][i]: first closer of family f at or after i; nextOpener: first mark that can
  // only open. An opener pairs with the next closer unless a surer opener comes first.
  const nextCloser = [new Int32Array(n + 1), new Int32Array(n + 1)];
  const nextOpener = [new Int32Array(n + 1), new Int32Array(n + 1)];
  for (const f of [DOUBLE, SINGLE]) {
    nextCloser[f]![n] = -1;
    nextOpener[f]![n] = -1;
  }
  for (let i = n - 1; i >= 0; i--) {
    const mark = marks[i];
    for (const f of [DOUBLE, SINGLE]) {
      const same = mark !== undefined && mark.family === f;
      nextCloser[f]![i] = same && mark.closes ? i : nextCloser[f]![i + 1]!;
      nextOpener[f]![i] = same && mark.opens && !mark.closes ? i : nextOpener[f]![i + 1]!;
    }
  }
  const quotes: QuoteMarks[] = [];
  let i = 0;
  while (i < n) {
    const mark = marks[i];
    if (!mark || !mark.opens) {
      i++;
      continue;
    }
    const close = nextCloser[mark.family]![i + 1]!;
    const rival = nextOpener[mark.family]![i + 1]!;
    if (close < 0 || (rival >= 0 && rival < close) || !isQuotation(text, i, close, mark.family)) {
      i++;
      continue;
    }
    quotes.push({ open: i, close });
    i = close + 1;
  }
  return quotes;
}

function isQuotation(text: string, open: number, close: number, family: Family): boolean {
  const words = text.slice(open + 1, close);
  if (!LETTER_OR_DIGIT.test(words)) return false;
  // A single letter between single marks is "rock 'n' roll", not a quotation.
  return family === DOUBLE || words.trim().length >= 2;
}

describe('quotation marks of a draft', () => {
  it('pair as they did when every character was read', () => {
    const unit = fc.constantFrom('"', "'", '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201C', '\u201D', '\u201A', 'a', 'Z', '7', ' ', '\n', '(', '[', '-', '\u2014', '/', '.', ',', 'é', 's', 'n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((u) => u.join('')), (text) => {
        assert.deepEqual(findQuotes(text), findQuotesAsBefore(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['He said "we will go" and \'rock \'n\' roll\' left.', "China's role and the US' allies", '“a” ‘b’ «c» "d', '']) {
      assert.deepEqual(findQuotes(text), findQuotesAsBefore(text), text);
    }
  });
});
