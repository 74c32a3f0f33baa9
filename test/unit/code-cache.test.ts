// The extension's bundle is loaded with V8's code cache (src/extension/code-cache.ts): a start after
// the first runs code compiled by an earlier session. What a writer must never see: a cache that is
// damaged, or of another bundle, changing what the extension does, or keeping it from starting.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'mocha';
import { loadWithCodeCache } from '../../src/extension/code-cache.js';

interface Bundle {
  answer(text: string): string;
  helper(): string;
}

/** A small CommonJS bundle with a relative `require`, as the extension's has (pdf.js, bundled apart). */
function writeBundle(dir: string, version: string): string {
  writeFileSync(join(dir, 'helper.cjs'), 'module.exports = { name: "helper beside the bundle" };\n');
  const file = join(dir, 'bundle.cjs');
  writeFileSync(file, `'use strict';
const helper = require('./helper.cjs');
function words(text) { return text.split(/\\s+/).filter(Boolean); }
function answer(text) { return ${JSON.stringify(version)} + ':' + words(text).map((w) => w.toUpperCase()).join('-'); }
module.exports = {
  answer,
  helper: () => helper.name,
};
`);
  return file;
}

describe('the extension bundle loaded with a code cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'groundwork-code-cache-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('a second start uses the code the first saved, and the bundle behaves the same', () => {
    const dir = mkdtempSync(join(root, 'same-'));
    const cacheDir = join(dir, 'cache');
    const file = writeBundle(dir, 'v1');
    const first = loadWithCodeCache<Bundle>(file, cacheDir);
    assert.equal(first.state.cache, 'none');
    const answered = first.exports.answer('all parties should adhere');
    assert.equal(answered, 'v1:ALL-PARTIES-SHOULD-ADHERE');
    assert.equal(first.exports.helper(), 'helper beside the bundle');
    const saved = first.save();
    assert.ok(saved.saved && saved.bytes > 0, saved.error);
    assert.equal(first.save().saved, false, 'saved once a session');

    const second = loadWithCodeCache<Bundle>(file, cacheDir);
    assert.equal(second.state.cache, 'used');
    assert.equal(second.exports.answer('all parties should adhere'), answered);
    assert.equal(second.exports.helper(), 'helper beside the bundle');
    assert.equal(second.save().saved, false, 'a start that used the cache keeps it');
  });

  it('a damaged cache is not given to V8: the bundle is compiled as without one, and the cache replaced', () => {
    const dir = mkdtempSync(join(root, 'damaged-'));
    const cacheDir = join(dir, 'cache');
    const file = writeBundle(dir, 'v1');
    assert.ok(loadWithCodeCache<Bundle>(file, cacheDir).save().saved);
    const [name] = readdirSync(cacheDir);
    const bytes = readFileSync(join(cacheDir, name!));
    for (const at of [bytes.length - 1, 40, Math.floor(bytes.length / 2)]) {
      const damaged = Buffer.from(bytes);
      damaged[at] = damaged[at]! ^ 0xff;
      writeFileSync(join(cacheDir, name!), damaged);
      const loaded = loadWithCodeCache<Bundle>(file, cacheDir);
      assert.equal(loaded.state.cache, 'rejected');
      assert.equal(loaded.exports.answer('a b'), 'v1:A-B');
    }
    writeFileSync(join(cacheDir, name!), bytes.subarray(0, 100));
    const truncated = loadWithCodeCache<Bundle>(file, cacheDir);
    assert.equal(truncated.state.cache, 'rejected');
    assert.ok(truncated.save().saved);
    assert.equal(loadWithCodeCache<Bundle>(file, cacheDir).state.cache, 'used');
  });

  it('a changed bundle never runs the code cached for the one before, and its cache replaces the old one', () => {
    const dir = mkdtempSync(join(root, 'changed-'));
    const cacheDir = join(dir, 'cache');
    const before = loadWithCodeCache<Bundle>(writeBundle(dir, 'v1'), cacheDir);
    assert.equal(before.exports.answer('x y'), 'v1:X-Y');
    assert.ok(before.save().saved);
    // The same length as before: V8's own check of the source is its length.
    const after = loadWithCodeCache<Bundle>(writeBundle(dir, 'v2'), cacheDir);
    assert.equal(after.state.cache, 'none');
    assert.equal(after.exports.answer('x y'), 'v2:X-Y');
    assert.ok(after.save().saved);
    assert.equal(readdirSync(cacheDir).length, 1, 'the old bundle\'s cache is removed');
  });

  it('without a folder to keep it in, the bundle loads plainly', () => {
    const dir = mkdtempSync(join(root, 'off-'));
    const loaded = loadWithCodeCache<Bundle>(writeBundle(dir, 'v1'), undefined);
    assert.equal(loaded.state.cache, 'off');
    assert.equal(loaded.exports.answer('a'), 'v1:A');
    assert.equal(loaded.save().saved, false);
  });
});
