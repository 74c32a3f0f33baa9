// How often, or over what time, a figure or a thing is given: "£2,100 a year", "40 hours per
// week", "weekly instrumental lessons". A statement that gives the same figure, or the same thing,
// by another period ("£2,100 a month", "monthly instrumental lessons") says another amount.
import type { Passage } from '../model.js';
import { normalizeWord, STOPWORDS } from '../text/tokens.js';

const PERIODS: Readonly<Record<string, string>> = {
  hour: 'hour', hourly: 'hour', day: 'day', daily: 'day', week: 'week', weekly: 'week',
  fortnight: 'fortnight', fortnightly: 'fortnight', month: 'month', monthly: 'month',
  quarter: 'quarter', quarterly: 'quarter', year: 'year', yearly: 'year', annual: 'year',
  annually: 'year', annum: 'year',
};

// A period after a figure ("£2,100 a year", "40 hours per week", "twice a month", "£1.2m
// annually"): the figure, or "once"/"twice"/"N times", then up to two words ("hours", "of
// overtime"), then the period.
const AFTER_FIGURE = /(?:(?<figure>\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s?cent|[a-z]{1,3}\b)?|\b(?<often>once|twice|thrice)|(?<times>\d+|\b[a-z]+)\s+times)\s+(?:[\p{L}-]+\s+){0,2}?(?<said>(?:a|an|per|each|every)\s+(?<unit>hour|day|week|fortnight|month|quarter|year|annum)|(?<adverb>hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually))\b/giu;
// A period before the thing it counts ("weekly instrumental lessons", "an annual grant"); not one
// after a figure, read above.
const BEFORE_THING = /\b(hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annual)\s+([\p{L}-]{3,})/giu;

interface Period {
  /** What the period is of: a figure as written ("2100", "twice") or the word after it ("instrumental"). */
  anchor: string;
  period: string;
  text: string;
  start: number;
  end: number;
}

function periodsOf(text: string): Period[] {
  const out: Period[] = [];
  for (const m of text.matchAll(AFTER_FIGURE)) {
    const g = m.groups!;
    const figure = g.figure ? g.figure.replace(/,/g, '') : g.often ? g.often.toLowerCase() : `${g.times!.toLowerCase()} times`;
    const end = m.index + m[0].length;
    out.push({ anchor: `#${figure}`, period: PERIODS[(g.unit ?? g.adverb)!.toLowerCase()]!, text: g.said!, start: end - g.said!.length, end });
  }
  for (const m of text.matchAll(BEFORE_THING)) {
    const thing = normalizeWord(m[2]!.toLowerCase());
    if (STOPWORDS.has(thing)) continue;
    out.push({ anchor: thing, period: PERIODS[m[1]!.toLowerCase()]!, text: m[1]!, start: m.index, end: m.index + m[1]!.length });
  }
  return out;
}

/**
 * A figure or a thing the statement gives by another period than its passage does, and never by
 * the statement's: "cut electricity costs by around £2,100 a month" where the passage says "by
 * around £2,100 a year"; "monthly instrumental lessons" where it says "weekly instrumental
 * lessons". A passage that gives the same figure by both periods is left alone.
 */
export function otherPeriod(text: string, passages: readonly Passage[]): { draft: string; source: string; span: { start: number; end: number } } | undefined {
  if (!/(?:hour|dai|day|week|fortnight|month|quarter|year|annu)/i.test(text)) return undefined;
  const mine = periodsOf(text);
  if (!mine.length) return undefined;
  const theirs = passages.flatMap((p) => periodsOf(p.text));
  for (const m of mine) {
    const same = theirs.filter((t) => t.anchor === m.anchor);
    if (!same.length || same.some((t) => t.period === m.period)) continue;
    return { draft: m.text, source: same[0]!.text, span: { start: m.start, end: m.end } };
  }
  return undefined;
}
