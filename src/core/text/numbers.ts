import { asciiDigits } from './fold.js';
import type { Span } from '../model.js';

export type QuantityKind = 'number' | 'percent' | 'money' | 'date' | 'year';

/** A figure or a date found in text. */
export interface Quantity extends Span {
  kind: QuantityKind;
  text: string;
  /** Numeric value (for dates: yyyymmdd with unknown parts as 0). */
  value: number;
  /** Dates: the parts that were written. */
  date?: { year?: number; month?: number; day?: number };
  /** Currency or unit word that follows/precedes: "US$", "day", "percent", "countries". */
  unit?: string;
  /** A count given by its order of size ("dozens of"): `value` is the least it can be, this the most. */
  upTo?: number;
  /** An approximate figure ("more than 50"): the kind of approximation and the figure as written. */
  approximate?: { kind: number; written: number };
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6,
  june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, hundred: 100, a: 1, twice: 2, thrice: 3,
};
// A scale's letter written on a figure of money: "£81.2m" (not "£5mn", read as a scale of its own).
const SHORT_SCALE = /^[mkb](?![\p{L}\p{N}])/iu;
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

const MONTH_RE = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER_WORD_RE = '(?:twice|thrice|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';

const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const FRACTION_RE = '(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)';

// A currency written out after the amount: "one trillion dollars", "5 billion euros" ("pounds" may
// weigh, and is left out).
const CURRENCY_AFTER = /^[ \t]+(dollars?|euros?|yuan|yen|rupees?)\b/i;

// One pass over the text with alternatives tried in priority order; each alternative is linear.
const QUANTITY = new RegExp(
  [
    // 1: Month D, YYYY | Month D | Month YYYY
    `\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
    // 4: D Month YYYY
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})\\.?(?:,?\\s+(\\d{4}))?\\b`,
    // 7: Month YYYY
    `\\b(${MONTH_RE})\\.?,?\\s+(\\d{4})\\b`,
    // 9: ISO date, or with dots ("2003.06.11", as registers list them)
    `\\b(\\d{4})[-.](\\d{2})[-.](\\d{2})\\b`,
    // 12: currency + digits + scale | digits + scale | digits %
    `((?:US|USD|A|C|HK|S|NZ)?[$€£¥]|\\b(?:USD|EUR|GBP|CNY|RMB|yuan)\\s?)?(\\d+(?:[.,]\\d+)*)(?:\\s?(thousand|million|billion|trillion|bn|mn|tn)\\b)?(\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b))?(?:-(day|week|month|year|hour|minute|mile|km|kilometre|kilometer|meter|metre|foot|point|member|nation|country)s?\\b)?`,
    // 17: fractions: "two thirds", "two-thirds", "a quarter (of)"
    `\\b(a|one|two|three|four|five|six|seven|eight|nine|ten)[- ](${FRACTION_RE})\\b`,
    // 19: number words + scale
    `\\b(${NUMBER_WORD_RE})(?:\\s+(thousand|million|billion|trillion))?(?:\\s?(percent\\b|per cent\\b))?(?:-(day|week|month|year|hour|minute|member|nation|country)s?\\b)?\\b`,
  ].join('|'),
  'gi',
);

function wordsValue(words: string): number {
  let total = 0;
  for (const part of words.toLowerCase().split(/[- ]/)) {
    const v = SMALL[part];
    if (v === undefined) continue;
    if (part === 'hundred') total = (total || 1) * 100;
    else total += v;
  }
  return total;
}

function digitsValue(digits: string): number {
  // "1,234,567" and "1.234" (European thousands) vs "3.5": a comma followed by exactly three
  // digits groups thousands; a dot is a decimal point.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ''));
  return Number(digits.replace(/,/g, '.'));
}

export function findQuantities(written: string): Quantity[] {
  // Fullwidth, mathematical and other scripts' digits read as the figures they are.
  const { text, original } = asciiDigits(written);
  const out = withoutEnumerators(text, withVotes(text, withDayRanges(text, withOrdinalDates(text, withSlashedDates(text, withShares(text, withHalves(text, inYears(text, andAHalf(text, compoundDurations(text, quantitiesIn(text)))))))))));
  if (!original) return out;
  // Mathematical digits took two units each: spans and text as written.
  return out.map((q) => ({ ...q, start: original[q.start]!, end: original[q.end]!, text: written.slice(original[q.start]!, original[q.end]!) }));
}

