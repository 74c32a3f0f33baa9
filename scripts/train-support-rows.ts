// What both support-model trainers share: the dev claims as feature rows, the per-cell weights
// that balance every dataset at one threshold, folds by source document and the report.
import { assessClaim } from '../src/core/grounding/claim.js';
import { FEATURE_NAMES } from '../src/core/grounding/features.js';
import type { EvalExample } from './eval-data.js';
import { balancedAccuracy, rocAuc } from './eval-metrics.js';

export interface Row {
  ex: EvalExample;
  /** One feature vector per sentence. */
  sentences: number[][];
  /** A rule rejects the claim whatever the model says. */
  ruled: boolean;
  /** Which rules fired. */
  rules: string[];
  weight: number;
}

// More evidence never lowers support, and a conflict never raises it: each feature keeps the
// direction its meaning gives it, so every verdict reads the same way as its evidence.
export const SIGN: Record<string, 1 | -1 | 0> = {
  passageCoverage: 1, documentCoverage: 1, novelWords: -1, documentBigrams: 1, documentTrigrams: 1,
  passageBigrams: 1, passageSubsequence: 1, novelNames: -1, novelFigures: -1, figureConflict: -1,
  nameConflict: -1, negationConflict: -1, unmatchedNegation: -1, length: 0, passageNames: -1,
  passageFigures: -1, pronounConflict: -1, editedCopy: -1, antonymSwap: -1, joinedPassages: -1,
};

export function buildRows(examples: EvalExample[]): Row[] {
  return examples.map((ex) => {
    const assessments = assessClaim(ex.source, ex.claim);
    const sentences = assessments.map((a) => FEATURE_NAMES.map((n) => a.features[n]));
    const rules = assessments.flatMap((a) => [
      ...(a.quoteVerdict ? [a.quoteVerdict.kind] : []), ...(a.figure ? ['figure'] : []), ...(a.swap ? ['name'] : []), ...(a.flipped ? ['negation'] : []), ...(a.antonym ? ['antonym'] : []),
    ]);
    return { ex, sentences: sentences.length ? sentences : [FEATURE_NAMES.map(() => 0)], ruled: rules.length > 0, rules, weight: 0 };
  });
}

/** Each (dataset, label) cell carries the same total weight; claims a rule rejects carry none. */
export function weigh(rows: Row[]): void {
  const cells = new Map<string, number>();
  for (const r of rows) if (!r.ruled) cells.set(`${r.ex.dataset}/${r.ex.supported}`, (cells.get(`${r.ex.dataset}/${r.ex.supported}`) ?? 0) + 1);
  for (const r of rows) r.weight = r.ruled ? 0 : 1 / (cells.get(`${r.ex.dataset}/${r.ex.supported}`)! * cells.size);
}

export interface Prediction {
  score: number;
  supported: boolean;
}

/** Mean balanced accuracy over datasets, after printing each dataset's figures. */
export function report(title: string, rows: Row[], preds: Prediction[]): number {
  console.log(`\n${title}`);
  const baccs: number[] = [];
  const aucs: number[] = [];
  for (const d of [...new Set(rows.map((r) => r.ex.dataset))].sort()) {
    const idx = rows.map((r, i) => (r.ex.dataset === d ? i : -1)).filter((i) => i >= 0);
    const y = idx.map((i) => rows[i]!.ex.supported);
    const bacc = balancedAccuracy(y, idx.map((i) => preds[i]!.supported));
    const auc = rocAuc(y, idx.map((i) => preds[i]!.score));
    baccs.push(bacc);
    aucs.push(auc);
    console.log(`  ${d.padEnd(16)} BAcc ${bacc.toFixed(3)}  AUC ${auc.toFixed(3)}`);
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`  ${'mean'.padEnd(16)} BAcc ${mean(baccs).toFixed(3)}  AUC ${mean(aucs).toFixed(3)}`);
  return mean(baccs);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Cross-validation fold of a row: by source document, so no document is both trained and tested on. */
export function foldOf(r: Row, folds: number): number {
  return hash(r.ex.source) % folds;
}
