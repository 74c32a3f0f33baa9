// Metrics of a binary grounding checker; the positive class is "supported".

/** Balanced accuracy: the mean of the recall on supported and on unsupported examples. */
export function balancedAccuracy(labels: boolean[], predictions: boolean[]): number {
  let tp = 0, pos = 0, tn = 0, neg = 0;
  labels.forEach((y, i) => {
    if (y) { pos++; if (predictions[i]) tp++; } else { neg++; if (!predictions[i]) tn++; }
  });
  if (!pos || !neg) return NaN;
  return (tp / pos + tn / neg) / 2;
}

/** ROC AUC of a score (higher = more likely supported); ties count half. */
export function rocAuc(labels: boolean[], scores: number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  // Average ranks over ties (Mann–Whitney U).
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let pos = 0, rankSum = 0;
  labels.forEach((y, i) => { if (y) { pos++; rankSum += ranks[i]!; } });
  const neg = labels.length - pos;
  if (!pos || !neg) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** The threshold on a score that maximises balanced accuracy (for reference only: never the default). */
export function bestThreshold(labels: boolean[], scores: number[]): { threshold: number; bacc: number } {
  const candidates = [...new Set(scores)].sort((a, b) => a - b);
  let best = { threshold: 0.5, bacc: -1 };
  for (const t of candidates) {
    const bacc = balancedAccuracy(labels, scores.map((s) => s >= t));
    if (bacc > best.bacc) best = { threshold: t, bacc };
  }
  return best;
}
