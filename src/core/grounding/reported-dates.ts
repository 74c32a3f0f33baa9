// Figures an article gives without writing them out: the day it was published, the days its
// weekdays point at ("on Friday" in a piece published on Saturday 13 December is 12 December),
// and how many things a list names ("Singapore, Australia, Japan, South Korea and Israel" is five
// countries). A statement that gives such a figure says what the article says.
import type { Passage, SourceDocument } from '../model.js';
import { approximated, findQuantities, type Quantity } from '../text/numbers.js';
import { normalizeWord } from '../text/tokens.js';
import { passageProfile, tokenizeCached } from './passage-profile.js';
import { partitionPoint } from '../bisect.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
export const DAY_MS = 86_400_000;

export function publishedDay(doc: SourceDocument): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(doc.published ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/** Each weekday the text names, with where it stands and the day it points at: the latest such weekday on or before publication, as news writes it. */
function* pointedDays(published: Date, text: string): Generator<{ start: number; end: number; weekday: string; day: Date }> {
  WEEKDAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WEEKDAY.exec(text))) {
    const back = (published.getUTCDay() - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
    yield { start: m.index, end: m.index + m[0].length, weekday: m[1]!, day: new Date(published.getTime() - back * DAY_MS) };
  }
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The days a passage's weekdays point at, as dates standing where the weekday is written ("on
 * Thursday" in a piece published on Friday, December 12, 2025 is December 11, 2025): what a
 * statement's date is checked against when the passage gives no date of its own. A date's text is
 * the date written out, as a fix would write it; its span is the weekday's.
 */
export function weekdayDates(doc: SourceDocument | undefined, passageText: string): Quantity[] {
  const published = doc && publishedDay(doc);
  if (!published) return [];
  return [...pointedDays(published, passageText)].map(({ start, end, day }) => {
    const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    return { kind: 'date', text: `${MONTH_NAMES[month - 1]} ${date}, ${year}`, value: year * 10_000 + month * 100 + date, date: { year, month, day: date }, start, end };
  });
}

/** A figure the passage gives without writing it: a reported date or the length of a list. */
export function impliedFigure(q: Quantity, doc: SourceDocument | undefined, passage: Passage, statement?: string): boolean {
  // Asked of every figure of a statement against each aligned passage, and a statement may give
  // thousands: what the passage implies is read once, then looked up.
  if (q.kind === 'date') return reportedDays(doc, passage).has(dayKey(q) ?? '');
  if (q.kind === 'year' && relativeYears(doc, passage).has(q.value)) return true;
  if (statement !== undefined && (differenceOf(q, statement, passage, doc) || totalOf(q, statement, passage) || yearsApart(q, statement, passage))) return true;
  if (statement !== undefined && q.kind === 'percent' && readStatement(statement).shares.has(q.start)) return true;
  if ((countable(q) && listLengths(passage).has(q.value)) || oneOfUnit(q, passage)) return true;
  if (statement !== undefined && doc && countable(q) && tableRows(q, statement, doc)) return true;
  if (q.unit === 'day' && q.kind === 'number' && dayRuns(passage).has(q.value)) return true;
  if (statement !== undefined && countsARun(q)) {
    const counted = RUN_COUNTED.exec(statement.slice(q.end, q.end + 16))?.[1]?.toLowerCase();
    if (counted && namedRuns(passage).some((r) => r.of === (counted.startsWith('month') ? 'months' : 'days') && r.length === q.value)) return true;
  }
  const minutes = statement === undefined ? undefined : durationOf(q, statement, true);
  if (minutes !== undefined && durations(passage).has(minutes)) return true;
  // A length the passage and the times around it give: "five minutes after" the 14:06 of the
  // line before the passage's 14:11; "nearly three hours" for "2 hours and 47 minutes".
  const range = statement === undefined ? undefined : durationRange(q, statement);
  if (range && doc && [...durationsAround(doc, passage)].some((d) => range[0] - 1e-9 <= d && d <= range[1] + 1e-9)) return true;
  if (statement === undefined || doc === undefined || !countsBetween(q, statement)) return false;
  const between = paragraphGaps(doc, passage);
  return (DAYS_AFTER.test(statement.slice(q.end, q.end + 24)) ? between.days : between.years).has(q.value);
}

// "11 and 12 February", "3-5 March", "March 3 to 5": days of one month in a row.
const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_RUN = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|through|until|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}\\b|\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|through|until|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g');
const dayRunsRead = new WeakMap<Passage, Set<number>>();

// "from Monday to Saturday", "Tuesday-Thursday", "between October and December", "March to May":
// a run of named days or months, the first to the last.
const RUN_LINK = '\\s*(?:to|through|until|till|-|–)\\s*';
const NAMED_RUN = new RegExp(`\\b(?:(between)\\s+)?(${WEEKDAYS.join('|')}|${MONTH_WORD.slice(3, -1).toLowerCase()})s?(?:${RUN_LINK}|\\s+and\\s+)(${WEEKDAYS.join('|')}|${MONTH_WORD.slice(3, -1).toLowerCase()})s?\\b`, 'gi');
const MONTHS_OF_YEAR = MONTH_WORD.slice(3, -1).toLowerCase().split('|');
// What a count of a run counts: "six days a week", "three months".
const RUN_COUNTED = /^[\s-]*(days?|months?)\b/i;
// A passage names a few runs; a hostile one of thousands is read for its first ones.
const MOST_RUNS = 12;
const namedRunsRead = new WeakMap<Passage, NamedRun[]>();

/** A run of days of the week or months of the year a passage names, how many it spans and where it stands. */
interface NamedRun { of: 'days' | 'months'; length: number; start: number; end: number }