// A numbered paragraph's or list item's number: "18. The costs of the proceedings ...", "2) The
// panel ...", standing first on its line.
const ENUMERATOR_AFTER = /^[.)](?:[ \t]+\S|[ \t]*$)/;
const LINE_OPENING = /(?:^|\n)[ \t(]*$/;

/** The text's figures but the numbers of its numbered paragraphs, which count nothing. */
function withoutEnumerators(text: string, found: Quantity[]): Quantity[] {
  return found.filter((q) => !(q.kind === 'number' && !q.unit && /^\d{1,3}$/.test(q.text) && ENUMERATOR_AFTER.test(text.slice(q.end, q.end + 3)) && LINE_OPENING.test(text.slice(Math.max(0, q.start - 8), q.start))));
}

// "six years and six months", "two hours and 30 minutes": one length of time, in its larger unit.
const COMPOUND_DURATION = /^\s+(years?|hours?)\s+and\s+$/i;
const SMALLER_UNIT = /^\s+(months?|minutes?)\b/i;
const PARTS_OF: Record<string, [string, number]> = { year: ['month', 12], hour: ['minute', 60] };

/** The text's lengths of time in two units also read as one ("six years and six months" is 6.5 years). */
function compoundDurations(text: string, found: Quantity[]): Quantity[] {
  if (!/\b(?:years?|hours?)\s+and\b/i.test(text)) return found;
  const out: Quantity[] = [];
  for (let i = 0; i < found.length; i++) {
    const q = found[i]!;
    const next = found[i + 1];
    const larger = next && q.kind === 'number' && next.kind === 'number' && !q.unit && !next.unit && q.upTo === undefined && next.upTo === undefined ? COMPOUND_DURATION.exec(text.slice(q.end, next.start)) : null;
    const smaller = larger ? SMALLER_UNIT.exec(text.slice(next!.end, next!.end + 12)) : null;
    const unit = larger?.[1]!.toLowerCase().replace(/s$/, '');
    if (!larger || !smaller || !unit || !smaller[1]!.toLowerCase().startsWith(PARTS_OF[unit]![0]) || next!.value >= PARTS_OF[unit]![1]) {
      out.push(q);
      continue;
    }
    // Beside its two numbers, as a vote's tally is: "47 minutes" is still said.
    const end = next!.end + smaller[0].length;
    out.push(q, { start: q.start, end, text: text.slice(q.start, end), kind: 'number', value: q.value + next!.value / PARTS_OF[unit]![1] });
  }
  return out;
}

// "two and a half years": the half belongs to the count.
const AND_A_HALF = /^\s+and\s+a\s+half\b/i;

/** The text's counts followed by "and a half" read as the count and a half ("two and a half" is 2.5). */
function andAHalf(text: string, found: Quantity[]): Quantity[] {
  if (!/\band\s+a\s+half\b/i.test(text)) return found;
  return found.map((q) => {
    if (q.kind !== 'number' || q.unit || q.upTo !== undefined || !Number.isInteger(q.value)) return q;
    const m = AND_A_HALF.exec(text.slice(q.end, q.end + 16));
    if (!m) return q;
    const end = q.end + m[0].length;
    return { ...q, end, text: text.slice(q.start, end), value: q.value + 0.5 };
  });
}

// "two decades": a count of years, as "20 years" is. (Not centuries: a snooker player's "two
// centuries" are breaks of a hundred.)
const YEARS_OF = /^[\s-]+(decades?)\b/i;

/** The text's counts of decades read as the years they are ("two decades" is 20). */
function inYears(text: string, found: Quantity[]): Quantity[] {
  if (!/decade/i.test(text)) return found;
  return found.map((q) => {
    if (q.kind !== 'number' || q.unit || q.upTo !== undefined) return q;
    const m = YEARS_OF.exec(text.slice(q.end, q.end + 12));
    if (!m) return q;
    const end = q.end + m[0].length;
    return { ...q, end, text: text.slice(q.start, end), value: q.value * 10 };
  });
}

// A vote written out: "3 in favor, 4 opposed", "Seven ayes, zero nays", "5 for and 2 against".
const VOTE_COUNT = `(\\d{1,3}(?:,\\d{3})*|${NUMBER_WORD_RE})`;
// (A count may name what it counts: "3,015 votes in favour and 2,870 against".)
const VOTE = new RegExp(`(?<![\\d,])\\b${VOTE_COUNT}\\s+(?:votes?\\s+)?(?:in\\s+favou?r|ayes?|yeas?|yes|for)\\b\\s*[,;]?\\s*(?:and\\s+|with\\s+)?${VOTE_COUNT}\\s+(?:votes?\\s+)?(?:opposed|against|nays?|noes|no)\\b`, 'gi');
// What every vote has from its first word of voting on: read first, as most texts have a "for"
// and few a tally ("for, 4 opposed").
const VOTE_AGAINST = new RegExp(`(?:favou?r|ayes?|yeas?|yes|for)\\b\\s*[,;]?\\s*(?:and\\s+|with\\s+)?${VOTE_COUNT}\\s+(?:votes?\\s+)?(?:opposed|against|nays?|noes|no)\\b`, 'i');

/**
 * The text's figures with each vote written out also read as the tally it is ("3 in favor, 4
 * opposed" is "4–3", as "defeated 4–3" says it), beside its two numbers ("four directors opposed").
 */
function withVotes(text: string, found: Quantity[]): Quantity[] {
  const votes = writtenVotes(text).map(({ inFavour: a, against: b, ...at }): Quantity => ({ ...at, kind: 'number', value: Math.max(a, b) * 1000 + Math.min(a, b), unit: 'tally' }));
  if (!votes.length) return found;
  return [...found, ...votes].sort((x, y) => x.start - y.start);
}

/** The votes a text writes out, in favour first ("3 in favor, 4 opposed"), with where each stands. */
export function writtenVotes(text: string): { inFavour: number; against: number; start: number; end: number; text: string }[] {
  if (!VOTE_AGAINST.test(text)) return [];
  const count = (w: string): number => (/\d/.test(w) ? Number(w.replace(/,/g, '')) : wordsValue(w));
  return [...text.matchAll(VOTE)].map((m) => ({ inFavour: count(m[1]!), against: count(m[2]!), start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * `found` with `read` in place of the figures they overlap, in text order. Both come in text order
 * and `read` do not overlap one another: one walk over each, however many a hostile text gives.
 */
function inPlaceOf(found: readonly Quantity[], read: readonly Quantity[]): Quantity[] {
  const kept: Quantity[] = [];
  let k = 0;
  for (const f of found) {
    while (k < read.length && read[k]!.end <= f.start) k++;
    if (k < read.length && read[k]!.start < f.end) continue;
    kept.push(f);
  }
  return [...kept, ...read].sort((x, y) => x.start - y.start);
}

// "10/22/2024", "22/10/2024": a date written with slashes and a four-digit year.
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;

/**
 * The text's figures with each date written with slashes read as that date, in place of its three
 * numbers, where the order is plain: "10/22/2024" (no 22nd month) is October 22, "22/10/2024" the
 * same. "03/04/2024" may be either and stays three numbers.
 */
function withSlashedDates(text: string, found: Quantity[]): Quantity[] {
  if (!text.includes('/')) return found;
  const dates: Quantity[] = [];
  for (const m of text.matchAll(SLASHED)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    const [month, day] = a > 12 && b <= 12 ? [b, a] : b > 12 && a <= 12 ? [a, b] : [0, 0];
    if (month < 1 || day < 1 || day > 31) continue;
    dates.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'date', value: dateValue(year, month, day), date: { year, month, day } });
  }
  if (!dates.length) return found;
  return inPlaceOf(found, dates);
}

// "the first of May", "the twenty-first of June 2027", "the 1st of May": a day told by its
// ordinal. A word needs "the" before it ("a fifth of May's sales" is a share); "may" in lower case
// is the verb.
const ORDINAL_DAY_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const ORDINAL_DAY_RE = '(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
// (Its "the" is the date's: a fix writes "1 May" in place of "the first of May".)
const ORDINAL_DATE = new RegExp(`\\b(?:the\\s{1,3}(${ORDINAL_DAY_RE})|(?:the\\s{1,3})?(\\d{1,2})(?:st|nd|rd|th))\\s+of\\s+(${MONTH_RE})\\.?(?:,?\\s+(\\d{4}))?\\b`, 'gi');

const ORDINAL_DAY_WORD = new RegExp(`^(?:${ORDINAL_DAY_RE}|\\d{1,2}(?:st|nd|rd|th))$`, 'i');

/**
 * Whether a word of a date is its day told by an ordinal ("first", "twenty-first", "1st" in "the
 * first of May", "May 1st"): the date's figure, which figure checks weigh, not a word a source must
 * write.
 */
export function isOrdinalDay(word: string): boolean {
  return ORDINAL_DAY_WORD.test(word);
}

/** The day an ordinal word names: "twenty-first" is 21. */
function ordinalDay(words: string): number {
  const parts = words.toLowerCase().split(/[- ]/);
  const last = ORDINAL_DAY_WORDS[parts[parts.length - 1]!]!;
  return parts.length > 1 ? (parts[0] === 'thirty' ? 30 : 20) + last : last;
}

/**
 * The text's figures with each day told by its ordinal ("the first of May 2027", "the 1st of
 * May") read as that date, in place of the ordinal and the month (and year) read apart.
 */
function withOrdinalDates(text: string, found: Quantity[]): Quantity[] {
  if (!/(?:st|nd|rd|th)\s+of\s/i.test(text)) return found;
  const dates: Quantity[] = [];
  for (const m of text.matchAll(ORDINAL_DATE)) {
    if (m[3] === 'may') continue;
    const day = m[1] ? ordinalDay(m[1]) : Number(m[2]);
    if (day < 1 || day > 31) continue;
    const month = MONTHS[m[3]!.toLowerCase()]!;
    const year = m[4] ? Number(m[4]) : undefined;
    dates.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'date', value: dateValue(year, month, day), date: { year, month, day } });
  }
  if (!dates.length) return found;
  return inPlaceOf(found, dates);
}

// Between the two days of a span of days: "November 10 to 16", "10-16 November", "between
// November 10 and 16".
const DAY_SPAN = /^\s*(?:to|and|through|until|till|[-–—])\s*$/;
const DAY_COUNTS = /^\s+(?!(?:and|or|but|to|in|at|on|of|for|from|when|while|as|with|the|a|an|after|before|until|that|which|is|was|were|are|will|had|has|have|inclusive)\b)\p{Ll}/u;

/**
 * The text's figures with the day that shares the month of the date beside it read as that date:
 * "November 10 to 16" is November 10 to November 16, not a date and the number 16; "10 to 16
 * November" the same.
 */
function withDayRanges(text: string, found: Quantity[]): Quantity[] {
  const asDay = (q: Quantity): boolean => q.kind === 'number' && !q.unit && Number.isInteger(q.value) && q.value >= 1 && q.value <= 31 && /^\d{1,2}$/.test(q.text);
  const dated = (q: Quantity | undefined): q is Quantity & { date: { month: number; day: number } } => q?.kind === 'date' && !!q.date?.month && !!q.date.day;
  let out: Quantity[] | undefined;
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (!DAY_SPAN.test(text.slice(a.end, b.start))) continue;
    const [date, day, k] = dated(a) && asDay(b) ? [a, b, i + 1] : dated(b) && asDay(a) ? [b, a, i] : [undefined, undefined, -1];
    if (!date || !day) continue;
    // "on November 10 and 16 people died": a count of what follows it.
    if (k === i + 1 && DAY_COUNTS.test(text.slice(day.end, day.end + 24))) continue;
    const { year, month } = date.date;
    (out ??= [...found])[k] = { start: day.start, end: day.end, text: day.text, kind: 'date', value: dateValue(year, month, day.value), date: { year, month, day: day.value } };
  }
  return out ?? found;
}

