// What a check reads of a passage without making it (its document, its paragraph) is what the
// passage, made, says.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';

const doc = (id: string, text: string): SourceDocument => ({ id, path: `${id}.txt`, format: 'txt', excluded: [], warnings: [], text });

const DOCS = [
  doc('a', 'Exports rose 4 percent. Imports fell.\n\nThe minister said "we will not give in." Talks resume today.'),
  doc('b', 'A short note.\n\n\nAnother paragraph, after blank lines. And a second sentence here.'),
  doc('c', 'One line only'),
];

function assertAgrees(corpus: Corpus, size: number): void {
  for (let i = 0; i < size; i++) {
    const p = corpus.passage(i);
    assert.equal(corpus.passageDocId(i), p?.docId, `document of passage ${i}`);
    if (!p) continue;
    assert.equal(corpus.paragraphStartOf(i), p.paragraph.start, `paragraph start of passage ${i}`);
    assert.deepEqual(corpus.paragraphOf(i), p.paragraph, `paragraph of passage ${i}`);
  }
}

describe('a passage read without making it', () => {
  it("lists a document's passages as the passages made do, and makes none", () => {
    const corpus = Corpus.build(DOCS);
    const visited: [number, number, number][] = [];
    corpus.forEachPassageOf('a', (index, start, end) => visited.push([index, start, end]));
    corpus.forEachPassageOf('missing', () => assert.fail('a missing document has no passages'));
    assert.ok(visited.length >= 3);
    for (const [index] of visited) assert.equal(corpus.madePassage(index), undefined, `passage ${index} not made yet`);
    assert.deepEqual(visited, corpus.passagesOf('a').map((p) => [p.index, p.span.start, p.span.end]));
    for (const [index] of visited) assert.equal(corpus.madePassage(index), corpus.passage(index), `passage ${index} made once`);
    corpus.removeDocument('a');
    assert.equal(corpus.madePassage(visited[0]![0]), undefined, 'a removed passage');
  });

  it('has the document and paragraph of the passage made, built, changed and restored', () => {
    const corpus = Corpus.build(DOCS);
    const size = corpus.passages.length;
    assert.ok(size >= 6);
    assertAgrees(corpus, size + 1);
    corpus.addDocument(doc('a', 'Exports rose 5 percent.\n\nNothing else.'));
    corpus.removeDocument('c');
    assertAgrees(corpus, size + 3);
    assert.equal(corpus.passageDocId(0), undefined, 'a removed passage has no document');
    assertAgrees(Corpus.restore(corpus.snapshot()), size + 3);
  });
});
