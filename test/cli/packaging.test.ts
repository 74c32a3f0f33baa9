// What the .vsix holds, as vsce itself lists it: the extension's details page is its README, so
// every picture the README shows must be packaged, or the page shows broken images.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the packaged extension', function () {
  this.timeout(60_000);

  it('holds every local image the README shows, and the README itself', () => {
    const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
    const packaged = new Set(execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean));
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((src) => !/^[a-z]+:/i.test(src));
    assert.ok(images.length > 0, 'the README shows pictures');
    assert.ok(packaged.has('README.md'));
    for (const image of images) assert.ok(packaged.has(image), `${image} is packaged`);
  });

  it('holds the extension and the bundle of the threads that read sources for a cold index', () => {
    const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
    const packaged = new Set(execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean));
    assert.ok(packaged.has('dist/extension.cjs'));
    // Loaded by dist/extension.cjs (src/extension/main.ts).
    assert.ok(packaged.has('dist/extension-bundle.cjs'));
    // Started from beside the extension's bundle (src/extension/source-index.ts).
    assert.ok(packaged.has('dist/analyse-worker.cjs'));
  });
});
