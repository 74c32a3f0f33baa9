import type { Corpus } from '../index/corpus.js';
import { entityKey } from '../index/entities.js';
import { findNames } from '../index/names.js';
import { speakerOf } from '../index/quotes.js';
import type { Evidence, Passage, SourceDocument, Span, Statement, Verdict } from '../model.js';
import { LineIndex } from '../text/lines.js';
import { comparable, findQuantities, sameQuantity, type Quantity } from '../text/numbers.js';
import { renderDiff, wordDiff } from './diff.js';
import { closestQuote, locateQuote } from './quote-match.js';
import { align, analyse, flippedNegation, negatedTerms, type Alignment } from './support.js';

export interface JudgeOptions {
  /** Support score under which a statement is unsupported. */
  threshold: number;
}

/** Coverage above which a statement is taken to talk about the same thing as its passage. */
const ALIGNED = 0.6;
const MAX_EVIDENCE = 3;

const lineIndexes = new WeakMap<SourceDocument, LineIndex>();
function linesOf(doc: SourceDocument): LineIndex {
  let index = lineIndexes.get(doc);
  if (!index) lineIndexes.set(doc, (index = new LineIndex(doc.text)));
  return index;
}

export function evidenceOf(corpus: Corpus, docId: string, span: Span, score: number): Evidence | undefined {
  const doc = corpus.getDocument(docId);
  if (!doc) return undefined;
  const evidence: Evidence = { docId, source: doc.path, span, range: linesOf(doc).rangeOf(span), text: doc.text.slice(span.start, span.end), score: round(score) };
  if (doc.pageStarts?.length) {
    let page = 1;
    doc.pageStarts.forEach((start, i) => {
      if (start <= span.start) page = i + 1;
    });
    evidence.page = page;
  }
  return evidence;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

function passageEvidence(corpus: Corpus, alignments: Alignment[]): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<number>();
  for (const a of alignments) {
    for (const p of a.passages) {
      if (seen.has(p.index)) continue;
      seen.add(p.index);
      const e = evidenceOf(corpus, p.docId, p.span, a.coverage);
      if (e) out.push(e);
      if (out.length >= MAX_EVIDENCE) return out;
    }
  }
  return out;
}

function quoted(text: string): string {
  return `"${text.length > 120 ? text.slice(0, 117) + '...' : text}"`;
}

