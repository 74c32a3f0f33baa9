// An experiment kept for comparison with the logistic support model (train-support.ts): gradient-
// boosted shallow trees with monotone constraints, fitted and cross-validated on the DEV split.
// On dev (5-fold CV by document) it ranks and separates no better than the logistic model, whose
// per-feature weights read more plainly, so the product does not use it; --out FILE saves one.
//
//   npx tsx scripts/train-support-trees.ts [--data DIR] [--folds 5] [--trees 120] [--depth 3] [--rate 0.1] [--out FILE]
//
// As for the logistic model (train-support.ts): a claim's log-odds is the minimum over its
// sentences, each (dataset, label) cell weighs the same, and claims a rule rejects are left out.
// Each boosting round fits a tree to the gradient at every claim's least supported sentence.
// Monotone constraints (bounds passed down the tree, as in XGBoost and LightGBM) keep every
// feature pushing the score only the way its meaning says (SIGN).
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../src/core/grounding/features.js';
import { dataDir, loadExamples, type EvalExample } from './eval-data.js';
import { buildRows, foldOf, report, SIGN, weigh, type Prediction, type Row } from './train-support-rows.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const TREES = Number(flag('trees') ?? 120);
const DEPTH = Number(flag('depth') ?? 3);
const RATE = Number(flag('rate') ?? 0.1);
const LAMBDA = Number(flag('lambda') ?? 1);
const MIN_HESSIAN = Number(flag('min-hessian') ?? 2);
const CUTS = 24;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A split (`f` feature index, go left when value < `t`) or a leaf (`v`, log-odds). */
type TreeNode = { f: number; t: number; l: TreeNode; r: TreeNode } | { v: number };

function treeLogit(m: { base: number; trees: TreeNode[] }, x: readonly number[]): number {
  let z = m.base;
  for (const tree of m.trees) {
    let node = tree;
    while (!('v' in node)) node = x[node.f]! < node.t ? node.l : node.r;
    z += node.v;
  }
  return z;
}

interface Model {
  base: number;
  trees: TreeNode[];
}

/** Candidate thresholds per feature: midpoints between distinct values, thinned to quantiles. */
function cutsOf(rows: Row[]): number[][] {
  return FEATURE_NAMES.map((_, j) => {
    const values = [...new Set(rows.flatMap((r) => r.sentences.map((x) => x[j]!)))].sort((a, b) => a - b);
    const mids = values.slice(1).map((v, i) => (v + values[i]!) / 2);
    if (mids.length <= CUTS) return mids;
    return Array.from({ length: CUTS }, (_, k) => mids[Math.floor(((k + 0.5) * mids.length) / CUTS)]!);
  });
}

interface Point {
  x: number[];
  g: number;
  h: number;
}

function leafValue(g: number, h: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, (-RATE * g) / (h + LAMBDA)));
}

/** Loss change of giving value w to points with gradient sum g and hessian sum h (lower is better). */
function lossOf(g: number, h: number, w: number): number {
  return (g * w) / RATE + (0.5 * (h + LAMBDA) * w * w) / (RATE * RATE);
}

function grow(points: Point[], cuts: number[][], depth: number, lo: number, hi: number): TreeNode {
  const G = points.reduce((a, p) => a + p.g, 0);
  const H = points.reduce((a, p) => a + p.h, 0);
  const here = leafValue(G, H, lo, hi);
  if (depth === 0 || H < 2 * MIN_HESSIAN) return { v: here };
  let best: { f: number; t: number; loss: number; wl: number; wr: number } | undefined;
  const baseLoss = lossOf(G, H, here);
  for (let f = 0; f < cuts.length; f++) {
    const sign = SIGN[FEATURE_NAMES[f]!] ?? 0;
    const ts = cuts[f]!;
    if (!ts.length) continue;
    // Gradient and hessian sums per bin, then a sweep over the cuts.
    const gb = new Array<number>(ts.length + 1).fill(0);
    const hb = new Array<number>(ts.length + 1).fill(0);
    for (const p of points) {
      const v = p.x[f]!;
      let k = 0;
      while (k < ts.length && v >= ts[k]!) k++;
      gb[k]! += p.g;
      hb[k]! += p.h;
    }
    let gl = 0;
    let hl = 0;
    for (let k = 0; k < ts.length; k++) {
      gl += gb[k]!;
      hl += hb[k]!;
      const gr = G - gl;
      const hr = H - hl;
      if (hl < MIN_HESSIAN || hr < MIN_HESSIAN) continue;
      const wl = leafValue(gl, hl, lo, hi);
      const wr = leafValue(gr, hr, lo, hi);
      if ((sign > 0 && wl > wr) || (sign < 0 && wl < wr)) continue;
      const loss = lossOf(gl, hl, wl) + lossOf(gr, hr, wr);
      if (loss < baseLoss - 1e-9 && (!best || loss < best.loss)) best = { f, t: ts[k]!, loss, wl, wr };
    }
  }
  if (!best) return { v: here };
  const sign = SIGN[FEATURE_NAMES[best.f]!] ?? 0;
  const mid = (best.wl + best.wr) / 2;
  const left = points.filter((p) => p.x[best.f]! < best.t);
  const right = points.filter((p) => p.x[best.f]! >= best.t);
  const [llo, lhi, rlo, rhi] = sign > 0 ? [lo, mid, mid, hi] : sign < 0 ? [mid, hi, lo, mid] : [lo, hi, lo, hi];
  return { f: best.f, t: best.t, l: grow(left, cuts, depth - 1, llo, lhi), r: grow(right, cuts, depth - 1, rlo, rhi) };
}

