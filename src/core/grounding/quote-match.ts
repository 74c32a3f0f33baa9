import type { Corpus } from '../index/corpus.js';
import type { SourceDocument, SourceQuote, Span } from '../model.js';
import { foldForComparison } from '../text/fold.js';
import { findQuantities, sameQuantity } from '../text/numbers.js';
import { NEGATIONS, nextWordStart, normalizeWord, wordEnd } from '../text/tokens.js';

/** A word of a quote or a source paragraph, compared typographically-insensitively. */
interface QWord {
  key: string;
  start: number;
  end: number;
}

// The words of the word pattern (tokens.ts): marks and invisible characters stay inside a word
// ("é" written as e + U+0301, "no\u200Bt"). Found by its scanner, not a regular expression: the
// expression's Unicode classes cost a first check milliseconds to compile.
function wordsOf(text: string, base = 0): QWord[] {
  const out: QWord[] = [];
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start);
    const word = foldForComparison(text.slice(start, end));
    out.push({ key: word.includes('’') ? word.replace(/’/g, "'") : word, start: base + start, end: base + end });
    start = nextWordStart(text, end);
  }
  return out;
}

// Source paragraphs are read word by word for every quote whose rare words they hold: their
// words are kept per document, by paragraph span.
const paragraphWords = new WeakMap<SourceDocument, Map<string, QWord[]>>();
const lowerKeys = new WeakMap<QWord[], string[]>();

function wordsOfParagraph(doc: SourceDocument, span: Span): QWord[] {
  let byStart = paragraphWords.get(doc);
  if (!byStart) paragraphWords.set(doc, (byStart = new Map()));
  const key = `${span.start}:${span.end}`;
  let words = byStart.get(key);
  if (!words) byStart.set(key, (words = wordsOf(doc.text.slice(span.start, span.end), span.start)));
  return words;
}

function lowerKeysOf(words: QWord[]): string[] {
  let lower = lowerKeys.get(words);
  if (!lower) lowerKeys.set(words, (lower = words.map((w) => w.key.toLowerCase())));
  return lower;
}

/** A piece of a draft quote: words that must appear verbatim, or a gap (with its text as written). */
type Piece = { words: string[] } | { gap: 'elision' | 'insertion'; text: string };

/** Source words a gap of the quote stands for: words [from, to) of the paragraph. */
interface GapMatch {
  gap: 'elision' | 'insertion';
  text: string;
  from: number;
  to: number;
}

/**
 * Splits a draft quote into verbatim runs separated by `...`/`…` elisions and `[bracketed]`
 * editorial insertions. Case may differ only at the very start.
 */
function piecesOf(quote: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /(\.\s?\.\s?\.|…)|\[[^\]]{0,200}\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const pushWords = (text: string): void => {
    const words = wordsOf(text).map((w) => w.key);
    if (words.length) pieces.push({ words });
  };
  while ((m = re.exec(quote))) {
    pushWords(quote.slice(last, m.index));
    // `[…]` and `[...]` mark an elision, as `…` does.
    const elision = m[1] !== undefined || /^\[[\s.…]*\]$/.test(m[0]);
    pieces.push({ gap: elision ? 'elision' : 'insertion', text: m[0] });
    last = m.index + m[0].length;
  }
  pushWords(quote.slice(last));
  return pieces;
}

export interface QuoteLocation {
  docId: string;
  /** Span in the source document covering the matched words. */
  span: Span;
  /** The source quotation that holds the match, when the source marks it as a quote. */
  sourceQuote?: SourceQuote;
  /**
   * Set when the words match only because an elision or a bracketed insertion drops or replaces
   * a negation or a figure ("We are ... planning" for "We are not planning"): why it is a misquote.
   */
  meaningChange?: string;
}

const MAX_ELISION = 120;
const MAX_INSERTION = 8;

function sameWord(draft: string, source: string, first: boolean, ignoreCase = false): boolean {
  if (draft === source) return true;
  return (first || ignoreCase) && draft.toLowerCase() === source.toLowerCase();
}

