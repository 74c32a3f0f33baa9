import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { CACHE_FORMAT_VERSION, decodeCache, encodeCache, loadOrBuildCorpus, type CacheIO, type SourceStamp } from '../../src/core/index/cache.js';
import { SavedEntities } from '../../src/core/index/frozen-entities.js';
import { PackedStrings } from '../../src/core/index/packed-strings.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';

const doc = (path: string, text: string): SourceDocument => ({ id: path.replace(/\W+/g, '-'), path, format: 'txt', text, excluded: [], warnings: [] });

const FILES: Record<string, string> = {
  'seeds/a.txt': 'Foreign Ministry Spokesperson Guo Jiakun said on Friday that "all parties should adhere to market principles."\n\nGuo added that supply chains matter.',
  'seeds/b.txt': 'Zhou Mi, a senior researcher at the Chinese Academy of International Trade, told the Global Times that the alliance would fail. Exports rose 12 percent to $4.5 billion.',
  'seeds/c.txt': 'The Pax Silica Declaration was signed in Washington by Japan, Singapore and Australia on December 12, 2025.',
};

class MemoryCache implements CacheIO {
  bytes?: Uint8Array;
  writes = 0;
  async read(): Promise<Uint8Array | undefined> {
    return this.bytes;
  }
  async write(bytes: Uint8Array): Promise<void> {
    this.bytes = bytes;
    this.writes++;
  }
}

/** What a user of the corpus can see, as one comparable value. */
function observable(corpus: Corpus): unknown {
  return JSON.parse(JSON.stringify({
    documents: corpus.documents.map((d) => d.path),
    passages: corpus.passages,
    entities: corpus.entities,
    quotes: corpus.quotes,
    search: ['Guo supply chains', 'exports percent billion', 'Pax Silica Washington'].map((q) => corpus.search(q, 5).map((h) => [h.passage.index, h.score])),
    guo: corpus.findEntity('Guo', 'seeds-a-txt')?.id,
  }));
}

async function load(files: Record<string, string>, stamps: Record<string, string>, cache: MemoryCache) {
  const reads: string[] = [];
  const sources: SourceStamp[] = Object.keys(files).map((path) => ({ path, stamp: stamps[path] ?? '1' }));
  const result = await loadOrBuildCorpus(sources, async (path) => (reads.push(path), doc(path, files[path]!)), {}, cache);
  return { ...result, reads: reads.sort() };
}

const fullBuild = (files: Record<string, string>): Corpus => Corpus.build(Object.keys(files).sort().map((p) => doc(p, files[p]!)));

