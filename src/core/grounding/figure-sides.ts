// Which side of a figure a thing stands: "has fallen below the company's 27 per cent average"
// where the source says take-up "is slightly above our company average of 27 per cent". Both
// give the figure, so no figure check sees it, and "above" and "below" are too common to be
// opposites on their own (the table "above", "below" the surface).
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
