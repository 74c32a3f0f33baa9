// Figures that disagree: a figure or date of the statement where the aligned passage gives
// another of the same thing, in the same place (the words around both), and not one the
// statement's other figures account for.
import { escapeRegExp } from '../text/regexp.js';
import type { Corpus } from '../index/corpus.js';
import type { Passage, SourceDocument, Span } from '../model.js';
import { FigureIndex } from '../text/figure-index.js';
import { apartUnit, approximated, comparable, findQuantities, sameQuantity, vagueCounts, writtenVotes, type Quantity } from '../text/numbers.js';
import { normalizeWord, STOPWORDS, type Token } from '../text/tokens.js';
import { isNoun, lemmas, sameOrRelated, similarity } from '../lexicon/index.js';
import { contentWords, passageProfile, sharedWords, tokenizeCached } from './passage-profile.js';
import { DAY_MS, durationRival, impliedFigure, publishedDay, rowChangeReversed, runRival, weekdayDates, WEEKDAYS } from './reported-dates.js';
import { namesAlike } from './name-swaps.js';
import type { Alignment } from './support.js';
import { firstAtLeast, partitionPoint } from '../bisect.js';

type Mismatch = { draft: Quantity; source: Quantity; said: string; passage: Passage; coverage: number };

/**
 * The statement's figure the aligned passages contradict, and the passage's: `source.text` is the
 * figure as a fix writes it, `said` how the passage says it ("Thursday" for December 11, 2025).
 *
 * A statement and a passage may each give thousands of figures: each side's figures are filed
 * by value (FigureIndex) and a passage's rivals by the words around them, so that no figure is
 * weighed against every figure of the other side.
 */
export function numberMismatch(corpus: Corpus, text: string, figures: Quantity[], alignments: Alignment[]): Mismatch | undefined {
  const tokens = tokenizeCached(text);
  const norms = new Set(tokens.map((t) => t.norm));
  // Whether some figure of the statement is this passage figure, asked once per passage figure.
  let statementFigures: FigureIndex | undefined;
  const accounted = new Map<Quantity, boolean>();
  const accountedFor = (q: Quantity): boolean => {
    let known = accounted.get(q);
    if (known === undefined) accounted.set(q, (known = (statementFigures ??= new FigureIndex([...figures, ...yearsBefore(text, figures)])).has(q, true, (f) => !bareYearOf(f, q, (statementYears ??= datedYears(figures))))));
    return known;
  };
  // (A year alone, "the 2026 round", accounts for a date of that year only where the statement
  // gives no date of that year itself: "close on 31 May 2026" has "31 March 2026" for its rival.)
  let statementYears: Set<number> | undefined;
  // The statement's content words, whatever figure they stand by, but the words its figures count
  // ("over three years"): those are the figures' own, and "Last year they finished ... three
  // months late" says nothing of the statement.
  const statementWords = wordsAround(tokens, { start: 0, end: 0 }, tokens.length);
  for (const t of countedWords(tokens, figures)) statementWords.delete(t);
  // Whether a passage figure's sentence has a word of the statement's: the same for every figure
  // of the statement, so asked once per passage figure.
  // Or where the sentence gives another of the statement's figures ("rose by 62,000 to 8.93
  // million" for "increased by 62,000 to 8.93 million"): the two are told of one thing.
  // (Read once per passage: its first two figures the statement gives.)
  const givenOf = new Map<Passage, Quantity[]>();
  const given = (p: Passage): Quantity[] => {
    let found = givenOf.get(p);
    if (!found) {
      found = [];
      for (const o of passageProfile(p).quantities) if (accountedFor(o) && found.push(o) >= 2) break;
      givenOf.set(p, found);
    }
    return found;
  };
  const inPlace = (q: Quantity, p: Passage): boolean =>
    sentenceShares(statementWords, passageProfile(p).tokens, p.text, q) || given(p).some((o) => o.end <= q.start || o.start >= q.end);
  const figuresOf = new Map<Passage, PassageFigures>();
  const passageFigures = (p: Passage): PassageFigures => {
    let found = figuresOf.get(p);
    if (!found) figuresOf.set(p, (found = new PassageFigures(p, corpus, text, norms, accountedFor, inPlace)));
    return found;
  };
  const top = alignments.slice(0, 5);
  let reversed: Mismatch | null | undefined;
  for (const figure of figures) {
    // "from June 2026" where the passage says "from June 2025": the month's own year, whatever
    // other year ("autumn 2026") the passage gives.
    const otherYear = monthOfAnotherYear(figure, text, top);
    if (otherYear) return otherYear;
    const mine = wordsAround(tokens, figure, FIGURE_CONTEXT);
    const sets = setsTheScene(figure, text);
    // A statement that copies one passage but for the figure is about that passage: its figure
    // after the same word is the rival, whatever another sentence gives ("Her 1968 paper
    // estimated that 35 percent ..." where the paper estimated 40, and a re-analysis six years
    // on revised it to 35).
    const copied = alignments.find((a) => a.passages.length === 1);
    if (copied && copied.coverage >= SAME_BUT_FIGURE) {
      const p = copied.passages[0]!;
      const own = passageFigures(p);
      const rival = own.agrees(figure) || impliedFigure(figure, corpus.getDocument(p.docId), p, text) ? undefined : own.rival(figure, mine, sets, true);
      // (A year the statement adds that the document gives of the same thing elsewhere is no rival's.)
      if (rival && !(figure.kind === 'year' && yearGivenElsewhere(corpus, figure, new Set([p.docId]), passageFigures))) return { draft: figure, source: inShapeOf(rival, figure), said: p.text.slice(rival.start, rival.end), passage: p, coverage: copied.coverage };
      if (rival) continue;
    }
    // Days a week against the run of weekdays a well-aligned passage gives ("seven days a week"
    // where the helpline is open "Monday to Saturday"), and the last months of a year against its
    // run of months, whatever a passage aligned worse implies.
    const run = fromAligned(top, (p) => {
      const rival = runRival(figure, text, p);
      return rival && { draft: figure, source: rival };
    });
    if (run) return run;
    // (Of the statement's figures together, so read once whatever figure reaches it first.)
    if (reversed === undefined) reversed = fromAligned(top, (p) => rowChangeReversed(text, figures, p, corpus.getDocument(p.docId))) ?? null;
    if (reversed) return reversed;
    // A passage that gives another of the statement's figures and no rival of this one.
    const pairs = (p: Passage): boolean => given(p).some((o) => o.value !== figure.value) && !passageFigures(p).rival(figure, mine, sets);
    const looked = lookedAt(corpus, text, figure, top, passageFigures, pairs);
    if (!looked) continue;
    // The first passage looked at, well enough aligned, that gives a rival.
    for (const { p, coverage } of looked) {
      if (coverage < 0.5) continue;
      // A length of time against the two times the passage gives ("six hours", "from 7 a.m.
      // until about 3 p.m.").
      const range = durationRival(figure, text, p);
      if (range) return { draft: figure, source: range, said: p.text.slice(range.start, range.end), passage: p, coverage };
      const rival = passageFigures(p).rival(figure, mine, sets, coverage >= CLOSE_COPY);
      // The figure found in a sentence about something else agrees with nothing the statement
      // says: "Three others were arrested" against "Two others were arrested", though "at least
      // three people have been injured" in the sentence before.
      if (rival) return { draft: figure, source: inShapeOf(rival, figure), said: p.text.slice(rival.start, rival.end), passage: p, coverage };
    }
  }
  return undefined;
}

/** The years the figures give dates in (with a month or a day, not a year alone). */
function datedYears(figures: readonly Quantity[]): Set<number> {
  return new Set(figures.filter((q) => q.kind === 'date' && q.date?.year !== undefined).map((q) => q.date!.year!));
}

/**
 * Whether `year` is a bare year that would stand for the date `date` of its year, where the same
 * side dates things in that year itself (`dated`): "the 2026 round" beside "31 March 2026" is no
 * "31 May 2026".
 */
function bareYearOf(year: Quantity, date: Quantity, dated: ReadonlySet<number>): boolean {
  return year.kind === 'year' && date.kind === 'date' && dated.has(year.value);
}

// A comparison with the year before the one a statement gives: "in the first half of 2025, 9 per
// cent less than ... a year earlier".
const YEAR_BEFORE = /\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b|\bthe\s+(?:previous|prior|preceding)\s+year\b|\bthe\s+year\s+before\b/i;

/**
 * The years a statement gives by comparing with "a year earlier": the year before each it names.
 * A passage's "from 235 million pounds in the first half of 2024" is then the statement's own.
 */
function yearsBefore(text: string, figures: readonly Quantity[]): Quantity[] {
  if (!YEAR_BEFORE.test(text)) return [];
  return figures.filter((q) => q.kind === 'year').map((q) => ({ kind: 'year', text: String(q.value - 1), value: q.value - 1, start: q.start, end: q.end }));
}

// Words that place a date and say when something starts, ends or happens by it.
const DATE_LEADS = new Set(['from', 'until', 'since', 'by', 'before', 'after', 'till']);

// Units of measure, by what they measure: the same number in another unit of the same kind is
// another figure ("20 days" against "20 weeks", "38 km/h" against "38 mph", "212-tonne" against
// "212-kilogram"). Spellings of one unit share its first name.
const UNIT_KINDS: readonly (readonly string[][])[] = [
  [['second'], ['minute'], ['hour'], ['day'], ['week'], ['month'], ['year'], ['decade']],
  [['tonne', 'ton'], ['kilogram', 'kg', 'kilo'], ['gram'], ['pound', 'lb'], ['ounce', 'oz']],
  [['litre', 'liter'], ['megalitre', 'megaliter'], ['gigalitre', 'gigaliter'], ['millilitre', 'milliliter', 'ml'], ['gallon'], ['barrel']],
  [['metre', 'meter'], ['kilometre', 'kilometer', 'km'], ['centimetre', 'centimeter', 'cm'], ['millimetre', 'millimeter', 'mm'], ['mile'], ['foot', 'feet', 'ft'], ['inch', 'inches'], ['yard']],
  [['mph', 'miles per hour'], ['km/h', 'kph', 'kilometres per hour', 'kilometers per hour'], ['knot']],
  [['hectare', 'ha'], ['acre'], ['square mile'], ['square kilometre', 'square kilometer', 'sq km'], ['square metre', 'square meter']],
  [['watt'], ['kilowatt', 'kw'], ['megawatt', 'mw'], ['gigawatt', 'gw'], ['kwh', 'kilowatt-hour', 'kilowatt hour'], ['mwh', 'megawatt-hour', 'megawatt hour'], ['gwh', 'gigawatt-hour', 'gigawatt hour'], ['twh']],
];
// Each spelling: its unit's first name and its kind.
const UNIT_OF = new Map<string, { unit: string; kind: number }>();
UNIT_KINDS.forEach((units, kind) => { for (const names of units) for (const n of names) UNIT_OF.set(n, { unit: names[0]!, kind }); });
// Symbols whose case tells the unit: "Ml" and "ML" are megalitres (water companies' "148 Ml/d"),
// "ml" and "mL" millilitres.
const CASED_UNITS = new Map<string, { unit: string; kind: number }>([
  ['Ml', UNIT_OF.get('megalitre')!], ['ML', UNIT_OF.get('megalitre')!], ['Gl', UNIT_OF.get('gigalitre')!], ['GL', UNIT_OF.get('gigalitre')!],
]);
const UNIT_WORDS = [...UNIT_OF.keys()].sort((a, b) => b.length - a.length).map((u) => escapeRegExp(u).replace(/ /g, '\\s+')).join('|');
// A unit right after its figure: "five weeks", "38 mph", "-kilogram".
const UNIT_AFTER = new RegExp(`^[\\s-]*(${UNIT_WORDS})(?:s|es)?(?![\\p{L}\\d])`, 'iu');
// A rate's period after its figure and a word or two: "14,000 vehicles a day", "512 megalitres per day".
const RATE_AFTER = new RegExp(`^[\\s-]*(?:[\\p{L}/-]+\\s+){0,2}?(?:a|an|per|each|every)\\s+(second|minute|hour|day|week|fortnight|month|quarter|year)\\b`, 'iu');