/**
 * The runs of weekdays and months a passage names, each with how many it spans: "Monday to
 * Saturday" is six days, "between October and December" three months, "Friday to Monday" four
 * days. "October and December" alone is two months, not a run.
 */
export function namedRuns(passage: Passage): readonly NamedRun[] {
  let found = namedRunsRead.get(passage);
  if (!found) {
    found = [];
    for (const m of passage.text.matchAll(NAMED_RUN)) {
      if (found.length >= MOST_RUNS) break;
      const linked = m[0].slice(m[1] ? m[1].length : 0);
      if (!m[1] && /\sand\s/i.test(linked)) continue;
      const [a, b] = [m[2]!.toLowerCase(), m[3]!.toLowerCase()];
      const days = WEEKDAYS.indexOf(a) >= 0;
      if (days !== WEEKDAYS.indexOf(b) >= 0) continue;
      const [from, to, size] = days ? [WEEKDAYS.indexOf(a), WEEKDAYS.indexOf(b), 7] : [MONTHS_OF_YEAR.indexOf(a), MONTHS_OF_YEAR.indexOf(b), 12];
      if (from === to) continue;
      found.push({ of: days ? 'days' : 'months', length: ((to - from + size) % size) + 1, start: m.index, end: m.index + m[0].length });
    }
    namedRunsRead.set(passage, found);
  }
  return found;
}

/** Whether a figure may count the days or months of a run: a plain whole number up to twelve. */
function countsARun(q: Quantity): boolean {
  return q.kind === 'number' && !q.unit && Number.isInteger(q.value) && q.value >= 2 && q.value <= 12;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count written as the statement's figure is: in words where it is a word ("four"), else in digits. */
function writtenAs(q: Quantity, value: number): string {
  return /^\p{L}/u.test(q.text) && value < NUMBER_WORDS.length ? NUMBER_WORDS[value]! : String(value);
}

// "seven days a week": days of the week counted; "the last four months of": months of a run.
const DAYS_A_WEEK = /^[\s-]*days?\s+(?:a|per|each|every)\s+week\b/i;
const MONTHS_OF = /^[\s-]*months?\s+of\b/i;
const FIRST_OR_LAST = /\b(?:first|last|final|past|opening|closing)\s+$/i;

/**
 * The days a week the passage's one run of weekdays gives, where the statement's count of days a
 * week gives another ("open seven days a week" against "open from 8am to 8pm, Monday to
 * Saturday"), or the months of its one run of months where the statement counts the first or last
 * months of something ("in the last four months of 2024" against "between October and December
 * 2024"): the rival to show, standing where the run does, written as the statement writes its
 * figure.
 */
export function runRival(q: Quantity, statement: string, passage: Passage): Quantity | undefined {
  if (!countsARun(q)) return undefined;
  const after = statement.slice(q.end, q.end + 24);
  const of = DAYS_A_WEEK.test(after) ? 'days' : MONTHS_OF.test(after) && FIRST_OR_LAST.test(statement.slice(Math.max(0, q.start - 12), q.start)) ? 'months' : undefined;
  if (!of) return undefined;
  const runs = namedRuns(passage).filter((r) => r.of === of);
  if (runs.length !== 1 || runs[0]!.length === q.value) return undefined;
  const { length, start, end } = runs[0]!;
  return { kind: 'number', text: writtenAs(q, length), value: length, start, end };
}

/** How many days the runs of days a passage gives last ("on 11 and 12 February": two). */
function dayRuns(passage: Passage): Set<number> {
  let found = dayRunsRead.get(passage);
  if (!found) {
    found = new Set();
    for (const m of passage.text.matchAll(DAY_RUN)) {
      const from = Number(m[1] ?? m[3]);
      const to = Number(m[2] ?? m[4]);
      if (to > from && to <= 31) found.add(to - from + 1);
    }
    dayRunsRead.set(passage, found);
  }
  return found;
}

// "two days before", "three days later": days between two events.
const DAYS_AFTER = /^[\s-]*days?\s+(?:later|earlier|after(?:wards?)?|before|ahead|on)\b/i;
// "four years later", "two years earlier", "six years after": years between two events.
const YEARS_AFTER = /^[\s-]*years?\s+(?:later|earlier|after(?:wards?)?|before|on)\b/i;

/** Whether a figure counts the days or years between two events ("two days before"). */
function countsBetween(q: Quantity, statement: string): boolean {
  if (q.kind !== 'number' || q.unit || q.approximate || q.upTo !== undefined || !Number.isInteger(q.value) || q.value <= 0) return false;
  const after = statement.slice(q.end, q.end + 24);
  return DAYS_AFTER.test(after) || YEARS_AFTER.test(after);
}

const gapsOfParagraph = new WeakMap<Passage, { days: Set<number>; years: Set<number> }>();
const YEARS_REACH = 1500;
const MS_A_DAY = 86_400_000;
// A year for dates that give none, when two of them are compared: one without 29 February.
const SOME_YEAR = 2001;

/**
 * The days between the dates the passage's paragraph gives, and the years between its years, each
 * later one against each earlier: "graduating in 1952. She then completed a PhD ... in 1956" gives
 * four years, so "a doctorate four years later" says what the two years say; "a strike scheduled
 * to begin on March 9. A tentative agreement was reached on March 7" gives two days.
 */
function paragraphGaps(doc: SourceDocument, passage: Passage): { days: Set<number>; years: Set<number> } {
  let out = gapsOfParagraph.get(passage);
  if (out) return out;
  // The paragraph around the passage, as far as YEARS_REACH either side (a paragraph of a
  // hostile source may be the whole file, and each of its passages is asked).
  const paragraph = doc.text.slice(Math.max(passage.paragraph.start, passage.span.start - YEARS_REACH), Math.min(passage.paragraph.end, passage.span.end + YEARS_REACH));
  const figures = findQuantities(paragraph);
  // A paragraph gives few dates and years; a hostile one of thousands is read for its first ones.
  const years = [...new Set(figures.filter((y) => y.kind === 'year').map((y) => y.value))].slice(0, MOST_TIMES);
  const days = [...new Set(figures
    .filter((d) => d.kind === 'date' && d.date?.month && d.date.day)
    .map((d) => Date.UTC(d.date!.year ?? SOME_YEAR, d.date!.month! - 1, d.date!.day!) / MS_A_DAY))].slice(0, MOST_TIMES);
  out = { days: gaps(days), years: gaps(years) };
  gapsOfParagraph.set(passage, out);
  return out;
}

/** Each later value less each earlier one. */
function gaps(values: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const a of values) for (const b of values) if (b > a) out.add(b - a);
  return out;
}

