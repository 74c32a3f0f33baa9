// Entities are resolved incrementally as sources come and go: a corpus changed one source at a
// time must name, group and attribute exactly as a corpus built afresh from the same sources.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';

// Sentences whose names interact: short forms with one or several owners, a name that is a
// person in one source and an organisation in another, configured and built-in aliases.
const SENTENCES = [
  'Foreign Ministry Spokesperson Guo Jiakun said "we have noted the relevant reports today."',
  'Guo said supply chains must stay stable.',
  'Guo Wei, a senior researcher at the Chinese Academy, told reporters exports rose 12 percent.',
  'The Guo Foundation announced a grant of 3 million dollars.',
  'Jordan Smith said the deal would close in May.',
  'Smith told reporters "the talks went very well indeed."',
  'Officials in Jordan said the border stayed open.',
  'Jordan signed the accord with the United States.',
  'US officials met EU negotiators in Brussels.',
  'America and the European Union agreed on tariffs.',
  'Acme Corp said profits rose, according to Lee.',
  'Lee Min said "we will expand production next year."',
  'The Ministry of Commerce said exports fell 4 percent.',
  'Pax Silica was launched in Washington by Jacob Helberg.',
  'Helberg said the initiative would secure supply chains.',
  // "Jordan Smith" is a person by the shape of the name, an organisation after "the": the vote can flip.
  'Visitors crowded the Jordan Smith gallery on Sunday.',
  'Crowds filled the Jordan Smith hall again.',
  'Jordan Smith won the race in Boston.',
  'The crowd cheered for Smith loudly.',
  'Anna Smith said the vote was close.',
];

const doc = (id: string, sentences: number[]): SourceDocument => ({
  id, path: `${id}.txt`, format: 'txt', excluded: [], warnings: [],
  text: sentences.map((i) => SENTENCES[i]!).join('\n\n'),
});

/** Everything entity resolution shows a user, as one comparable value. */
function observable(corpus: Corpus): string {
  const ids = [...corpus.documentIds()];
  // Passage numbers differ between corpora with different histories: compare passages by text.
  return JSON.stringify({
    entities: corpus.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases, roles: e.roles, mentions: e.mentions.map((m) => ({ ...m, passage: corpus.passage(m.passage)?.text })) })),
    quotes: corpus.quotes.map((q) => [q.docId, q.text, q.speakerId]),
    found: ['Guo', 'Smith', 'Jordan', 'US', 'America', 'Lee', 'Helberg', 'EU'].map((name) => ids.map((id) => corpus.findEntity(name, id)?.id)),
  });
}

const operation = fc.oneof(
  fc.record({ add: fc.integer({ min: 0, max: 5 }), sentences: fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { minLength: 1, maxLength: 5 }) }),
  fc.record({ remove: fc.integer({ min: 0, max: 5 }) }),
);

