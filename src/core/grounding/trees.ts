// Boosted decision trees, evaluated: the support model is a sum of small trees over explainable
// features, fitted by scripts/train-support.ts and stored as JSON. Each node also keeps the
// model's mean output below it, so a prediction can be split into what each feature added
// along its path (Saabas' attribution): the verdict names the features that drove it.

/** A tree in flat arrays: node i is a leaf when feature[i] < 0. */
export interface Tree {
  /** Index of the feature tested at each node; -1 for a leaf. */
  feature: number[];
  /** Go left when the value is at most this. */
  threshold: number[];
  left: number[];
  right: number[];
  /** Output of a leaf; for an inner node, the weighted mean output of the leaves below it. */
  value: number[];
}

export interface TreeModel {
  features: string[];
  /** Log-odds before any tree. */
  bias: number;
  trees: Tree[];
  trained?: Record<string, unknown>;
}

/** The model's log-odds for one feature vector (in the order of `model.features`). */
export function treeLogit(model: TreeModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (const t of model.trees) {
    let i = 0;
    while (t.feature[i]! >= 0) i = x[t.feature[i]!]! <= t.threshold[i]! ? t.left[i]! : t.right[i]!;
    z += t.value[i]!;
  }
  return z;
}

/**
 * What each feature added to the log-odds: along each tree's path, the change in the mean output
 * from a node to the child taken is credited to the feature tested there. The credits and the
 * trees' root means add up to the log-odds.
 */
export function treeContributions(model: TreeModel, x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(model.features.length);
  for (const t of model.trees) {
    let i = 0;
    while (t.feature[i]! >= 0) {
      const next = x[t.feature[i]!]! <= t.threshold[i]! ? t.left[i]! : t.right[i]!;
      out[t.feature[i]!]! += t.value[next]! - t.value[i]!;
      i = next;
    }
  }
  return out;
}