// "75 minutes", "eight hours", "48 h", "two days", "a 75-minute outage": a length of time.
const DURATION_UNIT = /^[\s-]*(minute|min|hour|hr|h|day|week)s?\b/i;
const MINUTES_IN: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080 };

/**
 * The length of time a figure gives, in minutes, if it counts minutes or hours (or, with `days`,
 * days or weeks too).
 */
function durationOf(q: Quantity, text: string, days = false): number | undefined {
  if (q.approximate || q.upTo !== undefined) return undefined;
  const unit = durationUnit(q, text);
  if (!unit || (!days && /^[dw]/i.test(unit))) return undefined;
  return q.value * MINUTES_IN[unit[0]!.toLowerCase()]!;
}

/** The unit of time a count is of ("minutes", "h", "day" in "a 75-minute outage"), if it is one. */
function durationUnit(q: Quantity, text: string): string | undefined {
  if (q.kind !== 'number' || q.unit === 'time') return undefined;
  return (q.unit && DURATION_UNIT.exec(q.unit)?.[1]) ?? DURATION_UNIT.exec(text.slice(q.end, q.end + 12))?.[1];
}

/**
 * The length of time a figure gives in minutes, as the least and greatest it may be: one length
 * for an exact figure, the figure's range for an approximate one ("nearly three hours": 2.7 to 3).
 */
function durationRange(q: Quantity, text: string): [number, number] | undefined {
  const unit = durationUnit(q, text);
  if (!unit) return undefined;
  const per = MINUTES_IN[unit[0]!.toLowerCase()]!;
  return [q.value * per, (q.upTo ?? q.value) * per];
}

// "2 hours and 47 minutes", "1 h 20 min": one length in two units.
const COMPOUND_LENGTH = /\b(\d{1,3})\s*(?:hours?|hrs?|h)\b,?\s*(?:and\s+)?(\d{1,2})\s*(?:minutes?|mins?|m)\b/giu;
// How far around a passage the times of day a length may be read between stand, and how many.
const TIMES_REACH = 600;
const aroundDurations = new WeakMap<Passage, Set<number>>();

/**
 * Lengths of time the passage gives with the text around it: between a time of day of the
 * passage and one near it (a timeline's "14:06 - Error rates climb" and "14:11 - Alerts page
 * the on-call engineer": five minutes), and a length written in hours and minutes ("2 hours
 * and 47 minutes").
 */
function durationsAround(doc: SourceDocument, passage: Passage): Set<number> {
  let out = aroundDurations.get(passage);
  if (out) return out;
  out = new Set(durations(passage));
  const own = passageProfile(passage).quantities.filter((t) => t.unit === 'time').slice(0, MOST_TIMES);
  if (own.length) {
    const from = Math.max(0, passage.span.start - TIMES_REACH);
    const near = findQuantities(doc.text.slice(from, Math.min(doc.text.length, passage.span.end + TIMES_REACH))).filter((t) => t.unit === 'time').slice(0, MOST_TIMES * 4);
    for (const a of own) for (const b of near) if (a.value !== b.value) out.add(Math.abs(a.value - b.value));
  }
  aroundDurations.set(passage, out);
  return out;
}

const passageDurations = new WeakMap<Passage, Set<number>>();

/**
 * The lengths of time between the passage's times of day, in minutes, each later time against
 * each earlier one ("between 14:05 and 15:20" is 75 minutes; "from 7 a.m. until about 3 p.m.",
 * eight hours), and those it gives in minutes, hours, days or weeks: a statement that gives the
 * length in another unit says what the passage says.
 */
function durations(passage: Passage): Set<number> {
  let out = passageDurations.get(passage);
  if (out) return out;
  out = new Set();
  // The times a passage gives are few; a hostile passage of thousands is read for its first ones.
  const quantities = passageProfile(passage).quantities;
  const times = quantities.filter((t) => t.unit === 'time').slice(0, MOST_TIMES);
  for (let i = 0; i < times.length; i++) {
    for (let j = i + 1; j < times.length; j++) if (times[j]!.value > times[i]!.value) out.add(times[j]!.value - times[i]!.value);
  }
  // And the lengths it gives in a unit of its own: "for first 48 h" is the statement's "two days";
  // "2 hours and 47 minutes" is one length, not two hours.
  const compounds = [...passage.text.matchAll(COMPOUND_LENGTH)].slice(0, MOST_TIMES);
  for (const m of compounds) out.add(Number(m[1]) * 60 + Number(m[2]));
  for (const q of quantities.slice(0, MOST_TIMES * 4)) {
    if (compounds.some((m) => m.index <= q.start && q.end <= m.index + m[0].length)) continue;
    const minutes = durationOf(q, passage.text, true);
    if (minutes !== undefined) out.add(minutes);
  }
  passageDurations.set(passage, out);
  return out;
}
const MOST_TIMES = 12;

const RANGE = /^\s*(?:to|until|till|and|-|–|—)\s*(?:about|around|roughly|approximately|some)?\s*$/i;

