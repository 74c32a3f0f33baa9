import type { Span } from '../model.js';

// Publication dates as news sites print them: "Dec 12, 2025", "December 24, 2025",
// "12 December 2025", "2025-12-24". Numeric forms like 12/11/2025 are left alone: day and month
// order cannot be told apart.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';

const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'i');
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

export interface DateMatch {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Length of the matched date text. */
  length: number;
}

/** Reads a date at the very start of `text`. */
export function parseDateAt(text: string): DateMatch | undefined {
  let match = MONTH_FIRST.exec(text);
  if (match) return toMatch(match[0].length, match[3]!, monthNumber(match[1]!), match[2]!);
  match = DAY_FIRST.exec(text);
  if (match) return toMatch(match[0].length, match[3]!, monthNumber(match[2]!), match[1]!);
  match = ISO.exec(text);
  if (match) return toMatch(match[0].length, match[1]!, Number(match[2]), match[3]!);
  return undefined;
}

/** An ISO date from a machine-readable value such as `2025-12-12T19:45:00+08:00`. */
export function isoDateOf(value: string): string | undefined {
  return parseDateAt(value.trim())?.iso;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function toMatch(length: number, year: string, month: number, day: string): DateMatch | undefined {
  const y = Number(year);
  const d = Number(day);
  if (month < 1 || month > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  const iso = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, length };
}

// "Published", "Posted", "First published" outrank "Updated" and "Date".
const DATE_KEYWORD = /\b(?:(first\s+published|published|posted)|(last\s+updated|updated|dated|date))\b/gi;
const AFTER_KEYWORD = /^[\s:,|\-–—]{0,8}(?:(?:on|at)\s+)?/i;

export interface PublishedDate {
  iso: string;
  /** Span of the date text itself. */
  span: Span;
}

/** The publication date announced in the text ("Published: Dec 12, 2025 07:45 PM"). */
export function findPublishedDate(text: string): PublishedDate | undefined {
  let fallback: PublishedDate | undefined;
  DATE_KEYWORD.lastIndex = 0;
  for (let m = DATE_KEYWORD.exec(text); m; m = DATE_KEYWORD.exec(text)) {
    const after = m.index + m[0].length;
    const rest = text.slice(after, after + 80);
    const gap = AFTER_KEYWORD.exec(rest)![0].length;
    const date = parseDateAt(rest.slice(gap));
    if (!date) continue;
    const found = { iso: date.iso, span: { start: after + gap, end: after + gap + date.length } };
    if (m[1]) return found;
    fallback ??= found;
  }
  return fallback ?? datelineDate(text);
}

// The lines of a header (title, byline, date) a text copy of an article opens with.
const HEADER_LINES = 8;
const HEADER_CHARS = 1_000;
const TIME_AFTER = /^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$/i;

/**
 * A date standing alone on one of an article's first lines ("By Anna Novak\nMarch 14, 2024"):
 * the date of the piece, as a byline block gives it. A date inside a sentence is not one.
 */
function datelineDate(text: string): PublishedDate | undefined {
  let start = 0;
  for (let n = 0; n < HEADER_LINES && start < Math.min(text.length, HEADER_CHARS); n++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const lead = line.length - line.trimStart().length;
    const date = parseDateAt(line.slice(lead));
    if (date && TIME_AFTER.test(line.slice(lead + date.length))) return { iso: date.iso, span: { start: start + lead, end: start + lead + date.length } };
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}
