// Quotations in a block's plain text. Double marks (straight "…", curly “…”, guillemets «…»)
// always quote; single marks (‘…’, '…') quote only when they are clearly not apostrophes:
// the opening mark starts a word after a space or an opening bracket, and the closing mark ends
// one before a space or punctuation ("China's", "the US' stance" are not quotes). Only outermost
// quotes are reported: a quote inside a quote is part of it.
//
// Linear in the text length: for each mark the next possible closer is precomputed.

/** A quotation: offsets of its opening and closing marks in the text. */
export interface QuoteMarks {
  open: number;
  close: number;
}

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

// The characters `markAt` reads as marks: the scan looks at these alone.
const MARK = /["'\u00AB\u00BB\u2018\u2019\u201C\u201D]/g;

export function findQuotes(text: string): QuoteMarks[] {
  // The marks, in order, and where they stand: a paragraph has a few among thousands of
  // characters, and reading every character into an array cost a draft's first parse.
  const at: number[] = [];
  const marks: Mark[] = [];
  MARK.lastIndex = 0;
  for (let found = MARK.exec(text); found; found = MARK.exec(text)) {
    at.push(found.index);
    marks.push(markAt(text, found.index)!);
  }
  const n = marks.length;
  // nextCloser[f][k]: first mark from the k-th on that closes in family f; nextOpener: first that
  // can only open (mark indexes, -1: none). An opener pairs with the next closer unless a surer
  // opener comes first.
  const nextCloser = [new Int32Array(n + 1), new Int32Array(n + 1)];
  const nextOpener = [new Int32Array(n + 1), new Int32Array(n + 1)];
  for (const f of [DOUBLE, SINGLE]) {
    nextCloser[f]![n] = -1;
    nextOpener[f]![n] = -1;
  }
  for (let k = n - 1; k >= 0; k--) {
    const mark = marks[k]!;
    for (const f of [DOUBLE, SINGLE]) {
      const same = mark.family === f;
      nextCloser[f]![k] = same && mark.closes ? k : nextCloser[f]![k + 1]!;
      nextOpener[f]![k] = same && mark.opens && !mark.closes ? k : nextOpener[f]![k + 1]!;
    }
  }
  const quotes: QuoteMarks[] = [];
  let k = 0;
  while (k < n) {
    const mark = marks[k]!;
    if (!mark.opens) {
      k++;
      continue;
    }
    const close = nextCloser[mark.family]![k + 1]!;
    const rival = nextOpener[mark.family]![k + 1]!;
    if (close < 0 || (rival >= 0 && rival < close) || !isQuotation(text, at[k]!, at[close]!, mark.family)) {
      k++;
      continue;
    }
    quotes.push({ open: at[k]!, close: at[close]! });
    k = close + 1;
  }
  return quotes;
}

function isQuotation(text: string, open: number, close: number, family: Family): boolean {
  const words = text.slice(open + 1, close);
  if (!LETTER_OR_DIGIT.test(words)) return false;
  // A single letter between single marks is "rock 'n' roll", not a quotation.
  return family === DOUBLE || words.trim().length >= 2;
}