// "half of her fields", "half its capacity": a fraction, as "a third of" is. Not "half-time",
// "one and a half", "a half" (the fractions' own), "half past", nor a part of a period ("the
// first half of 2016").
// (The look behind is asked after "half", of what stands before it: asked first, it was tried at
// every unit of the text.)
const HALF = /\bhalf(?<!(?:[-\p{L}]|\b(?:a|and|one|first|second|latter|other|last|next|the|this|that)\s)half)(?=\s+(?:of|its|their|his|her|the|our|your|my|a|an)\b)/giu;

// "half a million", "half a dozen": the number it halves.
const HALF_SCALE = /^\s+an?\s+(dozen|hundred|thousand|million|billion|trillion)\b/i;
const HALF_SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// A fraction of one percentage point: "a quarter of a percentage point", "half a point", "three
// quarters of one per cent".
const OF_A_POINT = /^\s+(?:of\s+)?(?:a|one)\s+(?:percentage[-\s]+point|per\s*cent(?:age\s+point)?|point)\b/i;

/** The text's figures with each "half of" (and "half a million") among them, in text order. */
function withHalves(text: string, found: Quantity[]): Quantity[] {
  if (!/half/i.test(text)) return found;
  const halves: Quantity[] = [];
  for (const m of text.matchAll(HALF)) {
    // "half a million tonnes" is 500,000 of them, "half a dozen" six.
    const scaled = HALF_SCALE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (scaled) {
      const end = m.index + m[0].length + scaled[0].length;
      const q = currencyAfter(text, { start: m.index, end, text: text.slice(m.index, end), kind: 'number', value: HALF_SCALES[scaled[1]!.toLowerCase()]! / 2 });
      // In place of the number it halves ("dozen").
      found = found.filter((f) => !(f.start < q.end && q.start < f.end));
      halves.push(q);
      continue;
    }
    const ofPoint = OF_A_POINT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 32));
    if (ofPoint) {
      // "half a percentage point": 0.5 of them.
      const end = m.index + m[0].length + ofPoint[0].length;
      halves.push({ start: m.index, end, text: text.slice(m.index, end), kind: 'percent', value: 0.5 });
      continue;
    }
    const q: Quantity = asShare({ start: m.index, end: m.index + m[0].length, text: m[0] }, 0.5);
    if (!found.some((f) => f.start < q.end && q.start < f.end)) halves.push(q);
  }
  if (!halves.length) return found;
  return [...found, ...halves].sort((a, b) => a.start - b.start);
}

