// What one person asked or called something, credited to another the article also names: the
// sentence that says the rest names its own actor, as a speaker, a quotation's, or a "she" who is
// the last person its paragraph named.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const COURT = `A former charity treasurer was jailed on Tuesday for stealing from a food bank.

Prosecutor Simon Kettridge told the court that Gareth Linwood disguised the payments as purchases from suppliers and produced false invoices to cover them.

Defending, barrister Niamh Caddick said Linwood had been suffering from a serious gambling addiction. She told the court he had sought treatment since his arrest. She asked the judge to consider a suspended sentence so that Linwood could continue working and repay the money.`;

const RELEASE = `Brackenford's redesigned bus network will start running on August 17.

"This is the biggest change to our buses in a generation," said Mayor Rosalind Achebe.

Transport Department director Kwame Ellery said drivers would receive training on the new routes during July.

The opposition says the city can only pay for the network by raising fares. The chamber of commerce says the network will help shops.`;

describe('a person credited with what another asked or called something', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/court.txt', COURT), textSource('sources/release.txt', RELEASE)]);
  });

  it('"she" of the paragraph that named the barrister is no prosecutor', () => {
    const v = check('Prosecutor Simon Kettridge asked the judge to consider a suspended sentence so that Linwood could keep working and repay the money.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /^The source says Niamh Caddick where the statement says (?:Prosecutor )?Simon Kettridge$/);
    assert.match(v.evidence[0]!.text, /^She asked the judge/);
  });

  it('a quotation\'s speaker is who called it so', () => {
    const v = check('Transport Department director Kwame Ellery called the network the biggest change to the city\'s buses in a generation.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Rosalind Achebe where the statement says Kwame Ellery/);
  });

  it('a body named by what it is, credited with what another body says', () => {
    const v = check('The business council has argued that the city can only pay for the network by raising fares.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says the opposition where the statement says the business council');
    assert.equal(check('The opposition has argued that the city can only pay for the network by raising fares.').kind, 'supported');
  });

  it('a thing before a passive verb is no body that speaks: who acts comes after "by"', () => {
    // "The network change was welcomed by the chamber of commerce" read "network change was" as a
    // body that welcomed, and the source's "the chamber of commerce says" as another body saying it.
    for (const text of [
      'The network change was welcomed by the chamber of commerce, which says it will help shops.',
      'The network change is welcomed by the chamber of commerce, which says it will help shops.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
    assert.equal(check('The business council also argued that the city can only pay for the network by raising fares.').kind, 'contradicted');
  });

  it('the person who did is supported', () => {
    for (const text of [
      'Defence barrister Niamh Caddick asked the judge to consider a suspended sentence so that Linwood could keep working and repay the money.',
      'Mayor Rosalind Achebe called the network the biggest change to the city\'s buses in a generation.',
      'Kwame Ellery said drivers would receive training on the new routes during July.',
    ]) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});