/** Judges one statement: quotes first, then figures, then support and contradiction. */
export function judgeStatement(corpus: Corpus, statement: Pick<Statement, 'text' | 'quotes'>, options: JudgeOptions): Verdict {
  const text = statement.text;
  const analysis = analyse(corpus, text);
  const alignments = align(corpus, analysis);
  const best = alignments[0];
  const evidence = passageEvidence(corpus, alignments);
  let score = best?.coverage ?? 0;

  // 1. Quotes: verbatim, then attributed to the source's speaker.
  const verifiedQuoteSpans: Span[] = [];
  for (const q of statement.quotes) {
    if (!/[\p{L}\p{N}]/u.test(q.text)) continue;
    const location = locateQuote(corpus, q.text);
    if (!location) {
      const closest = closestQuote(corpus, q.text);
      const doc = closest && corpus.getDocument(closest.docId);
      const near = closest && closest.similarity >= 0.5 ? closest : undefined;
      const diff = near ? wordDiff(q.text, near.text) : undefined;
      const quoteEvidence = near ? evidenceOf(corpus, near.docId, near.span, near.similarity) : undefined;
      return {
        kind: 'misquote',
        score: round(Math.min(score, near?.similarity ?? 0)),
        message: near
          ? `Quote not verbatim in ${doc?.path}: ${renderDiff(diff!)}`
          : `Quote not found in any source: ${quoted(q.text)}`,
        evidence: quoteEvidence ? [quoteEvidence, ...evidence.filter((e) => e.span.start !== quoteEvidence.span.start)].slice(0, MAX_EVIDENCE) : evidence,
        quote: { draft: q.text, source: near?.sourceQuote, sourcePath: doc?.path, diff, ...(near ? {} : {}) },
        focus: q.span,
        ...(near ? { conflict: { draft: q.text, source: near.text } } : {}),
      };
    }
    verifiedQuoteSpans.push(q.span);
    const sourceQuote = location.sourceQuote;
    const written = speakerOf(text, q.span);
    if (written && sourceQuote?.speakerId) {
      const writtenEntity = corpus.findEntity(written, location.docId);
      const sourceSpeaker = corpus.entities.find((e) => e.id === sourceQuote.speakerId);
      if (sourceSpeaker && writtenEntity?.id !== sourceSpeaker.id && !sameName(written, sourceSpeaker.name, sourceSpeaker.aliases)) {
        const quoteEvidence = evidenceOf(corpus, location.docId, location.span, 1);
        const doc = corpus.getDocument(location.docId);
        return {
          kind: 'misattributed',
          score: round(score),
          message: `Quote attributed to ${written}, but ${doc?.path} attributes it to ${sourceSpeaker.name}`,
          evidence: quoteEvidence ? [quoteEvidence] : evidence,
          quote: { draft: q.text, source: sourceQuote, sourcePath: doc?.path, attributedTo: sourceSpeaker.name },
          conflict: { draft: written, source: sourceSpeaker.name },
          focus: q.span,
        };
      }
    }
  }

  // 2. Figures and dates outside verified quotes must agree with the aligned passage.
  const figures = findQuantities(text).filter((n) => !verifiedQuoteSpans.some((s) => s.start <= n.start && n.end <= s.end));
  if (figures.length && best) {
    const mismatch = numberMismatch(figures, alignments);
    if (mismatch) {
      const e = evidenceOf(corpus, mismatch.passage.docId, mismatch.passage.span, mismatch.coverage);
      return {
        kind: 'number-mismatch',
        score: round(Math.min(score, 0.4)),
        message: `${mismatch.draft.text} does not match the source, which says ${mismatch.source.text}`,
        evidence: e ? [e, ...evidence.filter((x) => x.span.start !== e.span.start)].slice(0, MAX_EVIDENCE) : evidence,
        number: { draft: mismatch.draft.text, source: mismatch.source.text },
        focus: { start: mismatch.draft.start, end: mismatch.draft.end },
      };
    }
  }

  // 3. Aligned but saying something else: a swapped name or a flipped negation.
  if (best && best.coverage >= ALIGNED) {
    const passageText = best.passages.map((p) => p.text).join(' ');
    const swap = swappedName(corpus, text, best.passages);
    if (swap) {
      return {
        kind: 'contradicted',
        score: round(Math.min(score, 0.3)),
        message: `The source says ${swap.source} where the statement says ${swap.draft}`,
        evidence,
        conflict: swap,
        focus: swap.span,
      };
    }
    const flipped = verifiedQuoteSpans.length === 0 ? flippedNegation(text, passageText) : undefined;
    if (flipped) {
      return {
        kind: 'contradicted',
        score: round(Math.min(score, 0.3)),
        message: negatedTerms(text).has(flipped)
          ? `The statement negates what the source affirms (${quoted(passageText)})`
          : `The source says the opposite: ${quoted(passageText)}`,
        evidence,
        conflict: { draft: text, source: passageText },
      };
    }
  }

  // 4. Support.
  if (verifiedQuoteSpans.length && statement.quotes.length) {
    // A verified quotation carries its own support; the rest of the sentence is attribution.
    score = Math.max(score, quoteShare(text, verifiedQuoteSpans));
  }
  const missing = best ? best.missing.map((t) => t.text) : analysis.content.map((t) => t.text);
  if (score < options.threshold || !best) {
    const gaps = [...new Set(missing)].slice(0, 6).map((w) => `"${w}"`).join(', ');
    return {
      kind: 'unsupported',
      score: round(score),
      message: best
        ? `No source supports this statement (support ${round(score).toFixed(2)}; not in the sources: ${gaps || 'the claim as a whole'})`
        : 'No source supports this statement (no source passage shares its words)',
      evidence,
      missing: [...new Set(missing)],
    };
  }
  return {
    kind: 'supported',
    score: round(score),
    message: `Supported by ${evidence[0]?.source ?? 'the sources'} (support ${round(score).toFixed(2)})`,
    evidence,
    missing: [...new Set(missing)],
  };
}

