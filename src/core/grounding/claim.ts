// `groundwork score`: a claim of one or more plain-text sentences against one source text.
import { Corpus } from '../index/corpus.js';
import { scanQuotes } from '../index/quotes.js';
import type { VerdictKind } from '../model.js';
import { splitSentences } from '../text/segment.js';
import { judgeStatement } from './verdict.js';

const SEVERITY_OF_KIND: Record<VerdictKind, number> = {
  supported: 0, unsupported: 1, contradicted: 2, 'number-mismatch': 3, misattributed: 4, misquote: 5,
};

/** Worst verdict first: the verdict of a claim as a whole is that of its worst sentence. */
export function worseVerdict(a: VerdictKind, b: VerdictKind): VerdictKind {
  return SEVERITY_OF_KIND[b] > SEVERITY_OF_KIND[a] ? b : a;
}

// Pair files list many claims per source in a row: index each source once.
let lastSource: string | undefined;
let lastCorpus: Corpus | undefined;

function corpusOf(source: string): Corpus {
  if (source !== lastSource || !lastCorpus) {
    lastCorpus = Corpus.build([{ id: 'source', path: 'source', format: 'txt', text: source, excluded: [], warnings: [] }]);
    lastSource = source;
  }
  return lastCorpus;
}

/**
 * Scores a claim against one source text. The score is the support of the least supported
 * sentence; the verdict is `supported` only when every sentence is, else the worst one's.
 */
export function scoreClaim(source: string, claim: string, options: { threshold: number }): { score: number; verdict: VerdictKind } {
  const corpus = corpusOf(source);
  let score = 1;
  let verdict: VerdictKind = 'supported';
  for (const span of splitSentences(claim)) {
    const text = claim.slice(span.start, span.end);
    const quotes = scanQuotes(text).map((s) => ({ text: text.slice(s.start, s.end), span: s }));
    const v = judgeStatement(corpus, { text, quotes }, options);
    score = Math.min(score, v.score);
    verdict = worseVerdict(verdict, v.kind);
  }
  return { score, verdict };
}
