import type { Corpus } from '../index/corpus.js';
import type { Passage } from '../model.js';
import { findQuantities, type Quantity } from '../text/numbers.js';
import { passageProfile, tokenizeCached } from './passage-profile.js';
import { contentTokens, NEGATIONS, STOPWORDS, type Token } from '../text/tokens.js';

/** How well one passage (or two passages read together) covers a statement. */
export interface Alignment {
  passages: Passage[];
  /** Weighted share of the statement's content words found in the passages, in [0,1]. */
  coverage: number;
  /** Statement content words not found. */
  missing: Token[];
  score: number;
}

export interface StatementAnalysis {
  text: string;
  content: Token[];
  weights: number[];
  quantities: Quantity[];
  negated: boolean;
}

const CANDIDATES = 8;

export function analyse(corpus: Corpus, text: string): StatementAnalysis {
  const content = contentTokens(text);
  // Rare words say more about what a statement claims than common ones; words the corpus has
  // never seen are weighed as rare (they are what an unsupported statement adds).
  const weights = content.map((t) => Math.min(corpus.idf(t.norm), 6));
  return { text, content, weights, quantities: findQuantities(text), negated: hasNegation(text) };
}

export function hasNegation(text: string): boolean {
  return tokenizeCached(text).some((t) => isNegation(t));
}

function isNegation(t: Token): boolean {
  return NEGATIONS.has(t.text.toLowerCase()) || /n['’]t$/i.test(t.text);
}

/**
 * Content words in the scope of a negation: up to two content words after "not", "never",
 * "unlikely"... within the same clause. "have not progressed smoothly" -> {progress, smoothly}.
 */
export function negatedTerms(text: string): Set<string> {
  return new Set(negatedCounts(text).keys());
}

function negatedCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const tokens = tokenizeCached(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNegation(tokens[i]!)) continue;
    let taken = 0;
    for (let j = i + 1; j < tokens.length && taken < 2; j++) {
      if (/[,;:.!?]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const t = tokens[j]!;
      if (STOPWORDS.has(t.norm) || isNegation(t)) continue;
      out.set(t.norm, (out.get(t.norm) ?? 0) + 1);
      taken++;
    }
  }
  return out;
}

function termCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokenizeCached(text)) out.set(t.norm, (out.get(t.norm) ?? 0) + 1);
  return out;
}

/**
 * A word negated on one side and affirmed on the other: the statement says the opposite of
 * its passage. A word the passage both negates and affirms ("eschewed a helmet ... never worn
 * helmets") proves nothing. Returns the word, or undefined.
 */
export function flippedNegation(statement: string, passage: string): string | undefined {
  const mineNegated = negatedCounts(statement);
  const theirsNegated = negatedCounts(passage);
  const mine = termCounts(statement);
  const theirs = termCounts(passage);
  for (const [w, n] of theirsNegated) if (mine.has(w) && !mineNegated.has(w) && (theirs.get(w) ?? 0) <= n) return w;
  for (const [w, n] of mineNegated) if (theirs.has(w) && !theirsNegated.has(w) && (mine.get(w) ?? 0) <= n) return w;
  return undefined;
}

function cover(analysis: StatementAnalysis, passages: Passage[]): { coverage: number; missing: Token[] } {
  const termSets = passages.map((p) => passageProfile(p).terms);
  let total = 0;
  let found = 0;
  const missing: Token[] = [];
  analysis.content.forEach((t, i) => {
    const w = analysis.weights[i]!;
    total += w;
    if (termSets.some((terms) => terms.has(t.norm))) found += w;
    else missing.push(t);
  });
  return { coverage: total > 0 ? found / total : 1, missing };
}

/**
 * The best alignment of a statement with the corpus: the top passages by BM25, each alone
 * and each with a neighbour from the same paragraph or another top passage, scored by weighted
 * coverage of the statement's content words.
 */
export function align(corpus: Corpus, analysis: StatementAnalysis): Alignment[] {
  const hits = corpus.search(analysis.text, CANDIDATES);
  if (!hits.length) return [];
  const alignments: Alignment[] = [];
  for (const hit of hits) {
    const { coverage, missing } = cover(analysis, [hit.passage]);
    alignments.push({ passages: [hit.passage], coverage, missing, score: coverage });
  }
  alignments.sort((a, b) => b.score - a.score);
  // A statement may combine two sentences: try pairs among the best singles and neighbours.
  const singles = alignments.slice(0, 4);
  for (const a of singles) {
    if (a.coverage >= 0.999) continue;
    const partners = new Map<number, Passage>();
    for (const b of singles) if (b !== a && b.passages[0]!.docId === a.passages[0]!.docId) partners.set(b.passages[0]!.index, b.passages[0]!);
    for (const n of [a.passages[0]!.index - 1, a.passages[0]!.index + 1]) {
      const p = corpus.passage(n);
      if (p && p.docId === a.passages[0]!.docId) partners.set(n, p);
    }
    for (const p of partners.values()) {
      const pair = [a.passages[0]!, p].sort((x, y) => x.index - y.index);
      const { coverage, missing } = cover(analysis, pair);
      // Reading two passages together must earn its keep: a small cost for the second one.
      const score = coverage - 0.05;
      if (score > a.score) alignments.push({ passages: pair, coverage, missing, score });
    }
  }
  return alignments.sort((a, b) => b.score - a.score);
}
