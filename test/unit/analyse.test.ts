// Sources read on other threads (an Analyser per thread, merged by the corpus) must give the index
// a single thread builds: the same passages, terms, names, quotes and entities, to the byte.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { Analyser, TermTable, type AnalysedDocument } from '../../src/core/index/analyse.js';
import { encodeCache } from '../../src/core/index/cache.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';
import { readSource } from '../../src/core/sources/read.js';
import { textSource } from '../helpers/documents.js';

const TEXTS: [string, string][] = [
  ['a.txt', 'Foreign Ministry Spokesperson Guo Jiakun said on Friday that "all parties should adhere to market principles."\n\nGuo added that supply chains matter. "We will respond firmly to any provocation," he said.'],
  ['b.txt', 'Zhou Mi, a senior researcher at the Chinese Academy of International Trade, told the Global Times that the alliance would fail. Exports rose 12 percent to $4.5 billion.'],
  ['c.txt', 'The Pax Silica Declaration was signed in Washington by Japan, Singapore and Australia on December 12, 2025.\n\n中国外交部发言人郭嘉昆表示，各方应遵守市场原则。\n\nThe U.S. and the EU said the deal matters.'],
  ['d.txt', 'Exports rose again. Guo Jiakun said the "coercive" measures would fail, according to Zhou Mi. Supply chains, chains and more chains.'],
  ['e.txt', ''],
];

function docs(): SourceDocument[] {
  const out = TEXTS.map(([path, text]) => textSource(path, text));
  // An excluded span (boilerplate) is skipped by both.
  out[3] = { ...out[3]!, excluded: [{ start: 0, end: 20 }] };
  return out;
}

/** Analysed by `threads` analysers taking documents in turn, as a pool hands them out. */
function analysed(documents: SourceDocument[], threads: number): AnalysedDocument[] {
  const analysers = Array.from({ length: threads }, () => new Analyser());
  const tables = Array.from({ length: threads }, () => new TermTable());
  return documents.map((doc, i) => {
    // As a thread sends it: a copy, not the analyser's own arrays.
    const analysis = structuredClone(analysers[i % threads]!.analyse(doc));
    tables[i % threads]!.take(analysis);
    return { doc, analysis, terms: tables[i % threads]! };
  });
}

const bytes = (corpus: Corpus): Buffer => Buffer.from(encodeCache(corpus.snapshot(), () => 'stamp'));

describe('analysing sources on other threads', () => {
  for (const threads of [1, 2, 3]) {
    it(`gives the index a single thread builds (${threads} analysers)`, () => {
      const built = Corpus.build(docs());
      const merged = Corpus.restore(new Corpus().snapshot(), {}, () => true, analysed(docs(), threads));
      assert.deepEqual(merged.quotes, built.quotes);
      assert.deepEqual(merged.entities, built.entities);
      assert.deepEqual(merged.search('Guo supply chains exports'), built.search('Guo supply chains exports'));
      assert.ok(bytes(merged).equals(bytes(built)));
    });
  }

  it('mixes with documents read on this thread, and with later changes', () => {
    const all = docs();
    const some = analysed(all.filter((_, i) => i % 2 === 0), 2);
    const mixed = Corpus.restore(new Corpus().snapshot(), {}, () => true, [...some, ...all.filter((_, i) => i % 2 === 1)]);
    const built = Corpus.build(all);
    assert.ok(bytes(mixed).equals(bytes(built)));
    // Replacing an analysed document with one read here, and back.
    const edited = textSource('a.txt', 'Guo Jiakun said exports fell.');
    mixed.addDocument(edited);
    built.addDocument(edited);
    assert.deepEqual(mixed.entities, built.entities);
    assert.deepEqual(mixed.search('exports Guo'), built.search('exports Guo'));
    const again = analysed([all[0]!], 1)[0]!;
    mixed.addDocument(again.doc, again);
    built.addDocument(all[0]!);
    assert.deepEqual(mixed.quotes, built.quotes);
    assert.deepEqual(mixed.search('market principles'), built.search('market principles'));
  });

  it('refuses analyses of one analyser taken out of order', () => {
    const analyser = new Analyser();
    const first = analyser.analyse(docs()[0]!);
    const second = analyser.analyse(docs()[1]!);
    assert.throws(() => new TermTable().take(second), /out of order/);
    const table = new TermTable();
    table.take(first);
    table.take(second);
  });

  it('gives the same index for the sample sources', async () => {
    const folder = 'seeds';
    const files = readdirSync(folder).sort();
    assert.ok(files.length >= 2);
    const read = await Promise.all(files.map((f) => readSource(`seeds/${f}`, readFileSync(`${folder}/${f}`))));
    assert.ok(bytes(Corpus.restore(new Corpus().snapshot(), {}, () => true, analysed(read, 2))).equals(bytes(Corpus.build(read))));
  });
});