describe('incremental entity resolution', () => {
  it('answers as a fresh build after any sequence of sources added, changed and removed', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 12 }), fc.boolean(), (operations, askEveryStep) => {
        const corpus = new Corpus({ aliases: { 'Lee Min': ['Lee'] } });
        for (const op of operations) {
          if ('add' in op) corpus.addDocument(doc(`d${op.add}`, op.sentences));
          else corpus.removeDocument(`d${op.remove}`);
          if (askEveryStep) void corpus.entities;
        }
        const fresh = Corpus.build(corpus.documents, { aliases: { 'Lee Min': ['Lee'] } });
        // The list is kept in order change by change; it must be in the order a fresh sort gives.
        const order = (c: Corpus): string[] => c.entities.map((e) => e.id);
        assert.deepEqual(order(corpus), order(fresh));
        assert.equal(observable(corpus), observable(fresh));
      }),
      { numRuns: 200 },
    );
  });

  it('answers as a fresh build when sources change while the entities are being resolved in slices', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), fc.array(operation, { maxLength: 8 }), fc.integer({ min: 1, max: 6 }), async (before, during, step) => {
        const corpus = new Corpus({ aliases: { 'Lee Min': ['Lee'] } });
        const apply = (op: (typeof before)[number]): void => {
          if ('add' in op) corpus.addDocument(doc(`d${op.add}`, op.sentences));
          else corpus.removeDocument(`d${op.remove}`);
        };
        before.forEach(apply);
        // Each pause between slices lets the next change in, and every other one asks a question.
        const queue = [...during];
        let pauses = 0;
        await corpus.settleEntitiesInSlices(async () => {
          const op = queue.shift();
          if (op) apply(op);
          if (pauses++ % 2 === 1) corpus.findEntity('Guo', 'd0');
        }, { sliceMs: 0, step });
        queue.forEach(apply);
        assert.equal(observable(corpus), observable(Corpus.build(corpus.documents, { aliases: { 'Lee Min': ['Lee'] } })));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer whatever order the sources arrive in', () => {
    const docs = [doc('a', [0, 1, 4]), doc('b', [2, 3, 5]), doc('c', [6, 7, 1]), doc('d', [8, 9, 10, 11])];
    const names = (c: Corpus): string => JSON.stringify(c.entities.map((e) => [e.id, e.name, e.aliases, e.roles, e.mentions.length]));
    assert.equal(names(Corpus.build(docs)), names(Corpus.build([...docs].reverse())));
  });

  it('settles in slices to the same entities as all at once', () => {
    const docs = Array.from({ length: 9 }, (_, i) => doc(`s${i}`, [i % SENTENCES.length, (i * 7) % SENTENCES.length, (i * 5 + 1) % SENTENCES.length]));
    const sliced = new Corpus();
    for (const d of docs) sliced.addDocument(d);
    let rounds = 0;
    while (!sliced.settleEntities(2)) rounds++;
    assert.equal(rounds, 4);
    assert.equal(observable(sliced), observable(Corpus.build(docs)));
  });

  it('resolves a short form to the full name of its own source, and re-resolves it when that source changes', () => {
    const corpus = Corpus.build([doc('a', [0, 1]), doc('b', [2])]);
    // Source a names Guo Jiakun only: its "Guo" is him, though the corpus also has Guo Wei.
    assert.equal(corpus.findEntity('Guo', 'a')?.id, 'person:guo jiakun');
    assert.ok(corpus.entityById('person:guo jiakun')!.aliases.includes('Guo'));
    // Source a now names Guo Wei as well: "Guo" in it is no longer one person.
    corpus.addDocument(doc('a', [0, 1, 2]));
    assert.equal(corpus.entityById('person:guo jiakun')!.aliases.includes('Guo'), false);
    corpus.removeDocument('b');
    corpus.addDocument(doc('a', [0, 1]));
    assert.equal(corpus.findEntity('Guo', 'a')?.id, 'person:guo jiakun');
    assert.equal(corpus.entityById('person:guo wei'), undefined);
  });

  it('forgets every mention of a removed source', () => {
    const corpus = Corpus.build([doc('a', [13, 14]), doc('b', [4, 5])]);
    assert.equal(corpus.entityById('person:jacob helberg')?.mentions.length, 2);
    corpus.removeDocument('a');
    assert.equal(corpus.entityById('person:jacob helberg'), undefined);
    assert.equal(corpus.findEntity('Helberg'), undefined);
    assert.deepEqual(corpus.entities.flatMap((e) => e.mentions.map((m) => m.docId)).filter((d) => d === 'a'), []);
  });
});

describe('entities saved with the index', () => {
  const docs = [doc('a', [0, 1, 4, 5]), doc('b', [2, 3, 6, 7]), doc('c', [8, 9, 10, 11, 12]), doc('d', [13, 14, 1])];
  const aliases = { 'Lee Min': ['Lee'] };

  it('answer for a corpus restored unchanged as the resolved entities did, mentions included', () => {
    const built = Corpus.build(docs, { aliases });
    const restored = Corpus.restore(built.snapshot(), { aliases });
    assert.equal(observable(restored), observable(built));
    assert.deepEqual(restored.entities.map((e) => e.mentions.length), built.entities.map((e) => e.mentions.length));
    // Counted without listing mentions, live and saved alike: as the mentions say.
    for (const corpus of [built, Corpus.restore(built.snapshot(), { aliases })]) {
      for (const e of corpus.entities) {
        const docs = [...new Set(e.mentions.map((m) => m.docId))];
        assert.equal(corpus.mentionCountOf(e), e.mentions.length);
        assert.deepEqual(corpus.documentsMentioning(e), { count: docs.length, first: docs[0] });
      }
    }
  });

  it('give way to resolving the names once a source changes', () => {
    const restored = Corpus.restore(Corpus.build(docs, { aliases }).snapshot(), { aliases });
    void restored.entities;
    restored.addDocument(doc('b', [2, 0]));
    restored.removeDocument('d');
    assert.equal(observable(restored), observable(Corpus.build(restored.documents, { aliases })));
  });

  it('are not used under other configured aliases', () => {
    const washington = { 'United States': ['Washington'] };
    const other = Corpus.restore(Corpus.build(docs, { aliases: washington }).snapshot(), {});
    assert.equal(observable(other), observable(Corpus.build(docs)));
    assert.equal(other.findEntity('Washington', 'd')?.id, 'place:washington');
    const same = Corpus.restore(Corpus.build(docs, { aliases: washington }).snapshot(), { aliases: washington });
    assert.equal(same.findEntity('Washington', 'd')?.id, 'place:united states');
  });
});
