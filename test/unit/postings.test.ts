// The search index is packed when a corpus is built or restored in one go, and appended to as
// sources change: after any history of changes, searches must rank as in a corpus built afresh.
// A corpus restored from the persisted index searches the file's packed lists where they lie,
// with the file's sorted vocabulary; changes after that must rank the same way too.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { decodeCache, encodeCache } from '../../src/core/index/cache.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { PackedStrings } from '../../src/core/index/packed-strings.js';
import type { SourceDocument } from '../../src/core/model.js';

const SENTENCES = [
  'Exports of rare earths rose 12 percent in March.',
  'The ministry said exports of gallium fell sharply.',
  'Rare earth prices rose as exports slowed.',
  'Officials said the supply chain review would take a year.',
  'Gallium and germanium exports were restricted in July.',
  'Mining companies expect prices to fall next year.',
];
const QUERIES = ['exports rose', 'gallium exports restricted', 'supply chain review', 'prices fall mining', 'rare earth prices'];

const doc = (id: string, sentences: number[]): SourceDocument => ({
  id, path: `${id}.txt`, format: 'txt', excluded: [], warnings: [], text: sentences.map((i) => SENTENCES[i]!).join(' '),
});

/** Search results by what a user sees: source, sentence and score (passage numbers depend on history). */
function results(corpus: Corpus): string {
  return JSON.stringify(QUERIES.map((q) => corpus.search(q, 50).map((h) => [h.passage.docId, h.passage.text, h.score.toFixed(9)]).sort()));
}

describe('search index across changes', () => {
  it('ranks as a fresh build after sources are added, changed and removed, past the point where lists are compacted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ doc: fc.integer({ min: 0, max: 2 }), sentences: fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { maxLength: 4 }) }), { minLength: 20, maxLength: 120 }),
        fc.boolean(),
        (initial, changes, fromFile) => {
          const built = Corpus.build(initial.map((s, i) => doc(`d${i}`, s)));
          const corpus = fromFile ? Corpus.restore(decodeCache(encodeCache(built.snapshot(), () => '1')).snapshot) : built;
          for (const change of changes) {
            if (change.sentences.length) corpus.addDocument(doc(`d${change.doc}`, change.sentences));
            else corpus.removeDocument(`d${change.doc}`);
          }
          const fresh = Corpus.build(corpus.documents);
          assert.equal(results(corpus), results(fresh));
          assert.equal(corpus.passageCountOf('export'), fresh.passageCountOf('export'));
          assert.deepEqual(corpus.passagesWithTerm('export').map((i) => corpus.passage(i)!.text), fresh.passagesWithTerm('export').map((i) => fresh.passage(i)!.text));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('packed strings', () => {
  it('finds every string of a sorted table, and no other, whatever its script', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ß', '中', '\uffff', '\ud83d\ude00', 'z') }), { maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', 'é', '中', '\ud83d\ude00') }), (values, other) => {
        const { table, position } = PackedStrings.packSorted(values);
        values.forEach((v, i) => {
          assert.equal(table.find(v), position[i]);
          assert.equal(table.get(position[i]!), v);
        });
        if (!values.includes(other)) assert.equal(table.find(other), -1);
      }),
      { numRuns: 300 },
    );
  });

  it('lays strings out as TextEncoder encodes each in turn, sorted by those bytes, lone surrogates included', () => {
    const encoder = new TextEncoder();
    const compare = (a: Uint8Array, b: Uint8Array): number => {
      for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
      return a.length - b.length;
    };
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', 'é', 'ß', '中', '\uffff', '\ud83d\ude00', '\ud83d', '\ude00', '\u007f', '\u0080', '\u07ff', '\u0800') }), { maxLength: 30 }), (values) => {
        const encoded = values.map((v) => encoder.encode(v));
        const packed = PackedStrings.pack(values);
        assert.deepEqual([...packed.bytes], encoded.flatMap((e) => [...e]));
        assert.deepEqual([...packed.offsets], [0, ...encoded.map((_, i) => encoded.slice(0, i + 1).reduce((sum, e) => sum + e.length, 0))]);
        // Ties (equal strings) keep their order, as a stable sort of the encoded strings does.
        const order = values.map((_, i) => i).sort((a, b) => compare(encoded[a]!, encoded[b]!));
        const { table, position } = PackedStrings.packSorted(values);
        assert.deepEqual([...table.bytes], order.flatMap((i) => [...encoded[i]!]));
        order.forEach((i, to) => assert.equal(position[i], to));
      }),
      { numRuns: 300 },
    );
  });

});
