// `groundwork score`: a claim of one or more plain-text sentences against one source text.
import { Corpus } from '../index/corpus.js';
import { scanQuotes } from '../index/quotes.js';
import type { Statement, VerdictKind } from '../model.js';
import { splitSentences } from '../text/segment.js';
import { primePassageProfile } from './passage-profile.js';
import { assessStatement, judgeAssessed, type Assessment } from './verdict.js';

const SEVERITY_OF_KIND: Record<VerdictKind, number> = {
  supported: 0, unsupported: 1, contradicted: 2, 'number-mismatch': 3, misattributed: 4, misquote: 5,
};

/** Worst verdict first: the verdict of a claim as a whole is that of its worst sentence. */
export function worseVerdict(a: VerdictKind, b: VerdictKind): VerdictKind {
  return SEVERITY_OF_KIND[b] > SEVERITY_OF_KIND[a] ? b : a;
}

// Pair files list many claims per source, not always in a row (the evaluation data comes back to a
// source hundreds of pairs later): keep the recent sources indexed, as many as fit in a budget of
// source text, so that memory stays bounded however long the sources are.
const RECENT_SOURCES = 128;
const RECENT_SOURCE_CHARS = 1_000_000;
const recentCorpora = new Map<string, Corpus>();
let recentChars = 0;

function corpusOf(source: string): Corpus {
  let corpus = recentCorpora.get(source);
  if (corpus) {
    recentCorpora.delete(source);
  } else {
    // Every statement reads the words of every passage (the document's vocabulary): they are
    // kept from indexing rather than found again.
    const words: [number, string[]][] = [];
    corpus = Corpus.build([{ id: 'source', path: 'source', format: 'txt', text: source, excluded: [], warnings: [] }], { passageWords: (index, norms) => words.push([index, norms]) });
    for (const [index, norms] of words) primePassageProfile(corpus.passage(index)!, norms);
    while (recentCorpora.size && (recentCorpora.size >= RECENT_SOURCES || recentChars + source.length > RECENT_SOURCE_CHARS)) {
      const oldest = recentCorpora.keys().next().value!;
      recentCorpora.delete(oldest);
      recentChars -= oldest.length;
    }
    recentChars += source.length;
  }
  recentCorpora.set(source, corpus);
  return corpus;
}

/**
 * Scores a claim against one source text. The support model reads the claim as a whole (its
 * weakest sentence, the mean, its word runs); the verdict is `supported` only when no sentence
 * breaks a rule (a misquote, a wrong figure, a contradiction) and the support reaches the
 * threshold, else the worst sentence's.
 */
export function scoreClaim(source: string, claim: string, options: { threshold: number }): { score: number; verdict: VerdictKind } {
  const corpus = corpusOf(source);
  const statements = statementsOf(claim);
  const assessments = statements.map((s) => assessStatement(corpus, s));
  let score = 1;
  let verdict: VerdictKind = 'supported';
  statements.forEach((statement, i) => {
    const v = judgeAssessed(corpus, statement, assessments[i]!, assessments, options);
    score = Math.min(score, v.score);
    verdict = worseVerdict(verdict, v.kind);
  });
  return { score, verdict };
}

/**
 * Sentences of a claim. Tokenised lower-case text ("he won . the team lost .") has no capital
 * to start a sentence, so a full stop standing alone between spaces ends one too.
 */
export function claimSentences(claim: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const span of splitSentences(claim)) {
    const text = claim.slice(span.start, span.end);
    const re = / [.!?] +(?=\S)/g;
    let start = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      out.push({ start: span.start + start, end: span.start + m.index + 2 });
      start = m.index + m[0].length;
    }
    out.push({ start: span.start + start, end: span.end });
  }
  // A piece without a word ("cruelty . '": the closing quote after the stop) ends the sentence
  // before it; it is no sentence of its own, which no source could support.
  const merged: { start: number; end: number }[] = [];
  for (const piece of out) {
    const last = merged.at(-1);
    if (last && !/[\p{L}\p{N}]/u.test(claim.slice(piece.start, piece.end))) last.end = piece.end;
    else merged.push(piece);
  }
  return merged;
}

/** A sentence of plain text as a statement: its text and the quotations it holds. */
export function plainStatement(text: string): Pick<Statement, 'text' | 'quotes'> {
  return { text, quotes: scanQuotes(text).map((s) => ({ text: text.slice(s.start, s.end), span: s })) };
}

function statementsOf(claim: string): Pick<Statement, 'text' | 'quotes'>[] {
  return claimSentences(claim).map((span) => plainStatement(claim.slice(span.start, span.end)));
}

/** What scoreClaim sees of each sentence of a claim, before deciding: for training the support model. */
export function assessClaim(source: string, claim: string): Assessment[] {
  const corpus = corpusOf(source);
  return statementsOf(claim).map((s) => assessStatement(corpus, s));
}
