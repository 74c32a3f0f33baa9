// A change told as a proportion: "persistent absence has fallen by about a quarter" where the
// source says it "has roughly halved"; "sales doubled" where it says they "rose by a third". No
// figure is written on one side or both, so the figure checks see nothing to compare.
import type { Passage } from '../model.js';
import type { Quantity } from '../text/numbers.js';
import { normalizeWord, STOPWORDS } from '../text/tokens.js';
import { contentWords, passageProfile, sharedWords, tokenizeCached } from './passage-profile.js';

const DOWN = 'fell|fallen|falls|falling|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|shrinks|cut|reduced|reduces|slipped|slumped|plunged|plummeted|tumbled';
const UP = 'rose|risen|rises|rising|increased|increases|grew|grown|grows|climbed|climbs|jumped|jumps|surged|soared|gained';
const FRACTIONS: Record<string, number> = {
  'a tenth': 10, 'a fifth': 20, 'a quarter': 25, 'a third': 100 / 3, 'a half': 50, half: 50, 'two thirds': 200 / 3, 'two-thirds': 200 / 3,
  'three quarters': 75, 'three-quarters': 75,
};
const HEDGE = '(?:about|around|roughly|nearly|almost|some|approximately|more\\s+than|less\\s+than|over|under|just\\s+over|just\\s+under)\\s+';
// "fell by about a quarter", "rose by 30 percent", "cut by a third".
const BY = new RegExp(`\\b(${DOWN}|${UP})\\s+(?:by\\s+)?(${HEDGE})?(a\\s+tenth|a\\s+fifth|a\\s+quarter|a\\s+third|a\\s+half|half|two[\\s-]thirds|three[\\s-]quarters|(\\d+(?:\\.\\d+)?)\\s*(?:%|per\\s*cent|percent))(?![\\p{L}\\p{N}])`, 'giu');
// "halved", "roughly doubled", "tripled".
const FOLD = new RegExp(`\\b(${HEDGE})?(halved|doubled|tripled|trebled|quadrupled)\\b`, 'giu');
const IS_DOWN = new RegExp(`^(?:${DOWN})$`, 'i');
const FOLD_CHANGE: Record<string, number> = { halved: -50, doubled: 100, tripled: 200, trebled: 200, quadrupled: 300 };
// The change of what: content words this many words before the verb.
const SUBJECT_WORDS = 4;

/** What each check finds: the statement's words and the passage's, as figures to show and fix. */
type Found = { draft: Quantity; source: Quantity; said: string; passage: Passage };

interface Change {
  start: number;
  end: number;
  /** Told in words ("a quarter", "halved"), not with a figure the figure checks weigh. */
  worded: boolean;
  /** Signed percent change: -50 for "halved", +33.3 for "rose by a third". */
  percent: number;
  /** The content words before it: what changed. */
  subject: Set<string>;
}

// A sentence tells a few changes; a hostile one of thousands has its first weighed.
const MOST_CHANGES = 24;

function changesIn(text: string): Change[] {
  const out: Change[] = [];
  for (const m of text.matchAll(BY)) {
    if (out.length >= MOST_CHANGES) break;
    const down = IS_DOWN.test(m[1]!);
    const size = m[4] !== undefined ? Number(m[4]) : FRACTIONS[m[3]!.toLowerCase().replace(/\s+/g, ' ')];
    if (size === undefined || !(size > 0)) continue;
    // (A fall is a share of what was; "fell by 150 percent" is no proportion.)
    if (down && size > 100) continue;
    out.push({ start: m.index, end: m.index + m[0].length, worded: m[4] === undefined, percent: down ? -size : size, subject: subjectBefore(text, m.index) });
  }
  for (const m of text.matchAll(FOLD)) {
    if (out.length >= 2 * MOST_CHANGES) break;
    out.push({ start: m.index, end: m.index + m[0].length, worded: true, percent: FOLD_CHANGE[m[2]!.toLowerCase()]!, subject: subjectBefore(text, m.index) });
  }
  return out;
}

/** The content words before a place, as normalised words (a token's `norm`), but those `skip` matches as written. */
function subjectBefore(text: string, at: number, skip?: RegExp): Set<string> {
  const tokens = tokenizeCached(text.slice(Math.max(0, at - 120), at));
  const words = tokens.filter((t) => t.norm.length > 2 && !STOPWORDS.has(t.norm) && !/\d/.test(t.norm)).slice(-SUBJECT_WORDS);
  return new Set(words.filter((t) => !skip?.test(t.text.toLowerCase())).map((t) => t.norm));
}