const TIME_OF_DAY_AFTER = /^\s*(?:[ap]\.?m\b\.?|o['’]clock\b|[:.]\d\d\b)/i;

interface Measure {
  /** The unit's first name, when the figure has one, and how far after the figure it ends. */
  unit?: { unit: string; kind: number; end: number };
  /** A rate's period ("day" of "a day") and where it ends. */
  rate?: { period: string; end: number };
}

/** The unit and rate written after a figure of `text` (a unit the figure's parse took in counts: "20-week"). */
function measureOf(text: string, q: Quantity): Measure {
  const after = text.slice(q.end, q.end + 60);
  const out: Measure = {};
  // A time of day ("until 2 a.m. every day") is no measure.
  if (q.unit === 'time' || TIME_OF_DAY_AFTER.test(after)) return out;
  const inFigure = q.unit ? UNIT_OF.get(q.unit.toLowerCase()) : undefined;
  const m = inFigure ? undefined : UNIT_AFTER.exec(after);
  const named = inFigure ?? (m ? CASED_UNITS.get(m[1]!) ?? UNIT_OF.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) : undefined);
  if (named) out.unit = { ...named, end: q.end + (m ? m[0].length : 0) };
  const r = RATE_AFTER.exec(after);
  if (r) out.rate = { period: r[1]!.toLowerCase(), end: q.end + r[0].length };
  return out;
}

/**
 * A figure the statement gives in another unit than its passage does, the number the same:
 * "closed four of its twelve beds for five weeks" where the source says "for five months",
 * "38 km/h" where it says "38 mph", "14,000 vehicles a week" where it says "a day". (The number
 * alone agrees, so no other check sees it.) The same number in the statement's unit (or in none)
 * anywhere among the well-aligned passages agrees.
 */
export function otherUnit(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  return toldOtherwise(text, figures, alignments, 'number', (t, q) => {
    const m = measureOf(t, q);
    return m.unit || m.rate ? m : undefined;
  }, (mine, theirs) => {
    if (mine.rate && theirs.rate && theirs.rate.period !== mine.rate.period) return [mine.rate.end, theirs.rate.end];
    if (mine.unit && theirs.unit && theirs.unit.kind === mine.unit.kind && theirs.unit.unit !== mine.unit.unit) return [mine.unit.end, theirs.unit.end];
    return undefined;
  });
}

// What a percentage is of: a share ("41% of the long-term average") or a difference ("41% below").
const PERCENT_DIFFERENCE = /^\s*(?:below|under|less\s+than|lower\s+than|above|over|more\s+than|higher\s+than|up\s+on|down\s+on)\b/i;
const PERCENT_SHARE = /^\s*of\b/i;

/**
 * A percentage told as a difference where the passage gives it as a share, or the other way
 * round: "41% below the long-term average" where the source says "41% of the long-term average"
 * (a fall of 59%). The same number, in the well-aligned passages only as the other.
 */
export function shareOrDifference(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  return toldOtherwise(text, figures, alignments, 'percent', (t, q) => {
    const after = t.slice(q.end, q.end + 20);
    const difference = PERCENT_DIFFERENCE.exec(after);
    const said = difference ?? PERCENT_SHARE.exec(after);
    return said ? { difference: !!difference, end: q.end + said[0].length } : undefined;
  }, (mine, theirs) => (mine.difference !== theirs.difference ? [mine.end, theirs.end] : undefined));
}

// What a figure counts: the content words after it, its unit and "of" passed over ("140 km of
// water mains", "two double-bottom ballast tanks"), to the end of its phrase.
const COUNTED_PHRASE = /^[\s-]*((?:[\p{L}][\p{L}'’-]*\s*){1,5})/u;
const PHRASE_ENDS = new Set(['and', 'or', 'but', 'with', 'while', 'which', 'that', 'to', 'for', 'in', 'on', 'at', 'by', 'from', 'was', 'were', 'is', 'are', 'has', 'have', 'had']);

/** The content words of what a figure counts, as normalised words. */
function countedPhrase(text: string, q: Quantity): Set<string> {
  const words = COUNTED_PHRASE.exec(text.slice(q.end, q.end + 60))?.[1]?.split(/[\s-]+/) ?? [];
  const out = new Set<string>();
  for (const w of words) {
    const lower = w.toLowerCase();
    if (PHRASE_ENDS.has(lower)) break;
    if (lower.length > 2 && !STOPWORDS.has(lower) && !UNIT_OF.has(lower) && !UNIT_OF.has(lower.replace(/e?s$/, ''))) out.add(normalizeWord(lower));
  }
  return out;
}

// "one fuel tank": the count no figure is read for ("one" is too often no count: "one of", "one day").
const ONE_COUNTING = /\b(one)\s+(?!of\b|another\b|day\b|time\b|hand\b|way\b|who\b|that\b|which\b)(?=[\p{Ll}])/giu;

/** The three words after a place, in lower case, if three words follow in its sentence. */
function wordsAfter(text: string, at: number): string | undefined {
  const m = /^\s+([\p{L}'’-]+)\s+([\p{L}'’-]+)\s+([\p{L}'’-]+)/u.exec(text.slice(at, at + 60));
  return m ? `${m[1]} ${m[2]} ${m[3]}`.toLowerCase() : undefined;
}

/** The figures with each "one" that counts a thing, in text order. */
function withOnes(text: string, figures: readonly Quantity[]): Quantity[] {
  const ones: Quantity[] = [];
  for (const m of text.matchAll(ONE_COUNTING)) {
    if (ones.length >= MOST_FIGURES) break;
    ones.push({ kind: 'number', text: m[1]!, value: 1, start: m.index, end: m.index + m[1]!.length });
  }
  return ones.length ? [...figures, ...ones].sort((a, b) => a.start - b.start) : [...figures];
}

// Where a clause of a sentence ends: a comma, semicolon or colon before a space (not the comma
// of "9,800"), but not the commas around a name or a word or two set beside the one before it
// ("at his restaurant, Saltgate, went for £9,000"); and an "and", "or", "but" or "while" before a
// figure, where a list gives each thing its own ("6 reports of minor burns and 3 reports of small
// fires"). A comma before "while", "whereas", "but", "although" or "though" opens a clause
// however short it runs to the next comma: "was at the school site, while the lowest, 18
// micrograms, was at the park" is two clauses, not one, and "the school site" is told of the
// first.
const CLAUSE_BREAK = /[;:](?=\s)|,(?=\s)(?!\s+(?!(?:while|whereas|but|although|though)\s)(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+,\s)(?<!,\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+,)|\s(?:and|or|but|while)(?=\s+\d)/gu;
// "from" just before a figure: where a change started ("down from 19 percent").
const CHANGED_FROM = /\bfrom\s+(?:\S+\s+)?$/i;
// A comparison: "eight fewer than in the current round", "compared with", "up from".
const COMPARES = /\b(?:than|compared|versus|vs|against|from)\b/i;
// How many words of its own a figure's clause must share with the statement for the figure to be
// told of the statement's thing.
const OWN_WORDS = 2;

/** Where the clauses of the sentence `from`..`to` of `text` break, in text order. */
function clauseBreaks(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  // (Read in place, so a break's look behind sees the text before the sentence as it is.)
  const breaks = new RegExp(CLAUSE_BREAK.source, CLAUSE_BREAK.flags);
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m && m.index < to; m = breaks.exec(text)) out.push(m.index);
  return out;
}

/** Where the clause that `at` is in ends: the first clause break at or after it, or the text's end. */
function clauseEnd(text: string, at: number): number {
  const breaks = new RegExp(CLAUSE_BREAK.source, CLAUSE_BREAK.flags);
  breaks.lastIndex = at;
  return breaks.exec(text)?.index ?? text.length;
}

/** Where the clause around `at` starts and ends, by the sentence's breaks (bisected). */
function clauseAround(breaks: readonly number[], from: number, to: number, at: number): [number, number] {
  const first = firstAtLeast(breaks, at);
  return [first > 0 ? breaks[first - 1]! + 1 : from, first < breaks.length ? breaks[first]! : to];
}

/**
 * What a figure is told of: the words of its sentence but those of the clauses that hold another
 * figure of its sort and not it ("Blood cultures were taken in 81% of cases, and lactate was
 * measured in 88%": 88% is told of lactate); figures and years left out (a season, "2023-24", is
 * no thing). `tokens` are the text's, in order.
 */
function toldWords(text: string, tokens: readonly Token[], q: Quantity, alike: readonly Quantity[]): Set<string> {
  const from = sentenceStart(text, q.start);
  const to = sentenceEnd(text, q.end);
  const breaks = clauseBreaks(text, from, to);
  const [ownStart] = clauseAround(breaks, from, to, q.start);
  const elsewhere = alike.filter((o) => o.start !== q.start && o.start >= from && o.end <= to).map((o) => clauseAround(breaks, from, to, o.start)).filter(([start]) => start !== ownStart);
  const out = new Set<string>();
  for (let i = firstEndingAfter(tokens, from); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end > to) break;
    if (t.start < from || STOPWORDS.has(t.norm) || /\d/.test(t.norm) || elsewhere.some(([start, end]) => t.start >= start && t.end <= end)) continue;
    out.add(t.norm);
  }
  return out;
}

/** A figure's sort: a share or a sum by its unit, a count by what it counts ("310 passengers"). */
function sortIn(q: Quantity, text: string): string {
  return q.kind === 'number' ? sortOf(q, text) : `${q.kind}\u0000${unitKey(q) ?? ''}`;
}

/**
 * A figure the passage tells of another thing, where a figure of the same sort beside it is
 * told of the statement's: "Blood cultures were taken before antibiotics in 88% of red flag
 * cases" where the passage says "Blood cultures were taken before antibiotics in 81% of red flag
 * cases, and lactate was measured in 88%"; "the Corran Lass, which can carry 310 passengers"
 * where "the Corran Lass, which carries up to 180 passengers" and, the sentence after, "The Glen
 * Arra can carry 310 passengers". The statement shares at least two words with the rival's
 * clause (or sentence) that the figure's lacks, and none with the figure's that the rival's
 * lacks; a figure given twice, or a rival the statement also gives, is left to the other checks.
 */
export function figureOfAnotherClause(corpus: Corpus, text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const best = alignments[0];
  if (!best || best.coverage < 0.5) return undefined;
  // (A count without its thing, as an age is, "Nina Moric, 38,", tells nothing of what it counts.)
  const counted = figures.slice(0, MOST_FIGURES).filter((q) => q.kind === 'percent' || q.kind === 'money' || (q.kind === 'number' && (q.unit !== undefined || COUNTED.test(text.slice(q.end, q.end + 40)))));
  // A statement that compares tells of both figures' things ("86 organisations, eight fewer than
  // in the current round" where the current round had 94).
  if (!counted.length || COMPARES.test(text)) return undefined;
  const tokens = tokenizeCached(text);
  // The aligned sentences and those either side of them, each once.
  const read: Passage[] = [];
  for (const p of best.passages) {
    for (const q of [corpus.passageBeside(p, -1), p, corpus.passageBeside(p, 1)]) if (q && !read.some((r) => r.index === q.index)) read.push(q);
  }
  const given = read.flatMap((p) => passageProfile(p).quantities.slice(0, MOST_FIGURES).map((q) => ({ p, q, sort: sortIn(q, p.text) })));
  // What each passage figure is told of, by passage, figure and sort: read once a statement.
  const toldOf = new Map<string, Set<string>>();
  for (const figure of counted) {
    const sort = sortIn(figure, text);
    // (An approximate figure, "more than two-thirds" for 71 percent, binds too loosely to tell.)
    if (figure.approximate) continue;
    const same = given.filter((g) => g.sort === sort && sameQuantity(g.q, figure));
    if (same.length !== 1 || same[0]!.q.value !== figure.value || same[0]!.q.approximate) continue;
    const at = same[0]!;
    // Another of the statement's figures of the sort in the figure's sentence ties it there: "rose
    // from 61% to 78%" where the passage says "(78%), up from 61% at baseline". Only a rival in
    // that sentence is then weighed: "37 reports of overheating, including 3 reports of minor
    // burns" where it says "37 reports of overheating, including 6 reports of minor burns and 3
    // reports of small fires".
    const tied = counted.some((c) => c !== figure && sortIn(c, text) === sort && passageProfile(at.p).quantities.some((o) => sameQuantity(o, c)));
    const alike = (qs: readonly Quantity[], of: string): Quantity[] => qs.filter((o) => sortIn(o, of) === sort);
    const mine = toldWords(text, tokens, figure, alike(figures, text));
    const told = (p: Passage, q: Quantity): Set<string> => {
      const key = `${p.index}\u0000${q.start}\u0000${sort}`;
      let words = toldOf.get(key);
      if (!words) toldOf.set(key, (words = toldWords(p.text, passageProfile(p).tokens, q, alike(passageProfile(p).quantities, p.text))));
      return words;
    };
    const own = told(at.p, at.q);
    for (const rival of given) {
      const { p, q } = rival;
      if (rival.sort !== sort || (tied && p.index !== at.p.index) || q.value === figure.value || !comparable(q, figure) || counted.some((c) => c.value === q.value)) continue;
      // Two figures of one change are of one thing: "grew 6 percent in 2024, down from 19 percent
      // the year before".
      if (p.index === at.p.index && [q, at.q].some((o) => CHANGED_FROM.test(p.text.slice(Math.max(0, o.start - 24), o.start)))) continue;
      const theirs = told(p, q);
      let ofRival = 0;
      let ofFigure = 0;
      for (const w of mine) {
        const inRival = theirs.has(w), inOwn = own.has(w);
        if (inRival && !inOwn) ofRival++;
        else if (inOwn && !inRival) ofFigure++;
      }
      if (ofFigure === 0 && ofRival >= OWN_WORDS) return { draft: figure, source: inShapeOf(q, figure), said: p.text.slice(q.start, q.end), passage: p, coverage: best.coverage };
    }
  }
  return undefined;
}

/** The changes a text tells from one figure to another: "will fall from six to four", "from 90°F to 95°F". */
function changesOf(text: string, qs: readonly Quantity[]): { from: Quantity; to: Quantity; start: number; end: number }[] {
  const out: { from: Quantity; to: Quantity; start: number; end: number }[] = [];
  for (let i = 0; i + 1 < qs.length && i < MOST_FIGURES * 10; i++) {
    const q = qs[i]!, next = qs[i + 1]!;
    // (Dates and times of day from one to another are a span: "runs from 25 October to 8 March".)
    if (q.kind === 'date' || q.kind === 'year' || q.unit === 'time' || !comparable(next, q) || next.start - q.end > TO_REACH) continue;
    const lead = Math.max(0, q.start - FROM_REACH);
    const from = FROM_BEFORE.exec(text.slice(lead, q.start));
    if (from && TO_BETWEEN.test(text.slice(q.end, next.start))) out.push({ from: q, to: next, start: lead + from.index, end: next.end });
  }
  return out;
}

/**
 * A change from the passage's figure to another than the passage's: "will fall from six to
 * three" where a well-aligned passage says "will fall from six to four" (and gives "three" of
 * something else, so the figure alone is found). A passage that also tells the statement's
 * change is no conflict.
 */
export function otherChangeEnd(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const mine = changesOf(text, figures);
  if (!mine.length) return undefined;
  for (const { passages, coverage } of alignments.slice(0, 3)) {
    if (coverage < 0.5) continue;
    for (const p of passages) {
      const theirs = changesOf(p.text, passageProfile(p).quantities);
      for (const m of mine) {
        const same = theirs.filter((t) => sameQuantity(t.from, m.from));
        if (!same.length || same.some((t) => sameQuantity(t.to, m.to))) continue;
        const t = same[0]!;
        return { draft: m.to, source: inShapeOf(t.to, m.to), said: `"${p.text.slice(t.start, t.end)}"`, passage: p, coverage };
      }
    }
  }
  return undefined;
}

// Words that tell which way a change went: "rose from", "up from", "has fallen to".
const WENT_UP = /^(?:up|rise|rises|rose|risen|rising|increase|increases|increased|increasing|grew|grow|grows|grown|growing|climb|climbs|climbed|climbing|jump|jumps|jumped|gain|gains|gained|higher|widen|widens|widened|widening)$/iu;
const WENT_DOWN = /^(?:down|fall|falls|fell|fallen|falling|decrease|decreases|decreased|decreasing|drop|drops|dropped|dropping|decline|declines|declined|declining|shrank|shrunk|shrink|shrinks|lower|narrow|narrows|narrowed|narrowing)$/iu;
// A change to a figure, then from another: "fell to 2,930 from 3,410" (a word of change before
// "to": "equal to 30 from 20 sites" is none).
const TO_BEFORE = /\b([\p{L}'’-]+)\s+(?:[\p{L}'’-]+\s+){0,2}to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?[$€£¥]?$/iu;
const CHANGE_WORD = /^(?:chang\p{L}*|mov\p{L}*|cut|cuts|reduc\p{L}*|rais\p{L}*|lower\p{L}*|went|go|goes|gone)$/iu;
// Between two figures of a change: the first's unit and a few words, then "to" ("58.4 per cent in
// June to 58.9 per cent", "every 30 minutes to every 20"), or "from" after "to".
const MOVE_TO_BETWEEN = /^[°%]?[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}?\s+to\s+(?:[\p{L}'’-]+\s+){0,4}[$€£¥]?$|^[°%]?\s*to\s+[$€£¥]?$/iu;
const MOVE_FROM_BETWEEN = /^[°%]?[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}?,?\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?[$€£¥]?$/iu;
// A figure, then the one it changed from: "70.6 per cent, up from 66.9 per cent".
const NOW_FROM_BETWEEN = /^[°%]?[^.;:!?,]{0,40},\s*(?:[\p{L}'’-]+\s+)?([\p{L}]+)\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?[$€£¥]?$/iu;
// A figure the passage says something changed from, at some distance from the figure it is now:
// "was 58.4 per cent, against a target of 92 per cent, and broadly unchanged from 58.9 per cent".
const CHANGED_FROM_BEFORE = /\b([\p{L}]+)\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?[$€£¥]?$/iu;
const CHANGED = /^(?:unchanged|changed)$/iu;
// How many figures back, in its sentence, the figure it is now may stand.
const NOW_REACH = 4;

type Way = 'up' | 'down';
type Move = { from: Quantity; to: Quantity; way?: Way; wayWord?: Span & { text: string }; start: number; end: number };

/** Which way a word says a change went. */
function wayOf(word: string): Way | undefined {
  return WENT_UP.test(word) ? 'up' : WENT_DOWN.test(word) ? 'down' : undefined;
}

/** The word of the last few before `at` that says which way a change went, with where it stands. */
function wayBefore(text: string, at: number): { way: Way; word: Span & { text: string } } | undefined {
  const lead = Math.max(0, at - 30);
  const words = [...text.slice(lead, at).matchAll(/[\p{L}]+/gu)].slice(-3);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const way = wayOf(w[0]);
    if (way) return { way, word: { start: lead + w.index, end: lead + w.index + w[0].length, text: w[0] } };
  }
  return undefined;
}

/**
 * The changes a text tells between two figures side by side, each from what it was to what it
 * is, with the way it went where a word says it: "rose from 58.4 per cent to 58.9 per cent",
 * "fell to 2,930 from 3,410", "70.6 per cent, up from 66.9 per cent".
 */
function movesOf(text: string, qs: readonly Quantity[]): Move[] {
  const out: Move[] = [];
  for (let i = 0; i + 1 < qs.length && i < MOST_FIGURES * 10; i++) {
    const q = qs[i]!, next = qs[i + 1]!;
    if (q.kind === 'date' || q.kind === 'year' || q.unit === 'time' || !comparable(next, q) || next.start - q.end > TO_REACH || q.value === next.value) continue;
    const between = text.slice(q.end, next.start);
    const lead = Math.max(0, q.start - FROM_REACH);
    const from = FROM_BEFORE.exec(text.slice(lead, q.start));
    if (from && MOVE_TO_BETWEEN.test(between)) {
      const way = wayBefore(text, lead + from.index);
      out.push({ from: q, to: next, ...(way ? { way: way.way, wayWord: way.word } : {}), start: lead + from.index, end: next.end });
      continue;
    }
    const to = TO_BEFORE.exec(text.slice(lead, q.start));
    // (The word of change may stand a word or two before "to": "the margin widened to".)
    const changeWord = to && [...to[0].matchAll(/[\p{L}'’-]+/gu)].reverse().find((w) => wayOf(w[0]) || CHANGE_WORD.test(w[0]));
    if (to && changeWord && MOVE_FROM_BETWEEN.test(between)) {
      const way = wayOf(changeWord[0]);
      const at = lead + to.index;
      const wordAt = at + changeWord.index;
      out.push({ from: next, to: q, ...(way ? { way, wayWord: { start: wordAt, end: wordAt + changeWord[0].length, text: changeWord[0] } } : {}), start: at, end: next.end });
      continue;
    }
    const now = NOW_FROM_BETWEEN.exec(between);
    const way = now && wayOf(now[1]!);
    if (now && (way || CHANGED.test(now[1]!))) {
      const at = q.end + between.lastIndexOf(now[1]!);
      out.push({ from: next, to: q, ...(way ? { way, wayWord: { start: at, end: at + now[1]!.length, text: now[1]! } } : {}), start: q.start, end: next.end });
    }
  }
  return out;
}

/**
 * Where a passage tells the change from `was` to `now` told apart, the figure it changed from
 * after a word of change and the figure it is now a few figures back in its sentence: "The
 * proportion ... was 58.4 per cent, against a national target of 92 per cent, and broadly
 * unchanged from 58.9 per cent in June" tells a change from 58.9 to 58.4 per cent.
 */
function toldApart(text: string, qs: readonly Quantity[], was: Quantity, now: Quantity): Span | undefined {
  for (let i = 1; i < qs.length && i < MOST_FIGURES * 10; i++) {
    const q = qs[i]!;
    if (!sameQuantity(q, was)) continue;
    const before = CHANGED_FROM_BEFORE.exec(text.slice(Math.max(0, q.start - FROM_REACH), q.start));
    if (!before || !(wayOf(before[1]!) || CHANGED.test(before[1]!))) continue;
    // (Not where it changed from that figure to another: "unchanged from 58.9 to ...".)
    const after = qs[i + 1];
    if (after && after.start - q.end <= TO_REACH && MOVE_TO_BETWEEN.test(text.slice(q.end, after.start))) continue;
    for (let k = i - 1; k >= Math.max(0, i - NOW_REACH); k--) {
      const p = qs[k]!;
      if (/[.!?]\s/u.test(text.slice(p.end, q.start))) break;
      if (sameQuantity(p, now) && comparable(p, q)) return { start: p.start, end: q.end };
    }
  }
  return undefined;
}

/**
 * A change told the wrong way between the passage's own figures: "rose from 58.4 per cent to 58.9
 * per cent" where a well-aligned passage says it "was 58.4 per cent ... unchanged from 58.9 per
 * cent"; "will go from every 30 minutes to every 20" where it "goes from every 20 minutes to every
 * 30 minutes"; "70.6 per cent, down from 66.9 per cent" where the passage says "up from". A
 * passage that also tells the statement's change is no conflict.
 */
export function reversedChange(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const mine = movesOf(text, figures);
  if (!mine.length) return undefined;
  const read: { p: Passage; coverage: number; moves: Move[] }[] = [];
  const seen = new Set<Passage>();
  for (const { passages, coverage } of alignments.slice(0, 3)) {
    if (coverage < 0.5) continue;
    for (const p of passages) {
      if (seen.has(p)) continue;
      seen.add(p);
      read.push({ p, coverage, moves: movesOf(p.text, passageProfile(p).quantities) });
    }
  }
  for (const m of mine) {
    // (A passage that tells the change as the statement does, the way it says it, is no conflict.)
    const told = (t: Move): boolean => sameQuantity(t.from, m.from) && sameQuantity(t.to, m.to);
    if (read.some(({ moves }) => moves.some((t) => told(t) && (!t.way || !m.way || t.way === m.way)))) continue;
    for (const { p, coverage, moves } of read) {
      const reversed = moves.find((t) => sameQuantity(t.from, m.to) && sameQuantity(t.to, m.from)) ?? toldApart(p.text, passageProfile(p).quantities, m.to, m.from);
      if (reversed) {
        // The fix writes the two figures the other way round.
        const [first, second] = m.from.start < m.to.start ? [m.from, m.to] : [m.to, m.from];
        const fix = text.slice(m.start, first.start) + second.text + text.slice(first.end, second.start) + first.text + text.slice(second.end, m.end);
        const draft: Quantity = { ...m.from, text: text.slice(m.start, m.end), start: m.start, end: m.end };
        return { draft, source: { ...draft, text: fix }, said: `"${p.text.slice(reversed.start, reversed.end)}"`, passage: p, coverage };
      }
      // The same figures, the way the passage says the other.
      const other = moves.find((t) => told(t) && t.way && m.way && t.way !== m.way);
      if (other && m.wayWord && other.wayWord) {
        const draft: Quantity = { ...m.from, text: m.wayWord.text, start: m.wayWord.start, end: m.wayWord.end };
        const word = other.wayWord.text;
        return { draft, source: { ...draft, text: /^\p{Lu}/u.test(m.wayWord.text) ? word.charAt(0).toUpperCase() + word.slice(1) : word.toLowerCase() }, said: `"${p.text.slice(other.start, other.end)}"`, passage: p, coverage };
      }
    }
  }
  return undefined;
}

// A rank told by its figure ("fell to 5th from 2nd", "to No. 3"): a higher place is a lower number.
const RANKED = /^(?:st|nd|rd|th)\b|^\s+(?:place|position|spot|rank|seed)\b/iu;
const RANK_BEFORE = /\b(?:no\.?|number|ranked|rank|place|position)\s*$/iu;

/**
 * A change whose word says it went the other way than its own figures do, of figures a
 * well-aligned passage gives: "the margin widened to 2.31 per cent from 2.48 per cent" where the
 * passage gives 2.31 per cent now against 2.48 per cent a year earlier. (A rank is no such
 * figure: "fell to 5th from 2nd".)
 */
export function wayAgainstFigures(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const mine = movesOf(text, figures).filter((m) => m.way && m.wayWord && m.from.value !== m.to.value);
  if (!mine.length) return undefined;
  const ranked = (t: string, q: Quantity): boolean => RANKED.test(t.slice(q.end, q.end + 12)) || RANK_BEFORE.test(t.slice(Math.max(0, q.start - 12), q.start));
  const read = readWellAligned(alignments, (p) => passageProfile(p).quantities);
  for (const m of mine) {
    // ("edged up to 0.62 per cent" is the figure written, not a range up to it.)
    const from = m.from.approximate?.written ?? m.from.value, to = m.to.approximate?.written ?? m.to.value;
    if (from === to || (m.way === 'up') === (to > from) || ranked(text, m.from) || ranked(text, m.to)) continue;
    // Nor two figures of different things: "62 acts on four stages, up from 48 acts".
    const thing = (q: Quantity): string | undefined => { const w = /^\s+([\p{L}'’-]+)/u.exec(text.slice(q.end, q.end + 30))?.[1]?.toLowerCase(); return w && !STOPWORDS.has(w) ? w : undefined; };
    const [a, b] = [thing(m.from), thing(m.to)];
    if (a && b && a !== b) continue;
    const given = read.find(({ found: qs }) => qs.some((q) => sameQuantity(q, m.from)) && qs.some((q) => sameQuantity(q, m.to)));
    if (!given) continue;
    const draft: Quantity = { ...m.from, text: m.wayWord!.text, start: m.wayWord!.start, end: m.wayWord!.end };
    const said = `a ${m.way === 'up' ? 'fall' : 'rise'} from ${m.from.text} to ${m.to.text}`;
    return { draft, source: { ...draft, text: said }, said, passage: given.p, coverage: given.coverage };
  }
  return undefined;
}

/**
 * What `read` finds in each passage of the three best alignments covering half the statement or
 * more, each passage once, with its alignment's coverage.
 */
function readWellAligned<T>(alignments: readonly Alignment[], read: (p: Passage) => T): { p: Passage; coverage: number; found: T }[] {
  const out: { p: Passage; coverage: number; found: T }[] = [];
  const seen = new Set<Passage>();
  for (const { passages, coverage } of alignments.slice(0, 3)) {
    if (coverage < 0.5) continue;
    for (const p of passages) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push({ p, coverage, found: read(p) });
    }
  }
  return out;
}

// A change by how much, then to what: "dropped by 8.2 per cent to 14,700", "rose 5% to $3.1bn".
const BY_BEFORE = /\b(?:by|rose|fell|grew|dropped|declined|increased|decreased|jumped|climbed|shrank|slipped|gained|lost|up|down)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/iu;
const TO_AFTER = /^\s+to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?[$€£¥]?$/iu;

/** The changes a text tells by how much and to what, each as the two figures. */
function changesByTo(text: string, qs: readonly Quantity[]): { by: Quantity; to: Quantity }[] {
  const out: { by: Quantity; to: Quantity }[] = [];
  for (let i = 0; i + 1 < qs.length && i < MOST_FIGURES * 10; i++) {
    const q = qs[i]!, next = qs[i + 1]!;
    if (q.kind === 'date' || q.kind === 'year' || next.kind === 'date' || next.kind === 'year' || q.unit === 'time' || next.unit === 'time') continue;
    if (BY_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) && TO_AFTER.test(text.slice(q.end, next.start))) out.push({ by: q, to: next });
  }
  return out;
}

/**
 * A change by the passage's figure to another end than the passage's: "fell by 8.2 per cent to
 * 41,300" where a well-aligned passage says "dropped by 8.2 per cent to 14,700" (and gives 41,300
 * of another place). A passage that tells the statement's change is no conflict.
 */
export function otherEndOfChangeBy(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const mine = changesByTo(text, figures.slice(0, MOST_FIGURES));
  if (!mine.length) return undefined;
  const read = readWellAligned(alignments, (p) => changesByTo(p.text, passageProfile(p).quantities));
  for (const m of mine) {
    if (read.some(({ found: changes }) => changes.some((t) => sameQuantity(t.by, m.by) && sameQuantity(t.to, m.to)))) continue;
    for (const { p, coverage, found: changes } of read) {
      const t = changes.find((x) => sameQuantity(x.by, m.by) && x.by.kind === m.by.kind && comparable(x.to, m.to) && x.to.kind === m.to.kind && (x.to.unit ?? '') === (m.to.unit ?? ''));
      if (t) return { draft: m.to, source: inShapeOf(t.to, m.to), said: p.text.slice(t.to.start, t.to.end), passage: p, coverage };
    }
  }
  return undefined;
}

// Between a figure and the one it is set against: "2.1 per cent in the year to June, compared
// with 3.4 per cent", "78 per cent on average, against 81 per cent".
const SET_AGAINST = /^[°%]?[^.;:!?]{0,40}?,?\s+(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?[$€£¥]?$/iu;
// How many words after a figure tell what it is of, to its clause's end.
const TAIL_WORDS = 5;

/** The pairs of figures side by side a text sets one against the other: the first, then what it is compared with. */
function setAgainst(text: string, qs: readonly Quantity[]): { first: Quantity; second: Quantity }[] {
  const out: { first: Quantity; second: Quantity }[] = [];
  const timeless = (q: Quantity): boolean => q.kind !== 'date' && q.kind !== 'year' && q.unit !== 'time';
  for (let i = 0; i + 1 < qs.length && i < MOST_FIGURES * 10; i++) {
    const q = qs[i]!;
    // (A date between is what the first is of: "81 per cent in summer 2025, compared with 78 per cent".)
    const next = timeless(qs[i + 1]!) ? qs[i + 1]! : qs[i + 2];
    if (!next || !timeless(q) || !timeless(next) || !comparable(q, next) || next.start - q.end > TO_REACH || q.value === next.value) continue;
    if (SET_AGAINST.test(text.slice(q.end, next.start))) out.push({ first: q, second: next });
  }
  return out;
}

/** The content words after a figure, to its clause's end: what it is of ("nationally", "the year before"). */
function tailWords(text: string, q: Quantity): Set<string> {
  const rest = /^[^.;:!?,()]*/u.exec(text.slice(q.end, q.end + 80))![0];
  const out = new Set<string>();
  for (const w of [...rest.matchAll(/\p{L}[\p{L}'’-]*/gu)].slice(0, TAIL_WORDS)) {
    const norm = normalizeWord(w[0]);
    if (!STOPWORDS.has(norm) && !/^(?:per|cent|percent)$/u.test(norm)) out.add(norm);
  }
  return out;
}

/** The content words before a figure, back to its clause's start: what it is of ("in the core regions had risen by"). */
function headWords(text: string, q: Quantity): Set<string> {
  const lead = /[^.;:!?,()]*$/u.exec(text.slice(Math.max(0, q.start - 120), q.start))![0];
  const out = new Set<string>();
  for (const w of [...lead.matchAll(/\p{L}[\p{L}'’-]*/gu)].slice(-3 * TAIL_WORDS)) {
    const norm = normalizeWord(w[0]);
    if (!STOPWORDS.has(norm)) out.add(norm);
  }
  return out;
}

/**
 * Two figures set one against the other the other way round from a well-aligned passage, what the
 * second is of told in the same words: "rose 3.4 per cent in the year to June, compared with 2.1
 * per cent nationally" where the passage says "had risen by 2.1 per cent in the year to June,
 * compared with 3.4 per cent nationally". (Told of another thing, "compared with 2.1 per cent in
 * the core regions", the swap is the writer's own sentence, not this one.)
 */
export function swappedComparison(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const mine = setAgainst(text, figures.slice(0, MOST_FIGURES));
  if (!mine.length) return undefined;
  const read = readWellAligned(alignments, (p) => setAgainst(p.text, passageProfile(p).quantities));
  for (const m of mine) {
    // (A passage that sets them as the statement does is no conflict.)
    if (read.some(({ found: pairs }) => pairs.some((t) => sameQuantity(t.first, m.first) && sameQuantity(t.second, m.second)))) continue;
    const tail = tailWords(text, m.second);
    if (!tail.size) continue;
    for (const { p, coverage, found: pairs } of read) {
      // A word of what the statement's second is of, said of the passage's second and not in the
      // words before its first ("in the southern zone" is no swap where the passage's first was
      // "in the northern zone" and its second "in the southern zone": both say "zone").
      const t = pairs.find((x) => {
        if (!sameQuantity(x.first, m.second) || !sameQuantity(x.second, m.first)) return false;
        const head = headWords(p.text, x.first);
        return [...tailWords(p.text, x.second)].some((w) => tail.has(w) && !head.has(w));
      });
      if (t) return { draft: m.first, source: inShapeOf(t.first, m.first), said: `"${p.text.slice(t.first.start, t.second.end)}${/^[^.;:!?,()]*/u.exec(p.text.slice(t.second.end, t.second.end + 40))![0].trimEnd()}"`, passage: p, coverage };
    }
  }
  return undefined;
}

// The three words before a place, in its clause (a currency sign or code between passed over).
const WORDS_BEFORE = /([\p{L}'’-]+)\s+([\p{L}'’-]+)\s+([\p{L}'’-]+)\s+(?:(?:usd|eur|gbp|us)\s*)?[$€£¥]?$/iu;
// The three words after a figure, in its clause ("per 40-foot reefer container").
const WORDS_AFTER = /^\s+([\p{L}\d'’-]+)\s+([\p{L}\d'’-]+)\s+([\p{L}\d'’-]+)/u;
// A clause's end just after a figure: a mark, or the text's end.
const ENDS_AFTER = /^(?:\s*[,.;:!?)]|\s*$)/u;

/** The three words before a place, in lower case, if three words stand there in its clause. */
function wordsBefore(text: string, at: number): string | undefined {
  const m = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  return m ? `${m[1]} ${m[2]} ${m[3]}`.toLowerCase() : undefined;
}

/** Whether three words say what a figure is of: one of them a content word, no figure. */
function tellsOf(words: string | undefined): words is string {
  return !!words && words.split(' ').some((w) => !STOPWORDS.has(w) && /^\p{L}{3,}/u.test(w));
}

/** A figure's words either side, and whether its clause ends just after it. */
function placeOf(text: string, q: Quantity): { before?: string; after?: string; ends: boolean; next?: string } {
  const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(q.end, q.end + 40))?.[1]?.toLowerCase();
  const after = WORDS_AFTER.exec(text.slice(q.end, q.end + 60));
  return { before: wordsBefore(text, q.start), ...(after ? { after: `${after[1]} ${after[2]} ${after[3]}`.toLowerCase() } : {}), ends: ENDS_AFTER.test(text.slice(q.end, q.end + 4)), ...(next ? { next } : {}) };
}

// How many words either side of a passage's figure are read for what it is told of.
const NEAR = 5;

/** The content words within NEAR words of a figure of a text (its tokens, in order). */
function wordsNear(tokens: readonly Token[], q: Span): Set<string> {
  const at = firstEndingAfter(tokens, q.start);
  return new Set(tokens.slice(Math.max(0, at - NEAR), at + NEAR + 1).filter((t) => (t.end <= q.start || t.start >= q.end) && !STOPWORDS.has(t.norm) && !/\d/.test(t.norm)).map((t) => t.norm));
}

/**
 * A figure of the statement in the place the aligned passage gives another figure, where the
 * passage gives the statement's figure only in other places: "a three-year extension agreed in
 * 2021" where "a three-year extension agreed in 2022" (and 2021 is when costs began to rise);
 * "has committed to 60 apprenticeships over the initial term" where "45 apprenticeships over the
 * initial term ... about 60 local jobs"; "USD 290 per 40-foot reefer container" where "USD 310 per
 * 40-foot reefer container" (and "USD 290 per 40-foot container"); "compared 610 children on the
 * programme with 640 similar children" where "compared 640 children on the programme with 610
 * similar children". The three words before the figure are the rival's, and the figure's clause
 * ends, or goes on with the same word, where the rival's does; or the three words after it.
 */
export function figureInPlaceOfAnother(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const best = alignments[0];
  if (!best || best.coverage < 0.5) return undefined;
  // (Not a date: "in the year to 31 December 2024" is told of many things.)
  // (Nor a vote's counts, which the vote checks weigh as a tally: "46 votes in favour and 41 against".)
  const votes = writtenVotes(text);
  const mine = figures.slice(0, MOST_FIGURES).filter((q) => !q.approximate && q.unit !== 'time' && q.kind !== 'date' && !votes.some((v) => v.start <= q.start && q.end <= v.end));
  if (!mine.length) return undefined;
  const read: Passage[] = [];
  for (const a of alignments.slice(0, 3)) if (a.coverage >= 0.5) for (const p of a.passages) if (!read.some((r) => r.docId === p.docId && r.index === p.index)) read.push(p);
  const given = read.flatMap((p) => passageProfile(p).quantities.slice(0, MOST_FIGURES * 10).map((q) => ({ p, q, place: placeOf(p.text, q) })));
  const words = contentWords(text);
  const lettered = new Set([...words].filter((w) => !/\d/.test(w)));
  for (const figure of mine) {
    const place = placeOf(text, figure);
    const before = tellsOf(place.before) ? place.before : undefined;
    const after = tellsOf(place.after) ? place.after : undefined;
    if (!before && !after) continue;
    // Where the rival stands as the figure does: the words before and the clause's end or next
    // word, or the words after.
    const inPlace = (g: { place: ReturnType<typeof placeOf> }): boolean => (!!before && g.place.before === before && (g.place.ends && place.ends || (!!place.next && g.place.next === place.next))) || (!!after && g.place.after === after);
    const same = given.filter((g) => g.q.kind === figure.kind && sameQuantity(g.q, figure));
    // (Only a figure the passage gives elsewhere: one it does not give may be the statement's sum.)
    if (!same.length || same.some(inPlace)) continue;
    // The statement's words beside each of the passage's givings of the figure, read once.
    let sameNear: Set<string>[] | undefined;
    for (const rival of given) {
      const { p, q } = rival;
      if (q.kind !== figure.kind || q.value === figure.value || q.approximate || !comparable(q, figure) || !inPlace(rival)) continue;
      // A rival the statement gives too stands in the place the passage gives the figure: the
      // two told the other way round.
      const other = mine.find((f) => sameQuantity(f, q));
      if (other) {
        const otherPlace = placeOf(text, other);
        if (!same.some((g) => g.p.index === p.index && (tellsOf(otherPlace.after) && g.place.after === otherPlace.after || tellsOf(otherPlace.before) && g.place.before === otherPlace.before))) continue;
      } else if (figures.some((f) => sameQuantity(f, q))) continue;
      // The statement tells the figure of its own thing where it has a word the passage says
      // beside the figure and not beside the rival ("Gynaecology patients face a median wait of
      // 22 weeks" where "a median wait of 34 weeks, ... and gynaecology at 22 weeks").
      // (Told the other way round, each is told of the other's thing.)
      const near = wordsNear(passageProfile(p).tokens, q);
      sameNear ??= same.map((g) => new Set([...wordsNear(passageProfile(g.p).tokens, g.q)].filter((w) => words.has(w))));
      if (!other && sameNear.some((own) => [...own].some((w) => !near.has(w)))) continue;
      // Nor where a sentence that gives the figure has as many of the statement's words as the
      // rival's (figures and dates aside).
      if (!other && same.some((g) => g.p.index !== p.index && sharedWords(lettered, passageProfile(g.p).terms) >= sharedWords(lettered, passageProfile(p).terms))) continue;
      return { draft: figure, source: inShapeOf(q, figure), said: p.text.slice(q.start, q.end), passage: p, coverage: best.coverage };
    }
  }
  return undefined;
}

/**
 * Two figures of the statement that a well-aligned passage gives the other way round, each of the
 * other's thing: "replace 12 km of water mains and upgrade 140 wastewater treatment works" where
 * the source plans "replacing 140 km of water mains and upgrading 12 wastewater treatment works";
 * "two fuel tanks and one ballast tank" for "Two double-bottom ballast tanks and one fuel tank".
 * Each is read by the words of what it counts that the other's lacks.
 */
export function swappedFigures(text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const counted = withOnes(text, figures).slice(0, MOST_FIGURES).filter((q) => q.kind === 'number' || q.kind === 'money').map((q) => ({ q, words: countedPhrase(text, q) })).filter((f) => f.words.size);
  for (const { passages, coverage } of alignments.slice(0, 3)) {
    if (coverage < 0.5) continue;
    for (const p of passages) {
      // Two figures each told of the other's subject: "a tram takes two years to deliver, while
      // better buses can take eight" where "better buses can be delivered in two years, and a
      // tram takes eight".
      const crossed = crossedSubjects(text, figures, p);
      if (crossed) return { ...crossed, passage: p, coverage };
      if (!counted.length) continue;
      const theirs = withOnes(p.text, passageProfile(p).quantities).slice(0, MOST_FIGURES).map((q) => ({ q, words: countedPhrase(p.text, q) }));
      for (let i = 0; i < counted.length; i++) {
        for (let k = 0; k < counted.length; k++) {
          const a = counted[i]!, b = counted[k]!;
          if (i === k || a.q.value === b.q.value || a.q.kind !== b.q.kind) continue;
          // The words of a's thing that b's lacks, and b's that a's lacks.
          const onlyA = [...a.words].filter((w) => !b.words.has(w));
          const onlyB = [...b.words].filter((w) => !a.words.has(w));
          if (!onlyA.length || !onlyB.length) continue;
          const of = (f: { words: Set<string> }, only: string[]): boolean => only.some((w) => f.words.has(w));
          // The passage gives a's figure of b's thing, and b's figure of a's.
          const aOfB = theirs.find((t) => t.q.kind === a.q.kind && t.q.value === a.q.value && of(t, onlyB) && !of(t, onlyA));
          const bOfA = theirs.find((t) => t.q.kind === b.q.kind && t.q.value === b.q.value && of(t, onlyA) && !of(t, onlyB));
          if (aOfB && bOfA) return { draft: a.q, source: inShapeOf(bOfA.q, a.q), said: p.text.slice(bOfA.q.start, bOfA.q.end), passage: p, coverage };
        }
      }
      // A length the passage gives of something else, and another in the same unit told in the
      // statement's own next words: "twelve weeks before the change" where "nine weeks before the
      // change; the industry standard is twelve weeks".
      for (const a of counted) {
        const unit = measureOf(text, a.q).unit;
        const next = unit && wordsAfter(text, unit.end);
        if (!next) continue;
        const alike = theirs.filter((t) => t.q.kind === a.q.kind && measureOf(p.text, t.q).unit?.unit === unit.unit);
        const told = (t: { q: Quantity }): boolean => wordsAfter(p.text, measureOf(p.text, t.q).unit!.end) === next;
        const same = alike.filter((t) => t.q.value === a.q.value);
        if (!same.length || same.some(told)) continue;
        const other = alike.find((t) => t.q.value !== a.q.value && told(t));
        if (other) return { draft: a.q, source: inShapeOf(other.q, a.q), said: p.text.slice(other.q.start, other.q.end), passage: p, coverage };
      }
    }
  }
  return undefined;
}

// Where a figure's clause starts: a comma, semicolon or colon, or a word that joins two clauses.
const CLAUSE_OPENING = /[,;:]|\b(?:while|whereas|but|and|or|although|though)\b/giu;

/** The content words (no figures) of a figure's clause before it: what it is told of. */
function subjectWords(text: string, q: Quantity): Set<string> {
  const from = sentenceStart(text, q.start);
  let start = from;
  for (const m of text.slice(from, q.start).matchAll(CLAUSE_OPENING)) start = from + m.index + m[0].length;
  return new Set(tokenizeCached(text.slice(start, q.start)).map((t) => t.norm).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/\d/.test(w)));
}

/**
 * Two of the statement's counts, each in a clause of its own, that the passage gives the other
 * way round: the words before each in its clause are those before the other in the passage's,
 * more than those before its own.
 */
function crossedSubjects(text: string, figures: readonly Quantity[], p: Passage): Omit<Mismatch, 'passage' | 'coverage'> | undefined {
  // (Two figures set one against the other are the comparison checks' to weigh.)
  if (COMPARES.test(text)) return undefined;
  const mine = figures.slice(0, MOST_FIGURES).filter((q) => q.kind === 'number' && q.upTo === undefined && !apartUnit(q));
  if (mine.length < 2) return undefined;
  const theirs = passageProfile(p).quantities.slice(0, MOST_FIGURES).filter((q) => q.kind === 'number');
  const only = (v: number): Quantity | undefined => {
    const found = theirs.filter((q) => q.value === v);
    return found.length === 1 ? found[0] : undefined;
  };
  // What each of the statement's figures is told of, read once.
  const told = mine.map((q) => subjectWords(text, q));
  for (let i = 0; i < mine.length; i++) {
    for (let k = i + 1; k < mine.length; k++) {
      const a = mine[i]!, b = mine[k]!;
      if (a.value === b.value) continue;
      const pa = only(a.value), pb = only(b.value);
      if (!pa || !pb) continue;
      // (Words both of the statement's clauses have tell neither apart.)
      const sa = new Set([...told[i]!].filter((w) => !told[k]!.has(w)));
      const sb = new Set([...told[k]!].filter((w) => !told[i]!.has(w)));
      const [ta, tb] = [subjectWords(p.text, pa), subjectWords(p.text, pb)];
      const aCrossed = sharedWords(sa, tb), aOwn = sharedWords(sa, ta), bCrossed = sharedWords(sb, ta), bOwn = sharedWords(sb, tb);
      if (aCrossed > aOwn && bCrossed > bOwn) return { draft: a, source: inShapeOf(pb, a), said: p.text.slice(pb.start, pb.end) };
    }
  }
  return undefined;
}

/**
 * The first of the statement's figures (of one kind) that the well-aligned passages give, the
 * number as written the same, only told otherwise, and nowhere as the statement tells it (or
 * without saying how). `told` reads how a figure of a text is told; `other` gives, where two
 * tellings disagree, where the statement's ends and where the passage's does.
 */
function toldOtherwise<T>(text: string, figures: readonly Quantity[], alignments: readonly Alignment[], kind: Quantity['kind'], told: (text: string, q: Quantity) => T | undefined, other: (mine: T, theirs: T) => [number, number] | undefined): Mismatch | undefined {
  for (const figure of figures.slice(0, MOST_FIGURES)) {
    if (figure.kind !== kind) continue;
    const mine = told(text, figure);
    if (mine === undefined) continue;
    let rival: { q: Quantity; p: Passage; coverage: number; ends: [number, number] } | undefined;
    let agreed = false;
    for (const { passages, coverage } of alignments.slice(0, 3)) {
      if (coverage < CLOSE_COPY) continue;
      for (const p of passages) {
        for (const q of passageProfile(p).quantities) {
          // ("around 14,000" is weighed as a range: the figure written is the one to meet.)
          if (q.kind !== kind || (q.approximate?.written ?? q.value) !== (figure.approximate?.written ?? figure.value)) continue;
          const theirs = told(p.text, q);
          const ends = theirs === undefined ? undefined : other(mine, theirs);
          if (!ends) agreed = true;
          else rival ??= { q, p, coverage, ends };
        }
      }
    }
    if (agreed || !rival) continue;
    const { q, p, coverage, ends: [draftEnd, end] } = rival;
    const said = p.text.slice(q.start, end);
    return { draft: { ...figure, text: text.slice(figure.start, draftEnd), end: draftEnd }, source: { ...q, text: said, end }, said, passage: p, coverage };
  }
  return undefined;
}

/**
 * A month and year the statement gives where a well-aligned passage gives that month (and day)
 * in another year after the same word, and never in the statement's: "will close for
 * refurbishment from June 2026" against "... from June 2025".
 */
function monthOfAnotherYear(figure: Quantity, text: string, top: readonly Alignment[]): Mismatch | undefined {
  const d = figure.date;
  if (figure.kind !== 'date' || !d?.month || d.year === undefined) return undefined;
  // After the same word, in the same place ("from June"): another event's June is no rival.
  const before = startLead(text, figure) ?? wordBefore(text, figure);
  if (!before || STOPWORDS.has(before) && !DATE_LEADS.has(before)) return undefined;
  for (const { passages, coverage } of top) {
    if (coverage < CLOSE_COPY) continue;
    for (const p of passages) {
      const dates = passageProfile(p).quantities.filter((q) => {
        const o = q.kind === 'date' ? q.date : undefined;
        return !!o && o.month === d.month && o.year !== undefined && (d.day === undefined || o.day === undefined || o.day === d.day);
      });
      if (!dates.length || dates.some((q) => q.date!.year === d.year)) continue;
      const rival = dates.find((q) => (startLead(p.text, q) ?? wordBefore(p.text, q)) === before);
      if (!rival) continue;
      return { draft: figure, source: rival, said: p.text.slice(rival.start, rival.end), passage: p, coverage };
    }
  }
  return undefined;
}

// Words that say a date is when something starts: "from April 2026", "starting in April",
// "with effect from", "as of", "beginning in".
const STARTS_FROM = /\b(?:from|starting(?:\s+(?:in|from|on))?|beginning(?:\s+(?:in|from|on))?|as\s+(?:of|from)|effective(?:\s+from)?|with\s+effect\s+from|taking\s+effect\s+(?:in|from|on))\s+$/i;

/** "from" where the words before a date say it is when something starts, however they say it. */
function startLead(text: string, q: Quantity): string | undefined {
  return STARTS_FROM.test(text.slice(Math.max(0, q.start - 30), q.start)) ? 'from' : undefined;
}

// A name right before a figure, in its clause: "Lufthansa dropped 3.4%", "Renault 2.9%".
const NAME_BEFORE = /(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})(?:['’]s)?(?:\s+[\p{Ll}'’-]+){0,4}\s+[$€£¥]?$/u;

/** The name that a figure is told of, standing right before it in its clause. */
function nameBefore(text: string, q: Quantity): string | undefined {
  const before = text.slice(Math.max(0, q.start - 60), q.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' and '), before.lastIndexOf(' while ')) + 1);
  // ("Ruiz's 580,000 dollars": the name, not its possessive.)
  return NAME_BEFORE.exec(clause)?.[1]?.replace(/['’]s$/u, '');
}

/**
 * What a figure is told of, read off the text around it, and when two such are one: the name
 * before it ("Lufthansa dropped 3.4%"), or the thing it is a share of after it ("95 percent of
 * the nickel").
 */
interface Teller {
  of(text: string, q: Quantity): string | undefined;
  same(a: string, b: string): boolean;
}

const NAMED: Teller = {
  of: nameBefore,
  same: namesAlike,
};

// "95 percent of the nickel", "30% of Republicans", "two-thirds of its budget": what the figure
// is a part of, the first word after "of".
const PART_AFTER = /^\s*(?:%|percent\b|per\s+cent\b)?\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?([\p{L}][\p{L}-]*)/u;

const PART_OF: Teller = {
  of: (text, q) => {
    const word = PART_AFTER.exec(text.slice(q.end, q.end + 40))?.[1];
    return word && !STOPWORDS.has(word.toLowerCase()) ? normalizeWord(word) : undefined;
  },
  same: (a, b) => a === b,
};

// "a basic award of £6,120", "a compensatory award of £29,880": what the figure is, in the
// one or two words in lower case before its "of".
const LABEL_BEFORE = /(?:^|[\s(;:,])((?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?[$€£¥]?$/u;

const LABELLED: Teller = {
  of: (text, q) => {
    const m = LABEL_BEFORE.exec(text.slice(Math.max(0, q.start - 50), q.start));
    const words = m ? m[1]!.split(/\s+/).filter((w) => !STOPWORDS.has(w)) : [];
    return words.length ? words.map(normalizeWord).join(' ') : undefined;
  },
  same: (a, b) => a === b,
};

// "out of service for 23 days in August, compared with 9 days in July": the month a figure is
// told of, a few words after it.
const MONTH_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in|during|for)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;

const IN_MONTH: Teller = {
  of: (text, q) => (q.kind === 'date' ? undefined : MONTH_AFTER.exec(text.slice(q.end, q.end + 40))?.[1]?.toLowerCase()),
  same: (a, b) => a === b,
};

/** A passage's figures, each with what it is told of: by value (an index), and each teller's. */
interface Tellings {
  figures: FigureIndex;
  told: Map<Quantity, string | undefined>;
  byName: Map<string, Quantity[]>;
}

/**
 * Figures swapped between two names or two parts: "Lufthansa shares fell 2.9%, while Renault
 * lost 3.4%" where the passage says "Lufthansa dropped 3.4% and Renault 2.9%"; "about 95% of the
 * lithium" where it gets "about 95 percent of the nickel and cobalt back, and around 80 percent
 * of the lithium". The statement's figure is the passage's, but told there of another, and the
 * passage tells the statement's name or part another figure of the same sort: that one is the
 * figure to write.
 */
export function figureOfAnother(text: string, figures: Quantity[], alignments: Alignment[]): Mismatch | undefined {
  for (const teller of [NAMED, PART_OF, LABELLED, IN_MONTH]) {
    const found = figureToldOfAnother(teller, text, figures, alignments);
    if (found) return found;
  }
  return undefined;
}

function figureToldOfAnother(teller: Teller, text: string, figures: Quantity[], alignments: Alignment[]): Mismatch | undefined {
  const best = alignments[0];
  if (!best) return undefined;
  // Each passage's figures with what they are told of, read once and filed by value and by
  // teller (either side may give thousands).
  const told = new Map<Passage, Tellings>();
  const tellings = (p: Passage): Tellings => {
    let known = told.get(p);
    if (!known) {
      const quantities = passageProfile(p).quantities;
      known = { figures: new FigureIndex(quantities), told: new Map(), byName: new Map() };
      for (const o of quantities) {
        const name = teller.of(p.text, o);
        known.told.set(o, name);
        if (!name) continue;
        const list = known.byName.get(name.toLowerCase());
        if (list) list.push(o);
        else known.byName.set(name.toLowerCase(), [o]);
      }
      told.set(p, known);
    }
    return known;
  };
  // A teller's figures, filed by value the first time they are asked about.
  const indexes = new Map<Quantity[], FigureIndex>();
  for (const figure of figures) {
    if (figure.kind !== 'percent' && figure.kind !== 'money' && figure.kind !== 'number') continue;
    const mine = teller.of(text, figure);
    if (!mine) continue;
    for (const p of best.passages) {
      const { figures: given, told: toldOf, byName } = tellings(p);
      // The first figure of the passage that says the statement's, and what it is told of.
      let said: string | undefined;
      if (!given.has(figure, false, (o) => ((said = toldOf.get(o)), true)) || !said || teller.same(said, mine)) continue;
      // The passage tells the statement's name another figure, and not this one.
      const ofMine = byName.get(mine.toLowerCase());
      if (!ofMine) continue;
      let index = indexes.get(ofMine);
      if (!index) indexes.set(ofMine, (index = new FigureIndex(ofMine)));
      if (index.has(figure)) continue;
      const rival = ofMine.find((o) => comparable(o, figure) && unitKey(o) === unitKey(figure));
      if (rival) return { draft: figure, source: rival, said: p.text.slice(rival.start, rival.end), passage: p, coverage: best.coverage };
    }
  }
  return undefined;
}

// How many of the passages that have a year are read for it.
const YEAR_POSTINGS = 64;

/** Whether a passage of these documents gives the year of what the statement speaks of (found through the index). */
function yearGivenElsewhere(corpus: Corpus, figure: Quantity, docIds: Set<string>, passageFigures: (p: Passage) => PassageFigures): boolean {
  let read = 0;
  for (const index of corpus.passagesWithTerm(String(figure.value))) {
    if (++read > YEAR_POSTINGS) return false;
    const docId = corpus.passageDocId(index);
    if (docId === undefined || !docIds.has(docId)) continue;
    const p = corpus.passage(index);
    if (p && passageFigures(p).agreesInPlace(figure)) return true;
  }
  return false;
}

// How many sentences either side of one looked at, in its paragraph, may give the figure.
const FIGURE_REACH = 2;

/**
 * The first figure and its rival that `find` gives of a passage aligned at least half: days a
 * week against a run of weekdays, a table row's change told the wrong way round.
 */
function fromAligned(top: readonly Alignment[], find: (p: Passage) => { draft: Quantity; source: Quantity } | undefined): Mismatch | undefined {
  for (const a of top) {
    if (a.coverage < 0.5) continue;
    for (const p of a.passages) {
      const found = find(p);
      if (found) return { draft: found.draft, source: inShapeOf(found.source, found.draft), said: p.text.slice(found.source.start, found.source.end), passage: p, coverage: a.coverage };
    }
  }
  return undefined;
}

/**
 * The passages a figure of the statement is weighed against, in order, or undefined when one
 * gives it in place: one of its figures agrees and is said of what the statement speaks of
 * (its sentence has a word of the statement's), or it gives it without writing it. Alignments
 * are read until one has a passage with an agreeing figure.
 */
function lookedAt(corpus: Corpus, text: string, figure: Quantity, top: Alignment[], passageFigures: (p: Passage) => PassageFigures, pairs: (p: Passage) => boolean): { p: Passage; coverage: number }[] | undefined {
  const looked: { p: Passage; coverage: number }[] = [];
  let agreed = false;
  // (A passage of another document than the best's, aligned too loosely to be what the statement
  // rewrites, gives a figure by chance: "passenger numbers rose by 38 per cent" is no "discounts of
  // up to 50 per cent" where the best passage gives "discounts of up to 40 per cent".)
  const bestDoc = top[0] && top[0].coverage >= 0.5 ? top[0].passages[0]?.docId : undefined;
  for (const a of top) {
    if (bestDoc !== undefined && a.coverage < 0.5 && a.passages.every((p) => p.docId !== bestDoc)) continue;
    for (const p of a.passages) {
      looked.push({ p, coverage: a.coverage });
      if (impliedFigure(figure, corpus.getDocument(p.docId), p, text)) return undefined;
      const figures = passageFigures(p);
      if (figures.agrees(figure)) {
        agreed = true;
        if (figures.agreesInPlace(figure)) return undefined;
      }
    }
    if (agreed) break;
  }
  // A sentence near one looked at, in its paragraph, may tell it: "The sleeping bags ... were
  // delivered March 7. The tent shipped separately ..." for "the bags had reached her on March 7,
  // whereas the tent had been sent separately"; "The main study enrolled 1,248 adults. Before
  // treatment, ... After 12 weeks, patients ..." for "In the main trial of roughly 1,250 adults,
  // patients ...".
  // Or the sentence right beside one that gives another figure of the statement, and none in its
  // place, gives this one of the same thing, whatever words it is said with: "That cancellation
  // rate of just over 12 per cent compared with a normal level of under 3 per cent" where "..., so
  // a little over 12 per cent. Our normal level is under 3 per cent." (Not "from 14 percent down to
  // 10 percent" where "From 14 percent to roughly 12.5 percent. Our policy floor is 10 percent.")
  for (const { p } of looked) {
    let paired: boolean | undefined;
    for (const step of [-1, 1]) {
      for (let k = 1, beside = corpus.passageBeside(p, step); k <= FIGURE_REACH && beside && beside.paragraph.start === p.paragraph.start; k++, beside = corpus.passageBeside(beside, step)) {
        const figures = passageFigures(beside);
        if (figures.agreesInPlace(figure) || (k === 1 && figures.agreesOfSameThing(figure) && (paired ??= pairs(p)))) return undefined;
      }
    }
  }
  // A year the document gives elsewhere, of what the statement speaks of: "since censuses began
  // in 1995" where one paragraph says "every five years since 1995" and another that the total
  // is "the lowest since the census began".
  if (figure.kind === 'year' && yearGivenElsewhere(corpus, figure, new Set(looked.map(({ p }) => p.docId)), passageFigures)) return undefined;
  return looked;
}

/**
 * A passage's figures, read once however many of the statement's figures are weighed against
 * them: as written, approximate ones as ranges (its "over 50" is no less approximate than the
 * statement's "over 40"), and with its counts by order of size ("hundreds of girls" agrees with
 * the statement's, or with 300 girls).
 */
class PassageFigures {
  private readonly written: Quantity[];
  private readonly agreeing: Quantity[];
  private agreeingIndex?: FigureIndex;
  private inPlaceIndex?: FigureIndex;
  private datedYears?: Set<number>;
  private readonly rivals = new Map<boolean, Rivals>();

  constructor(
    private readonly p: Passage,
    private readonly corpus: Corpus,
    private readonly text: string,
    private readonly norms: Set<string>,
    private readonly accountedFor: (q: Quantity) => boolean,
    private readonly inPlace: (q: Quantity, p: Passage) => boolean,
  ) {
    this.written = approximated(p.text, passageProfile(p).quantities);
    this.agreeing = [...this.written, ...vagueCounts(p.text)];
  }

  agrees(figure: Quantity): boolean {
    // (A year of the passage's, "the 2026 round", is no date of that year where the passage dates
    // things in that year itself: "31 May 2026" is not "31 March 2026" for the year beside it.)
    const years = (this.datedYears ??= datedYears(this.written));
    return (this.agreeingIndex ??= new FigureIndex(this.agreeing)).has(figure, false, (f) => !bareYearOf(f, figure, years));
  }

  /** Whether a figure that agrees counts what the statement's does ("two kilograms" is no "two participants"). */
  agreesOfSameThing(figure: Quantity): boolean {
    return (this.agreeingIndex ??= new FigureIndex(this.agreeing)).has(figure, false, (q) => sameThingCounted(figure, this.text, q, this.p.text));
  }

  /** Whether a figure that agrees is said of what the statement speaks of. */
  agreesInPlace(figure: Quantity): boolean {
    // Of the same thing counted: "three months' notice" is no "after three years".
    return (this.inPlaceIndex ??= new FigureIndex(this.agreeing.filter((q) => this.inPlace(q, this.p)))).has(figure, false, (q) => sameThingCounted(figure, this.text, q, this.p.text));
  }

  /**
   * The passage's figure that rivals the statement's: the first of the same sort that no other
   * figure of the statement accounts for, and that stands where the statement's figure stands:
   * some word next to it is a word next to the statement's ("revenue of $5bn" against "revenue
   * of $4bn"). A year of another event in the passage ("first aired in 1969" against "Warner
   * Bros.' 2020 film") is a figure the source does not give, not one it contradicts.
   */
  rival(figure: Quantity, mine: Set<string>, setsScene: boolean, closeCopy = false): Quantity | undefined {
    // A day the statement gives is weighed against the day a weekday of the passage points at too.
    const withWeekdays = figure.kind === 'date' && !!figure.date?.day;
    let rivals = this.rivals.get(withWeekdays);
    if (!rivals) {
      const theirs = withWeekdays ? [...this.written, ...weekdayDates(this.corpus.getDocument(this.p.docId), this.p.text)] : this.written;
      const tokens = passageProfile(this.p).tokens;
      // What a rival needs of itself, whatever the statement's figure.
      const candidates = theirs.filter((q) => !this.accountedFor(q) && datesTheSame(q, this.p.text, this.norms));
      rivals = new Rivals(candidates, this.p.text, (q) => wordsAround(tokens, q, FIGURE_CONTEXT), (q) => setsTheScene(q, this.p.text));
      this.rivals.set(withWeekdays, rivals);
    }
    const rival = rivals.first(figure, this.text, mine, setsScene, closeCopy);
    // (A part of a figure that agrees is no rival: the "six" of "six years and six months" for
    // "six and a half years".)
    if (rival && this.written.some((w) => w !== rival && w.start <= rival.start && rival.end <= w.end && sameQuantity(w, figure))) return undefined;
    return rival;
  }
}

/**
 * What decides whether two figures are of the same sort (comparable, of the same unit shape,
 * counting the same thing): its kind, unit and the word after it. Figures alike in these are
 * rivals of the same figures.
 */
function sortOf(q: Quantity, text: string): string {
  return [q.kind, q.unit ?? '', q.unit === undefined, countedAfter(text, q.end) ?? '\u0001'].join('\u0000');
}

/**
 * A passage's candidate rivals, in order, filed by sort and by the words around them: for each
 * word, the first candidate of each sort with the word near it.
 */
class Rivals {
  private readonly sorts: string[] = [];
  /** Of each sort, its first candidate: the one its sameness is decided on. */
  private readonly sample = new Map<string, Quantity>();
  /** Per word, the first place of each sort with the word near it, in order of place. */
  private readonly byWord = new Map<string, number[]>();
  private readonly scenes: number[] = [];
  /** Whether a statement figure's sort and a candidate's are the same sort. */
  private readonly alike = new Map<string, boolean>();
  /** The first place for a statement figure's sort and one of its words. */
  private readonly firstFor = new Map<string, number>();
  /** Per word just before a figure ("until 3 p.m."), the first place of each sort it stands before. */
  private readonly byBefore = new Map<string, number[]>();
  private readonly near: Set<string>[] = [];

  constructor(private readonly candidates: Quantity[], private readonly text: string, around: (q: Quantity) => Set<string>, setsScene: (q: Quantity) => boolean) {
    const seen = new Set<string>();
    candidates.forEach((q, i) => {
      const sort = sortOf(q, text);
      this.sorts.push(sort);
      if (!this.sample.has(sort)) this.sample.set(sort, q);
      const words = around(q);
      this.near.push(words);
      const before = wordBefore(text, q);
      if (before && !seen.has(`\u0003${before}\u0000${sort}`)) {
        seen.add(`\u0003${before}\u0000${sort}`);
        let places = this.byBefore.get(before);
        if (!places) this.byBefore.set(before, (places = []));
        places.push(i);
      }
      for (const w of words) {
        const key = `${w}\u0000${sort}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let places = this.byWord.get(w);
        if (!places) this.byWord.set(w, (places = []));
        places.push(i);
      }
      if (setsScene(q) && !seen.has(`\u0001${sort}`)) {
        seen.add(`\u0001${sort}`);
        this.scenes.push(i);
      }
    });
  }

  /** The first candidate of the figure's sort with one of `mine` near it, or, for a figure setting the scene, that sets it too. */
  first(figure: Quantity, statement: string, mine: Set<string>, setsScene: boolean, closeCopy = false): Quantity | undefined {
    const sort = sortOf(figure, statement);
    // The first place under a key that is of the figure's sort, or -1; kept per key.
    const firstOf = (key: string, places: number[] | undefined): number => {
      if (!places) return -1;
      let at = this.firstFor.get(key);
      if (at === undefined) {
        at = places.find((i) => this.sameSort(figure, statement, sort, i)) ?? -1;
        this.firstFor.set(key, at);
      }
      return at;
    };
    let best = Infinity;
    const consider = (key: string, places: number[] | undefined): void => {
      const at = firstOf(key, places);
      if (at >= 0 && at < best) best = at;
    };
    for (const w of mine) consider(`${sort}\u0000${w}`, this.byWord.get(w));
    if (setsScene) consider(`${sort}\u0001`, this.scenes);
    const before = wordBefore(statement, figure);
    // A passage the statement copies but for the figure ("sold ... for about 35 euros" against
    // "sold for about 53 euros"): the figure after the same word is in its place, whatever words
    // stand near it.
    if (best === Infinity && closeCopy && before) consider(`${sort}\u0003${before}`, this.byBefore.get(before));
    if (best === Infinity) return undefined;
    // Of the rivals, the one after the same word as the statement's figure ("until 5 p.m."
    // against "from 7 a.m. until about 3 p.m."): what the fix and the message should give.
    if (before) {
      const at = firstOf(`${sort}\u0003${before}`, this.byBefore.get(before));
      if (at >= 0 && [...mine].some((w) => this.near[at]!.has(w))) return this.candidates[at];
    }
    // Or the one that counts the same thing ("nine points" for "six points", not "an unbeaten 71"
    // a clause before).
    const counted = countedAfter(statement, figure.end);
    if (counted && !STOPWORDS.has(counted)) {
      const at = this.candidates.findIndex((q, i) => i >= best && i < best + SAME_COUNT_READ && countedAfter(this.text, q.end) === counted && this.sameSort(figure, statement, sort, i) && [...mine].some((w) => this.near[i]!.has(w)));
      if (at >= 0) return this.candidates[at];
    }
    return this.candidates[best];
  }

  private sameSort(figure: Quantity, statement: string, sort: string, i: number): boolean {
    const key = `${sort}\u0002${this.sorts[i]}`;
    let known = this.alike.get(key);
    if (known === undefined) {
      const q = this.sample.get(this.sorts[i]!)!;
      known = comparable(figure, q) && sameUnitShape(figure, statement, q, this.text) && sameThingCounted(figure, statement, q, this.text);
      this.alike.set(key, known);
    }
    return known;
  }
}

// Words that make a figure approximate stand between it and the word that places it.
const WORD_BEFORE = /([\p{L}]+)\s+(?:(?:about|around|approximately|roughly|nearly|almost|some)\s+)?[$€£¥]?$/iu;

/** The word just before a figure, past a word that makes it approximate ("until about 3 p.m." -> "until"). */
function wordBefore(text: string, q: Quantity): string | undefined {
  return WORD_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start))?.[1]?.toLowerCase();
}

// "In 2025, ...": a time opening its sentence dates all the sentence says.
const SCENE_BEFORE = /[.!?]["'”’)]?\s+(?:In|On|By|Since|As of)\s+$/;

/**
 * Whether a time opens its sentence ("In 2025, the Trump administration ..."): two such times
 * date the same thing, the sentence, whatever its other words.
 */
function setsTheScene(q: Quantity, text: string): boolean {
  const from = Math.max(0, q.start - 12);
  // The text's own start is a sentence's start.
  return (q.kind === 'year' || q.kind === 'date') && SCENE_BEFORE.test(`${from === 0 ? '. ' : ''}${text.slice(from, q.start)}`) && /^\s*,/.test(text.slice(q.end, q.end + 2));
}

// A year written before a noun, after an article or an owner: "a 2012 environmental impact
// assessment", "Warner Bros.' 2020 film".
const BEFORE_ATTRIBUTIVE_YEAR = /(?:\b(?:a|an|the|its|his|her|their|our|this|that)|['’]s?)\s+$/i;

const NOUN_RUN = /^\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * Whether a passage's year can date what the statement dates: a year that names one thing of
 * the passage ("a 2012 environmental impact assessment") dates that thing, so it is a rival only
 * where the statement speaks of the thing too ("the assessment of 2013"), not of another event
 * ("In June 2018, the FAA announced a review").
 */
function datesTheSame(q: Quantity, passageText: string, statementNorms: Set<string>): boolean {
  if (q.kind !== 'year') return true;
  if (!BEFORE_ATTRIBUTIVE_YEAR.test(passageText.slice(Math.max(0, q.start - 12), q.start))) return true;
  const run = NOUN_RUN.exec(passageText.slice(q.end, q.end + 80))?.[1]?.split(/\s+/) ?? [];
  // The noun the year goes with: the last word before a function word ends the run.
  const stop = run.findIndex((w) => STOPWORDS.has(w.toLowerCase()));
  const head = (stop < 0 ? run : run.slice(0, stop)).at(-1);
  return !head || statementNorms.has(normalizeWord(head));
}

/** Content words within this many words of a figure: what the figure is a figure of. */
const FIGURE_CONTEXT = 8;
// How much of the statement a passage must cover to be its copy, but for a figure.
const CLOSE_COPY = 0.6;
// How much of a statement one passage must cover for the statement to copy it but for a figure.
const SAME_BUT_FIGURE = 0.8;

/** The index of the first token ending after `at`, by bisection (tokens in text order). */
function firstEndingAfter(tokens: readonly { end: number }[], at: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i]!.end > at);
}

function wordsAround(tokens: readonly { text: string; norm: string; start: number; end: number }[], span: Span, reach: number): Set<string> {
  // A statement may give thousands of figures: the first token is found by bisection.
  const first = firstEndingAfter(tokens, span.start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < span.end) last++;
  const out = new Set<string>();
  for (let i = Math.max(0, first - reach); i < Math.min(tokens.length, last + reach); i++) {
    if (i >= first && i < last) continue;
    const { text, norm } = tokens[i]!;
    if (!STOPWORDS.has(text.toLowerCase()) && !STOPWORDS.has(norm) && !/^\d/.test(norm)) out.add(norm);
  }
  return out;
}

/**
 * The words right after the figures ("three years"): what they count. A year counts nothing: the
 * word after it ("the 2021 paper") says what the statement speaks of.
 */
function countedWords(tokens: readonly { norm: string; start: number; end: number }[], figures: readonly Quantity[]): string[] {
  const out: string[] = [];
  // Both in text order: one walk over each.
  let i = 0;
  for (const q of figures.filter((f) => f.kind !== 'year').sort((a, b) => a.end - b.end)) {
    while (i < tokens.length && tokens[i]!.start < q.end) i++;
    const t = tokens[i];
    if (t && t.start - q.end <= 1 && !/\d/.test(t.norm)) out.push(t.norm);
  }
  return out;
}

/** Whether the sentence of the passage's figure `q` has one of the words. */
function sentenceShares(words: Set<string>, tokens: readonly { norm: string; start: number; end: number }[], text: string, q: Span): boolean {
  const from = sentenceStart(text, q.start);
  const to = sentenceEnd(text, q.end);
  // Only the sentence's tokens are read: a passage may be a run of thousands of words. The word
  // the figure counts ("six years") is the figure's own: "Prosecutors had asked for six years"
  // shares nothing else with "Vautrin was sentenced to six years in prison".
  let counted = true;
  for (let i = firstEndingAfter(tokens, from); i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    if (t.start >= q.end && counted) {
      counted = false;
      if (t.start - q.end <= 1) continue;
    }
    if (t.start >= from && t.end <= to && (t.end <= q.start || t.start >= q.end) && words.has(t.norm)) return true;
  }
  return false;
}

// A sentence ends at a full stop, a question or an exclamation mark (and any closing quote or
// bracket) before white space and a capital letter, a digit or an opening quote.
const SENTENCE_BREAK = '[.!?]["\'”’)\\]]*\\s+(?=[\\p{Lu}\\d"“‘\'])';
const BREAKS = new RegExp(SENTENCE_BREAK, 'gu');
const FIRST_BREAK = new RegExp(SENTENCE_BREAK, 'u');
// How far a figure's sentence is looked for: its words of interest lie within FIGURE_CONTEXT words.
const SENTENCE_REACH = 600;

function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  let start = from;
  for (const m of text.slice(from, at).matchAll(BREAKS)) start = from + m.index + m[0].length;
  return start;
}

function sentenceEnd(text: string, at: number): number {
  const m = FIRST_BREAK.exec(text.slice(at, at + SENTENCE_REACH));
  return m ? at + m.index + 1 : text.length;
}

// The word a count counts: "20 kg", "five Chinese restaurants" (the first word after the figure).
const COUNTED = /^\s+([\p{L}][\p{L}\p{N}'’-]*)/u;

/**
 * The word a figure counts, lower-cased; a possessive's apostrophe is no part of it: "two years'
 * service" counts years as "two years" does, "a year's notice" a year.
 */
function countedAfter(text: string, end: number): string | undefined {
  return COUNTED.exec(text.slice(end, end + 40))?.[1]?.toLowerCase().replace(/['’]s?$/, '');
}

/**
 * Whether two plain numbers can count the same thing: "20 kg of shark fin" does not count what
 * "five Chinese restaurants" does. Each is read by the word after it; they count the same thing
 * unless both have one, and the words are neither one word nor related in WordNet ("nations",
 * "countries"). A measure and a count never are.
 */
function sameThingCounted(a: Quantity, aText: string, b: Quantity, bText: string): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.unit || b.unit) return true;
  const wordAfter = (q: Quantity, text: string): string | undefined => countedNoun(text, q.end);
  const x = spelledOut(wordAfter(a, aText));
  const y = spelledOut(wordAfter(b, bText));
  if (!x || !y) return true;
  const measure = (w: string): boolean => MEASURES.has(w);
  if (measure(x) !== measure(y)) return false;
  // Two units are two things ("months" and "years"), whatever their words share.
  // And a length of time told of another side of a thing: "three years late" is no "three years
  // after".
  if (measure(x)) return x.replace(/s$/, '') === y.replace(/s$/, '') && sameSideOfTime(aText, a.end, bText, b.end);
  // So are two ways of keeping score ("six points" and "six wickets"), close as their vectors sit.
  if (TALLIES.has(x) && TALLIES.has(y)) return x.replace(/s$/, '') === y.replace(/s$/, '');
  if (sameOrRelated(x, y)) return true;
  // Newsroom words WordNet does not relate ("nods" for "nominations") sit close in vector space;
  // things apart ("kg", "restaurants") do not.
  return (similarity(x, y) ?? 1) >= OTHER_THING;
}

// The words right after a figure, up to three.
const COUNTED_WORDS = /^\s+([\p{L}][\p{L}\p{N}'’-]*)(?:\s+([\p{L}][\p{L}\p{N}'’-]*))?(?:\s+([\p{L}][\p{L}\p{N}'’-]*))?/u;

/**
 * What a figure counts: the first noun of the words right after it, over words that are none
 * ("three serious collisions"), lower-cased; none where no noun follows: "Of the 44 drivers
 * trained, 38 responded" counts the drivers the clause before names, and "Brickwork at Lock 8
 * completed" counts nothing. (A word WordNet does not know, "tCO2e", may be what is counted.)
 */
function countedNoun(text: string, end: number): string | undefined {
  const m = COUNTED_WORDS.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  for (const word of m.slice(1)) {
    const w = word?.toLowerCase().replace(/['’]s?$/, '');
    if (!w || STOPWORDS.has(w) || PHRASE_ENDS.has(w)) return undefined;
    if (isNoun(w) || !lemmas(w).length) return w;
  }
  return undefined;
}

// What a length of time says of a thing, after its unit: "two years late", "three years after".
const TIME_SIDE = /^\s+[\p{L}-]+\s+(late|early|old|ago|after|before|later|earlier|behind|ahead|longer|shorter|overdue)\b/iu;

/** Whether two lengths of time say the same of their things, where both say something ("late", "after"). */
function sameSideOfTime(aText: string, aEnd: number, bText: string, bEnd: number): boolean {
  const x = TIME_SIDE.exec(aText.slice(aEnd, aEnd + 40))?.[1]?.toLowerCase();
  const y = TIME_SIDE.exec(bText.slice(bEnd, bEnd + 40))?.[1]?.toLowerCase();
  return !x || !y || x === y;
}

// Units written as symbols, by the measure they stand for: an emissions report's "2,410 tCO2e" is
// 2,410 tonnes (of carbon dioxide equivalent).
const UNIT_SYMBOLS = new Map([['tco2e', 'tonnes'], ['tco2', 'tonnes'], ['tco2eq', 'tonnes'], ['tonne', 'tonnes'], ['ton', 'tons']]);

function spelledOut(word: string | undefined): string | undefined {
  return word === undefined ? undefined : UNIT_SYMBOLS.get(word.toLowerCase()) ?? word;
}

// How many rivals after the first are read for one that counts what the statement's figure counts.
const SAME_COUNT_READ = 8;

// What a match, a race or a vote is scored in.
const TALLIES = new Set(['point', 'points', 'wicket', 'wickets', 'run', 'runs', 'goal', 'goals', 'try', 'tries', 'over', 'overs', 'ball', 'balls', 'set', 'sets', 'game', 'games', 'match', 'matches', 'frame', 'frames', 'lap', 'laps', 'stroke', 'strokes', 'shot', 'shots', 'seat', 'seats', 'vote', 'votes', 'round', 'rounds', 'medal', 'medals', 'win', 'wins', 'place', 'places', 'length', 'lengths']);

// Word-vector similarity below which two counted words are surely other things ("residents" and
// "structures" stand at 0.32; "women" and "partners" at 0.38, "nods" and "nominations" at 0.69).
const OTHER_THING = 0.35;

const MEASURES = new Set(['kg', 'kilograms', 'kilogram', 'g', 'grams', 'tonnes', 'tons', 'pounds', 'lb', 'lbs', 'ounces', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'm', 'feet', 'ft', 'inches', 'cm', 'mm', 'litres', 'liters', 'gallons', 'barrels', 'hectares', 'acres', 'degrees', 'mph', 'kph', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years']);

/**
 * The source's figure as the statement writes its own, for a fix to put in its place: "180"
 * for the "90" of "90 days" where the source has "a 180-day ultimatum", "180-day" for "90-day".
 */
function inShapeOf(source: Quantity, draft: Quantity): Quantity {
  if (source.kind !== 'number' || draft.kind !== 'number' || !source.unit === !draft.unit || source.unit === 'ordinal' || draft.unit === 'ordinal') return source;
  const text = source.unit ? source.text.replace(/-\p{L}+$/u, '') : `${source.text}-${draft.unit}`;
  return { ...source, text };
}

// "twice as many", "three times the", "a 2.5-fold rise": how many times one thing is another.
const TIMES_AFTER = /^(?:\s*-?\s*fold\b|\s+times\b)/i;
const MULTIPLIER = /^(?:twice|thrice)$/i;
const AS_MANY = /^\s+(?:as|the|that|its|their|his|her|what)\b/i;

/** Whether a figure says how many times one thing is another, not how many there are. */
function timesOver(q: Quantity, text: string): boolean {
  const after = text.slice(q.end, q.end + 12);
  return TIMES_AFTER.test(after) || (MULTIPLIER.test(q.text) && AS_MANY.test(after));
}

/**
 * "15-year-old" is no rival for "22": a figure with a unit against one without is another thing,
 * unless the unit is the word after it ("a 180-day ultimatum" and "90 days").
 */
function sameUnitShape(a: Quantity, aText: string, b: Quantity, bText: string): boolean {
  // "twice as many assigned to the drug" is no count to weigh against "Phase 3".
  if (timesOver(a, aText) !== timesOver(b, bText)) return false;
  if (a.kind !== 'number' || b.kind !== 'number' || !a.unit === !b.unit) return true;
  const [unit, bare, text] = a.unit ? [a.unit, b, bText] : [b.unit!, a, aText];
  const after = countedAfter(text, bare.end);
  return after === unit || after === `${unit}s`;
}

// "raised the threshold from a heat index of 90°F to 95°F": the figure after "from" is what it
// was, the one after "to" what it is.
const FROM_BEFORE = /\bfrom\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
// (Its unit may stand between: "90°F to 95°F", "5 percent to 7 percent".)
const TO_BETWEEN = /^[°%]?[\p{L}'’-]*\s*to\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
// What moves a date: "postponed from 3 March to 10 March", "the deadline was extended from 2025 to 2027".
const DATE_MOVED = /\b(?:mov(?:e|ed|es|ing)|postpon\w*|delay\w*|push\w*|brought|bring\w*|chang\w*|reschedul\w*|shift\w*|extend\w*|put\s+off|defer\w*|advanc\w*)\b/iu;
// How many of a statement's figures are weighed (and ten times as many of a passage's).
const MOST_FIGURES = 20;
// How far before a figure its "from" may stand, and how far after it the figure after "to".
const FROM_REACH = 48;
const TO_REACH = 40;
// How many words after a figure say when it held ("65% in the first cycle", "at baseline").
const WHEN_WORDS = 4;
// How far after a figure those words are looked for, in characters.
const WHEN_REACH = 160;

/**
 * Whether the statement has a content word of the few after the passage's figure, in its clause:
 * "In the first cycle, ... 65%" tells the figure as the passage's "up from 65% in the first
 * cycle" does, of its own time.
 */
function toldWhen(statement: string, passage: string, q: Quantity, newer: Quantity): boolean {
  const wordsAfter = (at: Quantity): string[] => tokenizeCached(passage.slice(at.end, Math.min(clauseEnd(passage, at.end), at.end + WHEN_REACH))).slice(0, WHEN_WORDS).map((t) => t.norm);
  // (Not what both count: "at least 48 hours in advance, up from 24 hours at present".)
  const counted = new Set(wordsAfter(newer));
  const words = wordsAfter(q).filter((w) => !STOPWORDS.has(w) && !counted.has(w));
  return words.length > 0 && tokenizeCached(statement).some((t) => words.includes(t.norm));
}

// Between a new figure and the one it rose or fell from: "48 hours in advance, up from 24".
const UP_FROM = /^[^.;:]*,\s*(?:up|down)\s+from\s+$/iu;
// A statement that tells the figure as it was, or as it is before the change: "from 90°F",
// "previously", "had been", "originally", "currently", "at present".
const AS_IT_WAS = /\b(?:from|previous(?:ly)?|original(?:ly)?|former(?:ly)?|earlier|before|had\s+been|used\s+to|until|currently|presently|at\s+present|at\s+the\s+moment)\b/i;

// Currencies written as a sign or a word: "$1.1 million" and "1.1 million dollars" are one unit.
const CURRENCY_UNITS: Record<string, string> = { '$': 'dollar', 'us$': 'dollar', usd: 'dollar', dollar: 'dollar', dollars: 'dollar', '€': 'euro', eur: 'euro', euro: 'euro', euros: 'euro', '£': 'pound', gbp: 'pound', '¥': 'yen', yen: 'yen' };

/** A figure's unit as a comparison sees it: a currency whatever way it is written. */
function unitKey(q: Quantity): string | undefined {
  const unit = q.unit?.toLowerCase();
  return unit === undefined ? undefined : CURRENCY_UNITS[unit] ?? unit;
}

// A weekday with the date it falls on: "Monday, 2 September 2025", "on Tuesday, Sept. 2".
const WEEKDAY_OF = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+(?:the\s+)?(?=\d|[A-Z][a-z]{2})/gu;

type WeekdayOf = { weekday: string; start: number; date: Quantity };

// A document's weekdays with their dates, read once however many statements give one.
const documentWeekdays = new WeakMap<SourceDocument, WeekdayOf[]>();

/** The weekdays a text gives a date, each with that date (day and month written). */
function weekdaysOf(text: string): WeekdayOf[] {
  const out: WeekdayOf[] = [];
  for (const m of text.matchAll(WEEKDAY_OF)) {
    const at = m.index + m[0].length;
    const [date] = findQuantities(text.slice(at, at + 30));
    if (date?.kind === 'date' && date.start === 0 && date.date?.day) out.push({ weekday: m[1]!, start: m.index, date });
  }
  return out;
}

/**
 * A date given another weekday than the source gives it: "The outage took place on Monday, 2
 * September 2025" where the review says "On Tuesday, 2 September 2025". The source's sentence
 * that gives the date with its weekday may be another than the statement aligns with (a title
 * gives the date alone): the aligned documents are read for it.
 */
export function otherWeekday(corpus: Corpus, text: string, alignments: Alignment[]): Mismatch | undefined {
  const mine = weekdaysOf(text);
  if (!mine.length) return undefined;
  const best = alignments[0];
  if (!best) return undefined;
  const docIds = [...new Set(alignments.slice(0, 5).flatMap((a) => a.passages.map((p) => p.docId)))];
  for (const docId of docIds) {
    const doc = corpus.getDocument(docId);
    if (!doc) continue;
    let theirs = documentWeekdays.get(doc);
    if (!theirs) documentWeekdays.set(doc, (theirs = /day\b/.test(doc.text) ? weekdaysOf(doc.text) : []));
    for (const m of mine) {
      const same = theirs.filter((t) => sameQuantity(m.date, t.date));
      // Only where the source gives the date one weekday, and another than the statement's.
      if (!same.length || same.some((t) => t.weekday === m.weekday) || new Set(same.map((t) => t.weekday)).size > 1) continue;
      const passage = corpus.passagesOf(docId).find((p) => p.span.start <= same[0]!.start && same[0]!.start < p.span.end);
      if (!passage) continue;
      const draft: Quantity = { start: m.start, end: m.start + m.weekday.length, text: m.weekday, kind: 'date', value: m.date.value, date: m.date.date };
      const source: Quantity = { ...draft, text: same[0]!.weekday };
      return { draft, source, said: same[0]!.weekday, passage, coverage: best.coverage };
    }
  }
  return undefined;
}

// A weekday named, capitalised (and its plural, "Fridays"): the first one a statement gives, and
// every one (to MOST_WEEKDAY_MENTIONS) of a document.
const WEEKDAY_NAMED = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)s?\b/u;
const WEEKDAYS_NAMED = new RegExp(WEEKDAY_NAMED.source, 'gu');
// A weekday in a passage, as a word of its own.
const WEEKDAY_IN = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/u;
// A document names few weekdays; a hostile one of thousands is read for its first ones.
const MOST_WEEKDAY_MENTIONS = 200;

/** The weekdays a document names, where, and (read when first asked) those its dates and publication day fall on. */
interface WeekdaysSaid {
  named: Set<string>;
  mentions: { weekday: string; start: number }[];
  dated?: Set<string>;
}

const weekdaysSaid = new WeakMap<SourceDocument, WeekdaysSaid>();

function weekdaysIn(doc: SourceDocument): WeekdaysSaid {
  let known = weekdaysSaid.get(doc);
  if (!known) {
    const mentions: { weekday: string; start: number }[] = [];
    if (/day\b/.test(doc.text)) {
      for (const m of doc.text.matchAll(WEEKDAYS_NAMED)) if (mentions.push({ weekday: m[1]!, start: m.index }) >= MOST_WEEKDAY_MENTIONS) break;
    }
    weekdaysSaid.set(doc, (known = { named: new Set(mentions.map((m) => m.weekday.toLowerCase())), mentions }));
  }
  return known;
}

/** The weekdays the document's dates fall on, and its publication day and the days either side ("yesterday", "tomorrow"). */
function datedWeekdays(doc: SourceDocument, said: WeekdaysSaid): Set<string> {
  if (said.dated) return said.dated;
  const out = new Set<string>();
  const published = publishedDay(doc);
  if (published) for (const step of [-1, 0, 1]) out.add(WEEKDAYS[new Date(published.getTime() + step * DAY_MS).getUTCDay()]!);
  for (const q of findQuantities(doc.text)) {
    const year = q.date?.year ?? published?.getUTCFullYear();
    if (q.kind !== 'date' || !q.date?.month || !q.date.day || !year) continue;
    out.add(WEEKDAYS[new Date(Date.UTC(year, q.date.month - 1, q.date.day)).getUTCDay()]!);
  }
  return (said.dated = out);
}

/**
 * A weekday the statement gives that its document never names nor dates, where the document
 * names another: "The jury delivered its verdict on Thursday" where the article says "A jury ...
 * on Friday found". The sentence that names a weekday and shares most of the statement's words is
 * the one to quote. (The statement's first weekday is the one weighed.)
 */
export function unnamedWeekday(corpus: Corpus, text: string, alignments: Alignment[]): Mismatch | undefined {
  const best = alignments[0];
  if (!best || best.coverage < 0.5) return undefined;
  const m = WEEKDAY_NAMED.exec(text);
  if (!m) return undefined;
  // A weekday of the aligned passages themselves is the opposite-word check's ("Friday" where the
  // passage says "on Thursday"): this reads the rest of the document.
  if (best.passages.some((p) => WEEKDAY_IN.test(p.text))) return undefined;
  const doc = corpus.getDocument(best.passages[0]!.docId);
  if (!doc) return undefined;
  const said = weekdaysIn(doc);
  const weekday = m[1]!.toLowerCase();
  if (!said.mentions.length || said.named.has(weekday) || datedWeekdays(doc, said).has(weekday)) return undefined;
  const mine = new Set(tokenizeCached(text).filter((t) => !STOPWORDS.has(t.norm) && !WEEKDAYS.includes(t.norm)).map((t) => t.norm));
  let rival: { weekday: string; passage: Passage; shared: number } | undefined;
  // Mentions and passages both in text order: one pass over each.
  const passages = corpus.passagesOf(doc.id);
  let k = 0;
  for (const mention of said.mentions) {
    while (k < passages.length && passages[k]!.span.end <= mention.start) k++;
    const passage = passages[k];
    if (!passage || passage.span.start > mention.start) continue;
    let shared = 0;
    for (const t of passageProfile(passage).terms) if (mine.has(t)) shared++;
    if (shared > (rival?.shared ?? 0)) rival = { weekday: mention.weekday, passage, shared };
  }
  if (!rival) return undefined;
  const draft: Quantity = { start: m.index, end: m.index + m[1]!.length, text: m[1]!, kind: 'date', value: 0 };
  return { draft, source: { ...draft, text: rival.weekday }, said: rival.weekday, passage: rival.passage, coverage: best.coverage };
}

/**
 * A figure the aligned passages give only as what something was before it changed: "paid rest
 * breaks kick in at a heat index of 90°F" where the passage says the amendment "raised the
 * threshold from a heat index of 90°F to 95°F". The figure after "to" is the one to write. A
 * statement that says it is the old figure ("previously", "from"), or a passage that also gives
 * the figure as it is, is no conflict.
 */
export function supersededFigure(text: string, figures: Quantity[], alignments: Alignment[]): Mismatch | undefined {
  const best = alignments[0];
  if (!best || !figures.length || AS_IT_WAS.test(text)) return undefined;
  // (Of the best-aligned document: another's "within 24 hours" is no word on this one's.)
  const docId = best.passages[0]!.docId;
  const looked = new Set(alignments.slice(0, 5).flatMap((a) => a.passages).filter((p) => p.docId === docId));
  // A sentence gives few figures; a hostile one of thousands is read for its first ones.
  for (const figure of figures.slice(0, MOST_FIGURES)) {
    let was: Mismatch | undefined;
    let given = false;
    for (const p of looked) {
      const qs = passageProfile(p).quantities.slice(0, MOST_FIGURES * 10);
      for (let i = 0; i < qs.length && !given; i++) {
        const q = qs[i]!;
        if (!sameQuantity(figure, q)) continue;
        // The figure the passage's rose or fell from, after the new one: "at least 48 hours in
        // advance, up from 24 hours at present". (A statement that gives both tells the change:
        // "41 reports since April, compared with 29 in the same period last year".)
        const prev = qs[i - 1];
        if (prev && !figures.some((f) => sameQuantity(f, prev)) && !toldWhen(text, p.text, q, prev) && figure.kind !== 'date' && figure.kind !== 'year' && comparable(prev, figure) && sortIn(prev, p.text) === sortIn(q, p.text) && q.start - prev.end <= FROM_REACH && UP_FROM.test(p.text.slice(prev.end, q.start))) {
          was ??= { draft: figure, source: prev, said: `"${p.text.slice(prev.start, q.end)}"`, passage: p, coverage: best.coverage };
          continue;
        }
        const next = qs[i + 1];
        const lead = Math.max(0, q.start - FROM_REACH);
        const from = FROM_BEFORE.exec(p.text.slice(lead, q.start));
        const changed = from && next && comparable(next, figure) && next.unit === q.unit
          && next.start - q.end <= TO_REACH && TO_BETWEEN.test(p.text.slice(q.end, next.start))
          // Dates and times of day from one to another are a span ("runs from 25 October to 8
          // March", "from 6 a.m. to 9 p.m."), unless moved.
          && (figure.kind !== 'date' && figure.kind !== 'year' && figure.unit !== 'time' || DATE_MOVED.test(p.text.slice(Math.max(0, lead - FROM_REACH), q.start)));
        // (A range the statement gives both ends of, "between 15% and 100%", or one the passage says
        // things range over, "ranging from 15% to 100%", is no change from one to the other.)
        if (!changed || figures.some((f) => sameQuantity(f, next)) || RANGING.test(p.text.slice(Math.max(0, lead + from.index - 12), lead + from.index))) {
          given = true;
          continue;
        }
        // Said from "from" to the new figure and its sign: "from a heat index of 90°F to 95°F".
        const end = next.end + (/^(?:°[CF]|%)/.exec(p.text.slice(next.end))?.[0].length ?? 0);
        was ??= { draft: figure, source: next, said: `"${p.text.slice(lead + from.index, end)}"`, passage: p, coverage: best.coverage };
      }
      if (given) break;
    }
    if (was && !given) return was;
  }
  return undefined;
}

// Things that range over figures: "ranging from 15% to 100%", "varying from".
const RANGING = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+$/iu;

// "33 of the 40 patients", "nine out of 12": a part of a whole the statement counts.
const PART_OF_WHOLE = /^\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+)?$/i;
// A sentence that counts a part of the whole the sentence before gave: "Of these, 31 were
// screened", "Among them, 12 ...", "Of the 40, 31 ...".
const OF_THESE = /^\s*(?:Of|Among)\s+(?:these|them|those|this\s+group|the\s+[\d,]+)\b[^.;:]{0,12}?,?\s*$/iu;
// How many words after each part are read for what it is said to be or do.
const PART_WORDS = 6;

/**
 * A part of a whole told as another figure: "Only 33 of the 40 patients ... were screened within
 * an hour" where the source gives the 40 and then "Of these, 31 were screened within one hour".
 * The statement's part and the passage's follow the same whole, and the words after each share a
 * word (what the part did); the statement's part is not given there.
 */
export function partOfWhole(corpus: Corpus, text: string, figures: readonly Quantity[], alignments: readonly Alignment[]): Mismatch | undefined {
  const numbers = figures.filter((q) => q.kind === 'number');
  const tokens = tokenizeCached(text);
  for (let i = 0; i + 1 < numbers.length && i < MOST_FIGURES; i++) {
    const part = numbers[i]!;
    const whole = numbers[i + 1]!;
    if (!PART_OF_WHOLE.test(text.slice(part.end, whole.start)) || whole.value <= part.value) continue;
    const after = contentAfter(tokens, whole.end, PART_WORDS * 2);
    for (const { passages, coverage } of alignments.slice(0, 5)) {
      if (coverage < 0.5) continue;
      for (const p of passages) {
        if (!passageProfile(p).quantities.some((q) => q.kind === 'number' && q.value === whole.value)) continue;
        const next = corpus.passageBeside(p, 1);
        if (!next) continue;
        const rival = passageProfile(next).quantities.find((q) => q.kind === 'number' && OF_THESE.test(next.text.slice(0, q.start)));
        if (!rival || rival.value === part.value || rival.value >= whole.value) continue;
        if (passageProfile(next).quantities.some((q) => q.value === part.value)) continue;
        const theirs = contentAfter(passageProfile(next).tokens, rival.end, PART_WORDS);
        if (![...theirs].some((w) => after.has(w))) continue;
        return { draft: part, source: rival, said: next.text.slice(rival.start, rival.end), passage: next, coverage };
      }
    }
  }
  return undefined;
}

/** The content words of the `count` tokens after `at`. */
function contentAfter(tokens: readonly Token[], at: number, count: number): Set<string> {
  const out = new Set<string>();
  let k = firstEndingAfter(tokens, at);
  for (let n = 0; k < tokens.length && n < count; k++, n++) {
    const t = tokens[k]!;
    if (!STOPWORDS.has(t.text.toLowerCase()) && !STOPWORDS.has(t.norm) && !/^\d/.test(t.norm)) out.add(t.norm);
  }
  return out;
}
