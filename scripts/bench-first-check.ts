// The full check of `npm run bench`'s 2,000-word draft, the first in a process and then again in
// it, without the rest of the bench: for work on what a first check pays once (cold code, lazily
// built structures) that a second does not.
//
//   prepare   builds the corpus as `npm run bench` does before its drafts (the generated articles,
//             30 of them then edited, entities resolved), and saves its index and the bench's
//             draft beside the generated corpus;
//   build     in this process: the corpus built as in `prepare`, then the draft checked (the
//             bench's own figure);
//   restore   in this process: the saved index read (as `groundwork check` reads its own), then
//             the draft checked.
//
//   npx tsx scripts/bench-first-check.ts prepare|build|restore [--articles 10000] [--seed 7] [--runs 2] [--dump FILE] [--profile PREFIX] [--breakdown]
//
// Prints one line of JSON: the first check and the later ones (ms: wall time, CPU time of the
// process and of this thread alone, in the garbage collector's pauses, and in parsing the draft;
// with `--breakdown`, in the corpus's searches too), and a digest of every result. `--dump FILE` writes every result of the first check as JSON, to compare; `--profile
// PREFIX` writes a CPU profile of each check alone (PREFIX-1.cpuprofile, ...).
import { createHash } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { checkStatement } from '../src/core/check.js';
import { defaultConfig } from '../src/core/config/types.js';
import { parseDraft } from '../src/core/draft/parse.js';
import { encodeCache, loadOrBuildCorpus, statStamp } from '../src/core/index/cache.js';
import { Corpus } from '../src/core/index/corpus.js';
import type { StatementResult } from '../src/core/model.js';
import { LineIndex } from '../src/core/text/lines.js';
import { benchCorpusAndDraft } from './bench-draft.js';
import { defaultCorpusRoot, generateCorpus } from './gen-corpus.js';
import { cpuNow } from './process-usage.js';
import { flagValue } from './cli-flags.js';

const argv = process.argv.slice(2);
const mode = argv[0];
const arg = (name: string): string | undefined => flagValue(argv, name);
const articles = Number(arg('articles') ?? 10_000);
const seed = Number(arg('seed') ?? 7);
const runs = Number(arg('runs') ?? 2);
const dump = arg('dump');
const profile = arg('profile');
const breakdown = argv.includes('--breakdown');

const root = defaultCorpusRoot(articles, seed);
// Beside the generated corpus, not in it: `npm run bench` checks the corpus's own drafts.
const saved = path.join(os.tmpdir(), 'groundwork-bench', `first-check-${articles}-seed${seed}`);
const cacheFile = path.join(saved, 'index.bin');
const draftFile = path.join(saved, 'draft.md');


/**
 * CPU milliseconds of this thread alone (Linux: /proc/thread-self/schedstat, in ns), NaN
 * elsewhere: neither the engine's compiler and collector threads nor other busy processes
 * count, so it varies less than wall time on a shared machine.
 */
const threadCpuNow = (): number => {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
};

/** The corpus and draft of `npm run bench`'s draft figures, built in this process. */
async function buildAsBench(): Promise<{ corpus: Corpus; draftText: string; paths: string[] }> {
  return benchCorpusAndDraft(articles, seed, root);
}

function stampOf(p: string): string {
  const s = statSync(path.join(root, p));
  return statStamp(s.size, s.mtimeMs);
}

// Milliseconds of the last check in parsing the draft, and (with `--breakdown`) in the corpus's
// searches, by the clock.
let parseMs = 0;
let searchMs = 0;

function checkAll(corpus: Corpus, draftText: string): StatementResult[] {
  const config = defaultConfig();
  const start = performance.now();
  const draft = parseDraft(draftText, 'drafts/draft.md');
  parseMs = performance.now() - start;
  const lines = new LineIndex(draftText);
  return draft.statements.map((statement) => checkStatement(corpus, draft, statement, config, lines));
}

