// The support score: boosted trees over a claim's explainable features (claim-features.ts),
// fitted on the dev split of the evaluation data by scripts/train-support.ts and stored in
// support-model.json.
import model from './support-model.json' with { type: 'json' };
import { CLAIM_FEATURES, claimFeatures, type SentenceSupport } from './claim-features.js';
import type { SupportFeatures } from './features.js';
import { treeContributions, treeLogit, type TreeModel } from './trees.js';

let checked: TreeModel | undefined;

// The stored model names its features; one fitted on another feature list would read the wrong
// columns, so it is refused on first use (not at load: the trainer imports this module too).
function fitted(): TreeModel {
  if (checked) return checked;
  const m = model as TreeModel;
  if (m.features.join() !== CLAIM_FEATURES.join()) {
    throw new Error('support-model.json was fitted on other features than claim-features.ts lists: run scripts/train-support.ts');
  }
  return (checked = m);
}

/** Support in [0,1] of a claim made of these sentences; 0.5 is the default threshold. */
export function claimSupport(sentences: readonly SentenceSupport[]): number {
  return 1 / (1 + Math.exp(-treeLogit(fitted(), claimFeatures(sentences))));
}

/**
 * How much each sentence feature pushed the claim's support up (positive) or down, in log-odds:
 * the summaries of one feature (worst sentence, mean) are added together.
 */
export function supportReasons(sentences: readonly SentenceSupport[]): Map<keyof SupportFeatures | 'claim', number> {
  const credit = treeContributions(fitted(), claimFeatures(sentences));
  const out = new Map<keyof SupportFeatures | 'claim', number>();
  CLAIM_FEATURES.forEach((name, i) => {
    const colon = name.indexOf(':');
    const key = (colon >= 0 ? name.slice(colon + 1) : 'claim') as keyof SupportFeatures | 'claim';
    out.set(key, (out.get(key) ?? 0) + credit[i]!);
  });
  return out;
}
