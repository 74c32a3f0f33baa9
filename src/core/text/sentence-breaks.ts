// The sentence breaks of Unicode's rules (UAX #29, as ICU and so `Intl.Segmenter` apply them),
// found by one pass over the text's characters for the scripts news text is mostly written in:
// Latin letters, their accents, and common punctuation. A text with any other character is left
// to `Intl.Segmenter` (the caller's fallback). Indexing splits every paragraph of every source:
// the segmenter's objects and strings, one of each per sentence, were the largest part of a cold
// build's garbage. A property test holds the two equal (test/unit/sentence-breaks.test.ts).

// Sentence_Break classes.
const enum C {
  /** A character this reader does not know: the caller asks `Intl.Segmenter`. */
  Unknown = 0,
  Other,
  CR,
  LF,
  Sep,
  Extend,
  Format,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

// Code units below this are classified by a table; the General Punctuation block by another.
const LATIN_END = 0x370;
const PUNCTUATION_START = 0x2000;
const PUNCTUATION_END = 0x2070;

function classify(c: number): C {
  const ch = String.fromCharCode(c);
  if (c === 0x0d) return C.CR;
  if (c === 0x0a) return C.LF;
  if (c === 0x85 || c === 0x2028 || c === 0x2029) return C.Sep;
  if (c === 0x200d || /\p{Grapheme_Extend}|\p{Mc}/u.test(ch)) return C.Extend;
  if (/\p{Cf}/u.test(ch)) return C.Format;
  if (/\p{White_Space}/u.test(ch)) return C.Sp;
  if (/\p{Lowercase}/u.test(ch)) return C.Lower;
  if (/\p{Uppercase}|\p{Lt}/u.test(ch)) return C.Upper;
  if (/\p{Alphabetic}/u.test(ch)) return C.OLetter;
  if (c >= 0x30 && c <= 0x39) return C.Numeric;
  // Digits of other scripts and other numbers are not in these blocks; superscripts are `No`.
  if (/\p{Nd}/u.test(ch)) return C.Unknown;
  if (c === 0x2e || c === 0x2024) return C.ATerm;
  if (/\p{Sentence_Terminal}/u.test(ch)) return C.STerm;
  if (/\p{Ps}|\p{Pe}|\p{Pi}|\p{Pf}|\p{Quotation_Mark}/u.test(ch)) return C.Close;
  if (c === 0x2c || c === 0x2d || c === 0x3a || c === 0x3b || c === 0x2013 || c === 0x2014) return C.SContinue;
  // Unassigned code points in these blocks: whatever a later Unicode makes of them.
  if (/\p{Cn}/u.test(ch)) return C.Unknown;
  return C.Other;
}

const latin = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) latin[c] = classify(c);
const punctuation = new Uint8Array(PUNCTUATION_END - PUNCTUATION_START);
for (let c = PUNCTUATION_START; c < PUNCTUATION_END; c++) punctuation[c - PUNCTUATION_START] = classify(c);

function classAt(text: string, i: number): C {
  const c = text.charCodeAt(i);
  if (c < LATIN_END) return latin[c]!;
  if (c >= PUNCTUATION_START && c < PUNCTUATION_END) return punctuation[c - PUNCTUATION_START]!;
  return C.Unknown;
}

const isParaSep = (k: C): boolean => k === C.CR || k === C.LF || k === C.Sep;

/**
 * Pushes onto `ends` where each sentence segment of `text.slice(start, end)` ends (offsets into
 * `text`; the last is `end`), as `Intl.Segmenter` would segment that slice on its own. False when
 * the slice holds a character this reader does not know: `ends` then holds some of them, to be
 * dropped.
 */
export function sentenceEnds(text: string, start: number, end: number, ends: number[]): boolean {
  if (start >= end) return true;
  // The last two characters that count (SB5: an Extend or Format goes with the one before it).
  let last = classAt(text, start);
  if (last === C.Unknown) return false;
  let beforeLast = C.Other;
  let raw = last;
  // The run "SATerm Close* Sp*" the last characters make, if any: the terminator (ATerm, STerm
  // or none) and whether a space came after it.
  let term = last === C.ATerm || last === C.STerm ? last : C.Other;
  let spaced = false;
  for (let i = start + 1; i < end; i++) {
    const k = classAt(text, i);
    if (k === C.Unknown) return false;
    let joined: boolean;
    if (raw === C.CR && k === C.LF) joined = true; // SB3
    else if (isParaSep(raw)) joined = false; // SB4
    else if (k === C.Extend || k === C.Format) {
      // SB5: it goes with the character before.
      raw = k;
      continue;
    } else if (last === C.ATerm && k === C.Numeric) joined = true; // SB6
    else if (last === C.ATerm && k === C.Upper && (beforeLast === C.Upper || beforeLast === C.Lower)) joined = true; // SB7
    else if (term === C.Other) joined = true; // SB998
    else if (k === C.SContinue || k === C.ATerm || k === C.STerm) joined = true; // SB8a
    else if (!spaced && k === C.Close) joined = true; // SB9
    else if (k === C.Sp || isParaSep(k)) joined = true; // SB9, SB10
    else if (term === C.ATerm && lowerFollows(text, i, end)) joined = true; // SB8
    else joined = false; // SB11
    if (!joined) ends.push(i);
    raw = k;
    beforeLast = last;
    last = k;
    if (k === C.ATerm || k === C.STerm) {
      term = k;
      spaced = false;
    } else if (term !== C.Other && ((k === C.Close && !spaced) || k === C.Sp)) {
      if (k === C.Sp) spaced = true;
    } else {
      term = C.Other;
    }
  }
  ends.push(end);
  return true;
}

/** SB8: whether, from `i`, characters other than letters, paragraph separators and terminators lead to a lower-case letter. */
function lowerFollows(text: string, i: number, end: number): boolean {
  for (; i < end; i++) {
    const k = classAt(text, i);
    if (k === C.Lower) return true;
    if (k === C.OLetter || k === C.Upper || k === C.ATerm || k === C.STerm || isParaSep(k) || k === C.Unknown) return false;
  }
  return false;
}
