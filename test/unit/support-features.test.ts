import assert from 'node:assert/strict';
import { claimSentences, scoreClaim } from '../../src/core/grounding/claim.js';
import { assessStatement } from '../../src/core/grounding/verdict.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { textSource } from '../helpers/documents.js';

const SOURCE = [
  'The city council approved a budget of 40 million dollars on Tuesday.',
  'Mayor Anna Berg said the money would repair bridges and schools.',
  'She said the plan had not been easy to agree.',
].join(' ');

function features(text: string) {
  const corpus = Corpus.build([textSource('s.txt', SOURCE, { id: 's' })]);
  return assessStatement(corpus, { text, quotes: [] }).features;
}

describe('support features and claim scores', () => {
  it('a copied sentence is fully covered and scores above the default threshold', () => {
    const f = features('The city council approved a budget of 40 million dollars on Tuesday.');
    assert.equal(f.passageCoverage, 1);
    assert.equal(f.documentTrigrams, 1);
    assert.equal(f.novelNames, 0);
    assert.equal(scoreClaim(SOURCE, 'The city council approved a budget of 40 million dollars on Tuesday.', { threshold: 0.5 }).verdict, 'supported');
  });

  it('a name and a figure the source never gives are counted', () => {
    const f = features('Mayor Peter Holm said the money would repair 12 bridges.');
    assert.ok(f.novelNames > 0);
    assert.ok(f.novelFigures > 0);
  });

  it('a pronoun the passage contradicts is a conflict', () => {
    assert.equal(features('He said the plan had not been easy to agree.').pronounConflict, 1);
    assert.equal(features('She said the plan had not been easy to agree.').pronounConflict, 0);
  });

  it('a claim is only as supported as its least supported sentence', () => {
    const good = scoreClaim(SOURCE, 'The city council approved a budget on Tuesday.', { threshold: 0.5 });
    const mixed = scoreClaim(SOURCE, 'The city council approved a budget on Tuesday. Volcanic ash grounded flights across Iceland.', { threshold: 0.5 });
    assert.equal(good.verdict, 'supported');
    assert.notEqual(mixed.verdict, 'supported');
    assert.ok(mixed.score < good.score);
  });

  it('tokenised lower-case claims are split at standalone full stops', () => {
    const claim = 'the council approved a budget . the mayor spoke .';
    assert.deepEqual(claimSentences(claim).map((s) => claim.slice(s.start, s.end)), ['the council approved a budget .', 'the mayor spoke .']);
  });

  it('a closing quote after a standalone full stop ends its sentence, and is no sentence no source supports', () => {
    const claim = "the mayor said the budget was ` a disgrace . '";
    assert.deepEqual(claimSentences(claim).map((s) => claim.slice(s.start, s.end)), [claim]);
    const source = "The mayor said the budget was 'a disgrace'.";
    assert.equal(scoreClaim(source, claim, { threshold: 0.5 }).verdict, 'supported');
  });
});
