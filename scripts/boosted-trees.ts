// Gradient-boosted decision trees for a weighted binary logistic loss, with monotone constraints:
// a feature marked +1 can only raise the log-odds as it grows (more evidence never lowers
// support), one marked -1 only lower it (a conflict never raises it). Split search over quantile
// bins, second-order leaf values, L2 on leaves, rows and features subsampled by a seeded
// generator so a fit is reproducible. The output is the TreeModel that src/core evaluates.
import type { Tree, TreeModel } from '../src/core/grounding/trees.js';

export interface BoostOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Least total hessian in a child. */
  minChildWeight: number;
  bins: number;
  /** Share of rows each tree sees. */
  subsample: number;
  seed: number;
  /**
   * Share of the loss given to ranking within a group (pairwise logistic over each group's
   * supported and unsupported rows), the rest to the weighted logistic loss. 0: none.
   */
  rank: number;
}

export const DEFAULT_BOOST: BoostOptions = {
  trees: 150, depth: 3, learningRate: 0.08, lambda: 1, minChildWeight: 5, bins: 48, subsample: 0.8, seed: 7, rank: 0,
};

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

/** Cut points per feature: midpoints between distinct values, thinned to quantiles. */
function cutsOf(column: number[], bins: number): number[] {
  const values = [...new Set(column)].sort((a, b) => a - b);
  const mids: number[] = [];
  for (let i = 0; i + 1 < values.length; i++) mids.push((values[i]! + values[i + 1]!) / 2);
  if (mids.length <= bins) return mids;
  // Quantiles of the data, not of the distinct values: cuts go where rows are.
  const sorted = [...column].sort((a, b) => a - b);
  const out = new Set<number>();
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.floor((k * sorted.length) / bins)]!;
    const above = values.find((x) => x > v);
    if (above !== undefined) out.add((v + above) / 2);
  }
  return [...out].sort((a, b) => a - b);
}

interface Building {
  tree: Tree;
}

