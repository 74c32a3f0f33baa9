// Fits the support model (src/core/grounding/support-model.json) on the DEV split only.
//
//   npx tsx scripts/train-support.ts [--data DIR] [--folds 5] [--dry]
//
// A claim is supported only if its least supported sentence is, so the model is trained the
// way it is used: the claim's log-odds is the minimum over its sentences (multiple-instance
// logistic regression). Each (dataset, label) cell carries the same total weight, so that one
// threshold, 0.5, balances the errors on every dataset. Claims that a rule already rejects
// (misquote, figure or name conflict, flipped negation) are left out: the model cannot change
// their verdict. Prints a cross-validated estimate (folds by source document) before fitting.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../src/core/grounding/features.js';
import { dataDir, loadExamples, type EvalExample } from './eval-data.js';
import { rocAuc } from './eval-metrics.js';
import { buildRows, foldOf, report, SIGN, weigh, type Row } from './train-support-rows.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const L2 = Number(flag('l2') ?? 0.003);
const STEPS = Number(flag('steps') ?? 1500);

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

interface Fit {
  weights: number[];
  bias: number;
}

function logit(m: Fit, x: number[]): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += m.weights[i]! * x[i]!;
  return z;
}

function claimLogit(m: Fit, row: Row): { z: number; arg: number } {
  let best = { z: Infinity, arg: 0 };
  row.sentences.forEach((x, i) => {
    const z = logit(m, x);
    if (z < best.z) best = { z, arg: i };
  });
  return best;
}

/** Weighted multiple-instance logistic regression with Adam, on standardised features. */
function fit(rows: Row[]): Fit {
  const d = FEATURE_NAMES.length;
  const all = rows.flatMap((r) => r.sentences);
  const mean = Array.from({ length: d }, (_, j) => all.reduce((a, x) => a + x[j]!, 0) / all.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(all.reduce((a, x) => a + (x[j]! - mean[j]!) ** 2, 0) / all.length) || 1);
  const std = rows.map((r) => ({ ...r, sentences: r.sentences.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!)) }));
  const m: Fit = { weights: new Array(d).fill(0), bias: 0 };
  const mw = new Array(d + 1).fill(0);
  const vw = new Array(d + 1).fill(0);
  const lr = 0.05;
  for (let step = 1; step <= STEPS; step++) {
    const g = new Array(d + 1).fill(0);
    for (const r of std) {
      const { z, arg } = claimLogit(m, r);
      const err = (sigmoid(z) - (r.ex.supported ? 1 : 0)) * r.weight;
      const x = r.sentences[arg]!;
      for (let j = 0; j < d; j++) g[j] += err * x[j]!;
      g[d] += err;
    }
    for (let j = 0; j < d; j++) g[j] += L2 * m.weights[j]!;
    for (let j = 0; j <= d; j++) {
      mw[j] = 0.9 * mw[j] + 0.1 * g[j];
      vw[j] = 0.999 * vw[j] + 0.001 * g[j] * g[j];
      const step_ = (lr * (mw[j] / (1 - 0.9 ** step))) / (Math.sqrt(vw[j] / (1 - 0.999 ** step)) + 1e-8);
      if (j < d) {
        m.weights[j]! -= step_;
        const sign = SIGN[FEATURE_NAMES[j]!] ?? 0;
        if (sign * m.weights[j]! < 0) m.weights[j] = 0;
      } else m.bias -= step_;
    }
  }
  // Back to raw feature units.
  const weights = m.weights.map((w, j) => w / sd[j]!);
  const bias = m.bias - m.weights.reduce((a, w, j) => a + (w * mean[j]!) / sd[j]!, 0);
  return { weights, bias };
}

function predict(m: Fit, r: Row): { score: number; supported: boolean } {
  const score = sigmoid(claimLogit(m, r).z);
  return { score: r.ruled ? Math.min(score, 0.3) : score, supported: !r.ruled && score >= 0.5 };
}

function main(): number {
  let examples: EvalExample[];
  try {
    examples = loadExamples(dataDir(repoRoot, flag('data')), { splits: ['dev'] });
  } catch (e) {
    console.error(`train: ${(e as Error).message}`);
    return 2;
  }
  const started = performance.now();
  const rows = buildRows(examples);
  console.log(`features of ${rows.length} dev claims in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Diagnostics: how often each rule fires, and on how many supported claims it would be wrong.
  const ruled = rows.filter((r) => r.ruled);
  console.log(`rules reject ${ruled.length} claims, ${ruled.filter((r) => r.ex.supported).length} of them labelled supported`);
  for (const rule of ['misquote', 'misattributed', 'figure', 'name', 'negation', 'antonym']) {
    const fired = rows.filter((r) => r.rules.includes(rule));
    const byDataset = [...new Set(fired.map((r) => r.ex.dataset))].sort().map((d) => {
      const f = fired.filter((r) => r.ex.dataset === d);
      return `${d} ${f.filter((r) => !r.ex.supported).length}/${f.length}`;
    });
    console.log(`  ${rule.padEnd(14)} fires on ${fired.length}, right on ${fired.filter((r) => !r.ex.supported).length}: ${byDataset.join(', ')}`);
  }
  const datasets = [...new Set(rows.map((r) => r.ex.dataset))].sort();
  console.log('single-feature AUC per dataset (claim = its worst sentence by that feature):');
  console.log(`  ${''.padEnd(20)} ${datasets.map((d) => d.slice(0, 7).padStart(8)).join('')}`);
  for (const [j, name] of FEATURE_NAMES.entries()) {
    const aucs = datasets.map((d) => {
      const of = rows.filter((r) => r.ex.dataset === d);
      return rocAuc(of.map((r) => r.ex.supported), of.map((r) => Math.min(...r.sentences.map((x) => x[j]!))));
    });
    console.log(`  ${name.padEnd(20)} ${aucs.map((a) => a.toFixed(3).padStart(8)).join('')}`);
  }

  const folds = Number(flag('folds') ?? 5);
  const fold = (r: Row): number => foldOf(r, folds);
  const cv: { score: number; supported: boolean }[] = new Array(rows.length);
  for (let k = 0; k < folds; k++) {
    const train = rows.filter((r) => fold(r) !== k);
    weigh(train);
    const m = fit(train);
    rows.forEach((r, i) => {
      if (fold(r) === k) cv[i] = predict(m, r);
    });
  }
  report(`dev, ${folds}-fold cross-validated (folds by source document)`, rows, cv);

  weigh(rows);
  const m = fit(rows);
  report('dev, fitted on all of dev (optimistic)', rows, rows.map((r) => predict(m, r)));
  console.log('\nweights:');
  FEATURE_NAMES.forEach((n, j) => console.log(`  ${n.padEnd(20)} ${m.weights[j]!.toFixed(3)}`));
  console.log(`  ${'bias'.padEnd(20)} ${m.bias.toFixed(3)}`);
  if (process.argv.includes('--dry')) return 0;
  const out = join(repoRoot, 'src', 'core', 'grounding', 'support-model.json');
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  writeFileSync(out, JSON.stringify({
    features: FEATURE_NAMES,
    weights: m.weights.map(round),
    bias: round(m.bias),
    trained: { by: 'scripts/train-support.ts', on: 'dev split of the evaluation data', claims: rows.length, l2: L2, steps: STEPS },
  }, null, 2) + '\n');
  console.log(`\nwrote ${out}`);
  return 0;
}

process.exitCode = main();