/** Tries to match the pieces at source word `at`; returns the end word index or -1. The source words each gap stands for go to `gaps`. */
function matchAt(pieces: Piece[], words: QWord[], at: number, firstWordIndex: number, ignoreCase: boolean, gaps: GapMatch[] = []): number {
  let i = at;
  let maxGap = 0;
  let leadingGap = true;
  let gap: Extract<Piece, { gap: string }> | undefined;
  gaps.length = 0;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    if ('gap' in piece) {
      maxGap = piece.gap === 'elision' ? MAX_ELISION : MAX_INSERTION;
      gap = piece;
      continue;
    }
    // Find the run within the allowed gap (0 when the previous piece was words).
    const limit = Math.min(words.length - piece.words.length, i + (leadingGap ? 0 : maxGap));
    let found = -1;
    for (let s = i; s <= limit; s++) {
      let ok = true;
      for (let k = 0; k < piece.words.length; k++) {
        if (!sameWord(piece.words[k]!, words[s + k]!.key, p === firstWordIndex && k === 0, ignoreCase)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        found = s;
        break;
      }
    }
    if (found < 0) return -1;
    if (gap && !leadingGap) gaps.push({ gap: gap.gap, text: gap.text, from: i, to: found });
    gap = undefined;
    i = found + piece.words.length;
    maxGap = 0;
    leadingGap = false;
  }
  // A bracket that ends the quote stands for the source words that follow, as many as it has.
  if (gap?.gap === 'insertion' && !leadingGap) gaps.push({ gap: gap.gap, text: gap.text, from: i, to: Math.min(words.length, i + Math.max(1, wordsOf(gap.text).length)) });
  return i;
}

/** Source paragraphs that may hold a quote: read by `locateQuote` and then `closestQuote`. */
export type QuoteCandidates = readonly { doc: SourceDocument; span: Span }[];

/**
 * Paragraph spans (deduplicated) of the passages that contain the quote's rarest words. A quote
 * not found verbatim is looked up again as an altered one: its caller finds them once for both.
 */
export function quoteCandidates(corpus: Corpus, quote: string): QuoteCandidates {
  return candidateParagraphs(corpus, quote);
}

function candidateParagraphs(corpus: Corpus, quote: string): { doc: SourceDocument; span: Span }[] {
  const norms = [...new Set(wordsOf(quote).map((w) => normalizeWord(w.key)))];
  // Ranked by how many passages hold each word; only the three rarest lists are read.
  const ranked = norms
    .map((n) => ({ n, count: corpus.passageCountOf(n) }))
    .filter((x) => x.count > 0)
    .sort((a, b) => a.count - b.count)
    .slice(0, 3)
    .map(({ n }) => ({ n, list: corpus.passagesWithTerm(n) }));
  // Paragraph starts seen, per document: no key string built per passage of a long list.
  const seen = new Map<string, Set<number>>();
  const out: { doc: SourceDocument; span: Span }[] = [];
  for (const { list } of ranked) {
    for (const index of list) {
      // Read from the passage table: no passage is made.
      const docId = corpus.passageDocId(index);
      if (docId === undefined) continue;
      let starts = seen.get(docId);
      if (!starts) seen.set(docId, (starts = new Set()));
      const start = corpus.paragraphStartOf(index);
      if (starts.has(start)) continue;
      starts.add(start);
      const doc = corpus.getDocument(docId);
      if (doc) out.push({ doc, span: corpus.paragraphOf(index) });
    }
  }
  return out;
}

/**
 * The source's quotation a matched span stands in: of those around it that credit a speaker, the
 * innermost (a transcript's turn may give another's words with their own credit: "We also spoke
 * to Helen Marsh, who said the decision had been taken "behind closed doors"" is Marsh's, not the
 * presenter's); else the first around it.
 */
function quoteAround(quotes: readonly SourceQuote[], matched: Span): SourceQuote | undefined {
  let first: SourceQuote | undefined;
  let credited: SourceQuote | undefined;
  for (const q of quotes) {
    if (q.span.start > matched.start || matched.end > q.span.end) continue;
    first ??= q;
    if ((q.speakerId || q.speakerName) && (!credited || q.span.end - q.span.start < credited.span.end - credited.span.start)) credited = q;
  }
  return credited ?? first;
}

