import type { Span } from '../model.js';
import { foldForComparison, isAscii } from './fold.js';

export interface Token extends Span {
  /** The word as a reader sees it: as written, compared as folded (see fold.ts). */
  text: string;
  /** Lower-cased, accent-free, lightly stemmed form used for matching. */
  norm: string;
}

// A word: letters and digits of any script; apostrophes and inner hyphens/dots stay inside it
// ("China's", "co-investments", "3.5", "U.S."), and so do marks and invisible characters after
// a letter (an accent written as its own code point, a zero-width space or a soft hyphen inside
// "not"). The words of /[\p{L}\p{N}][\p{L}\p{N}\p{M}\p{DI}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{N}\p{M}\p{DI}]*)*/u
// (DI: Default_Ignorable_Code_Point), found by `forEachWordSpan`.

export const STOPWORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for with from into onto over under about ' +
    'as is are was were be been being am do does did doing have has had having it its itself this ' +
    'that these those there here which who whom whose what when where why how than so such too very ' +
    'can could would should will shall may might must he she they we you i me him her them us our ' +
    'your their his hers theirs ours my mine yours also just only even own same other some any each ' +
    'both all most more few many much s t up down out off again further once while during before ' +
    'after above below between through against among upon via per said says say told according ' +
    'one\'s whether because until within without around roughly approximately'
  ).split(/\s+/),
);

/** Contractions of "not" written without the apostrophe ("wont" and "cant" are words of their own). */
export const APOSTROPHE_LESS: readonly string[] = ['isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'dont', 'doesnt', 'didnt', 'couldnt', 'shouldnt', 'wouldnt', 'mustnt', 'neednt'];

export const NEGATIONS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot',
  "n't", 'without', 'unlikely', 'fail', 'failed', 'fails', 'refuse', 'refused', 'refuses', 'refusing',
  'denied', 'deny', 'denies', 'denying',
  'stopped', 'stop', 'stops', 'ceased', 'ceases', 'halted', 'failure', 'failing',
  // "Analysts doubt the target is feasible" says what "the target may not be feasible" says.
  'doubt', 'doubts', 'doubted', 'doubtful',
  // "Enterprises are unwilling to participate" says what "enterprises will not participate" says.
  'unwilling', 'unable',
  // A chat's or a forum's contractions without their apostrophe: "the tent still hasnt arrived".
  ...APOSTROPHE_LESS,
]);

/** Lower-case, strip accents and possessive, and fold simple inflections. */
export function normalizeWord(word: string): string {
  let w = foldForComparison(word).toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/’/g, "'");
  w = w.replace(/'s$|'$/, '');
  if (/^[\d.,-]+$/.test(w)) return w.replace(/,/g, '');
  return stem(w);
}

/** A word as written, normalised (see `normalizeWord`), and as a content term ('' when it is none). */
export interface WordForms {
  readonly norm: string;
  readonly term: string;
}

// Normalising a word (case, accents, stem) is the costly part of reading it, and texts repeat
// their words: each written form is normalised once and remembered, for indexing, search and
// the checker alike. Enough for any vocabulary a corpus has; past it the memory is dropped and
// refilled.
const MAX_REMEMBERED = 1_000_000;

// The written forms met so far, numbered in order, in an open-addressing table keyed by their
// UTF-16 units: a word is looked up where it stands in its text, never cut out as a string of its
// own. Indexing meets every word of every source; a string per word and a Map lookup by it were
// most of the cost, and of the garbage, of reading one.
const writtenWords: string[] = [];
const formsOfWritten: WordForms[] = [];
// Each word's normalised form and term again, side by side in arrays of their own: the loops over
// every word of a source read them by number, and an array of strings is one read fewer than an
// array of objects (most of a read's cost is fetching from memory).
const normsOfWritten: string[] = [];
const termsOfWritten: string[] = [];
// Slot k: [3k] the word's number + 1 (0: empty), [3k + 1] its hash, [3k + 2] where its units
// stand in `units`, side by side so that a probe reads one place. Kept at most half full.
let slots = new Int32Array(3 * 2048);
// Each word's length (two units, low then high) and its UTF-16 units, one word after another: a
// probe that finds a word's hash compares the units here rather than reading the word's string
// through `writtenWords` (two reads from memory fewer for every word of every source).
let units = new Uint16Array(1 << 16);
let unitsUsed = 0;
let generation = 0;