// "six in ten", "one out of four": a share, rounded to the nearest of its steps.
const SHARE = /(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:in|out\s+of)\s+(two|three|four|five|ten|twenty|\d{1,3}(?![\d,.]\d))\b(?!\s*(?:years?|days?|months?|weeks?|hours?|minutes?|games?|matches?|attempts?|tries|seconds?)\b)/iuy;

// A share is as approximate as "about": "six in ten" for 54% to 66%, "one in five" for 18% to 22%.
const SHARE_LOW = 0.9;
const SHARE_HIGH = 1.1;

/**
 * A fraction ("a quarter of a shift", "two-fifths of the sulfate", "half of her fields") as the
 * share it is, as approximate as "six in ten": "a quarter" is 25%, "four-fifths" about 80%.
 */
function asShare(at: { start: number; end: number; text: string }, fraction: number): Quantity {
  const share = fraction * 100;
  return { ...at, kind: 'percent', value: share * SHARE_LOW, upTo: Math.min(100, share * SHARE_HIGH), approximate: { kind: ABOUT, written: share } };
}

/**
 * The text's figures with each share ("six in ten", "one out of four") read as the percentage
 * range it rounds to, in place of its two numbers.
 */
function withShares(text: string, found: Quantity[]): Quantity[] {
  // Read only where a share may start: at a small whole number the text gives, or at "one"
  // (which is no figure alone): every text has an "in", few a share.
  const starts = found.filter((f) => f.kind === 'number' && !f.unit && Number.isInteger(f.value) && f.value <= 999).map((f) => f.start);
  if (ONE_IN.test(text)) for (const m of text.matchAll(ONE_AT)) starts.push(m.index);
  if (!starts.length) return found;
  const shares: Quantity[] = [];
  for (const at of starts.sort((a, b) => a - b)) {
    SHARE.lastIndex = at;
    const m = SHARE.exec(text);
    if (!m || (shares.length && shares[shares.length - 1]!.end > at)) continue;
    const part = /\d/.test(m[1]!) ? Number(m[1]) : wordsValue(m[1]!);
    const whole = /\d/.test(m[2]!) ? Number(m[2]) : wordsValue(m[2]!);
    if (!(whole > 1) || part > whole) continue;
    shares.push(asShare({ start: m.index, end: m.index + m[0].length, text: m[0] }, part / whole));
  }
  if (!shares.length) return found;
  return inPlaceOf(found, shares);
}
const ONE_IN = /\bone\s+(?:in|out\s+of)\s/i;
const ONE_AT = /\bone(?=\s+(?:in|out\s+of)\s)/gi;

