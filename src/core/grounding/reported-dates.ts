// The dates an article gives without writing them out: the day it was published, and the days
// its weekdays point at ("on Friday" in a piece published on Saturday 13 December is 12
// December). A statement that names such a date says what the article says.
import type { SourceDocument } from '../model.js';
import type { Quantity } from '../text/numbers.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
const DAY_MS = 86_400_000;

function publishedDay(doc: SourceDocument): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(doc.published ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

function sameDay(q: Quantity, day: Date): boolean {
  const d = q.date;
  if (q.kind !== 'date' || !d?.day || !d.month) return false;
  return d.day === day.getUTCDate() && d.month === day.getUTCMonth() + 1 && (!d.year || d.year === day.getUTCFullYear());
}

/**
 * Whether a dated figure of a statement is the article's publication date, or the day a weekday
 * of the passage refers to: the latest such weekday on or before publication, as news writes it.
 */
export function reportedDate(q: Quantity, doc: SourceDocument | undefined, passageText: string): boolean {
  // Asked of every figure of every aligned passage: a figure that is no date costs nothing.
  if (q.kind !== 'date') return false;
  const published = doc && publishedDay(doc);
  if (!published) return false;
  if (sameDay(q, published)) return true;
  WEEKDAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WEEKDAY.exec(passageText))) {
    const back = (published.getUTCDay() - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
    if (sameDay(q, new Date(published.getTime() - back * DAY_MS))) return true;
  }
  return false;
}
