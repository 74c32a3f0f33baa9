// The cold build alone, in a process of its own: the bench's generated corpus read (as `npm run
// bench` reads it), `Corpus.build`, the entities resolved and every document's quotes with their
// speakers. Prints one JSON line: wall and CPU milliseconds of each step, the peak RSS (Linux),
// and with `--hash` a SHA-256 of the persisted index and of the entities and quotes, to compare
// two trees' outputs byte for byte. For profiling, run it under node's flags:
//
//   npx tsx scripts/bench-cold-build.ts [--articles 10000] [--seed 7] [--hash]
//   node --cpu-prof --import tsx scripts/bench-cold-build.ts
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { encodeCache, statStamp } from '../src/core/index/cache.js';
import { Corpus } from '../src/core/index/corpus.js';
import type { SourceDocument } from '../src/core/model.js';
import { readSource } from '../src/core/sources/read.js';
import { defaultCorpusRoot, generateCorpus } from './gen-corpus.js';
import { cpuNow, highWaterRss } from './process-usage.js';
import { flagValue } from './cli-flags.js';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => flagValue(argv, name);
const articles = Number(arg('articles') ?? 10_000);
const seed = Number(arg('seed') ?? 7);
const generated = generateCorpus({ articles, seed, root: defaultCorpusRoot(articles, seed) });



const docs: SourceDocument[] = [];
for (const p of generated.paths) docs.push(await readSource(p, readFileSync(path.join(generated.root, p))));
const rssRead = highWaterRss();

// With --expose-gc: the live heap after each step (a collection forced first).
const heaps: number[] = [];
const live = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  heaps.push(Math.round(process.memoryUsage().heapUsed / 1e6));
};
live();
const t0 = performance.now();
const c0 = cpuNow();
const corpus = Corpus.build(docs);
const t1 = performance.now();
const c1 = cpuNow();
const rssBuilt = highWaterRss();
live();
const entities = corpus.entities;
live();
const t2 = performance.now();
const c2 = cpuNow();
const rssEntities = highWaterRss();
if (argv.includes('--memory')) {
  process.stderr.write(`phases (ms since start): build ${Math.round(t0)}-${Math.round(t1)}, entities -${Math.round(t2)}\n`);
  const m = process.memoryUsage();
  process.stderr.write(`after entities: ${Object.entries(m).map(([k, v]) => `${k} ${Math.round(v / 1e6)} MB`).join(', ')}\n`);
}
let quotes = 0;
for (const id of corpus.documentIds()) quotes += corpus.quotesOf(id).length;
live();
const t3 = performance.now();
const c3 = cpuNow();
const out: Record<string, number | string> = {
  articles,
  buildMs: Math.round(t1 - t0),
  entitiesMs: Math.round(t2 - t1),
  quotesMs: Math.round(t3 - t2),
  buildEntitiesMs: Math.round(t2 - t0),
  cpuMs: Math.round(c2 - c0),
  buildCpuMs: Math.round(c1 - c0),
  quotesCpuMs: Math.round(c3 - c2),
  readRssMB: Math.round(rssRead / 1e6),
  builtRssMB: Math.round(rssBuilt / 1e6),
  entitiesRssMB: Math.round(rssEntities / 1e6),
  peakRssMB: Math.round(highWaterRss() / 1e6),
  entities: entities.length,
  quotes,
};
if (heaps.length) out.liveHeapMB = heaps.join(' > ');
if (argv.includes('--hash')) {
  const stamps = new Map(generated.paths.map((p) => {
    const s = statSync(path.join(generated.root, p));
    return [p, statStamp(s.size, s.mtimeMs)];
  }));
  out.index = createHash('sha256').update(encodeCache(corpus.snapshot(), (p) => stamps.get(p) ?? '')).digest('hex').slice(0, 16);
  const h = createHash('sha256');
  for (const e of corpus.entities) h.update(JSON.stringify(e) + '\n');
  for (const id of corpus.documentIds()) for (const q of corpus.quotesOf(id)) h.update(JSON.stringify(q) + '\n');
  out.entitiesQuotes = h.digest('hex').slice(0, 16);
}
process.stdout.write(JSON.stringify(out) + '\n');