/**
 * The length of time a passage's two times of day give, where the statement's figure gives
 * another ("six hours" against "from 7 a.m. until about 3 p.m."): the rival to show, standing
 * where the times do, written as the statement writes its figure. None where the passage gives
 * other than two times, or the lengths agree.
 */
export function durationRival(q: Quantity, statement: string, passage: Passage): Quantity | undefined {
  const minutes = durationOf(q, statement);
  if (minutes === undefined) return undefined;
  const times = passageProfile(passage).quantities.filter((t) => t.unit === 'time');
  // A range, the one time to the other: "from 7 a.m. until about 3 p.m.", "between 14:05 and 15:20".
  if (times.length !== 2 || times[1]!.value <= times[0]!.value || !RANGE.test(passage.text.slice(times[0]!.end, times[1]!.start))) return undefined;
  const length = times[1]!.value - times[0]!.value;
  if (length === minutes) return undefined;
  // The statement counted hours where its minutes are not its figure.
  const value = minutes !== q.value ? length / 60 : length;
  if (!Number.isInteger(value)) return undefined;
  return { kind: 'number', text: writtenAs(q, value), value, start: times[0]!.start, end: times[1]!.end };
}

const unitsOfOne = new WeakMap<Passage, Set<string>>();

/** "A one-week delay", "a 1-day strike" where the passage says "slip a week", "for a day". */
function oneOfUnit(q: Quantity, passage: Passage): boolean {
  if (q.kind !== 'number' || q.value !== 1 || !q.unit) return false;
  let units = unitsOfOne.get(passage);
  if (!units) {
    // The words after "a", "an" or "one" in the passage, read once.
    units = new Set([...passage.text.matchAll(/\b(?:a|an|one)\s+(\p{L}+)/giu)].map((m) => m[1]!.toLowerCase()));
    unitsOfOne.set(passage, units);
  }
  return units.has(q.unit.toLowerCase());
}

// "six degrees above", "two points short of", "$3 million more than": a figure told as the
// difference between two others.
const COMPARED = /^[\s-]*(?:[\p{L}.-]+\s+){0,2}?(above|below|more|less|fewer|higher|lower|over|under|short|ahead|behind)\b/iu;
// The words of those that tell a fall.
const FALLING = /^(?:down|f[ae]ll\w*|decreas\w*|drop\w*|cut|declin\w*|shr\w*|reduced|lowered|below|less|fewer|lower|under|short|behind)$/i;
// "rises by £120,000", "fell by about $300,000", "up 17%", "went down by a further 40": a change
// told by how much, before its figure.
const CHANGED_BY = /\b(up|down|ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|gr[eo]wn?|grows|drop(?:s|ped|ping)?|cut|climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|declin(?:e|es|ed|ing)|shr[au]nk|shrinks|reduced|lowered|raised)\s+(?:by\s+)?(?:a\s+further\s+|an\s+extra\s+)?(?:(about|around|roughly|nearly|almost|some|approximately|more\s+than|less\s+than|over|under|just\s+over|just\s+under|a\s+little\s+over|a\s+little\s+under)\s+)?$/iu;
// "434 did not reach the finish", "12 failed": what the rest did not do.
const COMPLEMENT = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:did\s+not|didn['’]t|do\s+not|don['’]t|were\s+not|weren['’]t|was\s+not|wasn['’]t|had\s+not|hadn['’]t|have\s+not|haven['’]t|failed|never)\b/iu;
// A passage gives a few figures; a hostile one of thousands has its first compared.
const MOST_COMPARED = 40;
// A change in percent is weighed against the first few figures only: the more pairs, the likelier
// one gives any percentage by chance.
const MOST_PERCENT_COMPARED = 8;

/**
 * The values a statement's figure may stand for, [least, greatest]: an approximate one's range
 * ("about $300,000", "over 40 per cent"), an exact percentage to its own precision ("45 per cent"
 * is 44.5 to 45.5), any other exact figure itself.
 */
function hedgedRange(q: Quantity, statement: string): [number, number] {
  const hedged = q.upTo !== undefined ? q : approximated(statement, [q])[0]!;
  if (hedged.upTo !== undefined) return [hedged.value, hedged.upTo];
  if (q.kind !== 'percent') return [q.value, q.value];
  const half = 0.5 * 10 ** -(/\.(\d+)/.exec(q.text)?.[1]?.length ?? 0);
  return [q.value - half, q.value + half];
}

/** What a statement says around a figure, read once a statement however many passages ask. */
interface Told {
  /** Told as a change by how much ("rises by £120,000"). */
  changed: boolean;
  /** Of a change or comparison, whether it tells a fall ("fell by", "fewer"). */
  falling?: boolean;
  /** Told as how far above or below another ("six degrees above"). */
  compared: boolean;
  /** Told as what the rest did not do ("434 did not reach the finish"). */
  complement: boolean;
  /** The values it may stand for, as hedged. */
  range: [number, number];
}

// The last statement read: the same statement is asked about against passage after passage.
const statementRead = { text: '', values: new Map<string, Set<number>>(), told: new Map<number, Told>(), shares: new Set<number>() };

function readStatement(statement: string): typeof statementRead {
  if (statementRead.text !== statement) {
    statementRead.text = statement;
    statementRead.values = new Map();
    statementRead.told = new Map();
    const figures = findQuantities(statement);
    for (const f of figures) {
      let set = statementRead.values.get(f.kind);
      if (!set) statementRead.values.set(f.kind, (set = new Set()));
      set.add(f.value);
    }
    statementRead.shares = ownShares(statement, figures);
  }
  return statementRead;
}