// How far apart two proportions may be and still be one told roughly: five points, or a fifth.
const CLOSE_POINTS = 5;
const CLOSE_SHARE = 0.2;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(CLOSE_POINTS, CLOSE_SHARE * Math.abs(b));
}

/**
 * A change the statement tells as a proportion where the aligned passage tells the change of the
 * same thing (a content word before both) as another: the statement's words and the passage's,
 * as figures to show and fix.
 */
export function otherProportion(text: string, passages: readonly Passage[]): Found | undefined {
  const mine = changesIn(text);
  if (!mine.length) return undefined;
  for (const p of passages) {
    const theirs = changesIn(p.text);
    if (!theirs.length) continue;
    for (const s of mine) {
      // Figures on both sides are the figure checks' to weigh ("grew 19 percent in 2023" against
      // "grew 6 percent in 2024, down from 19 percent the year before"); the same size the other
      // way is an opposite word's ("decreased by a fifth" against "increased by a fifth").
      const same = theirs.filter((t) => (s.worded || t.worded) && [...s.subject].some((w) => t.subject.has(w)));
      if (!same.length || same.some((t) => close(s.percent, t.percent) || close(Math.abs(s.percent), Math.abs(t.percent)))) continue;
      const t = same[0]!;
      const said = p.text.slice(t.start, t.end);
      const draftText = text.slice(s.start, s.end);
      return {
        draft: { kind: 'percent', text: draftText, value: s.percent, start: s.start, end: s.end },
        source: { kind: 'percent', text: said, value: t.percent, start: t.start, end: t.end },
        said,
        passage: p,
      };
    }
  }
  return undefined;
}

// A bound and the amount it bounds: "at least a week", "within two weeks", "more than 10 days".
const AMOUNT = '((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+(?:\\.\\d+)?)\\s+(?:hour|day|week|month|year|minute)s?)';
const LOWER_BOUND = new RegExp(`\\b(?:at\\s+least|no\\s+less\\s+than|no\\s+sooner\\s+than|more\\s+than|upwards\\s+of)\\s+${AMOUNT}\\b`, 'giu');
const UPPER_BOUND = new RegExp(`\\b(?:within|inside|in\\s+under|in\\s+less\\s+than|less\\s+than|no\\s+more\\s+than|at\\s+most|up\\s+to)\\s+${AMOUNT}\\b`, 'giu');
// The statement and the passage share this many content words (the amount's unit among them):
// one thing is bounded.
const SAME_THING = 3;

interface Bound {
  start: number;
  end: number;
  lower: boolean;
  amount: string;
}

function boundsIn(text: string): Bound[] {
  const out: Bound[] = [];
  for (const [pattern, lower] of [[LOWER_BOUND, true], [UPPER_BOUND, false]] as const) {
    for (const m of text.matchAll(pattern)) {
      if (out.length >= 2 * MOST_CHANGES) break;
      out.push({ start: m.index, end: m.index + m[0].length, lower, amount: m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:a|an)\s/, 'one ') });
    }
  }
  return out;
}

/**
 * An amount of time the statement bounds the other way from its passage: "restore power within a
 * week" where the source says restoring it "will take at least a week".
 */
export function otherBound(text: string, passages: readonly Passage[]): Found | undefined {
  const mine = boundsIn(text);
  if (!mine.length) return undefined;
  const words = contentWords(text);
  for (const p of passages) {
    const theirs = boundsIn(p.text);
    if (!theirs.length || sharedWords(words, contentWords(p.text)) < SAME_THING) continue;
    for (const b of mine) {
      const t = theirs.find((o) => o.amount === b.amount && o.lower !== b.lower);
      // (The passage may give both bounds: "at least a week, and within a month".)
      if (!t || theirs.some((o) => o.amount === b.amount && o.lower === b.lower)) continue;
      const said = p.text.slice(t.start, t.end);
      return {
        draft: { kind: 'number', text: text.slice(b.start, b.end), value: 0, start: b.start, end: b.end },
        source: { kind: 'number', text: said, value: 0, start: t.start, end: t.end },
        said,
        passage: p,
      };
    }
  }
  return undefined;
}

