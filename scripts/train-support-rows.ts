// What the support-model trainer reads: the dev claims as feature rows, the per-cell weights that
// balance every dataset at one threshold, folds by source document and the report.
import { assessClaim } from '../src/core/grounding/claim.js';
import { splitSentences } from '../src/core/text/segment.js';
import { claimFeatures } from '../src/core/grounding/claim-features.js';
import type { EvalExample } from './eval-data.js';
import { balancedAccuracy, bestThreshold, rocAuc } from './eval-metrics.js';

export interface Row {
  ex: EvalExample;
  /** The claim's features, in the order of CLAIM_FEATURES. */
  x: number[];
  /** A rule rejects the claim whatever the model says. */
  ruled: boolean;
  /** Which rules fired. */
  rules: string[];
  weight: number;
}

/**
 * Anchors that need no annotator: a sentence copied from a source is supported by it, and a
 * sentence of another article is not. The labelled sets hold few plain copies (their supported
 * claims are summaries), so without anchors a model could rank a verbatim copy below the
 * threshold; these rows pin the two ends of the scale. Built from the dev sources only.
 */
export function anchorExamples(examples: EvalExample[], perSource = 2): EvalExample[] {
  const sources = [...new Set(examples.map((e) => e.source))].sort((a, b) => hash(a) - hash(b));
  const sentencesOf = (text: string): string[] => splitSentences(text)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((t) => { const words = t.split(/\s+/).length; return words >= 8 && words <= 40 && /^[\p{Lu}"“]/u.test(t) && !/[()]|https?:/.test(t); });
  const out: EvalExample[] = [];
  sources.forEach((source, i) => {
    const own = sentencesOf(source);
    const other = sentencesOf(sources[(i + 1) % sources.length]!);
    for (let k = 0; k < perSource && own.length; k++) {
      const claim = own[(hash(source) + k * 7919) % own.length]!;
      out.push({ id: `anchor-copy-${i}-${k}`, dataset: 'anchors', split: 'dev', source, claim, supported: true, group: 'copy' });
    }
    if (other.length) {
      const claim = other[hash(source) % other.length]!;
      if (!source.includes(claim)) out.push({ id: `anchor-other-${i}`, dataset: 'anchors', split: 'dev', source, claim, supported: false, group: 'other' });
    }
  });
  return out;
}

export function buildRows(examples: EvalExample[]): Row[] {
  return examples.map((ex) => {
    const assessments = assessClaim(ex.source, ex.claim);
    const rules = assessments.flatMap((a) => [
      ...(a.quoteVerdict ? [a.quoteVerdict.kind] : []), ...(a.figure ? ['figure'] : []), ...(a.swap ? ['name'] : []), ...(a.flipped ? ['negation'] : []), ...(a.antonym ? ['antonym'] : []),
    ]);
    return { ex, x: [...claimFeatures(assessments)], ruled: rules.length > 0, rules, weight: 0 };
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

/**
 * Mean balanced accuracy, AUC and share of supported claims flagged over datasets, after
 * printing each dataset's figures.
 */
export function report(title: string, rows: Row[], preds: Prediction[], quiet = false): { bacc: number; auc: number; flagged: number } {
  if (!quiet) console.log(`\n${title}`);
  const baccs: number[] = [];
  const aucs: number[] = [];
  const flags: number[] = [];
  for (const d of [...new Set(rows.map((r) => r.ex.dataset))].sort()) {
    if (d === 'anchors') continue;
    const idx = rows.map((r, i) => (r.ex.dataset === d ? i : -1)).filter((i) => i >= 0);
    const y = idx.map((i) => rows[i]!.ex.supported);
    const bacc = balancedAccuracy(y, idx.map((i) => preds[i]!.supported));
    const auc = rocAuc(y, idx.map((i) => preds[i]!.score));
    const supported = idx.filter((i) => rows[i]!.ex.supported);
    const flagged = supported.filter((i) => !preds[i]!.supported).length / Math.max(1, supported.length);
    baccs.push(bacc);
    aucs.push(auc);
    flags.push(flagged);
    const oracle = bestThreshold(y, idx.map((i) => preds[i]!.score));
    if (!quiet) console.log(`  ${d.padEnd(16)} BAcc ${bacc.toFixed(3)}  flagged ${flagged.toFixed(3)}  AUC ${auc.toFixed(3)}  (best BAcc ${oracle.bacc.toFixed(3)} @${oracle.threshold.toFixed(2)})`);
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  if (!quiet) console.log(`  ${'mean'.padEnd(16)} BAcc ${mean(baccs).toFixed(3)}  flagged ${mean(flags).toFixed(3)}  AUC ${mean(aucs).toFixed(3)}`);
  return { bacc: mean(baccs), auc: mean(aucs), flagged: mean(flags) };
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
