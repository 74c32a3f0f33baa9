import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

// The CLI and the extension run as CommonJS bundles made by esbuild.mjs. pdf.js is ESM with a
// worker module and reaches for `import.meta.url`; this proves a bundle made with the project's
// own options still reads PDFs (and the other formats), quietly.

const root = fileURLToPath(new URL('../../', import.meta.url));

const ENTRY = `
import { readFileSync } from 'node:fs';
import { readSource } from './src/core/sources/read.js';

async function main() {
  const out = [];
  for (const path of process.argv.slice(2)) {
    const document = await readSource(path, readFileSync(path));
    out.push({ title: document.title, published: document.published, text: document.text, pageStarts: document.pageStarts });
  }
  process.stdout.write(JSON.stringify(out));
}
main().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
`;

describe('sources: inside a CommonJS bundle', function () {
  this.timeout(60_000);
  let folder: string;

  before(() => {
    // Inside node_modules, like dist/, so that the bundle finds pdf.js's optional packages.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    folder = mkdtempSync(join(cache, 'groundwork-bundle-'));
  });

  after(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads PDF, text, Markdown and HTML when bundled with the project options', async () => {
    const markdown = join(folder, 'note.md');
    writeFileSync(markdown, '---\ntitle: A note\ndate: 2025-12-01\n---\nBody.\n');
    const html = join(folder, 'page.html');
    writeFileSync(html, '<title>A page</title><p>One &amp; two.</p>');
    const { bundleOptions } = (await import(pathToFileURL(join(root, 'esbuild.mjs')).href)) as {
      bundleOptions: esbuild.BuildOptions;
    };
    const outfile = join(folder, 'read-sources.cjs');
    await esbuild.build({
      ...bundleOptions,
      stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'read-sources.ts' },
      outfile,
      logLevel: 'silent',
    });
    const result = spawnSync(
      process.execPath,
      [outfile, 'test/fixtures/sources/rare-earth-exports.pdf', 'seeds/global-times-pax-silica-alliance.txt', markdown, html],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout + result.stderr, /Warning/, 'pdf.js prints nothing');
    const [pdf, txt, md, page] = JSON.parse(result.stdout) as { title?: string; published?: string; text: string; pageStarts?: number[] }[];
    assert.equal(pdf!.title, 'Rare earth exports fall in November');
    assert.equal(pdf!.published, '2025-12-15');
    assert.equal(pdf!.pageStarts?.length, 2);
    assert.match(pdf!.text, /Prices of dysprosium oxide rose 3\.5 percent/);
    assert.equal(txt!.published, '2025-12-12');
    assert.equal(md!.title, 'A note');
    assert.equal(md!.published, '2025-12-01');
    assert.equal(page!.title, 'A page');
    assert.equal(page!.text, 'One & two.');
  });
});
