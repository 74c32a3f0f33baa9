// The full check of `npm run bench`'s 2,000-word draft, alone and repeated, with the BM25 search
// inside it timed apart: for work on search (src/core/index/search.ts) without the rest of the
// bench. Builds the same corpus as `npm run bench` (the generated articles, 30 of them then
// edited, entities resolved) and the same draft, then times:
//   - the full check (every statement judged; the first run in the process, then the others),
//     with the time spent in `Corpus.search` during it;
//   - the searches of that check replayed alone, `--runs` times (wall and CPU time);
// and prints digests of the search results and of the verdicts, which must not change when
// search is made faster.
//
//   npx tsx scripts/bench-search.ts [--articles 10000] [--seed 7] [--runs 5]
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import { checkStatement } from '../src/core/check.js';
import { defaultConfig } from '../src/core/config/types.js';
import { parseDraft } from '../src/core/draft/parse.js';
import type { StatementResult } from '../src/core/model.js';
import { LineIndex } from '../src/core/text/lines.js';
import { benchCorpusAndDraft } from './bench-draft.js';
import { cpuNow } from './process-usage.js';
import { flagValue } from './cli-flags.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const value = flagValue(argv, name);
  return value !== undefined ? Number(value) : fallback;
};
const articles = arg('articles', 10_000);
const seed = arg('seed', 7);
const runs = arg('runs', 5);

const median = (s: number[]): number => [...s].sort((a, b) => a - b)[Math.floor((s.length - 1) / 2)]!;
const ms = (v: number): string => `${v.toFixed(1)} ms`;
const list = (s: number[]): string => s.map((v) => v.toFixed(0)).join(', ');

const { corpus, draftText } = await benchCorpusAndDraft(articles, seed);
const config = defaultConfig();

// Every search of a check, timed, and what it was asked.
const asked: [string, number][] = [];
let searchMs = 0;
const search = corpus.search.bind(corpus);
corpus.search = (text: string, limit?: number) => {
  asked.push([text, limit ?? 10]);
  const start = performance.now();
  const hits = search(text, limit);
  searchMs += performance.now() - start;
  return hits;
};

function checkAll(): StatementResult[] {
  const draft = parseDraft(draftText, 'drafts/draft.md');
  const lines = new LineIndex(draftText);
  return draft.statements.map((statement) => checkStatement(corpus, draft, statement, config, lines));
}

const full: number[] = [];
const fullCpu: number[] = [];
const inSearch: number[] = [];
let results: StatementResult[] = [];
let searched: [string, number][] = [];
for (let r = 0; r < runs + 1; r++) {
  asked.length = 0;
  searchMs = 0;
  const cpu = cpuNow();
  const start = performance.now();
  results = checkAll();
  full.push(performance.now() - start);
  fullCpu.push(cpuNow() - cpu);
  inSearch.push(searchMs);
  if (r === 0) searched = [...asked];
}
corpus.search = search;

const alone: number[] = [];
const aloneCpu: number[] = [];
const digest = createHash('sha256');
for (let r = 0; r < runs; r++) {
  const cpu = cpuNow();
  const start = performance.now();
  for (const [text, limit] of searched) {
    const hits = search(text, limit);
    if (r === 0) digest.update(JSON.stringify(hits.map((h) => [h.passage.index, h.score])));
  }
  alone.push(performance.now() - start);
  aloneCpu.push(cpuNow() - cpu);
}
const verdicts = createHash('sha256').update(JSON.stringify(results.map((r) => [r.verdict, r.finding?.code, r.finding?.message]))).digest('hex').slice(0, 16);

const words = draftText.split(/\s+/).length;
const out = process.stdout;
out.write(`bench-search: ${articles} articles, seed ${seed}; node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
out.write(`draft: ${words} words, ${results.length} statements, ${searched.length} searches\n`);
out.write(`full check, first run: ${ms(full[0]!)} (cpu ${ms(fullCpu[0]!)}), in search ${ms(inSearch[0]!)}\n`);
if (runs > 0) out.write(`full check, runs 2..${runs + 1}: median ${ms(median(full.slice(1)))} (cpu ${ms(median(fullCpu.slice(1)))}), in search ${ms(median(inSearch.slice(1)))}  [${list(full.slice(1))}]\n`);
if (runs > 0) out.write(`searches alone: median ${ms(median(alone))} (cpu ${ms(median(aloneCpu))})  [${list(alone)}]\n`);
out.write(`digests: searches ${digest.digest('hex').slice(0, 16)}, verdicts ${verdicts}\n`);
