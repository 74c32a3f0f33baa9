import { normalizeWord, STOPWORDS } from '../text/tokens.js';

// The same words as `contentTokens` (text/tokens.ts: `[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*`),
// found by a scanner rather than a regular expression and without building Token objects:
// indexing meets every word of every source, and a newsroom archive repeats a small vocabulary,
// so each written form is normalised once and remembered.

/** Written form -> its normalised content term, or '' when the word is not a content word. */
const termOfWord = new Map<string, string>();
// Enough for any vocabulary a corpus has; past it the memory is dropped and refilled.
const MAX_REMEMBERED = 1_000_000;

export function contentTermOf(word: string): string {
  let term = termOfWord.get(word);
  if (term === undefined) {
    const norm = normalizeWord(word);
    term = !STOPWORDS.has(norm) && !STOPWORDS.has(word.toLowerCase()) && norm.length > 1 ? norm : '';
    if (termOfWord.size >= MAX_REMEMBERED) termOfWord.clear();
    termOfWord.set(word, term);
  }
  return term;
}

/** Calls `visit` with each content term of `text`, in order (terms repeat). */
export function forEachContentTerm(text: string, visit: (term: string) => void): void {
  forEachWord(text, (word) => {
    const term = contentTermOf(word);
    if (term) visit(term);
  });
}

/** Calls `visit` with each word of `text` as written, in order: what `contentTermOf` takes. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let step = wordUnitsAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    i += step;
    for (;;) {
      while (i < length && (step = wordUnitsAt(text, i)) > 0) i += step;
      const c = text.charCodeAt(i);
      // An apostrophe, dot or hyphen between letters stays inside the word: "China's", "U.S", "co-op".
      if ((c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) && i + 1 < length && (step = wordUnitsAt(text, i + 1)) > 0) i += 1 + step;
      else break;
    }
    visit(text.slice(start, i));
  }
}

// Per UTF-16 unit: 0 not yet known, 1 a letter or digit, 2 neither. Filled as units are met.
const unitClass = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
for (let c = 0; c < 128; c++) unitClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** How many UTF-16 units the letter or digit at `i` takes (0 when there is none): the `[\p{L}\p{N}]` of the word pattern. */
function wordUnitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0; // past the end
  let k = unitClass[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 3 : LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    unitClass[c] = k;
  }
  if (k === 1) return 1;
  if (k === 2) return 0;
  // A surrogate: a letter or digit only as a whole code point.
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
}