function hashUnits(text: string, start: number, end: number): number {
  // FNV-1a over the UTF-16 units.
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function sameUnits(at: number, text: string, start: number, end: number): boolean {
  const length = end - start;
  if (units[at]! !== (length & 0xffff) || units[at + 1]! !== length >>> 16) return false;
  at += 2 - start;
  for (let i = start; i < end; i++) if (units[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Files a word's units; returns where they stand. */
function fileUnits(text: string, start: number, end: number): number {
  const length = end - start;
  if (unitsUsed + length + 2 > units.length) {
    const grown = new Uint16Array(Math.max(2 * units.length, unitsUsed + length + 2));
    grown.set(units.subarray(0, unitsUsed));
    units = grown;
  }
  const at = unitsUsed;
  units[at] = length & 0xffff;
  units[at + 1] = length >>> 16;
  for (let i = 0; i < length; i++) units[at + 2 + i] = text.charCodeAt(start + i);
  unitsUsed += length + 2;
  return at;
}

/** The slot of a word with this hash: where it stands, or the empty slot where it would go. */
function slotOf(hash: number, text: string, start: number, end: number): number {
  const mask = slots.length / 3 - 1;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const entry = slots[3 * at]!;
    if (entry === 0 || (slots[3 * at + 1] === hash && sameUnits(slots[3 * at + 2]!, text, start, end))) return at;
  }
}

/** Twice the slots, every word moved to its place among them. */
function growSlots(): void {
  const old = slots;
  slots = new Int32Array(2 * old.length);
  const mask = slots.length / 3 - 1;
  for (let k = 0; k < old.length; k += 3) {
    if (old[k] === 0) continue;
    let at = old[k + 1]! & mask;
    while (slots[3 * at] !== 0) at = (at + 1) & mask;
    slots[3 * at] = old[k]!;
    slots[3 * at + 1] = old[k + 1]!;
    slots[3 * at + 2] = old[k + 2]!;
  }
}

/**
 * The number of the word `text` has from `start` to `end`, as written: the same number for the
 * same units wherever they stand, until the memory is refilled (see `writtenWordsGeneration`).
 */
export function writtenWordAt(text: string, start: number, end: number): number {
  const hash = hashUnits(text, start, end);
  let at = slotOf(hash, text, start, end);
  if (slots[3 * at] !== 0) return slots[3 * at]! - 1;
  if (writtenWords.length >= MAX_REMEMBERED) {
    writtenWords.length = 0;
    formsOfWritten.length = 0;
    normsOfWritten.length = 0;
    termsOfWritten.length = 0;
    slots.fill(0);
    unitsUsed = 0;
    generation++;
    at = slotOf(hash, text, start, end);
  }
  const word = text.slice(start, end);
  const norm = normalizeWord(word);
  const term = !STOPWORDS.has(norm) && !STOPWORDS.has(word.toLowerCase()) && norm.length > 1 ? norm : '';
  const id = writtenWords.push(word) - 1;
  formsOfWritten.push({ norm, term });
  normsOfWritten.push(norm);
  termsOfWritten.push(term);
  slots[3 * at] = id + 1;
  slots[3 * at + 1] = hash;
  slots[3 * at + 2] = fileUnits(text, start, end);
  if (6 * writtenWords.length > slots.length) growSlots();
  return id;
}

/** A written word by its number (see `writtenWordAt`). */
export function writtenWord(id: number): string {
  return writtenWords[id]!;
}

/** A written word's normalised form by its number (see `writtenWordAt`): its forms' `norm`. */
export function writtenWordNorm(id: number): string {
  return normsOfWritten[id]!;
}

/** A written word's content term by its number ('' when it is none): its forms' `term`. */
export function writtenWordTerm(id: number): string {
  return termsOfWritten[id]!;
}

/** Changes when the memory of written words is refilled: numbers given before then mean nothing. */
export function writtenWordsGeneration(): number {
  return generation;
}

/** A written word's forms, remembered. */
export function wordForms(word: string): WordForms {
  return formsOfWritten[writtenWordAt(word, 0, word.length)]!;
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

// A consonant, a vowel and a consonant other than w, x or y: what is left of "moved", "voting",
// "noted" once the ending goes.
const SHORT_STEM = /^[^aeiou][aeiou][^aeiouwxy]$/;

function undouble(w: string): string {
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1]!)) {
    return w.slice(0, -1);
  }
  // A word of four letters keeps its final "e" ("move", "vote", "note"), so its inflections get it
  // back (Porter's rule: "mov" -> "move"), and "noted" is no longer "not".
  if (SHORT_STEM.test(w)) return `${w}e`;
  return w.endsWith('e') ? w.slice(0, -1) : w;
}

// Per UTF-16 unit: 0 not yet known, 1 a letter or digit, 2 neither, 4 a mark or an invisible
// character that stays inside a word (a combining accent, a zero-width space, a soft hyphen).
// Filled as units are met.
const unitClass = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const INSIDE_WORD = /^[\p{M}\p{Default_Ignorable_Code_Point}]$/u;

function classOf(c: number): number {
  let k = unitClass[c]!;
  if (k === 0) {
    const unit = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : LETTER_OR_DIGIT.test(unit) ? 1 : INSIDE_WORD.test(unit) ? 4 : 2;
    unitClass[c] = k;
  }
  return k;
}

/** How many UTF-16 units the mark or invisible character at `i` takes inside a word (0 when there is none). */
function joinerUnitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0;
  const k = classOf(c);
  if (k === 4) return 1;
  if (k !== 3) return 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && INSIDE_WORD.test(String.fromCodePoint(cp)) ? 2 : 0;
}
for (let c = 0; c < 128; c++) unitClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** How many UTF-16 units the letter or digit at `i` takes (0 when there is none): the `[\p{L}\p{N}]` of a word. */
function wordUnitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0; // past the end
  const k = classOf(c);
  if (k === 1) return 1;
  if (k !== 3) return 0;
  // A surrogate: a letter or digit only as a whole code point.
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** Where the next word of `text` starts, from `i` on: `text.length` when no word is left. */
export function nextWordStart(text: string, i: number): number {
  const length = text.length;
  while (i < length && wordUnitsAt(text, i) === 0) i++;
  return i;
}

