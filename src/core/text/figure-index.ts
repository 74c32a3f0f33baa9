// Figures found by value: whether one of many figures says what a figure says (sameQuantity),
// without weighing the figure against each of them. A statement and a passage may each give
// thousands of figures, and every figure of one is asked about against the other's.
//
// The index only proposes candidates: each is confirmed with sameQuantity itself, so the answer
// is sameQuantity's, the floating-point margins of its comparisons included.
import { ABOUT, apartUnit, namedOrPlain, sameQuantity, writtenWithDecimals, type Quantity } from './numbers.js';
import { firstAtLeast } from '../bisect.js';

// Asked this many times, the figures are read one by one; asked more, they are indexed. Most
// lookups are of a few figures against a few: a scan costs less than the index would.
const SCANS = 8;

/** Whether some figure of the index says what `q` says, asked as sameQuantity(q, figure) or, with `indexedFirst`, sameQuantity(figure, q). */
export class FigureIndex {
  private readonly dates = new Map<string, Quantity>();
  private readonly years = new Map<number, Quantity>();
  /** Figures that are no dates, by their sort: percentages or not, and a unit kept apart (a tally, a time). */
  private readonly plain = new Map<string, NumericFigures>();
  private readonly figures: readonly Quantity[];
  private asked = 0;
  private built = false;

  constructor(figures: Iterable<Quantity>) {
    this.figures = Array.isArray(figures) ? (figures as Quantity[]) : [...figures];
  }

  /** Whether a figure here says what `q` says (and, if given, `accept` takes it). */
  has(q: Quantity, indexedFirst = false, accept?: (f: Quantity) => boolean): boolean {
    const equal = indexedFirst ? (f: Quantity) => sameQuantity(f, q) : (f: Quantity) => sameQuantity(q, f);
    const same = accept ? (f: Quantity) => equal(f) && accept(f) : equal;
    if (!this.built) {
      if (++this.asked <= SCANS) return this.figures.some(same);
      this.build();
    }
    for (const f of this.candidates(q)) if (same(f)) return true;
    return false;
  }

  private build(): void {
    this.built = true;
    for (const f of this.figures) {
      if (f.kind === 'date') this.addDate(f);
      else {
        if (f.kind === 'year') first(this.years, f.value, f);
        const sort = sortOf(f);
        let n = this.plain.get(sort);
        if (!n) this.plain.set(sort, (n = new NumericFigures()));
        n.add(f);
      }
    }
    for (const n of this.plain.values()) n.seal();
  }

  // Dates are filed under each way a date can be asked for: by month with its day and year,
  // or with either left open ('*': the date has none; 'any': whatever it has).
  private addDate(f: Quantity): void {
    const d = f.date!;
    const day = d.day === undefined ? '*' : String(d.day);
    const year = d.year === undefined ? '*' : String(d.year);
    for (const dk of [day, 'any']) for (const yk of [year, 'any']) first(this.dates, `${d.month}|${dk}|${yk}`, f);
    if (d.year !== undefined) first(this.dates, `year|${d.year}`, f);
  }

  private *candidates(q: Quantity): Generator<Quantity> {
    if (q.kind === 'date') {
      const d = q.date!;
      for (const dk of d.day === undefined ? ['any'] : ['*', String(d.day)]) {
        for (const yk of d.year === undefined ? ['any'] : ['*', String(d.year)]) {
          const f = this.dates.get(`${d.month}|${dk}|${yk}`);
          if (f) yield f;
        }
      }
      // A year is a date of that year.
      const year = d.year === undefined ? undefined : this.years.get(d.year);
      if (year) yield year;
      return;
    }
    if (q.kind === 'year') {
      const date = this.dates.get(`year|${q.value}`);
      if (date) yield date;
    }
    yield* this.plain.get(sortOf(q))?.candidates(q) ?? [];
    // "version 5.0" and "in 5.0" (sameNumberNamed).
    const other = namedOrPlain(q);
    if (other) yield* this.plain.get(sortOf(other))?.candidates(other) ?? [];
  }
}

/** Which figures a figure can equal at all (sameQuantity): percentages with percentages, a tally with tallies. */
function sortOf(q: Quantity): string {
  return `${q.kind === 'percent' ? '%' : ''}|${apartUnit(q) ?? ''}`;
}

function first<K>(map: Map<K, Quantity>, key: K, f: Quantity): void {
  if (!map.has(key)) map.set(key, f);
}