/** With `--breakdown`: the corpus's searches timed (a wrapper on this corpus object alone, so off by default). */
function timeSearches(corpus: Corpus): void {
  const search = corpus.search.bind(corpus);
  corpus.search = (text, limit) => {
    const start = performance.now();
    try {
      return search(text, limit);
    } finally {
      searchMs += performance.now() - start;
    }
  };
}

async function timeChecks(corpus: Corpus, draftText: string, extra: Record<string, number>): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  const thread: number[] = [];
  const gc: number[] = [];
  const parse: number[] = [];
  const searches: number[] = [];
  if (breakdown) timeSearches(corpus);
  // Time in the garbage collector's pauses, by check.
  let paused = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) paused += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  let first: StatementResult[] = [];
  const session = profile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
  }
  for (let r = 0; r < runs; r++) {
    if (session) await session.post('Profiler.start');
    const c = cpuNow();
    const t = threadCpuNow();
    paused = 0;
    searchMs = 0;
    const start = performance.now();
    const results = checkAll(corpus, draftText);
    wall.push(Math.round(performance.now() - start));
    parse.push(Math.round(parseMs));
    searches.push(Math.round(searchMs));
    cpu.push(Math.round(cpuNow() - c));
    thread.push(Math.round(threadCpuNow() - t));
    // The observer hears of the pauses after the check, from a timer of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc.push(Math.round(paused));
    if (session) writeFileSync(`${profile}-${r + 1}.cpuprofile`, JSON.stringify((await session.post('Profiler.stop')).profile));
    if (r === 0) first = results;
  }
  const json = JSON.stringify(first);
  if (dump) writeFileSync(dump, json);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  process.stdout.write(JSON.stringify({ mode, ...extra, first: wall[0], firstCpu: cpu[0], firstThread: thread[0], firstGc: gc[0], later: wall.slice(1), laterCpu: cpu.slice(1), laterThread: thread.slice(1), laterGc: gc.slice(1), firstParse: parse[0], laterParse: parse.slice(1), ...(breakdown ? { firstSearch: searches[0], laterSearch: searches.slice(1) } : {}), statements: first.length, digest, load: os.loadavg()[0]!.toFixed(1) }) + '\n');
}

if (mode === 'prepare') {
  const { corpus, draftText, paths } = await buildAsBench();
  mkdirSync(saved, { recursive: true });
  const stamps = new Map(paths.map((p) => [p, stampOf(p)]));
  writeFileSync(cacheFile, encodeCache(corpus.snapshot(), (p) => stamps.get(p) ?? ''));
  writeFileSync(draftFile, draftText);
  process.stdout.write(`saved ${cacheFile} and ${draftFile}\n`);
} else if (mode === 'build') {
  const start = performance.now();
  const { corpus, draftText } = await buildAsBench();
  await timeChecks(corpus, draftText, { buildMs: Math.round(performance.now() - start) });
} else if (mode === 'restore') {
  const start = performance.now();
  const bytes = readFileSync(cacheFile);
  const loaded = await loadOrBuildCorpus(stamps(), async () => undefined, {}, { read: async () => bytes, write: async () => undefined });
  if (loaded.indexed !== 0) throw new Error('the saved index was not used (run prepare again)');
  await timeChecks(loaded.corpus, readFileSync(draftFile, 'utf8'), { restoreMs: Math.round(performance.now() - start) });
} else {
  process.stderr.write('usage: tsx scripts/bench-first-check.ts prepare|build|restore [--articles N] [--seed N] [--runs N] [--dump FILE] [--profile PREFIX] [--breakdown]\n');
  process.exit(2);
}

/** The sources with their stamps, as `prepare` saved them. */
function stamps(): { path: string; stamp: string }[] {
  const generated = generateCorpus({ articles, seed, root });
  return generated.paths.map((p) => ({ path: p, stamp: stampOf(p) }));
}