// "more common with velanutide than with placebo", "higher among women than among men": which of
// two things the statement says has more.
const MORE = 'more|higher|greater|larger|bigger';
const LESS = 'less|lower|smaller|fewer';
const COMPARED = new RegExp(`\\b(${MORE}|${LESS})\\b(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:with|among|in|for|on)\\s+(?:the\\s+)?([\\p{L}-]+)(?:\\s+[\\p{L}-]+){0,2}?\\s+than\\s+(?:with\\s+|among\\s+|in\\s+|for\\s+|on\\s+)?(?:the\\s+)?([\\p{L}-]+)`, 'giu');
const IS_MORE = new RegExp(`^(?:${MORE})$`, 'i');
const OTHER_WAY: Record<string, string> = { more: 'less', higher: 'lower', greater: 'smaller', larger: 'smaller', bigger: 'smaller', less: 'more', lower: 'higher', smaller: 'larger', fewer: 'more' };
// Words of degree before a comparison, as written: not what is compared.
const DEGREE = /^(?:somewhat|slightly|much|far|rather|considerably|significantly|substantially|marginally|little|bit|even|still|was|were|is|are|been|be)$|ly$/;
// How many words from a figure the thing it is given for may stand ("2.4% of velanutide patients").
const FIGURE_REACH = 4;

/** The percent figures of a passage with the content words standing near each (after it first). */
function figuresWithWords(text: string): { value: number; start: number; end: number; words: Set<string> }[] {
  const tokens = tokenizeCached(text);
  const out: { value: number; start: number; end: number; words: Set<string> }[] = [];
  tokens.forEach((t, i) => {
    if (out.length >= MOST_CHANGES || !/^\d+(?:\.\d+)?$/.test(t.text)) return;
    const after = text.slice(t.end, t.end + 9);
    if (!/^\s*(?:%|per\s*cent|percent)/i.test(after)) return;
    const words = new Set<string>();
    for (let k = i + 1; k < tokens.length && k <= i + FIGURE_REACH + 1; k++) {
      // (Up to the next figure: "2.4% of velanutide patients and 2.6% of placebo patients".)
      if (/^\d/.test(tokens[k]!.text)) break;
      words.add(tokens[k]!.norm);
    }
    out.push({ value: Number(t.text), start: t.start, end: t.end, words });
  });
  return out;
}

/**
 * A comparison the passage's figures say the other way: "Serious adverse events were somewhat more
 * common with velanutide than with placebo" where the passage gives "2.4% of velanutide patients
 * and 2.6% of placebo patients".
 */
export function reversedComparison(text: string, passages: readonly Passage[]): Found | undefined {
  for (const m of text.matchAll(COMPARED)) {
    const more = IS_MORE.test(m[1]!);
    const a = normalizeWord(m[2]!.toLowerCase());
    const b = normalizeWord(m[3]!.toLowerCase());
    if (a === b || STOPWORDS.has(a) || STOPWORDS.has(b)) continue;
    // What is compared: the words before it, every one in the passage's sentence ("Serious adverse
    // events", not the sentence on "The most common adverse events").
    const subject = [...subjectBefore(text, m.index, DEGREE)];
    for (const p of passages) {
      const terms = passageProfile(p).terms;
      if (!subject.length || subject.some((w) => !terms.has(w))) continue;
      const figures = figuresWithWords(p.text);
      const ofA = figures.filter((f) => f.words.has(a) && !f.words.has(b));
      const ofB = figures.filter((f) => f.words.has(b) && !f.words.has(a));
      // One figure each, in one sentence: what the two are compared by.
      if (ofA.length !== 1 || ofB.length !== 1 || ofA[0]!.value === ofB[0]!.value) continue;
      if ((ofA[0]!.value > ofB[0]!.value) === more) continue;
      const [x, y] = [ofA[0]!, ofB[0]!];
      const start = m.index;
      const end = m.index + m[1]!.length;
      const word = m[1]!;
      const other = OTHER_WAY[word.toLowerCase()]!;
      return {
        draft: { kind: 'number', text: word, value: 0, start, end },
        // The fix writes the comparison the figures make; the message shows them.
        source: { kind: 'number', text: /^\p{Lu}/u.test(word) ? other[0]!.toUpperCase() + other.slice(1) : other, value: 0, start: x.start, end: y.end },
        said: `${x.value}% against ${y.value}%`,
        passage: p,
      };
    }
  }
  return undefined;
}