/**
 * Figures that are no dates, of one sort (percentages or not): exact figures by value, ranges
 * (approximate figures, counts by order of size) by their least value, and approximate ones by
 * the figure as written, for each kind of approximation.
 */
class NumericFigures {
  private readonly exact = new ValueLine((f) => f.value);
  /**
   * Shares in whole percent, apart: one of equal value written with decimals ("30.0%") is filed
   * first among the exact figures, but only a whole one ("30%") is what "30.1%" rounds to.
   */
  private readonly wholeShares = new ValueLine((f) => f.value);
  /** All ranges, for exact figures that fall in one. */
  private readonly ranges = new RangeLine();
  /** Ranges by the kind of their approximation (-1: a count by order of size). */
  private readonly ofKind = new Map<number, RangeLine>();
  private readonly written = new Map<number, ValueLine>();

  add(f: Quantity): void {
    if (f.upTo === undefined) {
      this.exact.add(f);
      if (f.kind === 'percent' && !writtenWithDecimals(f)) this.wholeShares.add(f);
      return;
    }
    this.ranges.add(f);
    const kind = f.approximate?.kind ?? -1;
    let line = this.ofKind.get(kind);
    if (!line) this.ofKind.set(kind, (line = new RangeLine()));
    line.add(f);
    if (f.approximate) {
      let w = this.written.get(kind);
      if (!w) this.written.set(kind, (w = new ValueLine((x) => x.approximate!.written)));
      w.add(f);
    }
  }

  seal(): void {
    this.exact.seal();
    this.wholeShares.seal();
    this.ranges.seal();
    for (const line of this.ofKind.values()) line.seal();
    for (const line of this.written.values()) line.seal();
  }

  *candidates(q: Quantity): Generator<Quantity> {
    if (q.upTo === undefined) {
      yield* this.exact.near(q.value);
      // A share in whole percent and one with decimals that rounds to it (sameQuantity).
      if (q.kind === 'percent') {
        yield* this.exact.within(q.value - 0.5, q.value + 0.5);
        yield* this.wholeShares.within(q.value - 0.5, q.value + 0.5);
      }
      // Every range holding it, not only the widest: an "about" figure written in digits holds a
      // figure of three digits only where it rounds to it (sameQuantity), so a narrower range may
      // agree where the widest does not ("29.1%" in "under 31%", not in "about 31%").
      yield* this.ranges.allContaining(q.value);
      return;
    }
    // A range against exact figures: those inside it, least first ("up to $5,000" against a
    // "$4,000 loan" and "$5,000 per employer").
    yield* this.exact.within(q.value, q.upTo);
    const kind = q.approximate?.kind;
    // Approximated alike: the figures as written.
    if (kind !== undefined) yield* this.written.get(kind)?.near(q.approximate!.written) ?? [];
    // (Two "about" figures may agree without equal figures written: "about 4,000", "roughly 4,100".)
    for (const [k, line] of this.ofKind) if (k !== kind || k === ABOUT) yield* line.overlapping(q);
  }
}

const byNumber = (a: number, b: number): number => a - b;

// At most this many exact figures inside one range are weighed (a table of thousands of figures
// between 10 and 1,000 against "hundreds"): as many as the figures of a long article.
const WITHIN = 64;

/** Figures sorted by one value, one for each value (figures of equal value compare alike). */
class ValueLine {
  private byValue = new Map<number, Quantity>();
  private values: number[] = [];
  private figures: Quantity[] = [];

  constructor(private readonly valueOf: (f: Quantity) => number) {}

  add(f: Quantity): void {
    const v = this.valueOf(f);
    // A value that is no number equals nothing.
    if (!Number.isNaN(v)) first(this.byValue, v, f);
  }

  seal(): void {
    this.values = [...this.byValue.keys()].sort(byNumber);
    this.figures = this.values.map((v) => this.byValue.get(v)!);
    this.byValue = new Map();
  }