/** Where the draft quote appears verbatim (modulo typography, elisions and insertions), if anywhere. */
export function locateQuote(corpus: Corpus, quote: string, options: { ignoreCase?: boolean } = {}, candidates: QuoteCandidates = candidateParagraphs(corpus, quote)): QuoteLocation | undefined {
  const ignoreCase = options.ignoreCase ?? false;
  const pieces = piecesOf(quote);
  const firstWordIndex = pieces.findIndex((p) => 'words' in p);
  if (firstWordIndex < 0) return undefined;
  const first = pieces[firstWordIndex] as { words: string[] };
  const leadingElision = pieces.slice(0, firstWordIndex).length > 0;
  void leadingElision;
  const gaps: GapMatch[] = [];
  // A match whose gaps change the meaning is kept only in case no faithful one turns up.
  let altered: QuoteLocation | undefined;
  for (const { doc, span } of candidates) {
    const words = wordsOfParagraph(doc, span);
    for (let s = 0; s < words.length; s++) {
      if (!sameWord(first.words[0]!, words[s]!.key, true)) continue;
      const end = matchAt(pieces.slice(firstWordIndex), words, s, 0, ignoreCase, gaps);
      if (end < 0) continue;
      const matched: Span = { start: words[s]!.start, end: words[end - 1]!.end };
      const sourceQuote = quoteAround(corpus.quotesOf(doc.id), matched);
      const meaningChange = gaps.length ? gapsChangeMeaning(gaps, doc, words) : undefined;
      if (!meaningChange) return { docId: doc.id, span: matched, sourceQuote };
      altered ??= { docId: doc.id, span: matched, sourceQuote, meaningChange };
    }
  }
  return altered;
}

const NEGATING_PREFIXES = ['un', 'non', 'in', 'im', 'il', 'ir', 'dis'];