/** The figures and dates of a text whose digits are ASCII. */
function quantitiesIn(text: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY.exec(text))) {
    if (m[0].length === 0) {
      QUANTITY.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = m.index + m[0].length;
    const base = { start, end, text: m[0] };
    if (m[1]) {
      const month = MONTHS[m[1].toLowerCase()]!;
      const day = Number(m[2]);
      const year = m[3] ? Number(m[3]) : undefined;
      if (day >= 1 && day <= 31) {
        out.push({ ...base, kind: 'date', value: dateValue(year, month, day), date: { year, month, day } });
        continue;
      }
    } else if (m[4]) {
      const month = MONTHS[m[5]!.toLowerCase()]!;
      const day = Number(m[4]);
      const year = m[6] ? Number(m[6]) : undefined;
      if (day >= 1 && day <= 31) {
        out.push({ ...base, kind: 'date', value: dateValue(year, month, day), date: { year, month, day } });
        continue;
      }
    } else if (m[7]) {
      const month = MONTHS[m[7].toLowerCase()]!;
      const year = Number(m[8]);
      out.push({ ...base, kind: 'date', value: dateValue(year, month, undefined), date: { year, month } });
      continue;
    } else if (m[9]) {
      const year = Number(m[9]);
      const month = Number(m[10]);
      const day = Number(m[11]);
      // "2003.06.11" is a date; "2003.13.40" is no figure a writer quotes.
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.push({ ...base, kind: 'date', value: dateValue(year, month, day), date: { year, month, day } });
      continue;
    } else if (m[13]) {
      const currency = m[12]?.trim();
      const raw = m[13];
      // Skip digits glued to letters ("G7", "COVID-19", "F-35"): identifiers, not figures.
      const before = text[start - 1] ?? '';
      // But a year run into the word before it ("Spain1986", "staged1990": text pulled from a
      // page's layout) is still a year.
      const glued = /\p{Ll}{2}$/u.test(text.slice(Math.max(0, start - 2), start)) && /^(1[89]|20)\d{2}$/.test(raw);
      if (!currency && /[\p{L}-]/u.test(before) && !glued) continue;
      const after = text[end] ?? '';
      // "the 70th anniversary": an ordinal, a figure as any other (the source may give another).
      const ordinal = !currency && !m[14] && !m[15] && !m[16] && /^\d+$/.test(raw) ? /^(?:st|nd|rd|th)(?![\p{L}\p{N}])/u.exec(text.slice(end)) : null;
      if (ordinal) {
        out.push({ start, end: end + ordinal[0].length, text: text.slice(start, end + ordinal[0].length), kind: 'number', value: Number(raw), unit: 'ordinal' });
        continue;
      }
      // A time of day ("7 a.m.", "3pm", "7:30 p.m.", "15:14") is minutes after midnight.
      const clock = !currency && !m[14] && !m[15] && !m[16] && /^\d{1,2}$/.test(raw) ? clockAt(text, end, Number(raw)) : undefined;
      if (clock && !/\d:$/.test(text.slice(Math.max(0, start - 2), start))) {
        out.push({ start, end: clock.end, text: text.slice(start, clock.end), kind: 'number', value: clock.minutes, unit: 'time' });
        QUANTITY.lastIndex = clock.end;
        continue;
      }
      // A time of day in four digits, as logs and accident reports write it: "At 0347 local
      // time", "0330: The alarm sounded", "at 1415 hours".
      const fourDigits = !currency && !m[14] && !m[15] && !m[16] && !IDENTIFIER_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? fourDigitClock(raw, text.slice(end, end + 12), text.slice(Math.max(0, start - 2), start)) : undefined;
      if (fourDigits !== undefined) {
        out.push({ start, end, text: raw, kind: 'number', value: fourDigits, unit: 'time' });
        continue;
      }
      // "£81.2m", "$40k", "€3b": money with its scale's letter written on.
      const shortScale = currency && !m[14] && !m[15] && !m[16] ? SHORT_SCALE.exec(text.slice(end, end + 2)) : null;
      if (shortScale) {
        const to = end + 1;
        const scaled = digitsValue(raw) * SCALES[shortScale[0].toLowerCase()]!;
        if (!Number.isNaN(scaled)) {
          out.push(currencyAfter(text, { start, end: to, text: text.slice(start, to), kind: 'money', value: scaled, unit: currency }));
          QUANTITY.lastIndex = to;
          continue;
        }
      }
      if (/\p{L}/u.test(after) && !m[14] && !m[15] && !m[16]) continue;
      // Other clock-like runs ("07:45:10", "1:2") are not figures a writer quotes.
      if (/^:\d/.test(text.slice(end, end + 2)) || /\d:$/.test(text.slice(Math.max(0, start - 2), start))) continue;
      const scale = m[14] ? SCALES[m[14].toLowerCase()]! : 1;
      const value = digitsValue(raw) * scale;
      // "1.2.3" (a version, a section) has no value to compare.
      if (Number.isNaN(value)) continue;
      // "council bill 24-117", "Flight 370", "item 7": a number that names a thing, weighed only
      // against numbers that name things.
      if (!currency && !m[14] && !m[15] && !m[16] && (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || IDENTIFIERS_BEFORE.test(text.slice(Math.max(0, start - 80), start)))) {
        // The whole of it, "24-117": its digits are its value.
        const rest = /^(?:[-–/.]\d+)*/.exec(text.slice(end))![0];
        const to = end + rest.length;
        const written = text.slice(start, to);
        out.push({ start, end: to, text: written, kind: 'number', value: Number(written.replace(/\D/g, '').slice(0, 15)), unit: 'id' });
        QUANTITY.lastIndex = to;
        continue;
      }
      // A score or a vote ("beat Port Athletic 3-1", "voted 7-0", "a 5-2 vote"): both numbers
      // at once, in either order ("lost 1-3" is "won 3-1"), weighed only against another.
      const tally = !currency && !m[14] && !m[15] && !m[16] && /^\d{1,3}$/.test(raw) ? TALLY_REST.exec(text.slice(end, end + 16)) : null;
      // Joined by a dash ("3-1", "5-to-4"), a score or a vote unless a range ("from 9-5", "aged
      // 18-25", "pages 10-12"); by "to", only where a result is named ("a vote of 5 to 4").
      // (Both asked only of two numbers: a number alone is neither.)
      const named = tally !== null && (TALLY_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || DECIDED_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || /vote/i.test(tally[0]) || TALLY_AFTER.test(text.slice(end + tally[0].length, end + tally[0].length + 16)));
      // Before what they measure ("6–8 weeks", "3–5 business days"), two numbers are a range.
      const range = tally !== null && RANGE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
      const measured = tally !== null && !range && !named && RANGE_UNIT_AFTER.test(text.slice(end + tally[0].length, end + tally[0].length + 24));
      if (tally && measured && !/^\s/.test(tally[0])) {
        // Both ends are figures: the first here, the second as it is read on its own.
        const second = end + tally[0].length - tally[1]!.length;
        out.push({ ...base, kind: 'number', value: Number(raw) });
        out.push(currencyAfter(text, { start: second, end: second + tally[1]!.length, text: tally[1]!, kind: 'number', value: Number(tally[1]) }));
        QUANTITY.lastIndex = second + tally[1]!.length;
        continue;
      }
      if (tally && !range && (named || !/^\s/.test(tally[0]))) {
        const to = end + tally[0].length;
        const [a, b] = [Number(raw), Number(tally[1])];
        out.push({ start, end: to, text: text.slice(start, to), kind: 'number', value: Math.max(a, b) * 1000 + Math.min(a, b), unit: 'tally' });
        QUANTITY.lastIndex = to;
        continue;
      }
      const percent = Boolean(m[15]);
      const isYear = !currency && !m[14] && !percent && /^(1[89]|20)\d{2}$/.test(raw);
      out.push(currencyAfter(text, {
        ...base,
        kind: currency ? 'money' : percent ? 'percent' : isYear ? 'year' : 'number',
        value,
        unit: currency ?? m[16]?.toLowerCase(),
      }));
      continue;
    } else if (m[17]) {
      const denominator = m[18]!.toLowerCase();
      const singular = !/s$/.test(denominator);
      const numerator = m[17].toLowerCase();
      // "a third of the vote" is a fraction, "a third bedroom" an ordinal; "two thirds" always.
      if ((numerator === 'a' || numerator === 'one') && singular && !/^\s+of\b/i.test(text.slice(end))) continue;
      const count = numerator === 'a' ? 1 : wordsValue(numerator);
      const fraction = count / DENOMINATORS[denominator.replace(/(?<=[a-z])s$/, '').replace(/^halve$/, 'half')]!;
      // "a quarter of a percentage point" is 0.25 percentage points, not a quarter of something.
      const ofPoint = OF_A_POINT.exec(text.slice(end, end + 32));
      if (ofPoint) {
        const to = end + ofPoint[0].length;
        out.push({ start, end: to, text: text.slice(start, to), kind: 'percent', value: fraction });
        QUANTITY.lastIndex = to;
        continue;
      }
      out.push(asShare(base, fraction));
      continue;
    } else if (m[19]) {
      const word = m[19].toLowerCase();
      if (word === 'one' && !m[20] && !m[21] && !m[22]) continue; // "one of the", "no one"
      // "Group of Seven", "Ocean's Eleven": a capitalised number word inside a name is not a figure.
      if (/^[A-Z]/.test(m[19]) && /[\p{L},;]\s+$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
      // "two-thirds", "one-sided" are no counts; "eight-storey", "three-judge", "six-time" count
      // what the word after them names.
      const counted = !m[22] && !m[20] && !m[21] ? COUNTED_AFTER.exec(text.slice(end, end + 16)) : null;
      if (counted && word !== 'one') {
        const to = end + counted[0].length;
        // ("six-time champion": a count of times, not a time of day.)
        const unit = counted[1]!.toLowerCase();
        out.push({ ...base, end: to, text: text.slice(start, to), kind: 'number', value: wordsValue(word), unit: unit === 'time' ? 'times' : unit });
        QUANTITY.lastIndex = to;
        continue;
      }
      if (!m[22] && /^-\p{L}/u.test(text.slice(end, end + 2))) continue;
      const scale = m[20] ? SCALES[m[20].toLowerCase()]! : 1;
      out.push(currencyAfter(text, {
        ...base,
        kind: m[21] ? 'percent' : 'number',
        value: wordsValue(word) * scale,
        unit: m[22]?.toLowerCase(),
      }));
      continue;
    }
  }
  return out;
}

// What a number word joined to a noun counts: "an eight-storey building", "a three-judge panel".
const COUNTED_AFTER = /^-(storey|story|floor|bedroom|room|seat|lane|page|goal|game|match|member|judge|person|man|woman|time|mile|metre|meter|foot|inch|kilometre|kilometer|lap|round|set|stage|step|part|car|bed|hole|track|run|point|tonne|ton)s?\b/i;

// A tally's second number ("3-1", "5–4"), not a date range's ("12–18 April") nor a longer run.
const TALLY_REST = /^(?:[-–]|-to-|\s+(?:votes?\s+)?to\s+)(\d{1,3})(?![\d.,:]?\d|[-–]|\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\s*(?:%|per|percent|a\.?m\b|p\.?m\b))/i;
// What a range of two numbers measures: a time, a share, a dose, a distance, people.
const RANGE_UNIT_AFTER = /^\s*(?:(?:business|working|calendar|school|consecutive)\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|nights?|weeks?|months?|years?|yrs?|decades?|centuries|percent|per\s+cent|%|people|persons|patients|participants|cases|times|doses?|tablets?|units?|mg|kg|lbs?|pounds|ounces|oz|ml|litres?|liters?|km|miles?|metres?|meters?|feet|ft|inches|cm|mm|degrees?|°|storeys?|stories|floors?|beds?|seats?|employees|workers|staff|members|inspectors|officers)\b/i;
const RANGE_BEFORE = /\b(?:from|between|aged|ages|age|pages?|pp\.|nos?\.|items?|chapters?|verses?|lines?|steps?|years?|seasons?|rounds?)\s+$/i;
// The words that make two numbers a score or a vote: a result before them, or a kind of result after.
const TALLY_BEFORE = /\b(?:won|win|wins|winning|beat|beats|beating|defeated|defeating|defeat|lost|lose|loses|losing|drew|draw|voted|vote|votes|margin|score|scoreline|finished|ended|trailing|leading|lead)\b(?:\s+[\p{L}'’.-]+){0,4}\s+(?:by\s+|of\s+|was\s+|to\s+)?(?:a\s+)?$/iu;
// A body's decision with its vote right after the verb ("the Senate endorsed 38 to 12", "approved
// by 6 to 3"): a tally. Only right after it: "approved spending of 38 to 42 million" is a range.
const DECIDED_BEFORE = /\b(?:approved|endorsed|adopted|passed|rejected|backed|carried|ratified|confirmed|upheld|overturned|elected)\s+(?:by\s+)?$/i;
const TALLY_AFTER = /^[\s-]*(?:win|wins|winners?|victory|defeat|loss|draw|vote|votes|lead|margin|scoreline|decision|ruling|majority|aggregate)\b/i;

// The word before a number that names a thing: a bill, an item of an agenda, a flight, a route.
const IDENTIFIER_WORDS = 'bill|item|resolution|ordinance|motion|docket|case|flight|route|highway|interstate|room|section|chapter|article|clause|no\\.|number|version|model|platform|gate|bus|ward|district|precinct|amendment|rule';
const IDENTIFIER_BEFORE = new RegExp(`\\b(?:${IDENTIFIER_WORDS})\\s+$`, 'i');
// "Routes 9 or 31", "sections 4, 5 and 7": each number of a list after the plural names a thing.
const IDENTIFIERS_BEFORE = new RegExp(`\\b(?:${IDENTIFIER_WORDS.replace('|no\\.', '')})(?:s|es)\\s+(?:\\d{1,6}[A-Z]?(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s*,\\s*(?:and|or)\\s+|\\s*&\\s*)){0,6}$`, 'i');

// After the hour: its minutes, "a.m." or "p.m." ("7 a.m.", "7am", "7:30 p.m.", "15:14").
const CLOCK = /^(?::([0-5]\d)(?![\d:]))?(?:\s?([ap])\.?\s?m\b\.?)?/iu;

// What marks four digits as a time of day where no leading zero does: "1415 hours", "2210 GMT".
const FOUR_DIGIT_CLOCK_AFTER = /^\s*(?:hrs?\b|hours\b|h\b|local\s+time\b|GMT\b|UTC\b|BST\b|Z\b)/;

/**
 * The minutes after midnight four digits give as a time of day ("0347", "1415 hours"), if they
 * are one: a leading zero, or a word after them that says so ("2210 GMT"); a year ("in 1998") and
 * a telephone number's group are none.
 */
function fourDigitClock(raw: string, after: string, before: string): number | undefined {
  const m = /^([01]\d|2[0-3])([0-5]\d)$/.exec(raw);
  if (!m || (raw[0] !== '0' && !FOUR_DIGIT_CLOCK_AFTER.test(after))) return undefined;
  // A group of a telephone number ("0800 155 2210") is none.
  if (/^[ -]?\d/.test(after) || /\d[ -]?$/.test(before)) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The time of day whose hour ends at `end`, in minutes after midnight, and where it ends. */
function clockAt(text: string, end: number, hour: number): { minutes: number; end: number } | undefined {
  const m = CLOCK.exec(text.slice(end, end + 14));
  if (!m || (!m[1] && !m[2])) return undefined;
  const half = m[2]?.toLowerCase();
  if (half ? hour < 1 || hour > 12 : hour > 23) return undefined;
  // "am" glued to a word ("7 amid") is no time.
  if (half && /^\p{L}/u.test(text.slice(end + m[0].length))) return undefined;
  const hours = half ? (hour % 12) + (half === 'p' ? 12 : 0) : hour;
  return { minutes: hours * 60 + (m[1] ? Number(m[1]) : 0), end: end + m[0].length };
}

// Counts given by their order of size: "dozens of people", "tens of thousands of homes". Each
// plural stands for the range a reader takes it for ("hundreds" is 200 to 999).
const VAGUE_COUNT = /\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions)\s+of\b/gi;
const VAGUE_RANGE: Record<string, [number, number]> = {
  tens: [20, 99], dozens: [24, 120], scores: [40, 200], hundreds: [200, 999], thousands: [2e3, 9999], millions: [2e6, 999e6],
};
const VAGUE_SCALE: Record<string, number> = { thousands: 1e3, millions: 1e6 };

/**
 * The counts a text gives by their order of size ("dozens of people", "hundreds of thousands
 * of"), each a number from `value` to `upTo`. Kept apart from findQuantities: they are ranges,
 * no figure to list or quote.
 */
export function vagueCounts(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(VAGUE_COUNT)) {
    const outer = m[1]?.toLowerCase();
    const inner = m[2]!.toLowerCase();
    // "tens of" and "hundreds of" multiply only a scale: "hundreds of thousands".
    if (outer && !VAGUE_SCALE[inner]) continue;
    const [lo, hi] = outer ? VAGUE_RANGE[outer]!.map((v) => v * VAGUE_SCALE[inner]!) as [number, number] : VAGUE_RANGE[inner]!;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, text: text.slice(m.index, end), kind: 'number', value: lo, upTo: hi });
  }
  return out;
}