function fit(rows: Row[]): Model {
  const live = rows.filter((r) => r.weight > 0);
  const total = live.reduce((a, r) => a + r.weight, 0);
  // Weights scaled to mean 1, so that LAMBDA and MIN_HESSIAN are in claims.
  const w = live.map((r) => (r.weight * live.length) / total);
  const pos = live.reduce((a, r, i) => a + (r.ex.supported ? w[i]! : 0), 0);
  const base = Math.log(pos / (live.length - pos));
  const cuts = cutsOf(live);
  const model: Model = { base, trees: [] };
  const scores = live.map((r) => r.sentences.map(() => base));
  for (let t = 0; t < TREES; t++) {
    const points: Point[] = live.map((r, i) => {
      let arg = 0;
      scores[i]!.forEach((z, s) => {
        if (z < scores[i]![arg]!) arg = s;
      });
      const p = sigmoid(scores[i]![arg]!);
      return { x: r.sentences[arg]!, g: w[i]! * (p - (r.ex.supported ? 1 : 0)), h: w[i]! * Math.max(p * (1 - p), 1e-6) };
    });
    const tree = grow(points, cuts, DEPTH, -Infinity, Infinity);
    model.trees.push(tree);
    live.forEach((r, i) => r.sentences.forEach((x, s) => {
      scores[i]![s]! += treeLogit({ base: 0, trees: [tree] }, x);
    }));
  }
  return model;
}

function predict(m: Model, r: Row): Prediction {
  const z = Math.min(...r.sentences.map((x) => treeLogit(m, x)));
  const score = sigmoid(z);
  return { score: r.ruled ? Math.min(score, 0.3) : score, supported: !r.ruled && score >= 0.5 };
}

function round(node: TreeNode): TreeNode {
  const r = (x: number): number => Math.round(x * 1e4) / 1e4;
  return 'v' in node ? { v: r(node.v) } : { f: node.f, t: r(node.t), l: round(node.l), r: round(node.r) };
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
  console.log(`${TREES} trees of depth ${DEPTH}, rate ${RATE}, lambda ${LAMBDA}, min hessian ${MIN_HESSIAN}`);

  const folds = Number(flag('folds') ?? 5);
  const cv: Prediction[] = new Array(rows.length);
  for (let k = 0; k < folds; k++) {
    const train = rows.filter((r) => foldOf(r, folds) !== k);
    weigh(train);
    const m = fit(train);
    rows.forEach((r, i) => {
      if (foldOf(r, folds) === k) cv[i] = predict(m, r);
    });
  }
  report(`dev, ${folds}-fold cross-validated (folds by source document)`, rows, cv);

  weigh(rows);
  const m = fit(rows);
  report('dev, fitted on all of dev (optimistic)', rows, rows.map((r) => predict(m, r)));
  const used = new Map<string, number>();
  const count = (n: TreeNode): void => {
    if ('v' in n) return;
    used.set(FEATURE_NAMES[n.f]!, (used.get(FEATURE_NAMES[n.f]!) ?? 0) + 1);
    count(n.l);
    count(n.r);
  };
  m.trees.forEach(count);
  console.log(`\nsplits per feature: ${[...used].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ')}`);
  const file = flag('out');
  if (!file) return 0;
  const out = resolve(file);
  writeFileSync(out, JSON.stringify({
    features: FEATURE_NAMES,
    base: Math.round(m.base * 1e4) / 1e4,
    trees: m.trees.map(round),
    trained: { by: 'scripts/train-support-trees.ts', on: 'dev split of the evaluation data', claims: rows.length, trees: TREES, depth: DEPTH, rate: RATE, lambda: LAMBDA, minHessian: MIN_HESSIAN },
  }) + '\n');
  console.log(`wrote ${out}`);
  return 0;
}

process.exitCode = main();
