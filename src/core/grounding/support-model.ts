// The support score: a logistic model over explainable features, trained on the dev split of
// the evaluation data by scripts/train-support.ts. Weights live in support-model.json.
import model from './support-model.json' with { type: 'json' };
import { FEATURE_NAMES, type SupportFeatures } from './features.js';

export interface SupportModel {
  features: string[];
  weights: number[];
  bias: number;
  /** How and on what the weights were fitted. */
  trained?: Record<string, unknown>;
}

const fitted = model as SupportModel;
const order = FEATURE_NAMES.map((name) => {
  const i = fitted.features.indexOf(name);
  return i >= 0 ? fitted.weights[i]! : 0;
});

/** The model's log-odds that a statement is supported. */
export function supportLogit(f: SupportFeatures, m: { weights: readonly number[]; bias: number } = { weights: order, bias: fitted.bias }): number {
  let z = m.bias;
  FEATURE_NAMES.forEach((name, i) => {
    z += m.weights[i]! * f[name];
  });
  return z;
}

/** Support in [0,1]; 0.5 is the default threshold. */
export function supportScore(f: SupportFeatures): number {
  return 1 / (1 + Math.exp(-supportLogit(f)));
}

/** How much each feature pushes the score up (positive) or down, for explaining a verdict. */
export function contributions(f: SupportFeatures): { feature: keyof SupportFeatures; logit: number }[] {
  return FEATURE_NAMES.map((feature, i) => ({ feature, logit: order[i]! * f[feature] }));
}
