// A time of year told as another: "expected to report in the autumn" where the source says "in
// the spring"; "the subsidy for the four routes ended in March" where "ended in January". The
// source's word stands after the same three words as the statement's, and the passage never
// gives the statement's word: it is the same slot, filled otherwise.
import type { Passage, Span } from '../model.js';
import { STOPWORDS } from '../text/tokens.js';

// Seasons, in any case; months by their capitalised names (a capital keeps "may" the verb out).
const SEASON = /\b(spring|summer|autumn|winter)\b/giu;
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/gu;
// The three words before a place, in its clause.
const SLOT = /([\p{L}'’-]+)\s+([\p{L}'’-]+)\s+([\p{L}'’-]+)\s+$/u;
// A day or year after a month makes it a date, which the figure checks weigh.
const DATED_AFTER = /^\s*,?\s*\d/u;
// How many of a statement's times of year are read.
const MOST_TIMES = 10;

/** The three words before `at`, in lower case, if one of them is a content word. */
function slotOf(text: string, at: number): string | undefined {
  const m = SLOT.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return undefined;
  const words = [m[1]!, m[2]!, m[3]!].map((w) => w.toLowerCase());
  return words.some((w) => !STOPWORDS.has(w) && w.length > 2) ? words.join(' ') : undefined;
}

/**
 * The statement's season or month where an aligned passage gives another after the same three
 * words and never gives the statement's: the statement's word and where it stands, the
 * passage's, and the passage.
 */
export function otherTimeOfYear(text: string, passages: readonly Passage[]): { draft: string; source: string; span: Span; passage: Passage } | undefined {
  for (const kind of [SEASON, MONTH]) {
    const mine = [...text.matchAll(kind)].slice(0, MOST_TIMES).filter((m) => !DATED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)));
    if (!mine.length) continue;
    const given = passages.map((p) => ({ p, times: [...p.text.matchAll(kind)].slice(0, MOST_TIMES * 10) }));
    for (const m of mine) {
      const word = m[1]!;
      if (given.some(({ times }) => times.some((t) => t[1]!.toLowerCase() === word.toLowerCase()))) continue;
      const slot = slotOf(text, m.index);
      if (!slot) continue;
      for (const { p, times } of given) {
        const other = times.find((t) => !DATED_AFTER.test(p.text.slice(t.index + t[0].length, t.index + t[0].length + 4)) && slotOf(p.text, t.index) === slot);
        if (other) return { draft: word, source: other[1]!, span: { start: m.index, end: m.index + word.length }, passage: p };
      }
    }
  }
  return undefined;
}
