// The pool of threads that read and analyse sources for a cold index (the CLI's, and the
// extension's with the extension's own thread bundle): real worker threads, started from the
// bundle esbuild.mjs makes of src/threads/analyse-worker.ts. Whether a thread is handed a
// source's bytes or reads a local folder's file itself, the index is the one a single thread
// builds, and a file the host's reader refuses is refused in the same words.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { AnalysedDocument } from '../../src/core/index/analyse.js';
import { encodeCache } from '../../src/core/index/cache.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';
import { sourceReadProblem } from '../../src/core/workspace.js';
import { AnalysePool } from '../../src/threads/analyse-workers.js';
import { readLocalSource, type LocalFolder } from '../../src/threads/local-read.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const SOURCES: Record<string, string> = {
  'seeds/a.txt': 'Foreign Ministry Spokesperson Guo Jiakun said on Friday that "all parties should adhere to market principles."\n\nGuo added that supply chains matter. "We will respond firmly to any provocation," he said.',
  'seeds/b.md': '---\ntitle: Trade\ndate: 2025-12-01\n---\nZhou Mi, a senior researcher, told the Global Times that the alliance would fail. Exports rose 12 percent to $4.5 billion.',
  'seeds/c.html': '<title>Pax Silica</title><p>The Pax Silica Declaration was signed in Washington by Japan, Singapore and Australia on December 12, 2025.</p><p>The U.S. and the EU said the deal matters.</p>',
  'seeds/d.txt': 'Exports rose again. Guo Jiakun said the "coercive" measures would fail, according to Zhou Mi. Supply chains, chains and more chains.',
  'seeds/e.txt': '',
};

/** The bundle is plain CommonJS: its threads need none of the loader mocha runs the tests under. */
const PLAIN = { execArgv: [] };

const bytesOf = (corpus: Corpus): Buffer => Buffer.from(encodeCache(corpus.snapshot(), () => ''));

describe('the pool of threads that read sources', function () {
  this.timeout(60_000);
  let folder: string;
  let entry: string;
  let workspace: string;
  let outside: string;

  before(async () => {
    // Inside node_modules, like dist/, so that the bundle finds its packages as dist/ does.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    folder = mkdtempSync(join(cache, 'groundwork-pool-'));
    entry = join(folder, 'analyse-worker.cjs');
    const { bundleOptions } = (await import(pathToFileURL(join(root, 'esbuild.mjs')).href)) as { bundleOptions: esbuild.BuildOptions };
    await esbuild.build({ ...bundleOptions, absWorkingDir: root, entryPoints: ['src/threads/analyse-worker.ts'], outfile: entry, logLevel: 'silent' });
    workspace = mkdtempSync(join(tmpdir(), 'groundwork-pool-ws-'));
    outside = mkdtempSync(join(tmpdir(), 'groundwork-pool-outside-'));
    mkdirSync(join(workspace, 'seeds'));
    for (const [path, text] of Object.entries(SOURCES)) writeFileSync(join(workspace, path), text);
    writeFileSync(join(outside, 'secret.txt'), 'A secret that must never become evidence.');
    symlinkSync(join(outside, 'secret.txt'), join(workspace, 'seeds', 'secret.txt'));
    symlinkSync(join(workspace, 'seeds', 'a.txt'), join(workspace, 'seeds', 'inside.txt'));
  });

  after(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const paths = Object.keys(SOURCES).sort();
  const local = (followLinks = true): LocalFolder => ({ root: workspace, followLinks, ignoreCase: false });
  const single = async (): Promise<Corpus> => Corpus.build(await Promise.all(paths.map((path) => readSource(path, new TextEncoder().encode(SOURCES[path]!)))));

  for (const [how, threads] of [['bytes handed over', 2], ['files read by the threads', 2], ['files read by the threads', 3]] as const) {
    it(`gives the index a single thread builds (${how}, ${threads} threads)`, async () => {
      const pool = new AnalysePool(entry, threads, PLAIN);
      try {
        const analysed = await Promise.all(paths.map((path) => how === 'bytes handed over' ? pool.analyse(path, new TextEncoder().encode(SOURCES[path]!)) : pool.analyseFile(path, local())));
        const corpus = new Corpus();
        for (const result of analysed) {
          assert.ok(result && !('problem' in result));
          corpus.addDocument(result.doc, result as AnalysedDocument);
        }
        assert.ok(bytesOf(corpus).equals(bytesOf(await single())));
      } finally {
        await pool.close();
      }
    });
  }

  it('refuses, in the words of the host\'s reader, what the host refuses', async () => {
    const pool = new AnalysePool(entry, 1, PLAIN);
    try {
      const problem = async (path: string, followLinks = true) => {
        const result = await pool.analyseFile(path, local(followLinks));
        assert.ok(result && 'problem' in result, path);
        return result.problem;
      };
      assert.equal(await problem('seeds/secret.txt'), 'seeds/secret.txt is a symbolic link to a place outside the workspace folder; not read');
      assert.equal(await problem('seeds/inside.txt', false), 'seeds/inside.txt is reached through a symbolic link; in an untrusted workspace Groundwork follows no link, which could lead outside the folder');
      assert.equal(await problem('../outside.txt'), '../outside.txt is outside the workspace folder; Groundwork reads only files inside it');
      assert.equal(await problem('seeds/gone.txt'), 'seeds/gone.txt: no such file (deleted or renamed while indexing?); skipped');
      // A link that stays inside a trusted workspace is read.
      const inside = await pool.analyseFile('seeds/inside.txt', local());
      assert.ok(inside && !('problem' in inside) && inside.doc.text.includes('Guo Jiakun'));
    } finally {
      await pool.close();
    }
  });

  it('reads a local file as the host would, or refuses it with the error the host reports', async () => {
    const folders = new Map<string, boolean>();
    assert.equal(new TextDecoder().decode(await readLocalSource(local(), 'seeds/d.txt', folders)), SOURCES['seeds/d.txt']);
    const refused = await readLocalSource(local(), 'seeds/secret.txt', folders).then(() => undefined, (error: unknown) => error);
    assert.equal((refused as { code?: string }).code, 'OUTSIDE_WORKSPACE');
    assert.equal(sourceReadProblem('seeds/secret.txt', refused), 'seeds/secret.txt is a symbolic link to a place outside the workspace folder; not read');
  });

  it('leaves PDFs to the caller', async () => {
    const pool = new AnalysePool(entry, 1, PLAIN);
    try {
      assert.equal(pool.analyse('seeds/report.pdf', new Uint8Array([1, 2, 3])), undefined);
      assert.equal(pool.analyseFile('seeds/report.pdf', local()), undefined);
    } finally {
      await pool.close();
    }
  });

  it('a thread that cannot start fails what was sent to it, then leaves every source to the caller', async () => {
    const pool = new AnalysePool(join(folder, 'no-such-thread.cjs'), 2, PLAIN);
    try {
      const sent = [pool.analyseFile('seeds/a.txt', local()), pool.analyse('seeds/d.txt', new TextEncoder().encode(SOURCES['seeds/d.txt']!))];
      const outcomes = await Promise.all(sent.map((request) => request!.then(() => 'analysed', (error: Error) => error.message)));
      for (const outcome of outcomes) assert.match(outcome, /^a reading thread (failed|stopped)/);
      assert.equal(pool.analyseFile('seeds/b.md', local()), undefined);
      assert.equal(pool.analyse('seeds/b.md', new Uint8Array(1)), undefined);
    } finally {
      await pool.close();
    }
  });
});