// Between a figure and the share of another that it is: "118 people, less than " (in its clause).
const BEFORE_SHARE = /^[^.;:!?]{0,40}$/;
// Between the share and the figure it is of: "half of its 250-person capacity", "half the $8.1 million".
const SHARE_OF = /^\s+(?:of\s+)?(?:(?:the|its|their|his|her|our|this|that)\s+)?$/i;
// How many of a statement's figures are read for shares.
const MOST_SHARES = 20;

/**
 * Where a statement's shares stand that it works out from its own two figures either side, and
 * that those figures bear out: "housing 118 people, less than half of its 250-person capacity",
 * "$3.4 million, less than half the $8.1 million ... had sought". The source need not write the
 * share: its two figures say it.
 */
function ownShares(statement: string, figures: readonly Quantity[]): Set<number> {
  const out = new Set<number>();
  const shown = approximated(statement, [...figures]);
  for (let i = 1; i + 1 < shown.length && i < MOST_SHARES; i++) {
    const share = shown[i]!, part = figures[i - 1]!, whole = figures[i + 1]!;
    if (share.kind !== 'percent' || share.upTo === undefined || /\d/.test(share.text)) continue;
    if (part.kind !== whole.kind || (part.kind !== 'number' && part.kind !== 'money') || !(whole.value > 0) || part.upTo !== undefined || whole.upTo !== undefined) continue;
    if (!BEFORE_SHARE.test(statement.slice(part.end, share.start)) || !SHARE_OF.test(statement.slice(share.end, whole.start))) continue;
    const ratio = (part.value / whole.value) * 100;
    if (ratio >= share.value - 1e-9 && ratio <= share.upTo + 1e-9) out.add(share.start);
  }
  return out;
}

/** The values a statement gives of each kind of figure. */
function givenValues(statement: string, kind: Quantity['kind']): Set<number> {
  return readStatement(statement).values.get(kind) ?? new Set();
}

/** How the statement tells a figure of it. */
function toldOf(statement: string, q: Quantity): Told {
  const told = readStatement(statement).told;
  let found = told.get(q.start);
  if (!found) {
    const after = statement.slice(q.end, q.end + 40);
    const change = CHANGED_BY.exec(statement.slice(Math.max(0, q.start - 60), q.start));
    const comparison = COMPARED.exec(after);
    const word = change?.[1] ?? comparison?.[1];
    found = {
      changed: !!change,
      ...(word ? { falling: FALLING.test(word) } : {}),
      compared: !!comparison,
      complement: COMPLEMENT.test(after),
      range: hedgedRange(q, statement),
    };
    told.set(q.start, found);
  }
  return found;
}

// A count of years told as how long before or after: "four years earlier", "two years on".
const YEARS_BEFORE_OR_AFTER = /^[\s-]+years?\s+(?:earlier|before|later|after|on|previously|apart)\b/i;

/**
 * Whether the statement gives how many years stand between two years the passage gives: "18 per
 * cent higher in November 2026 than four years earlier" where the passage compares "November
 * 2026" with "November 2022".
 */
function yearsApart(q: Quantity, statement: string, passage: Passage): boolean {
  if (q.kind !== 'number' || q.unit || !Number.isInteger(q.value) || q.value < 1 || !YEARS_BEFORE_OR_AFTER.test(statement.slice(q.end, q.end + 24))) return false;
  const years = passageProfile(passage).quantities.slice(0, MOST_COMPARED)
    .map((p) => ({ at: p, year: p.kind === 'year' ? p.value : p.kind === 'date' ? p.date?.year : undefined }))
    .filter((y): y is { at: Quantity; year: number } => y.year !== undefined);
  // The passage compares the two: a word of comparing stands between them ("in November 2026 ...
  // compared with November 2022"); two years it names apart ("in 2006 ... died in 2014") are none.
  return years.some((a) => years.some((b) => a.year - b.year === q.value && COMPARING.test(passage.text.slice(Math.min(a.at.end, b.at.end), Math.max(a.at.start, b.at.start)))));
}

// A word that compares one time with another.
const COMPARING = /\b(?:compared\s+(?:with|to)|than|against|versus|vs\.?|up\s+from|down\s+from)\b/i;

/**
 * Whether the statement gives a figure as how far one of the passage's figures stands from
 * another: "six degrees above the 41-degree limit" where the cooler "measured at 47 degrees F;
 * required maximum is 41 degrees F"; a change by how much ("funding goes up by £120,000" where it
 * "rises from £220,000 to £340,000"; "fell by about $300,000" where it is "$3.1 million, down from
 * $3.4 million"); an exact difference beside one of the two figures it is taken from, told as what
 * the rest did not do ("Of the 18,420 runners who started, 434 did not reach the finish" where
 * 18,420 started and 17,986 finished, but not "will serve 15 of the 26 stops" where 11 are
 * served); and a change in percent two figures give, the way it went ("fell by over 40 per cent"
 * where a row is "4,310 (7,855)" under a heading that puts the earlier in brackets).
 */
function differenceOf(q: Quantity, statement: string, passage: Passage, doc: SourceDocument | undefined): boolean {
  if (q.kind === 'date' || q.kind === 'year' || !(q.value > 0)) return false;
  const { changed, compared, complement, falling, range: [least, greatest] } = toldOf(statement, q);
  if (q.kind === 'percent') return falling !== undefined && percentChangeOf(least, greatest, falling, passage, doc);
  // Else beside one of its two figures, an exact difference told as what the rest did not do.
  if (!changed && !compared && !complement) return false;
  const operands = changed || compared ? undefined : givenValues(statement, q.kind);
  if (operands && least !== greatest) return false;
  const values = firstValues(passage, q.kind);
  for (const a of values) {
    for (const b of values) {
      if (a <= b || (operands && !operands.has(a) && !operands.has(b))) continue;
      const d = a - b;
      if (d >= least - 1e-9 * Math.max(1, d) && d <= greatest + 1e-9 * Math.max(1, d)) return true;
    }
  }
  return false;
}

