// `npm run bench -- --archive`: the archive (PostgreSQL) at newsroom scale, on the corpora of
// scripts/gen-corpus.ts (1,000 and 10,000 articles), side by side with the in-memory index of the
// same articles. Figures only: nothing here fails.
//
//   npm run bench -- --archive [--sizes 1000,10000] [--runs 3] [--seed 7] [--queries 200]
//                              [--archive-server postgresql://...] [--archive-port 54340]
//
// The server: --archive-server (or GROUNDWORK_BENCH_PG), a role that may create databases; else a
// throwaway cluster started here with scripts/archive/test-cluster.sh (needs Debian's postgresql)
// and stopped at the end. Each size is loaded into a fresh database, dropped afterwards.
//
// Measured: `groundwork archive load` of every article (the built CLI, process start included;
// median of --runs fresh loads at 1,000 articles, of at most two at 10,000), a second
// load with nothing changed, the database's size; top-10 retrieval of --queries statements
// (sentences of the articles, half of them with every third word left out), p50/p95 and how often
// the article the sentence came from is in the ten; and a check of a generated draft (sentences of
// the articles, one in five with a figure changed) against the archive alone, beside the same
// draft against the in-memory index.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PostgresCandidates } from '../src/archive/postgres/candidates.js';
import { connectArchive, type ArchiveConnection } from '../src/archive/postgres/connection.js';
import { archiveStatus } from '../src/archive/postgres/status.js';
import { checkDraftWithArchive } from '../src/core/candidates/archive-check.js';
import { candidateQueryOf } from '../src/core/candidates/candidate-source.js';
import { checkDraft } from '../src/core/check.js';
import { defaultConfig } from '../src/core/config/types.js';
import { parseDraft } from '../src/core/draft/parse.js';
import { Corpus } from '../src/core/index/corpus.js';
import type { DraftReport, SourceDocument } from '../src/core/model.js';
import { readSource } from '../src/core/sources/read.js';
import { defaultCorpusRoot, generateCorpus, rng } from './gen-corpus.js';
import { flagValue } from './cli-flags.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  sizes: number[];
  runs: number;
  seed: number;
  queries: number;
  server?: string;
  port: number;
}

function options(argv: string[]): Options {
  const arg = (name: string): string | undefined => flagValue(argv, name);
  return {
    sizes: (arg('sizes') ?? '1000,10000').split(',').map(Number).filter((n) => n > 0),
    runs: Number(arg('runs') ?? 3),
    seed: Number(arg('seed') ?? 7),
    queries: Number(arg('queries') ?? 200),
    server: arg('archive-server') ?? process.env['GROUNDWORK_BENCH_PG'],
    port: Number(arg('archive-port') ?? 54340),
  };
}