function negationsIn(text: string): string[] {
  return wordsOf(text).map((w) => w.key).filter((w) => NEGATIONS.has(w.toLowerCase()) || /n['’]t$/i.test(w));
}

/**
 * Why the source words an elision leaves out or a bracket stands in for change what the quote
 * says, or undefined when they do not: an elision may not drop a negation or a figure; a
 * bracket may not stand in for a negation or a figure it does not repeat, nor add a negation,
 * nor swap a word for its negated form ("[likely]" for "unlikely").
 */
function gapsChangeMeaning(gaps: readonly GapMatch[], doc: SourceDocument, words: readonly QWord[]): string | undefined {
  for (const g of gaps) {
    const source = g.to > g.from ? doc.text.slice(words[g.from]!.start, words[g.to - 1]!.end) : '';
    const negations = negationsIn(source);
    const figures = findQuantities(source);
    if (g.gap === 'elision') {
      if (negations.length) return `the elision "${g.text}" leaves out "${negations[0]}", which reverses the meaning`;
      if (figures.length) return `the elision "${g.text}" leaves out the figure "${source.slice(figures[0]!.start, figures[0]!.end)}"`;
      continue;
    }
    const inserted = g.text.slice(1, -1);
    const insertedNegations = negationsIn(inserted);
    if (negations.length && !insertedNegations.length) {
      const dropping = source.toLowerCase() === negations[0]!.toLowerCase() ? '' : `, dropping "${negations[0]}"`;
      return `"${g.text}" stands in for "${source}"${dropping}, which reverses the meaning`;
    }
    if (!negations.length && insertedNegations.length) return `"${g.text}" adds "${insertedNegations[0]}", which the source does not say`;
    const insertedFigures = findQuantities(inserted);
    const lost = figures.find((f) => !insertedFigures.some((i) => sameQuantity(f, i)));
    if (lost) return `"${g.text}" stands in for "${source}", dropping the figure "${source.slice(lost.start, lost.end)}"`;
    const replaced = wordsOf(source).map((w) => w.key.toLowerCase());
    for (const b of wordsOf(inserted).map((w) => w.key.toLowerCase())) {
      const negated = replaced.find((r) => NEGATING_PREFIXES.some((p) => r === p + b || b === p + r));
      if (negated) return `"${g.text}" stands in for "${negated}", its opposite`;
    }
  }
  return undefined;
}

export interface ClosestQuote {
  docId: string;
  span: Span;
  text: string;
  similarity: number;
  sourceQuote?: SourceQuote;
}

/**
 * The source words closest to an altered quote. A quick fix writes them into the draft in place
 * of the quote, so they are always a run of whole words inside one unit of the source: one of its
 * quotations, or a sentence's words outside any quotation. Within a unit the run is the one that
 * lines up word for word with the quote (see `alignedWindow`); across units the closest by shared
 * words wins, a quotation before a sentence and the first of equally close ones.
 */
export function closestQuote(corpus: Corpus, quote: string, candidates: QuoteCandidates = candidateParagraphs(corpus, quote)): ClosestQuote | undefined {
  const target = wordsOf(quote.replace(/\[[^\]]*\]|\.\s?\.\s?\.|…/g, ' ')).map((w) => w.key.toLowerCase());
  if (!target.length) return undefined;
  const targetCounts = new Map<string, number>();
  for (const w of target) targetCounts.set(w, (targetCounts.get(w) ?? 0) + 1);
  const used = new Map<string, number>();
  // Words shared with the quote, each counted at most as often as the quote has it.
  const common = (words: readonly string[]): number => {
    used.clear();
    let n = 0;
    for (const w of words) {
      const c = targetCounts.get(w);
      if (c === undefined) continue;
      const u = used.get(w) ?? 0;
      if (u < c) {
        n++;
        used.set(w, u + 1);
      }
    }
    return n;
  };
  // Bag-of-words overlap in [0,1] (Dice): comparable across units and with the misquote bar.
  const dice = (words: readonly string[]): number => (words.length ? (2 * common(words)) / (target.length + words.length) : 0);

  const weigh = (doc: SourceDocument, unit: UnitWords, sourceQuote: SourceQuote | undefined, bar: number): ClosestQuote | undefined => {
    // A run sharing c words scores at most 2c / (quote words + c): skip units that cannot win.
    const c = common(unit.lower);
    if (c === 0 || (2 * c) / (target.length + c) <= bar) return undefined;
    const run = alignedWindow(target, unit.lower);
    if (!run) return undefined;
    const span = { start: unit.words[run.start]!.start, end: unit.words[run.end - 1]!.end };
    const similarity = dice(unit.lower.slice(run.start, run.end));
    return similarity > bar ? { docId: doc.id, span, text: doc.text.slice(span.start, span.end), similarity, sourceQuote } : undefined;
  };

  // Sentences outside quotations first, so that their best sets the bar the quotations of
  // whole documents are pruned against; a quotation wins a tie.
  let sentenceBest: ClosestQuote | undefined;
  for (const { doc, span } of candidates) {
    for (const unit of narrationUnits(corpus, doc, span)) {
      const found = weigh(doc, unit, undefined, sentenceBest?.similarity ?? -1);
      if (found) sentenceBest = found;
    }
  }
  let best: ClosestQuote | undefined;
  const docsInPlay = new Set(candidates.map((p) => p.doc.id));
  if (docsInPlay.size) {
    const couldReach = sentenceBest ? reachable(target, targetCounts, sentenceBest.similarity) : undefined;
    // In corpus order, as `corpus.quotes` lists them: the first of equally close quotes wins.
    for (const id of corpus.inCorpusOrder(docsInPlay)) {
      const doc = corpus.getDocument(id);
      if (!doc || (couldReach && !couldReach(doc.text))) continue;
      for (const q of corpus.quotesOf(id)) {
        const found = weigh(doc, quotationUnit(doc, q), q, best?.similarity ?? -1);
        if (found) best = found;
      }
    }
  }
  return sentenceBest && (!best || sentenceBest.similarity > best.similarity) ? sentenceBest : best;
}

/** The words of a unit of source text, with their lower-cased keys. */
interface UnitWords {
  words: QWord[];
  lower: string[];
}

const quotationUnits = new WeakMap<SourceQuote, UnitWords>();

function quotationUnit(doc: SourceDocument, q: SourceQuote): UnitWords {
  let unit = quotationUnits.get(q);
  if (!unit) {
    const words = wordsOf(doc.text.slice(q.span.start, q.span.end), q.span.start);
    quotationUnits.set(q, (unit = { words, lower: lowerKeysOf(words) }));
  }
  return unit;
}

// The runs of a paragraph outside its quotations, cut at sentence ends: read for every altered
// quote whose rare words the paragraph holds, so they are kept per document and paragraph.
const narrationByDoc = new WeakMap<SourceDocument, Map<string, UnitWords[]>>();

function narrationUnits(corpus: Corpus, doc: SourceDocument, span: Span): UnitWords[] {
  let byParagraph = narrationByDoc.get(doc);
  if (!byParagraph) narrationByDoc.set(doc, (byParagraph = new Map()));
  const key = `${span.start}:${span.end}`;
  let units = byParagraph.get(key);
  if (units) return units;
  // Where the quotations stand is all that is read of them: their speakers need not be resolved.
  const quotations = corpus.quoteSpansOf(doc.id).filter((q) => q.start < span.end && span.start < q.end);
  const inQuotation = (w: QWord): number => quotations.findIndex((q) => q.start <= w.start && w.end <= q.end);
  const sentenceEnds: number[] = [];
  corpus.forEachPassageOf(doc.id, (index, _start, end) => {
    if (corpus.paragraphStartOf(index) === span.start) sentenceEnds.push(end);
  });
  units = [];
  let run: QWord[] = [];
  let runQuotation = -1;
  let sentence = 0;
  const flush = (): void => {
    if (run.length && runQuotation < 0) units!.push({ words: run, lower: run.map((w) => w.key.toLowerCase()) });
    run = [];
  };
  for (const w of wordsOfParagraph(doc, span)) {
    let nextSentence = sentence;
    while (nextSentence < sentenceEnds.length && sentenceEnds[nextSentence]! <= w.start) nextSentence++;
    const quotation = inQuotation(w);
    if (nextSentence !== sentence || quotation !== runQuotation) flush();
    sentence = nextSentence;
    runQuotation = quotation;
    run.push(w);
  }
  flush();
  byParagraph.set(key, units);
  return units;
}

// Scores of lining a draft quote up with source words: a word kept earns, a word swapped for
// another costs less than one dropped or added, so that "remain uncertain" lines up with
// "remain precarious" rather than stopping at "remain".
const KEEP = 4;
const SWAP = -1;
const GAP = -2;

/**
 * The run [start, end) of `source` that lines up best with all of `target`, word by word: every
 * target word is kept, swapped or added, source words may be dropped inside the run, and the
 * source words before and after it cost nothing. Of equally good runs, the one whose length is
 * closest to the target's, then the first. Undefined when no word lines up.
 */
function alignedWindow(target: readonly string[], source: readonly string[]): { start: number; end: number } | undefined {
  const m = source.length;
  // Row i: the best score of lining up target[0..i) with a run ending before source word j, and
  // where that run starts. Diagonal moves win ties, so swaps are preferred over gaps.
  let score = new Float64Array(m + 1);
  let from = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) from[j] = j;
  let nextScore = new Float64Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 1; i <= target.length; i++) {
    const word = target[i - 1]!;
    nextScore[0] = score[0]! + GAP;
    nextFrom[0] = 0;
    for (let j = 1; j <= m; j++) {
      let best = score[j - 1]! + (source[j - 1] === word ? KEEP : SWAP);
      let start = from[j - 1]!;
      const added = score[j]! + GAP;
      if (added > best) {
        best = added;
        start = from[j]!;
      }
      const dropped = nextScore[j - 1]! + GAP;
      if (dropped > best) {
        best = dropped;
        start = nextFrom[j - 1]!;
      }
      nextScore[j] = best;
      nextFrom[j] = start;
    }
    [score, nextScore] = [nextScore, score];
    [from, nextFrom] = [nextFrom, from];
  }
  let chosen: { start: number; end: number } | undefined;
  let chosenScore = -Infinity;
  for (let j = 1; j <= m; j++) {
    const start = from[j]!;
    if (start >= j) continue;
    const s = score[j]!;
    const closer = chosen && s === chosenScore && Math.abs(j - start - target.length) < Math.abs(chosen.end - chosen.start - target.length);
    if (s > chosenScore || closer) {
      chosen = { start, end: j };
      chosenScore = s;
    }
  }
  return chosen;
}

/**
 * Whether a quotation of a document could be as close to the quote as `bar`: a quotation has at
 * least as many words as it shares with the quote, so sharing c words it scores at most
 * 2c / (quote words + c); c is at most the count of the quote's words found in the document's
 * text, read here as lower-cased substrings (a word inside a longer one counts: an overestimate).
 * Undefined when the bound cannot be trusted: a Greek sigma lower-cases by its neighbours.
 */
function reachable(target: string[], targetCounts: Map<string, number>, bar: number): ((text: string) => boolean) | undefined {
  if (target.some((w) => /[σς]/.test(w))) return undefined;
  return (text: string): boolean => {
    let lower = text.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    let shared = 0;
    for (const [w, n] of targetCounts) if (lower.includes(w)) shared += n;
    return (2 * shared) / (target.length + shared) >= bar;
  };
}