const firstValuesRead = new WeakMap<Passage, Map<string, number[]>>();

/**
 * The values of a passage's first MOST_COMPARED figures of a kind, each once unless not
 * `distinct` (a total may add two alike): read once a passage, however many of a statement's
 * figures ask.
 */
function firstValues(passage: Passage, kind: Quantity['kind'], distinct = true): number[] {
  let byKind = firstValuesRead.get(passage);
  if (!byKind) firstValuesRead.set(passage, (byKind = new Map()));
  const key = distinct ? kind : `all ${kind}`;
  let values = byKind.get(key);
  if (!values) {
    const quantities = passageProfile(passage).quantities;
    values = quantities.filter((p) => p.kind === kind).slice(0, MOST_COMPARED).map((p) => p.value);
    if (distinct) values = [...new Set(values)];
    byKind.set(key, values);
  }
  return values;
}

/** Whether two counts or sums of the passage, the earlier and the later, change by a percentage from `least` to `greatest`, falling or rising as told. */
function percentChangeOf(least: number, greatest: number, falling: boolean, passage: Passage, doc: SourceDocument | undefined): boolean {
  for (const [before, after] of changePairs(passage, doc)) {
    if (falling !== after < before) continue;
    const change = (100 * Math.abs(after - before)) / before;
    if (change >= least && change <= greatest) return true;
  }
  return false;
}

// How far apart two figures of one change stand: "4,310 (7,855)", "from £220,000 to £340,000".
const PAIR_REACH = 40;
// Between the two figures of a change, and which comes first: "from 120 to 150" (the earlier),
// "150, down from 120", "150 (120)" under a heading that puts the earlier in brackets (the later).
const EARLIER_FIRST = /^\s*(?:to|and|-|–)\s*$/i;
// Or what the first counts and when, between: "from 212 students in 2019 to 118".
const EARLIER_FIRST_TOLD = /^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:in\s+\d{4}\s+)?to\s*[£$€]?$/iu;
const LATER_FIRST = /^\s*(?:,\s*)?(?:(?:(?:down|up)\s+)?from|compared\s+with|against|versus|vs\.?)\s*$/i;
const changePairsRead = new WeakMap<Passage, [number, number][]>();

/**
 * The pairs of a passage's counts or sums that are one thing before and after, as [before,
 * after]: two that stand next to each other among its first figures and say which came first
 * ("from 120 to 150", "150, down from 180", a table row's "4,310 (7,855)" under a heading that puts
 * the earlier figure in brackets), in a passage that writes no percentage of its own (one that
 * does tells the change itself, and the statement's is weighed against that, not worked out).
 */
function changePairs(passage: Passage, doc: SourceDocument | undefined): [number, number][] {
  let pairs = changePairsRead.get(passage);
  if (!pairs) {
    pairs = [];
    const quantities = passageProfile(passage).quantities;
    if (!quantities.some((p) => p.kind === 'percent')) {
      const counts = quantities.filter((p) => (p.kind === 'number' && !p.unit) || p.kind === 'money').slice(0, MOST_PERCENT_COMPARED);
      for (let i = 1; i < counts.length; i++) {
        const [x, y] = [counts[i - 1]!, counts[i]!];
        if (x.kind !== y.kind || y.start - x.end > PAIR_REACH || !(x.value > 0 && y.value > 0) || x.value === y.value) continue;
        const between = passage.text.slice(x.end, y.start);
        if ((EARLIER_FIRST.test(between) || EARLIER_FIRST_TOLD.test(between)) && /\bfrom\s+[£$€]?$/i.test(passage.text.slice(Math.max(0, x.start - 8), x.start))) pairs.push([x.value, y.value]);
        else if (LATER_FIRST.test(between) || (/^\s*\(\s*[£$€]?$/.test(between) && doc && earlierInBrackets(doc, passage))) pairs.push([y.value, x.value]);
      }
    }
    changePairsRead.set(passage, pairs);
  }
  return pairs;
}

// "225 people in all", "a total of 225", "combined": a figure told as a total of others.
const TOTAL_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:in\s+all|in\s+total|altogether|combined|between\s+them|all\s+told)\b/iu;
const TOTAL_BEFORE = /\b(?:a\s+total\s+of|total(?:ling|ing|led|ed)?|in\s+total|combined|altogether)\s+(?:of\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * Whether the statement gives a figure as the total of two of the passage's: "214 passengers and
 * 11 crew, 225 people in all" where the passage says "On board were 214 passengers and 11 crew".
 */
function totalOf(q: Quantity, statement: string, passage: Passage): boolean {
  if (q.kind !== 'number' && q.kind !== 'money' || !(q.value > 0)) return false;
  if (!TOTAL_AFTER.test(statement.slice(q.end, q.end + 40)) && !TOTAL_BEFORE.test(statement.slice(Math.max(0, q.start - 40), q.start))) return false;
  const values = firstValues(passage, q.kind, false);
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) if (Math.abs(values[i]! + values[j]! - q.value) < 1e-9 * Math.max(1, q.value)) return true;
  return false;
}

// "down from 19 percent the year before", "a year earlier": the year before the one just given.
const YEAR_BEFORE = /\b(?:the\s+(?:year|twelve\s+months)\s+before|the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before))\b/gi;
// "the following year", "a year later": the year after it.
const YEAR_AFTER = /\b(?:the\s+(?:following|next)\s+year|the\s+year\s+after|a\s+year\s+later)\b/gi;
// "last year", "this year", "next year": counted from the year the article was published.
const YEAR_OF_PUBLICATION = /\b(last|this|next)\s+year\b/gi;
const yearsImplied = new WeakMap<Passage, { doc: SourceDocument | undefined; years: Set<number> }>();