// Words that make a figure approximate, and the range of true values each allows, as shares of
// the figure: "about $5bn" is $4.5bn to $5.5bn, "nearly 900" 810 to 900, "more than 4,000" 4,000
// to 5,000 (a writer rounds down to the figure below; "more than 40" for 57 says less than it
// should).
const APPROXIMATE: [RegExp, number, number][] = [
  [/\b(?:about|around|roughly|approximately|some|an estimated|close to|circa)\s+$/i, 0.9, 1.1],
  [/\b(?:nearly|almost|just under|just shy of)\s+$/i, 0.9, 1],
  [/\b(?:more than|over|at least|upwards of|just over)\s+$/i, 1, 1.25],
  [/\b(?:less than|under|fewer than|up to|no more than)\s+$/i, 0.75, 1],
];

// How far apart two figures each written "about" something may be and still be one count.
const ROUNDED_ALIKE = 0.05;

// The kind of APPROXIMATE that is a range either side of the figure ("about", "around").
export const ABOUT = 0;

const DURATION_AFTER = /^[\s-]+(?:years?|months?|weeks?|days?|decades?|hours?)\b/i;

/**
 * The statement's figures, each one an approximating word stands before ("about $5bn", "nearly
 * 900") made the range of values it allows: a source's "$4.9bn" is "about $5bn". Dates and years
 * stay as written.
 */
