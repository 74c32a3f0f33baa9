import assert from 'node:assert/strict';
import { entityAt, entityCard, quoteReport } from '../../src/core/lookup.js';
import { seedCorpus } from '../helpers/seeds.js';

describe('lookup: what is at an offset', () => {
  const corpus = seedCorpus();

  function entityUnder(text: string, word: string, into = 1) {
    const at = text.indexOf(word);
    assert.ok(at >= 0, `${word} is in the text`);
    return entityAt(corpus, text, at + into);
  }

  it('finds Guo Jiakun under "Guo" inside a title, and spans the longest name', () => {
    const text = 'Foreign Ministry Spokesperson Guo Jiakun said that "We have noted relevant reports."';
    const hit = entityUnder(text, 'Guo');
    assert.equal(hit?.entity.name, 'Guo Jiakun');
    assert.equal(text.slice(hit!.span.start, hit!.span.end), 'Foreign Ministry Spokesperson Guo Jiakun');
  });

  it('finds a person by a bare surname followed by a full stop or possessive', () => {
    assert.equal(entityUnder('It was confirmed by Guo.', 'Guo')?.entity.name, 'Guo Jiakun');
    assert.equal(entityUnder("Zhou's view is clear.", 'Zhou')?.entity.name, 'Zhou Mi');
  });

  it('finds nothing under an ordinary word or a lowercase "us"', () => {
    assert.equal(entityUnder('They told us the alliance was new.', 'us'), undefined);
    assert.equal(entityUnder('They told us the alliance was new.', 'alliance'), undefined);
  });

  it('reads only the line of the offset', () => {
    const text = 'Guo\nsaid nothing new.';
    assert.equal(entityAt(corpus, text, text.indexOf('nothing') + 1), undefined);
  });

  it('an entity card counts sources and gives the first mention of each with its line', () => {
    const guo = corpus.findEntity('Guo Jiakun')!;
    const card = entityCard(corpus, guo);
    assert.ok(card.sourceCount >= 1);
    assert.ok(card.firstMentions.length >= 1);
    const first = card.firstMentions[0]!;
    assert.match(first.path, /^seeds\//);
    const doc = corpus.documentAt(first.path)!;
    const lineText = doc.text.split('\n')[first.range.start.line]!;
    assert.ok(lineText.includes('Guo'), 'the line of the first mention names Guo');
    assert.ok(first.snippet.includes('Guo'));
  });

  it('reports a verbatim quote with its speaker and source', () => {
    const report = quoteReport(corpus, 'We have noted relevant reports.');
    assert.equal(report.status, 'verbatim');
    assert.equal(report.speaker, 'Guo Jiakun');
    assert.match(report.where!.path, /global-times/);
    assert.match(report.sourceText!, /We have noted relevant reports/);
  });

  it('reports an altered quote with the source words and a word diff', () => {
    const report = quoteReport(corpus, 'All parties must adhere to the principles of a market economy and fair competition');
    assert.equal(report.status, 'altered');
    assert.ok(report.diff!.some((p) => p.op === 'delete' && p.text.includes('must')));
    assert.ok(report.diff!.some((p) => p.op === 'insert' && p.text.includes('should')));
  });

  it('reports a quote no source has as not found', () => {
    assert.equal(quoteReport(corpus, 'the alliance will certainly succeed beyond all expectations').status, 'not-found');
  });
});
