// The per-document lookups the checker uses instead of scanning the whole corpus must answer
// exactly what the corpus-wide lists answer, before and after documents change.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { closestQuote, locateQuote } from '../../src/core/grounding/quote-match.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';

const doc = textSource;

const A = doc('a.txt', 'Guo Jiakun said on Friday that "all parties should adhere to market principles."\n\n"We will respond firmly," Guo said. Exports rose 12 percent.');
const B = doc('b.txt', 'Zhou Mi told reporters that "the alliance would fail within a year." Guo Jiakun did not comment.\n\n"Markets decide," said Zhou Mi.');
const C = doc('c.txt', 'Li Wei said "all parties should adhere to market principles" at the forum. Exports rose 12 percent in May.');

function corpora(): Corpus[] {
  const built = Corpus.build([A, B, C]);
  const changed = Corpus.build([A, B, C]);
  changed.removeDocument('b.txt');
  changed.addDocument({ ...B, text: B.text + '\n\n"A new quote here," said Zhou Mi.' });
  return [built, changed];
}

describe('per-document lookups of the checker', () => {
  it('quotes of a document are the corpus quotes of that document, in order, with their speakers', () => {
    for (const corpus of corpora()) {
      const all = corpus.quotes;
      assert.ok(all.length >= 5);
      for (const d of corpus.documents) assert.deepEqual(corpus.quotesOf(d.id), all.filter((q) => q.docId === d.id));
      assert.deepEqual([...corpus.documentIds()], corpus.documents.map((d) => d.id));
      assert.deepEqual(corpus.quotesOf('missing.txt'), []);
    }
  });

  it('an entity found by id is the one the entity list holds', () => {
    for (const corpus of corpora()) {
      for (const e of corpus.entities) assert.equal(corpus.entityById(e.id), e);
      assert.equal(corpus.entityById('person:nobody'), undefined);
    }
  });

  it('the passage count of a word is the number of passages holding it, after a document is replaced', () => {
    for (const corpus of corpora()) {
      for (const word of ['export', 'guo', 'market', 'quote', 'nothing']) assert.equal(corpus.passageCountOf(word), corpus.passagesWithTerm(word).length, word);
    }
  });

  it('a name mentioned in several documents resolves to the entity the given document mentions', () => {
    const corpus = Corpus.build([doc('x.txt', 'Officials said Wang Lei backed the plan. The plan works, said Wang.'), doc('y.txt', 'Officials said Wang Fang opposed the plan. The plan fails, said Wang.')]);
    assert.equal(corpus.findEntity('Wang', 'x.txt')?.name, 'Wang Lei');
    assert.equal(corpus.findEntity('Wang', 'y.txt')?.name, 'Wang Fang');
  });

  it('quote matching finds a quote in the source whose quotation holds it, and the closest source words to an altered one', () => {
    const corpus = Corpus.build([A, B, C]);
    const found = locateQuote(corpus, 'We will respond firmly');
    assert.equal(found?.docId, 'a.txt');
    assert.equal(found?.sourceQuote?.text, 'We will respond firmly,');
    const closest = closestQuote(corpus, 'the alliance would collapse within a year');
    assert.equal(closest?.docId, 'b.txt');
    assert.match(closest!.text, /alliance would fail within a year/);
  });
});
