// Reads the labelled (source, claim, label) evaluation files: ../shared/eval/data/*.jsonl.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface EvalExample {
  id: string;
  dataset: string;
  split: 'dev' | 'test';
  source: string;
  claim: string;
  /** True when annotators judged the claim supported by the source. */
  supported: boolean;
  /** Sub-population to report separately (FRANK: the origin dataset, cnndm or xsum). */
  group?: string;
}

/** The data folder: `--data DIR`, else $GROUNDWORK_EVAL_DATA, else ../shared/eval/data from the repo root. */
export function dataDir(repoRoot: string, flag?: string): string {
  return resolve(repoRoot, flag ?? process.env.GROUNDWORK_EVAL_DATA ?? join('..', 'shared', 'eval', 'data'));
}

export function loadExamples(dir: string, options: { datasets?: string[]; splits?: string[] } = {}): EvalExample[] {
  if (!existsSync(dir)) throw new Error(`evaluation data not found at ${dir} (set GROUNDWORK_EVAL_DATA or pass --data DIR)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (!files.length) throw new Error(`no *.jsonl files in ${dir}`);
  const out: EvalExample[] = [];
  for (const file of files) {
    const name = file.replace(/\.jsonl$/, '');
    if (options.datasets?.length && !options.datasets.includes(name)) continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; dataset: string; split: 'dev' | 'test'; source: string; claim: string; label: string; meta?: Record<string, unknown> };
      if (options.splits?.length && !options.splits.includes(r.split)) continue;
      // Polytope's overall label also counts omissions and duplications, which no grounding
      // checker can see; its inaccuracy label is the grounding one.
      const label = r.dataset === 'polytope' && typeof r.meta?.inaccuracy_label === 'string' ? r.meta.inaccuracy_label : r.label;
      const origin = r.meta?.origin_dataset;
      out.push({
        id: r.id, dataset: r.dataset, split: r.split, source: r.source, claim: r.claim,
        supported: label === 'supported',
        ...(typeof origin === 'string' ? { group: origin } : {}),
      });
    }
  }
  return out;
}
