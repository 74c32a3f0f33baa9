import type { Corpus } from '../index/corpus.js';
import type { SourceDocument, SourceQuote, Span } from '../model.js';
import { normalizeWord } from '../text/tokens.js';

/** A word of a quote or a source paragraph, compared typographically-insensitively. */
interface QWord {
  key: string;
  start: number;
  end: number;
}

const QUOTE_WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string, base = 0): QWord[] {
  const out: QWord[] = [];
  QUOTE_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_WORD.exec(text))) {
    const word = m[0];
    out.push({ key: word.includes('’') ? word.replace(/’/g, "'") : word, start: base + m.index, end: base + m.index + word.length });
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

// A source quotation is weighed against every altered quote of its documents: its words are kept.
const quoteWords = new WeakMap<SourceQuote, string[]>();

function lowerWordsOfQuote(q: SourceQuote): string[] {
  let words = quoteWords.get(q);
  if (!words) quoteWords.set(q, (words = wordsOf(q.text).map((w) => w.key.toLowerCase())));
  return words;
}

function lowerKeysOf(words: QWord[]): string[] {
  let lower = lowerKeys.get(words);
  if (!lower) lowerKeys.set(words, (lower = words.map((w) => w.key.toLowerCase())));
  return lower;
}

/** A piece of a draft quote: words that must appear verbatim, or a gap. */
type Piece = { words: string[] } | { gap: 'elision' | 'insertion' };

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
    pieces.push({ gap: m[1] ? 'elision' : 'insertion' });
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
}

const MAX_ELISION = 120;
const MAX_INSERTION = 8;

function sameWord(draft: string, source: string, first: boolean, ignoreCase = false): boolean {
  if (draft === source) return true;
  return (first || ignoreCase) && draft.toLowerCase() === source.toLowerCase();
}

/** Tries to match the pieces at source word `at`; returns the end word index or -1. */
function matchAt(pieces: Piece[], words: QWord[], at: number, firstWordIndex: number, ignoreCase: boolean): number {
  let i = at;
  let maxGap = 0;
  let leadingGap = true;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    if ('gap' in piece) {
      maxGap = piece.gap === 'elision' ? MAX_ELISION : MAX_INSERTION;
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
    i = found + piece.words.length;
    maxGap = 0;
    leadingGap = false;
  }
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
      const passage = corpus.passage(index);
      if (!passage) continue;
      let starts = seen.get(passage.docId);
      if (!starts) seen.set(passage.docId, (starts = new Set()));
      if (starts.has(passage.paragraph.start)) continue;
      starts.add(passage.paragraph.start);
      const doc = corpus.getDocument(passage.docId);
      if (doc) out.push({ doc, span: passage.paragraph });
    }
  }
  return out;
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
  for (const { doc, span } of candidates) {
    const words = wordsOfParagraph(doc, span);
    for (let s = 0; s < words.length; s++) {
      if (!sameWord(first.words[0]!, words[s]!.key, true)) continue;
      const end = matchAt(pieces.slice(firstWordIndex), words, s, 0, ignoreCase);
      if (end < 0) continue;
      const matched: Span = { start: words[s]!.start, end: words[end - 1]!.end };
      const sourceQuote = corpus.quotesOf(doc.id).find((q) => q.span.start <= matched.start && matched.end <= q.span.end);
      return { docId: doc.id, span: matched, sourceQuote };
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
 * The source text closest to an altered quote: the best of the source's own quotations and of
 * word windows of the same length in the paragraphs that share the quote's rare words.
 */
export function closestQuote(corpus: Corpus, quote: string, candidates: QuoteCandidates = candidateParagraphs(corpus, quote)): ClosestQuote | undefined {
  const target = wordsOf(quote.replace(/\[[^\]]*\]|\.\s?\.\s?\.|…/g, ' ')).map((w) => w.key.toLowerCase());
  if (!target.length) return undefined;
  // Bag-of-words overlap with order ignored, in [0,1] (Dice): the quote's word counts are taken
  // once, not once per window.
  const targetCounts = new Map<string, number>();
  for (const w of target) targetCounts.set(w, (targetCounts.get(w) ?? 0) + 1);
  const used = new Map<string, number>();
  const similarity = (words: string[]): number => {
    if (!words.length) return 0;
    used.clear();
    let common = 0;
    for (const w of words) {
      const c = targetCounts.get(w);
      if (c === undefined) continue;
      const u = used.get(w) ?? 0;
      if (u < c) {
        common++;
        used.set(w, u + 1);
      }
    }
    return (2 * common) / (target.length + words.length);
  };
  const paragraphs = candidates;

  // The source's own quotations come first, then windows of the candidate paragraphs: the first
  // of equally close candidates wins. The windows are weighed first, so that documents none of
  // whose quotations could come as close as the best window need not have them listed.
  const window = closestWindow(paragraphs, target.length, targetCounts, used);
  let best: ClosestQuote | undefined;
  const docsInPlay = new Set(paragraphs.map((p) => p.doc.id));
  // In corpus order, as `corpus.quotes` lists them: the first of equally close quotes wins.
  if (docsInPlay.size) {
    const couldReach = window ? reachable(target, targetCounts, window.similarity) : undefined;
    for (const id of corpus.documentIds()) {
      if (!docsInPlay.has(id)) continue;
      if (couldReach && !couldReach(corpus.getDocument(id)?.text ?? '')) continue;
      for (const q of corpus.quotesOf(id)) {
        const sim = similarity(lowerWordsOfQuote(q));
        if (!best || sim > best.similarity) best = { docId: q.docId, span: q.span, text: q.text, similarity: sim, sourceQuote: q };
      }
    }
  }
  return window && (!best || window.similarity > best.similarity) ? window : best;
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

/** The closest window of the paragraphs (the first of equally close ones), undefined when they have no words. */
function closestWindow(paragraphs: QuoteCandidates, size: number, targetCounts: Map<string, number>, used: Map<string, number>): ClosestQuote | undefined {
  let best: ClosestQuote | undefined;
  for (const { doc, span } of paragraphs) {
    const words = wordsOfParagraph(doc, span);
    if (!words.length) continue;
    // A window starts and ends on words of the paragraph, so its words are the paragraph's.
    // Windows of `size` words slide one word at a time (one window when the paragraph is
    // shorter): the words in common are counted as the window slides, not again per window.
    const lower = lowerKeysOf(words);
    used.clear();
    let common = 0;
    const enter = (w: string): void => {
      const c = targetCounts.get(w);
      if (c === undefined) return;
      const u = used.get(w) ?? 0;
      if (u < c) common++;
      used.set(w, u + 1);
    };
    const leave = (w: string): void => {
      const c = targetCounts.get(w);
      if (c === undefined) return;
      const u = used.get(w)!;
      if (u <= c) common--;
      used.set(w, u - 1);
    };
    let e = Math.min(words.length, size);
    for (let k = 0; k < e; k++) enter(lower[k]!);
    for (let s = 0; ; s++) {
      const sim = (2 * common) / (size + (e - s));
      if (!best || sim > best.similarity) {
        const windowSpan = { start: words[s]!.start, end: words[e - 1]!.end };
        best = { docId: doc.id, span: windowSpan, text: doc.text.slice(windowSpan.start, windowSpan.end), similarity: sim, sourceQuote: undefined };
      }
      if (e === words.length) break;
      leave(lower[s]!);
      enter(lower[e]!);
      e++;
    }
  }
  return best;
}
