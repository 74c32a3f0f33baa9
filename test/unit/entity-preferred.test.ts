// A name's entity for one document (a quote's speaker): the first of the entities so named that
// the document mentions, else the first of them. The live index finds it without sorting the
// candidates or listing their documents; it must answer as that definition does, and as the
// entities saved with the index do.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Entity, SourceDocument } from '../../src/core/model.js';

// Many people share a surname, and one-word names that are a person, a place or an organisation.
const SENTENCES = [
  'Anna Smith said the vote was close.',
  'Jordan Smith said the deal would close in May.',
  'Bob Smith told reporters "the talks went very well indeed."',
  'Smith said "we will expand production next year."',
  'Officials in Jordan said the border stayed open.',
  'Jordan signed the accord with the United States.',
  'Visitors crowded the Jordan Smith gallery on Sunday.',
  'Guo Jiakun said "we have noted the relevant reports today."',
  'Guo Wei, a senior researcher, told reporters exports rose 12 percent.',
  'Guo said supply chains must stay stable.',
  'The Guo Foundation announced a grant of 3 million dollars.',
  'Lee Min said "we will not give in."',
  'Acme Corp said profits rose, according to Lee.',
  'Carol Lee said the plant would reopen.',
];
const NAMES = ['Smith', 'Jordan', 'Jordan Smith', 'Guo', 'Lee', 'Anna Smith', 'Nobody'];

const doc = (id: string, sentences: number[]): SourceDocument => ({
  id, path: `${id}.txt`, format: 'txt', excluded: [], warnings: [],
  text: sentences.map((i) => SENTENCES[i]!).join('\n\n'),
});

/** The definition: the candidates in `named` order, the first the document mentions, else the first. */
function byDefinition(corpus: Corpus, name: string, docId: string): Entity | undefined {
  const view = corpus.resolved();
  const candidates = view.named(name);
  return candidates.find((e) => view.mentionedIn(e, docId)) ?? candidates[0];
}

const documents = fc.array(fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

describe("a name's entity for one document", () => {
  it('is the first of the entities so named that the document mentions, else the first of them', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), (sentences, edit) => {
        const corpus = Corpus.build(sentences.map((s, i) => doc(`d${i}`, s)));
        // Changed after the build, the index is updated rather than made afresh.
        if (edit) corpus.addDocument(doc('d0', [0, 4, 7]));
        const ids = [...corpus.documentIds(), 'missing'];
        for (const name of NAMES) for (const id of ids) assert.equal(corpus.findEntity(name, id)?.id, byDefinition(corpus, name, id)?.id, `${name} in ${id}`);
        // Asked again once `named` has sorted its candidates.
        for (const name of NAMES) for (const id of ids) assert.equal(corpus.findEntity(name, id)?.id, byDefinition(corpus, name, id)?.id, `${name} in ${id}, again`);
      }),
      { numRuns: 150 },
    );
  });

  it('is the same from the entities saved with the index', () => {
    fc.assert(
      fc.property(documents, (sentences) => {
        const built = Corpus.build(sentences.map((s, i) => doc(`d${i}`, s)));
        const ids = [...built.documentIds()];
        const live = NAMES.map((name) => ids.map((id) => built.findEntity(name, id)?.id));
        const restored = Corpus.restore(built.snapshot());
        assert.ok(restored.answersFromSavedEntities);
        assert.deepEqual(NAMES.map((name) => ids.map((id) => restored.findEntity(name, id)?.id)), live);
      }),
      { numRuns: 60 },
    );
  });

  it('prefers the one the document mentions over one mentioned more elsewhere', () => {
    // "Smith" alone is Jordan Smith in a, Anna Smith in b: both are named so.
    const corpus = Corpus.build([doc('a', [1, 1, 1, 3]), doc('b', [0, 3])]);
    assert.deepEqual(corpus.resolved().named('Smith').map((e) => e.name), ['Jordan Smith', 'Anna Smith']);
    assert.equal(corpus.findEntity('Smith', 'b')?.name, 'Anna Smith');
    assert.equal(corpus.findEntity('Smith', 'a')?.name, 'Jordan Smith');
    assert.equal(corpus.findEntity('Smith', 'elsewhere')?.name, 'Jordan Smith');
  });
});
