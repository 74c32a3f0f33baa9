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

// Which of two ways a forecast says is likelier: "more likely to be below the long-term median
// than above it", "more likely to rise than fall".
const WAYS = 'above|below|higher|lower|rise|fall|increase|decrease|wetter|drier|warmer|colder|milder|better|worse';
const LIKELIER = new RegExp(`\\b(more|less)\\s+likely\\s+(?:to\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(${WAYS})\\b[^.;:!?]{0,60}?\\bthan\\s+(?:[\\p{L}-]+\\s+){0,2}?(${WAYS})\\b`, 'iu');

/**
 * A forecast's likelier way told the other way round: "snowpack ... is more likely to end up
 * above the long-term median on 1 March than below it" where the passage says it "is more likely
 * to be below the long-term median than above it". The two ways are the passage's, crossed.
 */
export function reversedLikelier(text: string, passages: readonly Passage[]): Found | undefined {
  const m = LIKELIER.exec(text);
  if (!m) return undefined;
  const [more, a, b] = [m[1]!.toLowerCase() === 'more', m[2]!.toLowerCase(), m[3]!.toLowerCase()];
  if (a === b) return undefined;
  const subject = [...subjectBefore(text, m.index, DEGREE)];
  for (const p of passages) {
    const t = LIKELIER.exec(p.text);
    if (!t || (subject.length && subject.every((w) => !passageProfile(p).terms.has(w)))) continue;
    const [theirsMore, x, y] = [t[1]!.toLowerCase() === 'more', t[2]!.toLowerCase(), t[3]!.toLowerCase()];
    // The same two ways, the likelier the other: crossed with the same "more", or alike with the other.
    const crossed = x === b && y === a;
    if (!(crossed ? more === theirsMore : x === a && y === b && more !== theirsMore)) continue;
    const word = m[2]!;
    return {
      draft: { kind: 'number', text: word, value: 0, start: m.index + m[0].indexOf(word), end: m.index + m[0].indexOf(word) + word.length },
      source: { kind: 'number', text: t[2]!, value: 0, start: t.index, end: t.index + t[0].length },
      said: t[0],
      passage: p,
    };
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

// A comparison with an earlier time, with no figure: "a larger share of lots sold than in the
// equivalent sale last year", "fewer visitors than a year earlier".
const THAN_BEFORE = new RegExp(`\\b(${MORE}|${LESS})\\b[^.;:!?]{0,80}?\\bthan\\b[^.;:!?]{0,60}?\\b(?:last\\s+(?:year|month|week|season|time)|a\\s+year\\s+(?:earlier|before|ago)|the\\s+(?:previous|prior)\\s+\\p{L}+|(?:the\\s+)?year\\s+before|before)\\b`, 'iu');
// A passage's figure now set against an earlier one: "28 per cent of lots sold, compared with 35
// per cent in the equivalent sale last year", "28%, down from 35%".
const AGAINST_EARLIER = /(\d+(?:\.\d+)?)\s*(?:per\s*cent|percent|%)[^.;:!?]{0,80}?\b(?:compared\s+(?:with|to)|against|versus|up\s+from|down\s+from)\s+(\d+(?:\.\d+)?)\s*(?:per\s*cent|percent|%)/giu;

/**
 * A comparison with an earlier time the passage's figures say the other way: "Online bidders
 * accounted for a larger share of lots sold than in the equivalent sale last year" where they
 * "accounted for 28 per cent of lots sold, compared with 35 per cent in the equivalent sale last
 * year". The statement gives no figure of its own; every word it says the comparison of is the
 * passage's sentence's.
 */
export function reversedOverTime(text: string, passages: readonly Passage[]): Found | undefined {
  const m = THAN_BEFORE.exec(text);
  if (!m || /\d/.test(text)) return undefined;
  const more = IS_MORE.test(m[1]!);
  const subject = [...subjectBefore(text, m.index, DEGREE)];
  if (!subject.length) return undefined;
  for (const p of passages) {
    const terms = passageProfile(p).terms;
    if (subject.some((w) => !terms.has(w))) continue;
    const found = [...p.text.matchAll(AGAINST_EARLIER)];
    if (found.length !== 1) continue;
    const f = found[0]!;
    const [now, before] = [Number(f[1]), Number(f[2])];
    if (now === before || (now > before) === more) continue;
    const word = m[1]!;
    const other = OTHER_WAY[word.toLowerCase()]!;
    return {
      draft: { kind: 'number', text: word, value: 0, start: m.index, end: m.index + word.length },
      source: { kind: 'number', text: /^\p{Lu}/u.test(word) ? other[0]!.toUpperCase() + other.slice(1) : other, value: 0, start: f.index, end: f.index + f[0].length },
      said: `${now}% against ${before}%`,
      passage: p,
    };
  }
  return undefined;
}

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

// A share told in words: "most of the crew vacancies", "fewer than half of its stations", "nearly
// all of the claims". Each with the shares it allows, as fractions (exclusive of the bound that
// "more than" and "fewer than" leave out).
const SHARE_WORD = /\b(most|the\s+majority|a\s+majority|more\s+than\s+half|over\s+half|fewer\s+than\s+half|less\s+than\s+half|under\s+half|a\s+minority|(?:almost|nearly|virtually)\s+all)\s+of\s+(?:the|its|their|his|her|our|these|those)\s/giu;
const SHARE_BOUNDS: readonly [RegExp, number, number][] = [
  [/^(?:most|the\s+majority|a\s+majority|more\s+than\s+half|over\s+half)$/i, 0.5, 1],
  [/^(?:fewer\s+than\s+half|less\s+than\s+half|under\s+half|a\s+minority)$/i, 0, 0.5],
  [/^(?:almost|nearly|virtually)\s+all$/i, 0.8, 1],
];
// A count of a whole the source gives: "Three of the seven crew vacancies", "5 out of 8 stations",
// "43% of the claims".
const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const COUNT = '(\\d{1,3}(?:,\\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
const OWNER = '(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|our\\s+)?';
const COUNT_OF = new RegExp(`\\b(?:${COUNT}\\s+(?:out\\s+)?of\\s+${OWNER}${COUNT}|(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s*cent|percent)\\s+of)(?=\\s)`, 'giu');
// A clause with one of these says it of the rest, or not at all: left alone ("most of the
// vacancies remain open" where three of seven were filled).
const TURNS = /\b(?:not|no|never|none|yet|still|remain(?:s|ed|ing)?|only|n['’]t)\b/iu;
// A sentence tells a few shares and counts; a hostile one of thousands has its first weighed.
const MOST_SHARES = 16;
// The words of a clause that name what is counted and say what of it: this many.
const CLAUSE_WORDS = 8;

const countValue = (w: string): number => COUNT_WORDS[w.toLowerCase()] ?? Number(w.replace(/,/g, ''));

/** The content words of the clause from `at` (normalised, no figures, with where each ends), and whether it turns what it says. */
function clauseFrom(text: string, at: number): { words: string[]; ends: number[]; joined: boolean[]; turned: boolean } {
  const clause = text.slice(at, at + 200).split(/[.;:!?]|,\s+(?:and|but|while|which|who)\b/u)[0]!;
  const tokens = tokenizeCached(clause).filter((t) => t.norm.length > 2 && !STOPWORDS.has(t.norm) && !/\d/.test(t.norm)).slice(0, CLAUSE_WORDS);
  // Whether a word follows the one before it with nothing but a space between: one name of a thing.
  const joined = tokens.map((t, k) => k > 0 && /^\s+$/u.test(clause.slice(tokens[k - 1]!.end, t.start)));
  return { words: tokens.map((t) => t.norm), ends: tokens.map((t) => at + t.end), joined, turned: TURNS.test(clause) };
}

/**
 * Where two clauses count the same thing and say the same of it: their first shared word among
 * the first three of each (the thing: "crew vacancies"), then, past the run of words both have in
 * that order, what is left of one is nothing or shares a word with what is left of the other
 * ("have been filled" and "have been filled"; "met the target" and "met it"; not "were
 * advertised" and "have been filled"). Gives how many words of each name the thing (the run's
 * words that follow one another with only a space between), or undefined.
 */
function sameSaid(mine: ReturnType<typeof clauseFrom>, theirs: ReturnType<typeof clauseFrom>): { mine: number; theirs: number } | undefined {
  const i = mine.words.slice(0, 3).findIndex((w) => theirs.words.slice(0, 3).includes(w));
  if (i < 0) return undefined;
  const first = theirs.words.indexOf(mine.words[i]!);
  let j = first;
  let k = i;
  while (k < mine.words.length && j < theirs.words.length && mine.words[k] === theirs.words[j]) { k++; j++; }
  const restMine = mine.words.slice(k);
  const restTheirs = theirs.words.slice(j);
  if (restMine.length && restTheirs.length && !restMine.some((w) => restTheirs.includes(w))) return undefined;
  let n = 1;
  while (i + n < k && mine.joined[i + n] && theirs.joined[first + n]) n++;
  return { mine: i + n, theirs: first + n };
}

/**
 * A share the statement tells in words where the aligned passage counts the same thing, says the
 * same of it, and the count falls outside the words' share: "Most of the crew vacancies have been
 * filled" where "Three of the seven crew vacancies have been filled"; "fewer than half of the
 * stations met the target" where "Five of the eight stations met it".
 */
export function shareAgainstCount(text: string, passages: readonly Passage[]): Found | undefined {
  if (!/\b(?:most|majority|half|minority|all)\s+of\s/i.test(text)) return undefined;
  let shares = 0;
  for (const m of text.matchAll(SHARE_WORD)) {
    if (++shares > MOST_SHARES) break;
    const bounds = SHARE_BOUNDS.find(([re]) => re.test(m[1]!.replace(/\s+/g, ' ')));
    if (!bounds) continue;
    const mine = clauseFrom(text, m.index + m[0].length);
    if (mine.turned || !mine.words.length) continue;
    const [, low, high] = bounds;
    for (const p of passages) {
      if (!/\bof\s/i.test(p.text)) continue;
      let counts = 0;
      for (const c of p.text.matchAll(COUNT_OF)) {
        if (++counts > MOST_SHARES) break;
        const theirs = clauseFrom(p.text, c.index + c[0].length);
        const thing = theirs.turned ? undefined : sameSaid(mine, theirs);
        if (!thing) continue;
        const share = c[3] !== undefined ? Number(c[3]) / 100 : countValue(c[1]!) / countValue(c[2]!);
        // "more than half" and "fewer than half" leave half out; "most" may be all, "nearly all" not.
        if (!(share >= 0 && share <= 1) || (share > low && (share < high || (high === 1 && low === 0.5)))) continue;
        // The share and what it counts, each as written: what the fix puts in place of the other.
        const end = mine.ends[thing.mine - 1]!;
        const theirEnd = theirs.ends[thing.theirs - 1]!;
        const said = p.text.slice(c.index, theirEnd);
        return {
          draft: { kind: 'percent', text: text.slice(m.index, end), value: 100 * low, upTo: 100 * high, start: m.index, end },
          source: { kind: 'percent', text: said, value: 100 * share, start: c.index, end: theirEnd },
          said,
          passage: p,
        };
      }
    }
  }
  return undefined;
}