/** Where the word that starts at `start` (see `nextWordStart`) ends. */
export function wordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start + wordUnitsAt(text, start);
  let step: number;
  for (;;) {
    while (i < length && ((step = wordUnitsAt(text, i)) > 0 || (step = joinerUnitsAt(text, i)) > 0)) i += step;
    const c = text.charCodeAt(i);
    // An apostrophe, dot or hyphen between letters stays inside the word: "China's", "U.S", "co-op".
    if ((c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) && i + 1 < length && (step = wordUnitsAt(text, i + 1)) > 0) i += 1 + step;
    else return i;
  }
}

/**
 * Calls `visit` with the start and end of each word of `text`, in order: the words the
 * pattern above matches, found by a scanner that allocates nothing (checking reads every word of the
 * passages it aligns with, and a match object per word is most of the garbage). The loops that
 * read every word of every source call `nextWordStart` and `wordEnd` themselves: a callback
 * shared by many callers is never inlined.
 */
export function forEachWordSpan(text: string, visit: (start: number, end: number) => void): void {
  let start = nextWordStart(text, 0);
  while (start < text.length) {
    const end = wordEnd(text, start);
    visit(start, end);
    start = nextWordStart(text, end);
  }
}

export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  const ascii = isAscii(text);
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start);
    const id = writtenWordAt(text, start, end);
    const word = writtenWords[id]!;
    // A trailing abbreviation dot is not part of the match; a trailing "'s" is kept for norm.
    tokens.push({ text: ascii ? word : foldForComparison(word), norm: normsOfWritten[id]!, start: base + start, end: base + end });
    start = nextWordStart(text, end);
  }
  return tokens;
}

/** Content words: not stopwords, not single characters. */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t.norm) && !STOPWORDS.has(t.text.toLowerCase()) && t.norm.length > 1);
}
