// A date given another weekday than the source gives it, wherever in the document the source
// gives the date with its weekday (the statement may align with a title that gives the date alone).
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph } from '../helpers/genres.js';

const REVIEW = `Post-Incident Review: Checkout and Payments Outage, 2 September 2025

Date of publication: Friday, 5 September 2025

On Tuesday, 2 September 2025, customers of Parcelwise were unable to complete checkout or pay for shipping labels for 2 hours and 47 minutes.`;

describe('a date given another weekday', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/review.txt', REVIEW)]);
  });

  it('than the source gives it is a number mismatch, with the source\'s weekday to write and its sentence as evidence', () => {
    const v = check('The outage took place on Monday, 2 September 2025.');
    assert.equal(v.kind, 'number-mismatch', v.message);
    assert.equal(v.message, 'Monday does not match the source, which says Tuesday');
    assert.match(v.evidence[0]!.text, /^On Tuesday, 2 September 2025/);
  });

  it('as the source gives it, or a date the source gives no weekday, is supported', () => {
    for (const text of ['The outage took place on Tuesday, 2 September 2025.', 'The review was published on Friday, 5 September 2025.']) {
      const v = check(text);
      assert.equal(v.kind, 'supported', `${text}: ${v.message}`);
    }
  });
});

describe('a weekday alone', () => {
  const STRIKE = `HARWELL BAY, March 13, 2025 - More than 2,300 dock workers at the Port of Harwell Bay walked off the job at 6 a.m. on Thursday, halting cargo operations at the region's busiest container terminal.

The union said talks would resume on Monday at the earliest.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/strike.txt', STRIKE)]);
  });

  it('other than the one its passage gives is contradicted, with the source\'s weekday to write', () => {
    const v = check('More than 2,300 dock workers at the Port of Harwell Bay walked off the job on Friday morning.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says "Thursday" where the statement says "Friday"');
  });

  it('as its passage gives it is supported, and a weekday the statement repeats of another day is left to the rest', () => {
    const v = check('More than 2,300 dock workers at the Port of Harwell Bay walked off the job on Thursday morning.');
    assert.equal(v.kind, 'supported', v.message);
    const w = check('The union said talks would resume on Monday at the earliest.');
    assert.equal(w.kind, 'supported', w.message);
  });
});

describe('a month alone', () => {
  const REPORT = `Halvorsen Instruments annual report 2024.

In September, we completed the acquisition of Aquilon Sensing, a Dutch company specialising in low-cost nitrate sensors for agriculture, for 38 million euros.

The annual general meeting will be held in May.`;
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/report.txt', REPORT)]);
  });

  it('other than the one its passage gives is contradicted', () => {
    const v = check('Halvorsen completed its 38 million euro acquisition of Aquilon Sensing in November.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.equal(v.message, 'The source says "September" where the statement says "November"');
  });

  it('as its passage gives it is supported, and "may" is no month', () => {
    for (const text of ['Halvorsen completed its 38 million euro acquisition of Aquilon Sensing in September.', 'The annual general meeting will be held in May.', 'Aquilon Sensing may make low-cost nitrate sensors for agriculture in September.']) {
      const v = check(text);
      assert.notEqual(v.kind, 'contradicted', `${text}: ${v.message}`);
    }
  });
});