/**
 * The years a passage names without writing them: "the year before" the last year it gave ("grew
 * 6 percent in 2024, down from 19 percent the year before" gives 2023), and "last year", "this
 * year" and "next year" in an article published in a known year.
 */
function relativeYears(doc: SourceDocument | undefined, passage: Passage): Set<number> {
  const known = yearsImplied.get(passage);
  if (known && known.doc === doc) return known.years;
  const years = new Set<number>();
  const text = passage.text;
  if (/\byear\b/i.test(text)) {
    const given = passageProfile(passage).quantities.filter((q) => q.kind === 'year');
    for (const [pattern, step] of [[YEAR_BEFORE, -1], [YEAR_AFTER, 1]] as const) {
      // The phrases and the years both in text order: the last year before each, in one pass.
      let k = 0;
      let last: number | undefined;
      for (const m of text.matchAll(pattern)) {
        while (k < given.length && given[k]!.end <= m.index) last = given[k++]!.value;
        if (last !== undefined) years.add(last + step);
      }
    }
    const published = doc && publishedDay(doc);
    if (published) {
      for (const m of text.matchAll(YEAR_OF_PUBLICATION)) {
        const step = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
        years.add(published.getUTCFullYear() + step);
      }
    }
  }
  yearsImplied.set(passage, { doc, years });
  return years;
}

/** The days a dated figure is, as reportedDays files them: with its year, or without one. */
function dayKey(q: Quantity): string | undefined {
  const d = q.date;
  if (!d?.day || !d.month) return undefined;
  return `${d.day}|${d.month}|${d.year ? d.year : '*'}`;
}

const impliedDays = new WeakMap<Passage, { doc: SourceDocument | undefined; days: Set<string> }>();

/**
 * The days a dated figure of a statement may be and say what the passage says: its article's
 * publication day and the days its weekdays point at, each with its year and without.
 */
function reportedDays(doc: SourceDocument | undefined, passage: Passage): Set<string> {
  const known = impliedDays.get(passage);
  if (known && known.doc === doc) return known.days;
  const days = new Set<string>();
  const published = doc && publishedDay(doc);
  if (published) {
    for (const day of [published, ...[...pointedDays(published, passage.text)].map((w) => w.day)]) {
      const at = `${day.getUTCDate()}|${day.getUTCMonth() + 1}`;
      days.add(`${at}|${day.getUTCFullYear()}`).add(`${at}|*`);
    }
  }
  // The days the document's heading dates it by ("London, Wednesday 18 November 2026" above a
  // press release issued the next day): the day it reports on, as much as its publication.
  if (doc) for (const d of headingDates(doc)) days.add(d);
  impliedDays.set(passage, { doc, days });
  return days;
}

// How far into a document its heading's dates are read: its first lines, up to the first paragraph.
const HEADING_LINES = 6;
const HEADING_CHARS = 400;
const headingsRead = new WeakMap<SourceDocument, string[]>();
// A dateline: a place of up to four capitalised words, a comma, perhaps a weekday, and a date.
const DATELINE = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(\S.*?)\s*$/u;

/** Day keys ("18|11|2026" and "18|11|*") of the full dates in a document's heading lines. */
function headingDates(doc: SourceDocument): string[] {
  let found = headingsRead.get(doc);
  if (found) return found;
  found = [];
  const head = doc.text.slice(0, HEADING_CHARS).split('\n').slice(0, HEADING_LINES);
  // Up to the first line that reads as prose (a long line): the heading ends there.
  const prose = head.findIndex((l) => l.length > HEADING_CHARS / 2);
  const lines = prose < 0 ? head : head.slice(0, prose);
  for (const line of lines) {
    // A dateline only: a place and the date ("London, Wednesday 18 November 2026"), not a date
    // the heading labels ("Hearing held on 6 February", "Issued 28 August").
    const dateline = DATELINE.exec(line);
    if (!dateline) continue;
    const q = findQuantities(dateline[1]!).find((d) => d.kind === 'date' && d.text.length === dateline[1]!.length);
    if (!q?.date?.day || !q.date.month) continue;
    const at = `${q.date.day}|${q.date.month}`;
    if (q.date.year) found.push(`${at}|${q.date.year}`);
    found.push(`${at}|*`);
  }
  headingsRead.set(doc, found);
  return found;
}

// Lists longer than this are not counted by a writer at a glance, nor by us.
const LONGEST_LIST = 20;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

/** Whether a figure is a small count ("five countries") that a list of names could have. */
function countable(q: Quantity): boolean {
  // Two names joined by "and" are too common to count as a list someone counted.
  if (q.kind !== 'number' || q.unit || !Number.isInteger(q.value) || q.value < 3 || q.value > LONGEST_LIST) return false;
  return !/[$€£¥%]/.test(q.text);
}

// A table's row as plain text gives it: "Marlow Fen: 4,212 (5,500)", "Hythe Quay - £1.6m".
const TABLE_ROW = /^[^\n:]{2,80}(?::|\s[-–])\s*[£$€]?\d[^\n]*$/gmu;
// A total closes a table; it is no row of what it counts.
const TOTAL_ROW = /^\s*(?:total|all|overall|sum)\b/i;
const tablesRead = new WeakMap<SourceDocument, Tables>();
// A heading that says the figures in brackets are of an earlier time: "(same quarter 2024 in
// brackets)", "(previous cap in brackets)", "(last year in brackets)".
const EARLIER_IN_BRACKETS = /\((?:[^()]*\b(?:previous|prior|last|earlier|same\s+(?:quarter|month|period|week)|a\s+year\s+(?:ago|earlier))\b[^()]*)\s+in\s+brackets\)/i;