interface Row {
  name: string;
  samples: number[];
  unit: 'ms' | 's' | 'MB' | '';
  note?: string;
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function shown(value: number, unit: Row['unit']): string {
  if (!Number.isFinite(value)) return '-';
  if (unit === 's') return `${(value / 1000).toFixed(1)} s`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === '') return String(value);
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

/** The median; of an even number of samples, the mean of the middle two. */
function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function printTable(title: string, rows: Row[]): void {
  const cells = rows.map((r) => [r.name, shown(median(r.samples), r.unit), r.samples.length > 1 ? shown(quantile(r.samples, 0.95), r.unit) : '', String(r.samples.length), r.note ?? '']);
  const head = ['measure', 'median', 'p95', 'n', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => c.map((x, i) => (i === 0 || i === 4 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ').trimEnd();
  process.stdout.write(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const c of cells) process.stdout.write(line(c) + '\n');
}

const progress = (message: string): void => void process.stderr.write(`  … ${message}\n`);
const now = (): number => performance.now();

/** A server to bench against, and how to let it go. */
async function server(opts: Options): Promise<{ url: string; stop: () => void }> {
  if (opts.server) return { url: opts.server, stop: () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'groundwork-bench-pg-'));
  const script = path.join(REPO, 'scripts', 'archive', 'test-cluster.sh');
  progress(`starting a throwaway PostgreSQL cluster on 127.0.0.1:${opts.port} (${dir})`);
  const url = execFileSync('bash', [script, 'start', dir, String(opts.port)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  return {
    url,
    stop: () => {
      spawnSync('bash', [script, 'stop', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function forDatabase(connection: string, database: string): string {
  return connection.replace(/^(postgres(?:ql)?:\/\/[^/?#]*)\/?[^?#]*/, `$1/${database}`);
}

/** `groundwork archive load sources --quiet` in the corpus folder: milliseconds, process start included. */
function cliLoad(root: string, archive: string): number {
  const started = now();
  const run = spawnSync(process.execPath, [path.join(REPO, 'bin', 'groundwork.cjs'), 'archive', 'load', 'sources', '--quiet', '--archive', 'env:GW_BENCH_ARCHIVE'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, GW_BENCH_ARCHIVE: archive }, maxBuffer: 64 << 20, timeout: 3_600_000,
  });
  if (run.status !== 0) throw new Error(`archive load failed (${run.status}): ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`);
  return now() - started;
}

function sentencesOf(doc: SourceDocument): string[] {
  return doc.text.split('\n\n').slice(1).join(' ').split(/(?<=\.)\s+/).filter((s) => s.length > 50 && s.length < 300 && !s.includes('"'));
}

/** Statements to retrieve: sentences of random articles, every second one with every third word left out. */
function queries(docs: SourceDocument[], count: number, random: () => number): { text: string; docId: string }[] {
  const out: { text: string; docId: string }[] = [];
  while (out.length < count) {
    const doc = docs[Math.floor(random() * docs.length)]!;
    const sentences = sentencesOf(doc);
    if (!sentences.length) continue;
    const sentence = sentences[Math.floor(random() * sentences.length)]!;
    const text = out.length % 2 === 0 ? sentence : sentence.split(' ').filter((_, i) => i % 3 !== 2).join(' ');
    out.push({ text, docId: doc.id });
  }
  return out;
}

/** A draft of sentences of the articles, one in five with a figure changed. */
function draftOf(docs: SourceDocument[], statements: number, random: () => number): string {
  const paragraphs = ['# Draft'];
  let count = 0;
  while (count < statements) {
    const doc = docs[Math.floor(random() * docs.length)]!;
    const picked = sentencesOf(doc).slice(0, 2).map((s) => (random() < 0.2 ? s.replace(/\d+/, (d) => String(Number(d) + 3)) : s));
    if (!picked.length) continue;
    count += picked.length;
    paragraphs.push(picked.join(' '));
  }
  return paragraphs.join('\n\n') + '\n';
}

function tally(report: DraftReport): string {
  const counts = new Map<string, number>();
  for (const r of report.results) counts.set(r.verdict.kind, (counts.get(r.verdict.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ');
}

async function benchSize(size: number, opts: Options, admin: pg.Client, url: string): Promise<void> {
  const rows: Row[] = [];
  const generated = generateCorpus({ articles: size, seed: opts.seed, root: defaultCorpusRoot(size, opts.seed) });
  const loadRuns = size >= 10_000 ? Math.min(opts.runs, 2) : opts.runs;
  const databases: string[] = [];
  const fresh = async (): Promise<string> => {
    const name = `gw_bench_${size}_${process.pid}_${databases.length}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    databases.push(name);
    return forDatabase(url, name);
  };
  let connection: ArchiveConnection | undefined;
  try {
    const loads: number[] = [];
    let archive = '';
    for (let r = 0; r < loadRuns; r++) {
      archive = await fresh();
      progress(`${size} articles: archive load ${r + 1} of ${loadRuns}`);
      loads.push(cliLoad(generated.root, archive));
      // Only the last database is kept for the queries.
      if (r < loadRuns - 1) await admin.query(`DROP DATABASE ${databases.pop()} WITH (FORCE)`);
    }
    progress(`${size} articles: loading again, nothing changed`);
    const again = cliLoad(generated.root, archive);
    connection = await connectArchive(archive, { readOnly: true });
    const status = await archiveStatus(connection);
    rows.push({ name: 'groundwork archive load (CLI, process start included)', samples: loads, unit: 's', note: `${status.passages.toLocaleString('en-US')} passages, ${status.terms.toLocaleString('en-US')} terms; ${Math.round(size / (median(loads) / 1000))} articles/s` });
    rows.push({ name: 'archive load again, nothing changed', samples: [again], unit: 's' });
    rows.push({ name: 'database size', samples: [status.databaseBytes / 1e6], unit: 'MB', note: `${(generated.bytes / 1e6).toFixed(1)} MB of text` });

    progress(`${size} articles: reading the articles and building the in-memory index`);
    const docs: SourceDocument[] = [];
    for (const p of generated.paths) docs.push(await readSource(p, readFileSync(path.join(generated.root, p))));
    const buildStart = now();
    const corpus = Corpus.build(docs);
    void corpus.entities;
    const buildMs = now() - buildStart;

    progress(`${size} articles: ${opts.queries} top-10 retrievals each way`);
    const candidates = new PostgresCandidates(connection);
    const asked = queries(docs, opts.queries, rng(opts.seed + size));
    // A few first: connection, plans and caches warm, as in a check that has started.
    for (const q of asked.slice(0, 10)) await candidates.findPassages(candidateQueryOf({ text: q.text, quotes: [] }), 10);
    const archiveMs: number[] = [];
    const memoryMs: number[] = [];
    let archiveHits = 0;
    let memoryHits = 0;
    for (const q of asked) {
      let start = now();
      const found = await candidates.findPassages(candidateQueryOf({ text: q.text, quotes: [] }), 10);
      archiveMs.push(now() - start);
      if (found.some((p) => p.docId === q.docId)) archiveHits++;
      start = now();
      const local = corpus.search(q.text, 10);
      memoryMs.push(now() - start);
      if (local.some((h) => h.passage.docId === q.docId)) memoryHits++;
    }
    rows.push({ name: 'top-10 retrieval, archive (rarest terms + local BM25)', samples: archiveMs, unit: 'ms', note: `its article in the ten: ${archiveHits} of ${asked.length}` });
    rows.push({ name: 'top-10 retrieval, in-memory index', samples: memoryMs, unit: 'ms', note: `its article in the ten: ${memoryHits} of ${asked.length}; index built in ${(buildMs / 1000).toFixed(1)} s` });

    progress(`${size} articles: checking a draft against the archive and against the in-memory index`);
    const text = draftOf(docs, 40, rng(opts.seed * 31 + size));
    const draft = (): ReturnType<typeof parseDraft> => parseDraft(text, 'drafts/draft.md');
    const config = defaultConfig();
    const empty = new Corpus();
    const archiveChecks: number[] = [];
    const memoryChecks: number[] = [];
    let fromArchive: DraftReport | undefined;
    let fromMemory: DraftReport | undefined;
    for (let r = 0; r < Math.max(1, opts.runs); r++) {
      let start = now();
      fromArchive = await checkDraftWithArchive(empty, draft(), config, candidates);
      archiveChecks.push(now() - start);
      start = now();
      fromMemory = checkDraft(corpus, draft(), config);
      memoryChecks.push(now() - start);
    }
    const same = fromArchive!.results.filter((r, i) => r.verdict.kind === fromMemory!.results[i]?.verdict.kind).length;
    const statements = fromArchive!.results.length;
    rows.push({ name: `check of a ${statements}-statement draft, archive only`, samples: archiveChecks, unit: 'ms', note: `${tally(fromArchive!)}` });
    rows.push({ name: `the same draft, in-memory index (built already)`, samples: memoryChecks, unit: 'ms', note: `${tally(fromMemory!)}; same verdict as the archive's: ${same} of ${statements}` });
  } finally {
    await connection?.close();
    for (const db of databases) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
  }
  printTable(`archive: ${size.toLocaleString('en-US')} articles, ${(generated.bytes / 1e6).toFixed(1)} MB of text`, rows);
}

export async function benchArchive(argv: string[]): Promise<void> {
  const opts = options(argv);
  if (!existsSync(path.join(REPO, 'dist', 'cli.cjs'))) throw new Error('the CLI is not built: run npm run build first');
  process.stdout.write(`Groundwork archive benchmarks — node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  const { url, stop } = await server(opts);
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
    process.stdout.write(`PostgreSQL ${version}\n`);
    for (const size of opts.sizes) await benchSize(size, opts, admin, url);
  } finally {
    await admin.end().catch(() => undefined);
    stop();
  }
}