export function approximated(text: string, quantities: Quantity[]): Quantity[] {
  const approximation = (q: Quantity): number => APPROXIMATE.findIndex(([re]) => re.test(text.slice(Math.max(0, q.start - 20), q.start)));
  const within = (q: Quantity, kind: number, written: number, most = Infinity): Quantity => {
    const [, low, high] = APPROXIMATE[kind]!;
    return { ...q, value: written * low, upTo: Math.min(most, written * high), approximate: { kind, written } };
  };
  return quantities.map((q) => {
    // A share ("a third", "six in ten") is about its figure; a word before it says which way:
    // "more than a third" is a third or more, as "more than 33%" is.
    if (q.kind === 'percent' && q.upTo !== undefined && q.approximate?.kind === ABOUT) {
      const kind = approximation(q);
      return kind > ABOUT ? within(q, kind, q.approximate.written, 100) : q;
    }
    if (q.kind === 'date' || q.kind === 'year' || q.upTo !== undefined || q.unit === 'ordinal' || apartUnit(q) !== undefined || q.value === 0) return q;
    // "over five years" is a span of time, not more than five of them.
    if (/\b(?:over|under)\s+$/i.test(text.slice(Math.max(0, q.start - 20), q.start)) && DURATION_AFTER.test(text.slice(q.end, q.end + 12))) return q;
    const kind = approximation(q);
    return kind < 0 ? q : within(q, kind, q.value);
  });
}

/** A plain amount with a currency written out after it ("one trillion dollars") is money. */
function currencyAfter(text: string, q: Quantity): Quantity {
  if ((q.kind !== 'number' && q.kind !== 'year') || q.unit) return q;
  const named = CURRENCY_AFTER.exec(text.slice(q.end));
  if (!named) return q;
  const end = q.end + named[0].length;
  return { start: q.start, end, text: text.slice(q.start, end), kind: 'money', value: q.value, unit: named[1]!.toLowerCase() };
}

function dateValue(year: number | undefined, month: number, day: number | undefined): number {
  return (year ?? 0) * 10000 + month * 100 + (day ?? 0);
}

