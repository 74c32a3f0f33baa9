// What the support model reads of a claim of one or more sentences: each sentence's evidence
// features summed up over the claim (its weakest sentence, the mean, the worst conflict) and the
// claim as a whole (the share of its word pairs and triples the sources have). A draft statement
// is a claim of one sentence; `groundwork score` takes claims of several.
import { FEATURE_NAMES, type SupportFeatures } from './features.js';

/** Word runs of a sentence found in its sources, out of how many: summed over a claim's sentences. */
export interface GramCounts {
  pairs: number;
  pairsFound: number;
  triples: number;
  triplesFound: number;
  /** Content-word weight, and the weight the sources have. */
  weight: number;
  weightFound: number;
  /** Neighbouring content-word pairs, and those found near / close together in the sources. */
  contentPairs: number;
  nearFound: number;
  closeFound: number;
}

/**
 * Which way a feature may move support: +1 more evidence, -1 a gap or a conflict. Length counts
 * against: a long statement has more room for something the sources do not say.
 */
export const FEATURE_SIGN: Record<keyof SupportFeatures, 1 | -1> = {
  passageCoverage: 1, documentCoverage: 1, novelWords: -1, documentBigrams: 1, documentTrigrams: 1,
  passageBigrams: 1, passageSubsequence: 1, novelNames: -1, novelFigures: -1, figureConflict: -1,
  nameConflict: -1, negationConflict: -1, unmatchedNegation: -1, length: -1, passageNames: -1,
  passageFigures: -1, pronounConflict: -1, editedCopy: -1, antonymSwap: -1, joinedPassages: -1,
  nearPairs: 1, closePairs: 1, relatedCoverage: 1, unexplainedWords: -1,
};

type Summary = 'worst' | 'mean';

/** Per sentence feature, the summaries the model reads: the worst sentence and the mean. */
const SENTENCE_SUMMARIES: readonly [keyof SupportFeatures, Summary][] = FEATURE_NAMES.flatMap((name) =>
  ([['worst', name], ['mean', name]] as const).map(([s, n]) => [n, s] as [keyof SupportFeatures, Summary]));

// No feature tells how many sentences a claim has: it would tell the data sets apart (their
// summaries differ in length) rather than supported claims from unsupported ones.
const CLAIM_WIDE = ['claimBigrams', 'claimTrigrams', 'claimWords', 'claimNearPairs', 'claimClosePairs'] as const;

export const CLAIM_FEATURES: readonly string[] = [
  ...SENTENCE_SUMMARIES.map(([name, s]) => `${s}:${name}`),
  ...CLAIM_WIDE,
];

export const CLAIM_FEATURE_SIGN: readonly number[] = [
  ...SENTENCE_SUMMARIES.map(([name]) => FEATURE_SIGN[name]),
  1, 1, 1, 1, 1,
];

export interface SentenceSupport {
  features: SupportFeatures;
  counts: GramCounts;
}

/** The claim's feature vector, in the order of CLAIM_FEATURES. */
export function claimFeatures(sentences: readonly SentenceSupport[]): Float64Array {
  const out = new Float64Array(CLAIM_FEATURES.length);
  const n = sentences.length;
  let k = 0;
  for (const [name, summary] of SENTENCE_SUMMARIES) {
    if (!n) { out[k++] = 0; continue; }
    const sign = FEATURE_SIGN[name];
    let acc = summary === 'mean' ? 0 : sign > 0 ? Infinity : -Infinity;
    for (const s of sentences) {
      const v = s.features[name];
      if (summary === 'mean') acc += v / n;
      else acc = sign > 0 ? Math.min(acc, v) : Math.max(acc, v);
    }
    out[k++] = acc;
  }
  let pairs = 0, pairsFound = 0, triples = 0, triplesFound = 0, weight = 0, weightFound = 0;
  let contentPairs = 0, nearFound = 0, closeFound = 0;
  for (const { counts: c } of sentences) {
    contentPairs += c.contentPairs; nearFound += c.nearFound; closeFound += c.closeFound;
    pairs += c.pairs; pairsFound += c.pairsFound;
    triples += c.triples; triplesFound += c.triplesFound;
    weight += c.weight; weightFound += c.weightFound;
  }
  out[k++] = pairs ? pairsFound / pairs : 1;
  out[k++] = triples ? triplesFound / triples : 1;
  out[k++] = weight ? weightFound / weight : 1;
  out[k++] = contentPairs ? nearFound / contentPairs : 1;
  out[k] = contentPairs ? closeFound / contentPairs : 1;
  return out;
}
