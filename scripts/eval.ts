// `npm run eval`: scores every (source, claim) pair of the evaluation data with the same code
// path as `groundwork check` (scoreClaim) and prints balanced accuracy of the verdict at the
// default threshold and ROC AUC of the score, per dataset and split.
//
//   npm run eval -- [--data DIR] [--split dev|test] [--dataset NAME,...] [--limit N] [--out DIR]
//
// Per-example results go to eval-results/<split>.jsonl (ignored by git) for error analysis.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_THRESHOLD } from '../src/core/config/types.js';
// The function `groundwork score` and check.ts's scoreClaim call, without the draft parser.
import { scoreClaim } from '../src/core/grounding/claim.js';
import { dataDir, loadExamples, type EvalExample } from './eval-data.js';
import { balancedAccuracy, bestThreshold, rocAuc } from './eval-metrics.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Scored extends EvalExample {
  score: number;
  verdict: string;
}

// The best-threshold column is shown on dev only: a threshold picked on test would be tuning on test.
function row(name: string, items: Scored[], oracleColumn: boolean): string {
  const labels = items.map((x) => x.supported);
  const bacc = balancedAccuracy(labels, items.map((x) => x.verdict === 'supported'));
  const auc = rocAuc(labels, items.map((x) => x.score));
  const oracle = bestThreshold(labels, items.map((x) => x.score));
  const pos = labels.filter(Boolean).length;
  const f = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
  const base = `${name.padEnd(22)} ${String(items.length).padStart(5)} ${String(pos).padStart(5)}  ${f(bacc)}  ${f(auc)}`;
  return oracleColumn ? `${base}  ${f(oracle.bacc)} @${oracle.threshold.toFixed(2)}` : base;
}

function main(): number {
  const dir = dataDir(repoRoot, flag('data'));
  let examples: EvalExample[];
  try {
    examples = loadExamples(dir, { datasets: flag('dataset')?.split(','), splits: flag('split')?.split(',') });
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    return 2;
  }
  const limit = Number(flag('limit') ?? Infinity);
  const out = resolve(repoRoot, flag('out') ?? 'eval-results');
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const scored: Scored[] = [];
  const perDataset = new Map<string, number>();
  for (const ex of examples) {
    const seen = perDataset.get(ex.dataset) ?? 0;
    if (seen >= limit) continue;
    perDataset.set(ex.dataset, seen + 1);
    const { score, verdict } = scoreClaim(ex.source, ex.claim, { threshold: DEFAULT_THRESHOLD });
    scored.push({ ...ex, score, verdict });
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time too: wall time says little on a busy machine.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  mkdirSync(out, { recursive: true });
  for (const split of ['dev', 'test']) {
    const items = scored.filter((x) => x.split === split);
    if (!items.length) continue;
    console.log(`\n${split}: balanced accuracy of the verdict at the default threshold, ROC AUC of the score`);
    const oracleColumn = split === 'dev';
    console.log(`${'dataset'.padEnd(22)} ${'n'.padStart(5)} ${'supp'.padStart(5)}  BAcc   AUC${oracleColumn ? '    (best BAcc @threshold, dev only, for reference)' : ''}`);
    const datasets = [...new Set(items.map((x) => x.dataset))].sort();
    const baccs: number[] = [];
    const aucs: number[] = [];
    for (const d of datasets) {
      const of = items.filter((x) => x.dataset === d);
      console.log(row(d, of, oracleColumn));
      baccs.push(balancedAccuracy(of.map((x) => x.supported), of.map((x) => x.verdict === 'supported')));
      aucs.push(rocAuc(of.map((x) => x.supported), of.map((x) => x.score)));
      for (const g of [...new Set(of.map((x) => x.group).filter((x): x is string => !!x))].sort()) {
        console.log(row(`  ${d}/${g}`, of.filter((x) => x.group === g), oracleColumn));
      }
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`${'mean over datasets'.padEnd(22)} ${''.padStart(11)}  ${mean(baccs).toFixed(3)}  ${mean(aucs).toFixed(3)}`);
    writeFileSync(join(out, `${split}.jsonl`), items.map((x) => JSON.stringify({
      id: x.id, dataset: x.dataset, group: x.group, supported: x.supported, verdict: x.verdict, score: x.score,
      correct: (x.verdict === 'supported') === x.supported, claim: x.claim,
    })).join('\n') + '\n');
  }
  console.log(`\n${scored.length} claims in ${seconds.toFixed(1)} s (${(scored.length / seconds).toFixed(0)} claims/s; CPU ${cpuSeconds.toFixed(1)} s, ${(scored.length / cpuSeconds).toFixed(0)} claims/s); per-example results in ${relative(process.cwd(), out) || '.'}/`);
  return 0;
}

process.exitCode = main();
