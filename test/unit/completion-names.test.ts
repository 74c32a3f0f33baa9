import assert from 'node:assert/strict';
import { CompletionIndex, type EntityCandidate } from '../../src/core/completions.js';
import { prefixDistance } from '../../src/core/completion/prefix-distance.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { SourceDocument } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';

function doc(id: string, text: string): SourceDocument {
  return textSource(`sources/${id}.txt`, text, { id });
}

/** Candidates for a word typed after "said that ". */
function complete(index: CompletionIndex, prefix: string, limit?: number): EntityCandidate[] {
  return index.entities({ kind: 'word', prefix, start: 'said that '.length, before: 'said that ' }, limit);
}

const labels = (candidates: EntityCandidate[]): string[] => candidates.map((c) => c.label);

describe('completion of entity names', () => {
  const corpus = Corpus.build([
    doc('talks', [
      'Zhou Mi, a senior researcher, said the talks went well. Zhou said more talks would follow.',
      'Martin Zhoukov, the mayor of Springfield, disagreed. Anna Zhouba said nothing.',
      'Maria Smith said the Zhong Foundation paid. Maria Martinez said so too.',
    ].join('\n\n')),
  ]);
  const index = new CompletionIndex(corpus);

  it('offers names starting with the typed word, then names with a later word starting with it, then approximate ones', () => {
    const candidates = complete(index, 'Zhou');
    assert.equal(candidates[0]!.label, 'Zhou Mi');
    assert.deepEqual(new Set(labels(candidates).slice(1, 3)), new Set(['Martin Zhoukov', 'Anna Zhouba']));
    const fuzzy = candidates.filter((c) => c.fuzzy);
    assert.deepEqual(labels(fuzzy), ['Zhong Foundation'], 'one letter off: "Zhon" for "Zhou"');
    const kinds = candidates.map((c) => (c.fuzzy ? 'approximate' : 'exact'));
    assert.deepEqual(kinds, [...kinds].sort((a, b) => Number(a === 'approximate') - Number(b === 'approximate')), 'every exact match before any approximate one');
  });

  it('still finds a name when two letters are swapped or one is missing, in any word of it', () => {
    assert.ok(complete(index, 'Zhuo').some((c) => c.label === 'Zhou Mi' && c.fuzzy));
    assert.ok(complete(index, 'Smiht').some((c) => c.label === 'Maria Smith' && c.fuzzy));
    assert.ok(complete(index, 'Martnez').some((c) => c.label === 'Maria Martinez' && c.fuzzy));
    assert.deepEqual(complete(index, 'Qwx'), [], 'nothing near');
  });

  it('offers a name once, however many of its words match', () => {
    const candidates = complete(index, 'Ma');
    assert.equal(candidates.filter((c) => c.label === 'Maria Martinez').length, 1);
  });

  it('reads names beyond ASCII in any case', () => {
    const accented = new CompletionIndex(Corpus.build([doc('port', 'Jörg Düsterwald, the mayor of Bremen, said the port would grow. Émile Ollivier agreed.')]));
    assert.ok(complete(accented, 'DÜS').some((c) => c.entity.name === 'Jörg Düsterwald' && !c.fuzzy));
    assert.ok(complete(accented, 'jö').some((c) => c.label === 'Jörg Düsterwald'));
    assert.ok(complete(accented, 'Dust').some((c) => c.label === 'Jörg Düsterwald' && c.fuzzy));
    assert.deepEqual(labels(complete(accented, 'Ém')), ['Émile Ollivier']);
  });

  it('is made for the corpus it is given: a source added shows up in a new index', () => {
    const growing = Corpus.build([doc('a', 'Zhou Mi said the talks went well.')]);
    assert.deepEqual(labels(complete(new CompletionIndex(growing), 'Halv')), []);
    growing.addDocument(doc('b', 'Ingrid Halvorsen, the finance minister, said the budget was balanced.'));
    assert.deepEqual(labels(complete(new CompletionIndex(growing), 'Halv')), ['Ingrid Halvorsen']);
    const prepared = new CompletionIndex(growing);
    prepared.prepare();
    assert.deepEqual(labels(complete(prepared, 'Halvo')), ['Ingrid Halvorsen'], 'names filed ahead of the first completion');
    growing.removeDocument('b');
    assert.deepEqual(labels(complete(new CompletionIndex(growing), 'Halv')), [], 'gone with its source');
    assert.deepEqual(labels(complete(new CompletionIndex(growing), 'Zhou')), ['Zhou Mi']);
  });
});

describe('completion of entity names among many', () => {
  // Thousands of made-up people, one of them named by a word no other name starts with.
  const syllables = ['ka', 'lo', 'ven', 'tu', 'ri', 'mar', 'sel', 'do', 'bri', 'an', 'tor', 'vi', 'nes', 'pa', 'gu', 'li', 'ber', 'os', 'te', 'mu'];
  let seed = 7;
  const next = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
  const word = (): string => {
    const w = Array.from({ length: 2 + next(2) }, () => syllables[next(syllables.length)]).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const docs = Array.from({ length: 40 }, (_, d) =>
    doc(`d${d}`, Array.from({ length: 100 }, (_, s) => (d === 23 && s === 50 ? 'Wilhelmina Quarrington said the plan would work.' : `${word()} ${word()} said the plan would work.`)).join('\n\n')));
  const corpus = Corpus.build(docs);
  const index = new CompletionIndex(corpus);

  it('finds the one name by its surname, exactly or mistyped, among thousands', () => {
    assert.ok(corpus.entities.length > 1000, `only ${corpus.entities.length} entities`);
    assert.deepEqual(labels(complete(index, 'Quar')), ['Wilhelmina Quarrington']);
    const typo = complete(index, 'Qaurr');
    assert.equal(typo[0]?.label, 'Wilhelmina Quarrington');
    assert.equal(typo[0]?.fuzzy, true);
  });

  it('offers at most the limit, best first, for a common beginning', () => {
    const candidates = complete(index, 'Ka', 10);
    assert.equal(candidates.length, 10);
    // Names starting with the typed word come before names with a later word starting with it.
    const firstWordMatches = candidates.map((c) => /^ka/i.test(c.label));
    assert.deepEqual(firstWordMatches, [...firstWordMatches].sort((a, b) => Number(b) - Number(a)));
    const mentions = candidates.filter((c) => /^ka/i.test(c.label)).map((c) => c.entity.mentions.length);
    assert.deepEqual(mentions, [...mentions].sort((a, b) => b - a), 'most mentioned first');
  });
});

describe('prefix distance', () => {
  it('counts the edits from a typed beginning to the nearest beginning of a word', () => {
    assert.equal(prefixDistance('zhou', 'zhoukov', 2), 0);
    assert.equal(prefixDistance('zhuo', 'zhou', 2), 1);
    assert.equal(prefixDistance('smiht', 'smith', 2), 1);
    assert.equal(prefixDistance('martnez', 'martinez', 2), 1);
    assert.equal(prefixDistance('zhoum', 'zhou', 2), 1);
    assert.equal(prefixDistance('qwx', 'zhou', 1), 2, 'past the limit: limit + 1');
  });
});