describe('index cache', () => {
  it('reads every source once, then none while their stamps are unchanged', async () => {
    const cache = new MemoryCache();
    const first = await load(FILES, {}, cache);
    assert.deepEqual(first.reads, Object.keys(FILES).sort());
    assert.equal(first.rejected, 'missing');
    assert.equal(cache.writes, 1);
    const second = await load(FILES, {}, cache);
    assert.deepEqual(second.reads, []);
    assert.equal(second.reused, 3);
    assert.equal(cache.writes, 1, 'an unchanged corpus is not written again');
    assert.deepEqual(observable(second.corpus), observable(fullBuild(FILES)));
  });

  it('hands the save to saveLater when asked: nothing written until it runs, then the same file', async () => {
    const now = new MemoryCache();
    await load(FILES, {}, now);
    let save: (() => Promise<boolean>) | undefined;
    const later = Object.assign(new MemoryCache(), { saveLater: (s: () => Promise<boolean>) => void (save = s) });
    const loaded = await load(FILES, {}, later);
    assert.equal(loaded.written, false);
    assert.equal(later.writes, 0, 'not written while loading');
    assert.deepEqual(observable(loaded.corpus), observable(fullBuild(FILES)));
    assert.equal(await save!(), true);
    assert.equal(later.writes, 1);
    assert.deepEqual(later.bytes, now.bytes);
    // Unchanged, nothing is handed over.
    save = undefined;
    await load(FILES, {}, later);
    assert.equal(save, undefined);
  });

  it('indexes again only the source whose stamp changed, and drops a removed source', async () => {
    const cache = new MemoryCache();
    await load(FILES, {}, cache);
    const changed = { ...FILES, 'seeds/b.txt': 'Zhou Mi told reporters that exports fell 3 percent.' };
    delete (changed as Record<string, string>)['seeds/c.txt'];
    const result = await load(changed, { 'seeds/b.txt': '2' }, cache);
    assert.deepEqual(result.reads, ['seeds/b.txt']);
    assert.deepEqual(observable(result.corpus), observable(fullBuild(changed)));
    assert.ok(result.corpus.search('exports fell', 1)[0]!.passage.text.includes('fell 3 percent'));
  });

  it('loads in slices, pausing between them, to the same corpus and the same file', async () => {
    const whole = new MemoryCache();
    await load(FILES, {}, whole);
    const sliced = new MemoryCache();
    let pauses = 0;
    // Slices of no time at all: a pause after every step.
    const slices = { pause: async () => void pauses++, sliceMs: 0 };
    const sources: SourceStamp[] = Object.keys(FILES).map((path) => ({ path, stamp: '1' }));
    const first = await loadOrBuildCorpus(sources, async (path) => doc(path, FILES[path]!), {}, sliced, undefined, slices);
    assert.deepEqual(sliced.bytes, whole.bytes, 'the file written in slices is the file written at once');
    const written = pauses;
    assert.ok(written > 0);
    const second = await loadOrBuildCorpus(sources, async () => assert.fail('a source was read again'), {}, sliced, undefined, slices);
    assert.ok(pauses > written, 'reading the file pauses too');
    assert.equal(second.reused, 3);
    assert.deepEqual(observable(first.corpus), observable(fullBuild(FILES)));
    assert.deepEqual(observable(second.corpus), observable(fullBuild(FILES)));
  });

  it('rebuilds from the sources when the file is damaged, truncated, garbage or of another version', async () => {
    const cache = new MemoryCache();
    await load(FILES, {}, cache);
    const good = cache.bytes!;
    const damaged = good.slice();
    damaged[Math.floor(damaged.length / 2)]! ^= 0x20;
    const oldVersion = good.slice();
    new DataView(oldVersion.buffer).setUint32(4, CACHE_FORMAT_VERSION + 1, true);
    const cases: [Uint8Array, string][] = [
      [damaged, 'corrupt'],
      [good.slice(0, good.length - 7), 'corrupt'],
      [new TextEncoder().encode('not an index at all'), 'corrupt'],
      [oldVersion, 'old version'],
    ];
    for (const [bytes, reason] of cases) {
      cache.bytes = bytes;
      const result = await load(FILES, {}, cache);
      assert.equal(result.rejected, reason);
      assert.deepEqual(result.reads, Object.keys(FILES).sort());
      assert.deepEqual(observable(result.corpus), observable(fullBuild(FILES)));
      assert.ok(result.written, 'a bad file is replaced');
    }
  });

  it('rejects a file whose saved entities are not records, though its checksum is right', async () => {
    const snapshot = fullBuild(FILES).snapshot();
    const saved = snapshot.entities;
    assert.ok(saved.count > 1);
    // The records of an earlier layout: no comma between them.
    const records = PackedStrings.pack(Array.from({ length: saved.count }, (_, i) => JSON.stringify(saved.record(i))));
    const broken = { ...snapshot, entities: new SavedEntities(records, saved.keys, saved.keyStarts, saved.keyEntities, saved.ids, saved.idEntities) };
    const cache = new MemoryCache();
    cache.bytes = encodeCache(broken, () => '1');
    const result = await load(FILES, {}, cache);
    assert.equal(result.rejected, 'corrupt');
    assert.deepEqual(observable(result.corpus), observable(fullBuild(FILES)));
  });

  it('answers entity questions from the file as the corpus it was saved from', () => {
    const built = fullBuild(FILES);
    const restored = Corpus.restore(decodeCache(encodeCache(built.snapshot(), () => '1')).snapshot);
    assert.ok(restored.answersFromSavedEntities);
    for (const name of ['Guo', 'Guo Jiakun', 'Zhou Mi', 'Washington', 'Nobody Here']) {
      assert.deepEqual(JSON.parse(JSON.stringify(restored.findEntity(name, 'seeds-a-txt') ?? null)), JSON.parse(JSON.stringify(built.findEntity(name, 'seeds-a-txt') ?? null)), name);
    }
    const some = built.entities[0]!;
    assert.equal(restored.entityById(some.id)?.name, some.name);
    assert.equal(restored.mentionCountOf(restored.entityById(some.id)!), built.mentionCountOf(some));
    assert.deepEqual(JSON.parse(JSON.stringify(restored.entities)), JSON.parse(JSON.stringify(built.entities)));
  });

  it('keeps working when the cache cannot be written', async () => {
    const failing: CacheIO = { read: async () => undefined, write: async () => Promise.reject(new Error('read-only')) };
    const errors: unknown[] = [];
    const result = await loadOrBuildCorpus([{ path: 'seeds/a.txt', stamp: '1' }], async (p) => doc(p, FILES[p]!), {}, failing, (e) => errors.push(e));
    assert.equal(result.written, false);
    assert.equal(errors.length, 1);
    assert.equal(result.corpus.documents.length, 1);
  });
});