  /**
   * Candidates for a value equal to `v` but for floating-point error (either way round): those
   * within twice the error allowed, nearest first, and the least and greatest (an infinite
   * figure is within any error of a finite one).
   */
  *near(v: number): Generator<Quantity> {
    const n = this.values.length;
    if (n === 0 || Number.isNaN(v)) return;
    yield this.figures[0]!;
    if (n > 1) yield this.figures[n - 1]!;
    if (!Number.isFinite(v)) return;
    const reach = 2e-9 * Math.max(1, Math.abs(v));
    const at = firstAtLeast(this.values, v);
    for (let up = at, down = at - 1; ;) {
      const upIn = up < n - 1 && this.values[up]! <= v + reach;
      const downIn = down > 0 && this.values[down]! >= v - reach;
      if (!upIn && !downIn) return;
      if (upIn) yield this.figures[up++]!;
      if (downIn) yield this.figures[down--]!;
    }
  }

  /**
   * The figures from `from` to `to`, least first: a few past `to` too, for floating-point error
   * (a range ends where a figure might), and at most `WITHIN` in all.
   */
  *within(from: number, to: number): Generator<Quantity> {
    const reach = 2e-9 * Math.max(1, Math.abs(to));
    for (let i = firstAtLeast(this.values, from), n = 0; i < this.values.length && n < WITHIN; i++, n++) {
      if (n > 0 && this.values[i]! > to + reach) return;
      yield this.figures[i]!;
    }
  }
}

/** Ranges sorted by their least value, with the greatest end among those up to each. */
class RangeLine {
  private byBounds = new Map<string, Quantity>();
  private starts: number[] = [];
  private ranges: Quantity[] = [];
  /** For each place, the range ending last among those up to it. */
  private furthest: Quantity[] = [];

  add(f: Quantity): void {
    // Bounds that are no numbers overlap nothing and contain nothing; ranges of equal bounds
    // compare alike (the kind of approximation aside, which the index keeps apart), but for an
    // "about" figure written in digits, which holds a figure of three digits only where it rounds
    // to it (sameQuantity): "29.1%" is in "about thirty-one per cent", not in "about 31%".
    if (Number.isNaN(f.value) || Number.isNaN(f.upTo!)) return;
    const inDigits = f.approximate?.kind === ABOUT && /\d/.test(f.text);
    first(this.byBounds, `${f.value} ${f.upTo} ${inDigits}`, f);
  }

  seal(): void {
    this.ranges = [...this.byBounds.values()].sort((a, b) => a.value - b.value || a.upTo! - b.upTo!);
    this.starts = this.ranges.map((r) => r.value);
    let best: Quantity | undefined;
    this.furthest = this.ranges.map((r) => (best = !best || r.upTo! > best.upTo! ? r : best));
    this.byBounds = new Map();
  }

  /** A range holding `v`, if any: of those starting at or before it, the one ending last. */
  containing(v: number): Quantity | undefined {
    const i = firstAtLeast(this.starts, v);
    // Past the ranges that start at v itself.
    let last = i;
    while (last < this.starts.length && this.starts[last] === v) last++;
    return last > 0 ? this.furthest[last - 1] : undefined;
  }

  /**
   * The ranges holding `v`, latest start first, at most WITHIN of them: back from the last range
   * starting at or before it, while some range up to there still reaches it.
   */
  *allContaining(v: number): Generator<Quantity> {
    let i = firstAtLeast(this.starts, v);
    while (i < this.starts.length && this.starts[i] === v) i++;
    for (let k = i - 1, n = 0; k >= 0 && n < WITHIN && this.furthest[k]!.upTo! >= v; k--) {
      if (this.ranges[k]!.upTo! >= v) {
        n++;
        yield this.ranges[k]!;
      }
    }
  }

  /**
   * Candidates for overlapping `q`, or having its bounds: of the ranges starting at or before
   * its start, the one ending last (it overlaps most); then those starting inside it, in order;
   * the first and the last (an infinite bound is within any error of a finite one); then those
   * starting within floating-point error of its start.
   */
  *overlapping(q: Quantity): Generator<Quantity> {
    const n = this.starts.length;
    if (n === 0) return;
    const containing = this.containing(q.value);
    if (containing) yield containing;
    for (let i = firstAtLeast(this.starts, q.value); i < n && this.starts[i]! < q.upTo!; i++) yield this.ranges[i]!;
    yield this.ranges[0]!;
    yield this.ranges[n - 1]!;
    if (!Number.isFinite(q.value)) return;
    const reach = 2e-9 * Math.max(1, Math.abs(q.value));
    for (let i = firstAtLeast(this.starts, q.value - reach); i < n && this.starts[i]! <= q.value + reach; i++) yield this.ranges[i]!;
  }
}
