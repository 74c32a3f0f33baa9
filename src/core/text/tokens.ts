import type { Span } from '../model.js';

export interface Token extends Span {
  /** The word as written. */
  text: string;
  /** Lower-cased, accent-free, lightly stemmed form used for matching. */
  norm: string;
}

// Letters and digits of any script; apostrophes and inner hyphens/dots stay inside a word
// ("China's", "co-investments", "3.5", "U.S.").
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export const STOPWORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for with from into onto over under about ' +
    'as is are was were be been being am do does did doing have has had having it its itself this ' +
    'that these those there here which who whom whose what when where why how than so such too very ' +
    'can could would should will shall may might must he she they we you i me him her them us our ' +
    'your their his hers theirs ours my mine yours also just only even own same other some any each ' +
    'both all most more few many much s t up down out off again further once while during before ' +
    'after above below between through against among upon via per said says say told according ' +
    'one\'s whether because until within without'
  ).split(/\s+/),
);

export const NEGATIONS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot',
  "n't", 'without', 'unlikely', 'fail', 'failed', 'fails', 'refused', 'denied', 'deny', 'denies',
]);

/** Lower-case, strip accents and possessive, and fold simple inflections. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/’/g, "'");
  w = w.replace(/'s$|'$/, '');
  if (/^[\d.,\-]+$/.test(w)) return w.replace(/,/g, '');
  return stem(w);
}

/** A small suffix stripper: enough to match "investments"/"investment", "signed"/"signing". */
export function stem(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) return undouble(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ed')) return undouble(w.slice(0, -2));
  if (w.length > 4 && w.endsWith('e')) return w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1]!)) {
    return w.slice(0, -1);
  }
  return w.endsWith('e') ? w.slice(0, -1) : w;
}

export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text))) {
    let word = match[0];
    // A trailing abbreviation dot is not part of the match; a trailing "'s" is kept for norm.
    tokens.push({ text: word, norm: normalizeWord(word), start: base + match.index, end: base + match.index + word.length });
  }
  return tokens;
}

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

/** Content words: not stopwords, not single characters. */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t.norm) && !STOPWORDS.has(t.text.toLowerCase()) && t.norm.length > 1);
}
