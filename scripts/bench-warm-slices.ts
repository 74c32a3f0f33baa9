// The measures of `npm run bench` that start from the persisted index, each in a fresh process as
// a reviewer's `groundwork check` or the extension host is (the bench's own process holds several
// corpora, and its garbage collector would be counted):
//   warm    the index read from the file, search-ready, then its entities listed (`runs` times);
//   sliced  the extension's warm start, decoded and restored in slices and its entities then
//           resolved in slices, and the longest stretch the host had to wait between two.
//
//   tsx scripts/bench-warm-slices.ts warm|sliced CORPUS_ROOT ARTICLES CACHE_FILE
// Prints JSON: warm { searchReady, withEntities } (ms); sliced { longest, phase, slices, totalMs }.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { loadOrBuildCorpus, statStamp } from '../src/core/index/cache.js';
import { articlePath } from './gen-corpus.js';

const [mode, root, articles, cacheFile] = process.argv.slice(2) as [string, string, string, string];
const stamps = Array.from({ length: Number(articles) }, (_, i) => articlePath(i)).map((p) => {
  const s = statSync(path.join(root, p));
  return { path: p, stamp: statStamp(s.size, s.mtimeMs) };
});
if (mode === 'warm') {
  const start = performance.now();
  const loaded = await loadOrBuildCorpus(stamps, async () => undefined, {}, { read: async () => readFileSync(cacheFile), write: async () => undefined });
  if (loaded.indexed !== 0) throw new Error('the cache was not used');
  const searchReady = performance.now() - start;
  void loaded.corpus.entities;
  process.stdout.write(JSON.stringify({ searchReady, withEntities: performance.now() - start }));
  process.exit(0);
}
const bytes = readFileSync(cacheFile);
let phase = 'decode and restore';
let longest = { ms: 0, phase };
let slices = 0;
let last = performance.now();
const pause = async (): Promise<void> => {
  const gap = performance.now() - last;
  slices++;
  if (gap > longest.ms) longest = { ms: gap, phase };
  await new Promise((resolve) => setImmediate(resolve));
  last = performance.now();
};
const start = performance.now();
const loaded = await loadOrBuildCorpus(stamps, async () => undefined, {}, { read: async () => bytes, write: async () => undefined }, undefined, { pause, sliceMs: 15 });
if (loaded.indexed !== 0) throw new Error('the cache was not used');
phase = 'entities';
await loaded.corpus.settleEntitiesInSlices(pause, { sliceMs: 15 });
await pause();
process.stdout.write(JSON.stringify({ longest: longest.ms, phase: longest.phase, slices, totalMs: performance.now() - start }));