/**
 * Whether `a`, as a statement writes it, says what `b` gives: equal values of compatible kinds
 * (a whole percent for a share with decimals that rounds to it, not the other way); a date
 * written without its year matches the same month and day in any year; "2025" matches a
 * date in 2025 only as a year.
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'date' || b.kind === 'date') {
    if (a.kind === 'year' || b.kind === 'year') {
      const year = a.kind === 'year' ? a.value : b.value;
      const date = a.kind === 'date' ? a : b;
      return date.date?.year === year;
    }
    if (a.kind !== b.kind) return false;
    const x = a.date!;
    const y = b.date!;
    if (x.month !== y.month) return false;
    if (x.day !== undefined && y.day !== undefined && x.day !== y.day) return false;
    if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return false;
    return true;
  }
  if ((a.kind === 'percent') !== (b.kind === 'percent')) return false;
  if (apartUnit(a) !== apartUnit(b)) return sameNumberNamed(a, b);
  // A count given by its order of size is each number in its range.
  if ((a.upTo !== undefined) !== (b.upTo !== undefined)) {
    const [range, exact] = a.upTo !== undefined ? [a, b] : [b, a];
    // A figure written to three significant digits or more is no rounding of another "about"
    // figure it does not round to: "roughly 16,840 acres" is not "an estimated 18,640", though
    // within a tenth of it; "19,000" and "18,600" are.
    const inRange = exact.value >= range.value && exact.value <= range.upTo!;
    if (inRange && range.approximate?.kind === ABOUT && /\d/.test(range.text) && /\d/.test(exact.text) && significantDigits(exact.value) >= 3) {
      const written = range.approximate.written;
      return Math.abs(exact.value - written) <= Math.max(lastDigit(exact.value), lastDigit(written)) + 1e-9 * Math.abs(written);
    }
    return inRange;
  }
  // Two ranges ("up to 30" and "around 30", "dozens" and "scores") agree where they overlap,
  // more than at one end ("over 40" is no "over 50").
  if (a.upTo !== undefined && b.upTo !== undefined) {
    // Approximated alike ("over 60" and "more than 50"): the figures as written.
    if (a.approximate && b.approximate && a.approximate.kind === b.approximate.kind && a.approximate.kind !== ABOUT) return equalValues(a.approximate.written, b.approximate.written);
    // Two figures written "about" something, both in digits, are one count rounded two ways
    // ("about 4,000" and "roughly 4,100"), not any two whose margins meet ("about 71%" and "about
    // 61 percent").
    if (a.approximate?.kind === ABOUT && b.approximate?.kind === ABOUT && /\d/.test(a.text) && /\d/.test(b.text)) {
      const [x, y] = [a.approximate.written, b.approximate.written];
      // (An infinite figure is near no finite one, however wide 5% of it is.)
      if (!Number.isFinite(x) || !Number.isFinite(y)) return x === y;
      return Math.abs(x - y) <= ROUNDED_ALIKE * Math.max(Math.abs(x), Math.abs(y));
    }
    // Otherwise (a share "about" its figure, a count by its order of size) where they overlap.
    return (equalValues(a.value, b.value) && equalValues(a.upTo, b.upTo)) || Math.min(a.upTo, b.upTo) - Math.max(a.value, b.value) > 1e-9 * Math.max(1, Math.abs(a.value));
  }
  // Rounding goes one way: a source's "46.3 percent" is a statement's "46%", but its "3 percent"
  // is no "3.2 percent".
  return equalValues(a.value, b.value) || roundedShare(a, b);
}

/** A share in whole percent that another, written with decimals, rounds to: "46%" for "46.3 percent". */
function roundedShare(whole: Quantity, exact: Quantity): boolean {
  return whole.kind === 'percent' && exact.kind === 'percent' && !writtenWithDecimals(whole) && writtenWithDecimals(exact) && equalValues(Math.round(exact.value), whole.value);
}

/** Whether a figure is written with decimals ("46.3 percent", "30.0%"). */
export function writtenWithDecimals(q: Quantity): boolean {
  return /\d[.,]\d/.test(q.text);
}

/** The place value of a figure's last digit that is not zero: 10 for 16,840, 0.1 for 3.5. */
function lastDigit(value: number): number {
  const x = Math.abs(value);
  if (!Number.isFinite(x) || x === 0) return 0;
  let unit = 10 ** Math.floor(Math.log10(x));
  // Down to the digit the figure stops at (at most 12 places: a figure is written, not computed).
  for (let i = 0; i < 12 && Math.abs(Math.round(x / unit) * unit - x) > 1e-9 * x; i++) unit /= 10;
  return unit;
}

/** How many significant digits a written figure has: 4 for 16,840, 2 for 2.6 million. */
function significantDigits(value: number): number {
  const x = Math.abs(value);
  const unit = lastDigit(x);
  return unit ? Math.floor(Math.log10(x / unit) + 1e-9) + 1 : 0;
}

/** Two values equal but for floating-point error. */
function equalValues(x: number, y: number): boolean {
  // An infinite figure (digits past what a number holds) equals only another: its error margin,
  // a share of it, would take in every finite figure, and only when asked one way round.
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x === y;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
}

// Numbers that are no counts, each weighed only against its own kind and never approximate: a
// time of day ("3 p.m."), a number that names a thing ("bill 24-117"), a score or a vote ("3-1").
const APART_UNITS = new Set(['time', 'id', 'tally']);

/** The unit of a number kept apart from counts (see APART_UNITS), if it is one. */
// A release's number as it is written: "5.0", "3.9".
const PLAIN_WRITTEN = /^\d+\.\d+$/;

/**
 * A number with a point that names a thing ("version 5.0") and the same number written where
 * nothing says it names one ("removed in 5.0"): the same figure, written the same. (A count is
 * no name: "Flight 370" is not "370 passengers".)
 */
export function sameNumberNamed(a: Quantity, b: Quantity): boolean {
  const [named, plain] = a.unit === 'id' ? [a, b] : [b, a];
  return named.unit === 'id' && plain.kind === 'number' && plain.unit === undefined && plain.upTo === undefined && PLAIN_WRITTEN.test(named.text) && named.text === plain.text;
}

/** The figure `q` would be as the other of a number named and one not (see sameNumberNamed), if it can be one. */
export function namedOrPlain(q: Quantity): Quantity | undefined {
  if (q.kind !== 'number' || q.upTo !== undefined || !PLAIN_WRITTEN.test(q.text)) return undefined;
  if (q.unit === 'id') return { ...q, unit: undefined, value: Number(q.text) };
  return q.unit === undefined ? { ...q, unit: 'id', value: Number(q.text.replace(/\D/g, '').slice(0, 15)) } : undefined;
}

export function apartUnit(q: Quantity): string | undefined {
  return q.unit !== undefined && APART_UNITS.has(q.unit) ? q.unit : undefined;
}

/** Whether two quantities are comparable at all (a date against a date, money against money). */
export function comparable(a: Quantity, b: Quantity): boolean {
  const group = (q: Quantity): string => (q.kind === 'year' || q.kind === 'date' ? 'time' : q.kind === 'money' ? 'money' : q.kind === 'percent' ? 'percent' : apartUnit(q) ? `apart ${q.unit}` : 'number');
  if (group(a) !== group(b)) return false;
  // A day of a month with no year ("May 20") says nothing of a year ("fiscal 2026").
  const yearless = (q: Quantity): boolean => q.kind === 'date' && !!q.date && q.date.year === undefined;
  if ((a.kind === 'year' && yearless(b)) || (b.kind === 'year' && yearless(a))) return false;
  if (a.unit && b.unit && group(a) === 'number' && a.unit !== b.unit) return false;
  return true;
}
