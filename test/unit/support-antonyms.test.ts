import assert from 'node:assert/strict';
import { swappedAntonym } from '../../src/core/grounding/antonyms.js';
import { judgeStatement } from '../../src/core/grounding/verdict.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { normalizeWord } from '../../src/core/text/tokens.js';
import { textSource } from '../helpers/documents.js';

const SOURCE = [
  'Quarterly sales at the Lordstown plant increased by a fifth, the company said on Monday.',
  'The recall is voluntary and covers nineteen pickups.',
].join(' ');

function judge(text: string) {
  const corpus = Corpus.build([textSource('s.txt', SOURCE, { id: 's' })]);
  return judgeStatement(corpus, { text, quotes: [] }, { threshold: 0.5 });
}

const norms = (text: string): string[] => text.split(' ').map(normalizeWord);

describe('opposite words', () => {
  it('a statement that puts the opposite word where its passage has one is contradicted, naming both words', () => {
    const v = judge('Quarterly sales at the Lordstown plant decreased by a fifth, the company said on Monday.');
    assert.equal(v.kind, 'contradicted');
    assert.match(v.message, /"increased"/);
    assert.match(v.message, /"decreased"/);
    assert.deepEqual(v.conflict, { draft: 'decreased', source: 'increased' });
  });

  it('"mandatory" against "voluntary" is caught in any inflection', () => {
    assert.equal(judge('The recall is mandatory and covers nineteen pickups.').kind, 'contradicted');
    assert.deepEqual(swappedAntonym(norms('sales fell'), norms('sales rose')), [normalizeWord('fell'), normalizeWord('rose')]);
  });

  it('"triple" where the passage says "double", and "heavier" where it says "lighter", are contradicted', () => {
    assert.deepEqual(swappedAntonym(norms('the plant would triple capacity by 2026'), norms('the plant would double capacity by 2026')), [normalizeWord('triple'), normalizeWord('double'), true]);
    assert.deepEqual(swappedAntonym(norms('sales tripled in the third quarter'), norms('sales doubled in the third quarter')), [normalizeWord('tripled'), normalizeWord('doubled'), true]);
    assert.deepEqual(swappedAntonym(norms('the new chassis is 120 grams heavier'), norms('the new chassis is 120 grams lighter')), [normalizeWord('heavier'), normalizeWord('lighter')]);
    assert.equal(swappedAntonym(norms('the plant would double capacity by 2026'), norms('the plant would double capacity by 2026')), undefined);
  });

  it('"employees" where the passage says "employers" is a swap only with a neighbour in common: both sides of a relation stand in any text about either', () => {
    assert.deepEqual(swappedAntonym(norms('employees must provide water and shade'), norms('employers must provide water and shade to employees who work outdoors')), [normalizeWord('employees'), normalizeWord('employers')]);
    assert.equal(swappedAntonym(norms('businesses with fewer than ten employees could be reimbursed for shade'), norms('the program will reimburse small employers for shade structures')), undefined);
  });

  it('"cancelled" where the passage says "delayed" or "postponed" is an opposite; "delayed" for "postponed" is not', () => {
    assert.deepEqual(swappedAntonym(norms('the county cancelled its 90,000 grant'), norms('a delayed 90,000 county grant')), [normalizeWord('cancelled'), normalizeWord('delayed')]);
    assert.deepEqual(swappedAntonym(norms('the concert was postponed'), norms('the concert was cancelled')), [normalizeWord('postponed'), normalizeWord('cancelled')]);
    assert.equal(swappedAntonym(norms('the match was delayed because of rain'), norms('the match was postponed because of rain')), undefined);
  });

  it('the sentence that says the source\'s word is the evidence shown first', () => {
    const corpus = Corpus.build([textSource('minutes.txt', 'Directors present: Gloria Mendes (Chair) and Priyanka Shah (Treasurer). Treasurer\'s report. Revenue is 6% below budget, primarily due to a delayed $90,000 county grant, which the county will pay in May.')]);
    const v = judgeStatement(corpus, { text: 'Treasurer Shah told the board that revenue was below budget because the county cancelled its $90,000 grant.', quotes: [] }, { threshold: 0.5 });
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.evidence[0]!.text, /a delayed \$90,000 county grant/);
  });

  it('a noun made of a verb ("savings") is no opposite of another verb ("spent")', () => {
    const corpus = Corpus.build([textSource('court.txt', 'The prosecutor said Linwood had used the money to pay gambling debts and to fund holidays abroad. About $31,000 has since been recovered from the sale of a car and from Linwood\'s savings.')]);
    const v = judgeStatement(corpus, { text: 'Linwood spent the money on gambling debts and holidays abroad, and about $31,000 has since been recovered from his savings.', quotes: [] }, { threshold: 0.5 });
    assert.notEqual(v.kind, 'contradicted', v.message);
  });

  it('the copied sentence, and one that has both words, are no swap', () => {
    assert.notEqual(judge('The recall is voluntary and covers nineteen pickups.').kind, 'contradicted');
    assert.equal(swappedAntonym(norms('sales rose and costs fell'), norms('sales rose while costs fell')), undefined);
  });
});

describe('explained support', () => {
  it('a statement copied from two source sentences says so in its verdict', () => {
    const source = 'The mayor opened a new bridge over the river on Monday. Protesters blocked the old harbour road for hours.';
    const corpus = Corpus.build([textSource('s.txt', source, { id: 's' })]);
    const v = judgeStatement(corpus, { text: 'The mayor opened the old harbour road for hours.', quotes: [] }, { threshold: 0.5 });
    assert.equal(v.kind, 'unsupported');
    assert.match(v.message, /joins parts of two source sentences/);
  });

  it('two clauses joined by "and", each one source sentence\'s, are two facts told together', () => {
    const source = 'The mayor opened a new bridge over the river on Monday. Protesters blocked the old harbour road for hours.';
    const corpus = Corpus.build([textSource('s.txt', source, { id: 's' })]);
    const v = judgeStatement(corpus, { text: 'The mayor opened a new bridge on Monday, and protesters blocked the old harbour road for hours.', quotes: [] }, { threshold: 0.5 });
    assert.equal(v.kind, 'supported', v.message);
  });
});