export function fitBoostedTrees(
  names: string[], x: number[][], y: boolean[], weights: number[], monotone: number[], options: Partial<BoostOptions> = {},
  groups?: readonly string[],
): TreeModel {
  const o = { ...DEFAULT_BOOST, ...options };
  const n = x.length;
  // Weights scaled to a mean of 1, so that lambda and minChildWeight count in rows whatever the
  // caller's scale.
  const scale = n / Math.max(1e-12, weights.reduce((a, b) => a + b, 0));
  const w = weights.map((v) => v * scale);
  const d = names.length;
  const cuts = names.map((_, j) => cutsOf(x.map((r) => r[j]!), o.bins));
  // bin[j][i]: the first cut at or above the value, so "value <= cuts[k]" is "bin <= k".
  const bin = names.map((_, j) => Int32Array.from(x, (r) => {
    const c = cuts[j]!;
    let lo = 0;
    let hi = c.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! < r[j]!) lo = mid + 1; else hi = mid;
    }
    return lo;
  }));
  const wsum = w.reduce((a, b) => a + b, 0);
  const pos = w.reduce((a, b, i) => a + (y[i] ? b : 0), 0);
  const bias = Math.log(Math.max(pos, 1e-9) / Math.max(wsum - pos, 1e-9));
  const f = new Float64Array(n).fill(bias);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const random = rng(o.seed);
  const trees: Tree[] = [];

  const ranked = o.rank > 0 && groups ? rankGroups(groups, y, w) : [];
  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(f[i]!);
      g[i] = (1 - o.rank) * (p - (y[i] ? 1 : 0)) * w[i]!;
      h[i] = Math.max((1 - o.rank) * p * (1 - p), 1e-6) * w[i]!;
    }
    addRankGradients(ranked, f, g, h, (o.rank * n) / Math.max(1, ranked.length));
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (w[i]! > 0 && random() < o.subsample) rows.push(i);
    const b: Building = { tree: { feature: [], threshold: [], left: [], right: [], value: [] } };
    const leafValue = (G: number, H: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, (-G / (H + o.lambda)) * o.learningRate));

    const grow = (members: number[], depth: number, lo: number, hi: number): number => {
      let G = 0;
      let H = 0;
      for (const i of members) { G += g[i]!; H += h[i]!; }
      const id = b.tree.feature.length;
      const value = leafValue(G, H, lo, hi);
      b.tree.feature.push(-1); b.tree.threshold.push(0); b.tree.left.push(-1); b.tree.right.push(-1); b.tree.value.push(value);
      if (depth >= o.depth || members.length < 4) return id;
      const parentScore = (G * G) / (H + o.lambda);
      let best = { gain: 1e-12, j: -1, k: -1, vl: 0, vr: 0 };
      for (let j = 0; j < d; j++) {
        const c = cuts[j]!;
        if (!c.length) continue;
        const gb = new Float64Array(c.length + 1);
        const hb = new Float64Array(c.length + 1);
        const col = bin[j]!;
        for (const i of members) { gb[col[i]!]! += g[i]!; hb[col[i]!]! += h[i]!; }
        let GL = 0;
        let HL = 0;
        for (let k = 0; k < c.length; k++) {
          GL += gb[k]!; HL += hb[k]!;
          const GR = G - GL;
          const HR = H - HL;
          if (HL < o.minChildWeight || HR < o.minChildWeight) continue;
          const gain = (GL * GL) / (HL + o.lambda) + (GR * GR) / (HR + o.lambda) - parentScore;
          if (gain <= best.gain) continue;
          const vl = leafValue(GL, HL, lo, hi);
          const vr = leafValue(GR, HR, lo, hi);
          if (monotone[j]! > 0 && vl > vr) continue;
          if (monotone[j]! < 0 && vl < vr) continue;
          best = { gain, j, k, vl, vr };
        }
      }
      if (best.j < 0) return id;
      const left: number[] = [];
      const right: number[] = [];
      for (const i of members) (bin[best.j]![i]! <= best.k ? left : right).push(i);
      // A monotone split bounds what lies below it, so deeper splits cannot undo its order.
      let [llo, lhi, rlo, rhi] = [lo, hi, lo, hi];
      const mid = (best.vl + best.vr) / 2;
      if (monotone[best.j]! > 0) { lhi = mid; rlo = mid; }
      if (monotone[best.j]! < 0) { llo = mid; rhi = mid; }
      b.tree.feature[id] = best.j;
      b.tree.threshold[id] = cuts[best.j]![best.k]!;
      b.tree.left[id] = grow(left, depth + 1, llo, lhi);
      b.tree.right[id] = grow(right, depth + 1, rlo, rhi);
      return id;
    };
    grow(rows, 0, -Infinity, Infinity);
    const tree = b.tree;
    tree.value = tree.value.map((v) => Math.round(v * 1e5) / 1e5);
    tree.threshold = tree.threshold.map((v) => Math.round(v * 1e6) / 1e6);
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (tree.feature[k]! >= 0) k = x[i]![tree.feature[k]!]! <= tree.threshold[k]! ? tree.left[k]! : tree.right[k]!;
      f[i]! += tree.value[k]!;
    }
  }
  return { features: names, bias: Math.round(bias * 1e5) / 1e5, trees };
}

interface RankGroup {
  positive: number[];
  negative: number[];
}

/** Each group's weighted rows, split by label; groups with one label only have no pairs. */
function rankGroups(groups: readonly string[], y: boolean[], w: number[]): RankGroup[] {
  const byName = new Map<string, RankGroup>();
  groups.forEach((name, i) => {
    if (!(w[i]! > 0)) return;
    let group = byName.get(name);
    if (!group) byName.set(name, (group = { positive: [], negative: [] }));
    (y[i] ? group.positive : group.negative).push(i);
  });
  return [...byName.values()].filter((gr) => gr.positive.length && gr.negative.length);
}

/**
 * Pairwise logistic loss log(1 + e^-(f_pos - f_neg)) over every pair of a group, each group's
 * pairs averaged and the groups weighed alike, `scale` in all.
 */
function addRankGradients(ranked: RankGroup[], f: Float64Array, g: Float64Array, h: Float64Array, scale: number): void {
  for (const { positive, negative } of ranked) {
    const per = scale / (positive.length * negative.length);
    for (const i of positive) {
      for (const j of negative) {
        const q = sigmoid(f[j]! - f[i]!);
        const hess = Math.max(q * (1 - q), 1e-6) * per;
        g[i]! -= q * per; g[j]! += q * per;
        h[i]! += hess; h[j]! += hess;
      }
    }
  }
}
