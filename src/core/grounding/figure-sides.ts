// How a figure stands to another, told otherwise than the source's figures say: which side of a
// figure a thing stands ("has fallen below the company's 27 per cent average" where the source
// says take-up "is slightly above our company average of 27 per cent"), and how many times
// another a figure is ("4,310 parcels, almost double the figure for 2023" where the source gives
// 3,240 for 2023). Both give the figure, so no figure check sees it, and "above" and "below" are
// too common to be opposites on their own (the table "above", "below" the surface).
import type { Passage, Span } from '../model.js';
import { findQuantities, sameQuantity, type Quantity } from '../text/numbers.js';

// The words that put a thing on one side of a figure, before it: "above our company average of".
const SIDE = /\b(above|over|exceed(?:s|ed|ing)?|more\s+than|higher\s+than|greater\s+than|below|under|less\s+than|fewer\s+than|lower\s+than|short\s+of)\b/giu;
const LOW_SIDE = /^(?:below|under|less|fewer|lower|short)\b/iu;
// How far before its figure a side word may stand, in characters: "above our company average of
// 27 per cent".
const SIDE_REACH = 40;
// How many figures of a side are read (a hostile text has thousands).
const MOST_FIGURES = 32;

interface Sided {
  figure: Quantity;
  /** The side word as written, and where it stands. */
  word: string;
  span: Span;
  low: boolean;
}

/** The figures of a text that a side word stands before, with nothing but words between. */
function sidedFigures(text: string): Sided[] {
  const out: Sided[] = [];
  for (const q of findQuantities(text).slice(0, MOST_FIGURES)) {
    if (q.kind !== 'number' && q.kind !== 'percent' && q.kind !== 'money') continue;
    const from = Math.max(0, q.start - SIDE_REACH);
    const before = text.slice(from, q.start);
    // The side word nearest the figure, with no clause break or other figure after it.
    let last: RegExpExecArray | undefined;
    for (const m of before.matchAll(SIDE)) last = m;
    if (!last || /[\d.;:!?]/u.test(before.slice(last.index + last[0].length))) continue;
    out.push({ figure: q, word: last[0], span: { start: from + last.index, end: from + last.index + last[0].length }, low: LOW_SIDE.test(last[0]) });
  }
  return out;
}

/**
 * A side of a figure told the other way from the passage's, of the same figure: "below the 27
 * per cent average" where the passage says "above our company average of 27 per cent". The
 * statement's side word, the passage's, and the passage.
 */
export function otherSideOfFigure(text: string, passages: readonly Passage[]): { draft: string; source: string; span: Span; passage: Passage } | undefined {
  const mine = sidedFigures(text);
  if (!mine.length) return undefined;
  for (const p of passages) {
    const theirs = sidedFigures(p.text);
    for (const m of mine) {
      const same = theirs.filter((t) => t.figure.kind === m.figure.kind && sameQuantity(t.figure, m.figure));
      if (!same.length || same.some((t) => t.low === m.low)) continue;
      return { draft: m.word, source: same[0]!.word, span: m.span, passage: p };
    }
  }
  return undefined;
}

// How many times another figure a figure is, said after it: "4,310 parcels ..., almost double the
// figure for 2023", "twice last year's", "half the number".
const TIMES = /\b(almost|nearly|about|around|roughly|more\s+than|over|less\s+than|under|just\s+over|just\s+under)?\s*\b(double|twice|treble|triple|three\s+times|four\s+times|five\s+times|ten\s+times|half(?=\s+(?:the|that|those|last|its|their|a\s+year)))\b(?!\s*-|\s+(?:a|an|per|each|every|daily|weekly|monthly|yearly|annually|over)\b)/iu;
const TIMES_VALUE: Record<string, number> = { double: 2, twice: 2, treble: 3, triple: 3, 'three times': 3, 'four times': 4, 'five times': 5, 'ten times': 10, half: 0.5 };
// What a figure is compared with, in the passage: "4,310 parcels ..., compared with 3,240 in".
const BASE_BEFORE = /\b(?:compared\s+(?:with|to)|against|up\s+from|down\s+from|from|than|versus|vs\.?)\s+$/iu;
// How far a multiple may stray from its word: "almost double" is 1.7 to 2, "double" 1.8 to 2.2.
const TOLERANCE = 0.15;
// How far after its figure the multiple may be said, and before a figure its base word.
const TIMES_REACH = 80;
const BASE_REACH = 24;

/**
 * A figure told as a multiple of another ("4,310 parcels ..., almost double the figure for the
 * same period of 2023") where the passage gives the figure with its base ("4,310 parcels ...,
 * compared with 3,240 in the final quarter of 2023") and the one is not that multiple of the
 * other. The statement's words of the multiple, and the passage's figures.
 */
export function otherMultiple(text: string, passages: readonly Passage[]): { draft: string; source: string; span: Span; passage: Passage } | undefined {
  const mine = findQuantities(text).slice(0, MOST_FIGURES);
  for (const q of mine) {
    if (q.kind !== 'number' && q.kind !== 'money' && q.kind !== 'percent') continue;
    const after = text.slice(q.end, q.end + TIMES_REACH);
    const m = TIMES.exec(after);
    // (Nothing but words and years between: "4,310 parcels in the last quarter of 2024, almost
    // double", not "4,310 parcels and 12 vans, double".)
    if (!m || /\d/.test(after.slice(0, m.index).replace(/\b(?:19|20)\d\d\b/g, ''))) continue;
    const times = TIMES_VALUE[m[2]!.toLowerCase().replace(/\s+/g, ' ')]!;
    const hedge = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const [low, high] = /^(?:almost|nearly|just under|less than|under)$/.test(hedge) ? [times * (1 - 2 * TOLERANCE), times] : /^(?:more than|over|just over)$/.test(hedge) ? [times, times * (1 + 2 * TOLERANCE)] : [times * (1 - TOLERANCE), times * (1 + TOLERANCE)];
    for (const p of passages) {
      const theirs = findQuantities(p.text).slice(0, MOST_FIGURES);
      const own = theirs.find((t) => t.kind === q.kind && sameQuantity(t, q));
      if (!own) continue;
      const bases = theirs.filter((t) => t.kind === q.kind && t.start > own.end && t.start - own.end <= TIMES_REACH && BASE_BEFORE.test(p.text.slice(Math.max(own.end, t.start - BASE_REACH), t.start)));
      if (!bases.length || bases.some((b) => b.value > 0 && own.value / b.value >= low && own.value / b.value <= high)) continue;
      const base = bases[0]!;
      const start = q.end + m.index + (after.slice(m.index).length - after.slice(m.index).trimStart().length);
      return { draft: m[0].trim(), source: p.text.slice(own.start, base.end), span: { start, end: q.end + m.index + m[0].length }, passage: p };
    }
  }
  return undefined;
}