/**
 * The tables a document gives as lines of "label: figure": the words of the headings of those of
 * each number of rows, and where those whose heading says each row's figure in brackets is of an
 * earlier time stand, in document order.
 */
interface Tables {
  headingsByRows: Map<number, Set<string>>;
  earlierInBrackets: { start: number; end: number }[];
}

/**
 * The tables a document gives as lines of "label: figure", each read for how many rows it has
 * (its total left out) and the line above it ("Table 1: Doses given by district").
 */
function tablesOf(doc: SourceDocument): Tables {
  const tables = tablesRead.get(doc);
  if (tables) return tables;
  const found: Tables = { headingsByRows: new Map(), earlierInBrackets: [] };
  let run: { rows: number; end: number; start: number } | undefined;
  const close = (): void => {
    if (run && run.rows >= 3) {
      const lineStart = doc.text.lastIndexOf('\n', run.start - 2) + 1;
      const heading = doc.text.slice(lineStart, Math.max(lineStart, run.start - 1));
      let words = found.headingsByRows.get(run.rows);
      if (!words) found.headingsByRows.set(run.rows, (words = new Set()));
      for (const t of tokenizeCached(heading)) words.add(t.norm);
      if (EARLIER_IN_BRACKETS.test(heading)) found.earlierInBrackets.push({ start: run.start, end: run.end });
    }
    run = undefined;
  };
  // (One pass over the document, read once whatever asks.)
  for (const m of doc.text.matchAll(TABLE_ROW)) {
    if (!run || m.index !== run.end + 1) {
      close();
      run = { rows: 0, end: m.index, start: m.index };
    }
    if (!TOTAL_ROW.test(m[0])) run.rows++;
    run.end = m.index + m[0].length;
  }
  close();
  tablesRead.set(doc, found);
  return found;
}

/**
 * Whether a count is the number of rows of one of the document's tables whose heading names what
 * it counts: "the furthest behind of the five districts" where "Table 1: Doses given by district"
 * lists five districts and their total.
 */
function tableRows(q: Quantity, statement: string, doc: SourceDocument): boolean {
  const counted = /^\s+(?:[\p{L}-]+\s+)?([\p{L}]+)/u.exec(statement.slice(q.end, q.end + 40));
  if (!counted) return false;
  const heading = tablesOf(doc).headingsByRows.get(q.value);
  return !!heading && counted[0].trim().split(/\s+/).some((w) => heading.has(normalizeWord(w.toLowerCase())));
}

const inTableRead = new WeakMap<Passage, boolean>();

/** Whether the passage is a row of a table whose heading puts each row's earlier figure in brackets. */
function earlierInBrackets(doc: SourceDocument, passage: Passage): boolean {
  let found = inTableRead.get(passage);
  if (found === undefined) {
    // The tables in document order: the last to start at or before the passage is the one it may stand in.
    const tables = tablesOf(doc).earlierInBrackets;
    const table = tables[partitionPoint(tables.length, (i) => tables[i]!.start > passage.span.start) - 1];
    inTableRead.set(passage, (found = !!table && passage.span.start <= table.end));
  }
  return found;
}

// A row with its earlier figure in brackets: "Wastewater pollution incidents: 27 (31)".
const ROW_WITH_EARLIER = /^[^:\n]{2,80}:\s*[£$€]?\d[\d,.]*\s*[\p{L}%]*\s*\([£$€]?\d[\d,.]*\s*[\p{L}%]*\)\s*$/u;
// "rose to 31 from 27", "from 27 to 31": which figure was before, which after.
const TO_BEFORE = /\b(?:to|at)\s+$/i;
const FROM_BEFORE = /\b(?:from|on)\s+$/i;

/**
 * A change the statement tells between a table row's two figures the wrong way round, where the
 * table's heading says the figure in brackets is the earlier one: "rose to 31 from 27" where
 * "Wastewater pollution incidents: 27 (31)" under "(same quarter 2024 in brackets)". Returns the
 * statement's later figure and the row's, as the statement and the passage give them.
 */
export function rowChangeReversed(statement: string, figures: readonly Quantity[], passage: Passage, doc: SourceDocument | undefined): { draft: Quantity; source: Quantity } | undefined {
  if (!doc || !ROW_WITH_EARLIER.test(passage.text) || !earlierInBrackets(doc, passage)) return undefined;
  const [now, before] = passageProfile(passage).quantities;
  if (!now || !before || now.value === before.value) return undefined;
  const told = (q: Quantity, pattern: RegExp): boolean => pattern.test(statement.slice(Math.max(0, q.start - 8), q.start));
  const later = figures.find((q) => q.value === before.value && told(q, TO_BEFORE));
  const earlier = figures.find((q) => q.value === now.value && told(q, FROM_BEFORE));
  return later && earlier ? { draft: later, source: now } : undefined;
}

const listLengthsOf = new WeakMap<Passage, Set<number>>();

/** How many names each list of names in the passage has (runs of names of one kind). */
function listLengths(passage: Passage): Set<number> {
  let lengths = listLengthsOf.get(passage);
  if (lengths) return lengths;
  lengths = new Set();
  const names = passageProfile(passage).names;
  let run = 1;
  for (let i = 1; i < names.length; i++) {
    const gap = passage.text.slice(names[i - 1]!.end, names[i]!.start);
    run = LIST_GAP.test(gap) && names[i]!.kind === names[i - 1]!.kind ? run + 1 : 1;
    // A list of exactly that many: the run ends here.
    const next = names[i + 1];
    const continues = next && LIST_GAP.test(passage.text.slice(names[i]!.end, next.start)) && next.kind === names[i]!.kind;
    if (!continues) lengths.add(run);
  }
  listLengthsOf.set(passage, lengths);
  return lengths;
}