function sameName(written: string, name: string, aliases: string[]): boolean {
  const key = entityKey(written);
  return [name, ...aliases].some((n) => entityKey(n) === key || entityKey(n).split(' ').includes(key));
}

function quoteShare(text: string, spans: Span[]): number {
  const quotedChars = spans.reduce((n, s) => n + (s.end - s.start), 0);
  return Math.min(1, 0.5 + quotedChars / Math.max(1, text.length));
}

function numberMismatch(figures: Quantity[], alignments: Alignment[]): { draft: Quantity; source: Quantity; passage: Passage; coverage: number } | undefined {
  for (const figure of figures) {
    let agreed = false;
    let conflict: { source: Quantity; passage: Passage; coverage: number } | undefined;
    for (const a of alignments.slice(0, 5)) {
      for (const p of a.passages) {
        const theirs = findQuantities(p.text);
        if (theirs.some((q) => sameQuantity(figure, q))) agreed = true;
        // The rival is a figure of the same sort that no other figure of the statement accounts for.
        const rival = theirs.find((q) => comparable(figure, q) && !figures.some((f) => sameQuantity(f, q)));
        if (rival && !conflict && a.coverage >= 0.5) conflict = { source: rival, passage: p, coverage: a.coverage };
      }
      if (agreed) break;
    }
    if (!agreed && conflict) return { draft: figure, ...conflict };
  }
  return undefined;
}

/**
 * A person, place or organisation in the statement that the aligned passage does not name,
 * while the passage names another of the same kind where the statement has it.
 */
function swappedName(corpus: Corpus, text: string, passages: Passage[]): { draft: string; source: string; span: Span } | undefined {
  const docId = passages[0]!.docId;
  const theirs = passages.flatMap((p) => findNames(p.text));
  const resolve = (name: string): string => corpus.findEntity(name, docId)?.id ?? entityKey(name);
  const theirIds = new Set(theirs.map((n) => resolve(n.name)));
  const mine = findNames(text).filter((n) => n.kind === 'person' || n.kind === 'place' || n.kind === 'organisation');
  const myIds = new Set(mine.map((n) => resolve(n.name)));
  const passageText = passages.map((p) => p.text).join(' ').toLowerCase();
  for (const n of mine) {
    const id = resolve(n.name);
    if (theirIds.has(id) || passageText.includes(n.name.toLowerCase())) continue;
    const entity = corpus.findEntity(n.name, docId);
    if (entity && [entity.name, ...entity.aliases].some((a) => passageText.includes(a.toLowerCase()))) continue;
    const kind = entity?.kind ?? n.kind;
    const rivals = theirs.filter((t) => {
      const tid = resolve(t.name);
      const tKind = corpus.findEntity(t.name, docId)?.kind ?? t.kind;
      return tKind === kind && !myIds.has(tid) && !text.toLowerCase().includes(t.name.toLowerCase());
    });
    // The name that stands where the statement's name stands: same word before it, or after it.
    const context = (s: string, start: number, end: number): [string, string] => [
      /([\p{L}]+)[^\p{L}]*$/u.exec(s.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase() ?? '',
      /^[^\p{L}]*([\p{L}]+)/u.exec(s.slice(end, end + 40))?.[1]?.toLowerCase() ?? '',
    ];
    const [myBefore, myAfter] = context(text, n.start, n.end);
    let rival: (typeof rivals)[number] | undefined;
    let rivalScore = -1;
    for (const r of rivals) {
      const p = passages.find((x) => x.text.includes(r.full)) ?? passages[0]!;
      const [before, after] = context(p.text, r.start, r.end);
      const score = (before === myBefore ? 2 : 0) + (after === myAfter ? 1 : 0);
      if (score > rivalScore) [rival, rivalScore] = [r, score];
    }
    if (rival) return { draft: n.name, source: rival.name, span: { start: n.start, end: n.end } };
  }
  return undefined;
}

export { findQuantities };
