import type { Span } from '../model.js';
import { sentenceEnds } from './sentence-breaks.js';

// Intl.Segmenter follows Unicode sentence rules, which break after every "period + space +
// capital". News text is full of abbreviations that do not end a sentence ("U.S. officials",
// "Dec. 12", "Mr. Zhou", "J. Smith"), so breaks after them are undone here.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'col', 'lt',
  'capt', 'sgt', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'est', 'vs', 'etc', 'approx',
  'vol', 'fig', 'p', 'pp', 'ed', 'eds', 'cf', 'ave', 'blvd', 'rd',
]);
// "No. 10" and "nos. 3-5" come before a figure, which never starts a sentence anyway; before a
// capital they are a sentence's last word ("The answer was no. Then ..."). "Al." is an
// abbreviation only in "et al.": elsewhere it is a name ("national carrier El Al. Previously").

/** True when the text before a break ends with an abbreviation that does not end a sentence. */
function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s("'“‘])((?:[A-Za-z]\.){1,4}|[A-Za-z]{1,6}\.)\s*$/.exec(segment);
  if (!match) return false;
  const word = match[1]!;
  // Initials and dotted acronyms: "J.", "U.S.", "e.g."
  if (/^(?:[A-Za-z]\.)+$/.test(word)) {
    // "U.S." at the very end of a sentence is common too; keep the break when the next
    // segment starts a new sentence with a capitalised function word (decided by the caller).
    return true;
  }
  const bare = word.slice(0, -1).toLowerCase();
  if (bare === 'al') return /\bet\s+al\.\s*$/i.test(segment);
  return ABBREVIATIONS.has(bare);
}

const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But',
  'And', 'In', 'On', 'At', 'For', 'However', 'Meanwhile', 'Its', 'His', 'Her', 'Their', 'Our',
  'There', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Yet', 'So',
]);

function shouldJoin(pending: string, next: string): boolean {
  // Only the end of the pending text decides; looking at all of it would make long runs of
  // abbreviations ("U.S. U.S. U.S. ...") quadratic.
  const previous = pending.length > 64 ? pending.slice(-64) : pending;
  const trimmedNext = next.slice(0, 64).trimStart();
  if (trimmedNext === '') return true;
  if (/\n\s*$/.test(previous) || /\n[ \t]*\n/.test(previous)) return false;
  // A break before a lower-case word or a digit is never a sentence start ("approx. 5", "vs. them",
  // "Warner Bros.' 2020 film": a possessive after the abbreviation's full stop).
  if (/^[a-z0-9]/.test(trimmedNext)) return /[.]['’]?\s*$/.test(previous);
  if (!endsWithAbbreviation(previous)) return false;
  const firstWord = /^[A-Za-z]+/.exec(trimmedNext)?.[0] ?? '';
  // "... in the U.S. The next day" is a real break; "the U.S. State Department" is not.
  if (/(?:[A-Za-z]\.){2,}\s*$/.test(previous) && SENTENCE_STARTERS.has(firstWord)) return false;
  return true;
}

/**
 * Sentence spans of `text` (offsets into `text`, plus `base`), trimmed of surrounding
 * whitespace, never empty. A line break ends a sentence (in plain-text sources a line is a
 * paragraph); callers that want soft line breaks joined replace them with spaces first.
 */
export function splitSentences(text: string, base = 0): Span[] {
  const spans: Span[] = [];
  // The segments joined so far (they follow one another: `text.slice(pendingStart, pendingEnd)`
  // is their text).
  let pendingStart = -1;
  let pendingEnd = -1;
  forEachSegment(text, (start, end) => {
    // A numbered paragraph's number ("8. However, the Tribunal found ...") is no sentence of its
    // own: the paragraph's sentence starts after it.
    if (pendingStart >= 0 && isListMarker(text, pendingStart, pendingEnd)) {
      pendingStart = start;
      pendingEnd = end;
      return;
    }
    if (pendingStart >= 0 && shouldJoin(text.slice(Math.max(pendingStart, pendingEnd - 64), pendingEnd), text.slice(start, Math.min(end, start + 64)))) {
      pendingEnd = end;
      return;
    }
    if (pendingStart >= 0) pushTrimmed(text, pendingStart, pendingEnd, base, spans);
    pendingStart = start;
    pendingEnd = end;
  });
  if (pendingStart >= 0) pushTrimmed(text, pendingStart, pendingEnd, base, spans);
  return spans;
}

// A paragraph's number at the start of a line: "8.", "12.", "(iv)", "b)".
const LIST_MARKER = /^[ \t]*(?:\d{1,3}\.|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\))[ \t]*$/;

/** Whether `text.slice(start, end)` is only a list item's number, standing at a line's start. */
function isListMarker(text: string, start: number, end: number): boolean {
  if (end - start > 12) return false;
  let k = start;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return (k === 0 || text[k - 1] === '\n' || text[k - 1] === '\r') && LIST_MARKER.test(text.slice(start, end));
}

// V8's sentence segmenter takes time in the square of the text's length once it holds many
// sentences (a 2 MB paragraph: a minute). It is fed windows of about this many characters: each
// sentence costs in proportion to its window (measured: 1.1 µs a sentence in windows of 1,024
// characters, 2 µs in 4,096, with a window's worth of garbage), and an article of a few thousand
// characters is several windows. (`sentenceEnds` reads the same windows: its breaks are the
// segmenter's, window for window.)
const WINDOW = 1024;
// A break this close to a window's end may depend on what follows: the window after decides it.
const MARGIN = 256;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// Scratch for the ends of one window's segments.
const ends: number[] = [];

/** `ends` := where the segments of `text.slice(start, end)` end (offsets into `text`), as `Intl.Segmenter` gives them. */
function segmentEnds(text: string, start: number, end: number): void {
  ends.length = 0;
  if (sentenceEnds(text, start, end, ends)) return;
  ends.length = 0;
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const { segment, index } of sentenceSegmenter.segment(window)) ends.push(start + index + segment.length);
}

/**
 * Calls `visit` with the start and end of each sentence segment of `text`, as `Intl.Segmenter`
 * finds them, in order, found window by window: the segments that end well inside a window are
 * kept, and the next window starts where the first segment not kept starts. A sentence longer
 * than a window widens it.
 */
function forEachSegment(text: string, visit: (start: number, end: number) => void): void {
  let position = 0;
  let width = WINDOW;
  while (position < text.length) {
    const end = Math.min(text.length, position + width);
    const last = end === text.length;
    segmentEnds(text, position, end);
    let start = position;
    let next = -1;
    for (let k = 0; k < ends.length; k++) {
      const e = ends[k]!;
      if (!last && e > end - MARGIN) {
        next = start;
        break;
      }
      visit(start, e);
      start = e;
    }
    if (last) return;
    if (next <= position) {
      // No break well inside the window: one long sentence. Read it in a wider window.
      width *= 2;
      continue;
    }
    position = next;
    width = WINDOW;
  }
}

/** The sentence segments of `text`, as `Intl.Segmenter` finds them (see `forEachSegment`). */
export function sentenceSegments(text: string): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  forEachSegment(text, (start, end) => out.push({ segment: text.slice(start, end), index: start }));
  return out;
}

function pushTrimmed(text: string, start: number, end: number, base: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start: start + base, end: end + base });
}

/** Paragraph spans: runs of non-blank lines. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t\r]*\n/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    pushTrimmed(text, start, match.index, 0, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, 0, spans);
  return spans;
}
