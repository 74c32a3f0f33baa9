// Who says what and who is who, on lines of test/fixtures/summaries-ahead's kinds, on sources
// written for the tests: a quotation credited to the post that opens its sentence ("The Chief
// Inspector of Mines, Dr Hana Kovač, said:") rather than to the person the post is given to; a
// post in lower case before a name ("Pelham's survey director, Joan Whitby") read as the person's.
// An organisation told as doing what its officer, speaking for it, says "we" did: no person in
// another's place. A sentence opening on "He" after one that opens on a description ("The
// night porter told ...") is about the one described, as a statement naming the description reads it.
// A figure the source tells of one person, in its clause, told of another.
// Each is pinned beside the error that must still be caught, or the faithful line that must pass.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/index/corpus.js';
import { findQuotes } from '../../src/core/index/quotes.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';
import { checkParagraph, summariesCorpus } from '../helpers/genres.js';

const MINE = `Roof fall at Pelham Colliery

A section of roof collapsed in the east heading of Pelham Colliery on 3 March, trapping two fitters for six hours.
The Chief Inspector of Mines, Dr Hana Kovač, said: "The roof bolts in that heading were installed to the wrong pattern, and nobody checked them."
Tomas Reyer, the operations manager of Pelham Minerals, said the company would pay for an independent survey.
Our Head of Safety, Mr Oliver Braddock, said: "We let our people down, and we will put it right."
Pelham's survey director, Joan Whitby, said the company had ordered checks of every heading in the colliery.`;

describe('who says what: a post before the name', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/mine.txt', MINE)]);
  });

  it('"The Chief Inspector of Mines, Dr Hana Kovač, said:" credits the person between the commas, not the post', () => {
    const speakers = (line: string): (string | undefined)[] => findQuotes(line).map((q) => q.speaker);
    assert.deepEqual(speakers('The Chief Inspector of Mines, Dr Hana Kovač, said: "It was wrong."'), ['Dr Hana Kovač']);
    assert.deepEqual(speakers('Our Head of Safety, Mr Oliver Braddock, said: "We let them down."'), ['Mr Oliver Braddock']);
    // A name before the commas is still the speaker, and what stands between them no name.
    assert.deepEqual(speakers('Tomas Reyer, the operations manager, said: "It was wrong."'), ['Tomas Reyer']);
    assert.deepEqual(speakers('The Minister, in a statement on Friday, said: "It was wrong."'), ['Minister']);
  });

  it('a quotation of the person a post is given to is hers, and still not another\'s', () => {
    const v = check('Dr Hana Kovač said the roof bolts had been installed to the wrong pattern and that "nobody checked them".');
    assert.equal(v.kind, 'supported', v.message);
    const other = check('Tomas Reyer said the roof bolts had been installed to the wrong pattern and that "nobody checked them".');
    assert.equal(other.kind, 'misattributed', other.message);
    const head = check('Mr Braddock, the head of safety, said the company had "let our people down".');
    assert.equal(head.kind, 'supported', head.message);
  });
});

const HEARING = `Environment Committee
Oral evidence: summer supply interruptions

Witnesses: Ruth Amory, Operations Director, Halden Water; Gareth Pyle, Chief Engineer, Tarnside Utilities

Chair: Ms Amory, how many homes lost supply in July?

Ruth Amory: We cut supplies to 9,400 homes across the Tarn valley for up to three days. That should not have happened.

Chair: Mr Pyle, was your network affected?

Gareth Pyle: Only at the margins. Our reservoirs held at 71 per cent throughout July.

Kiran Bose: What compensation has been paid?

Ruth Amory: We have paid £1.3 million to about 8,800 households so far.

Kiran Bose: And Tarnside?

Gareth Pyle: Nothing was owed. No customer of ours lost supply.

Chair: Thank you both.`;

describe('who is who: a post in lower case before the name', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/mine.txt', MINE)]);
  });

  it('a post told of one the source gives a post in lower case before her name ("Pelham\'s survey director, Joan Whitby") is weighed against that post', () => {
    const v = check('Joan Whitby, the Chief Inspector, said the company had ordered checks of every heading in the colliery.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /survey director/);
  });

  it('her own post, said with whose it is or without, is hers', () => {
    for (const line of [
      'Joan Whitby, Pelham\'s survey director, said the company had ordered checks of every heading in the colliery.',
      'Joan Whitby, the company\'s survey director, said it had ordered checks of every heading in the colliery.',
      'Pelham survey director Joan Whitby said the company had ordered checks of every heading in the colliery.',
    ]) {
      const v = check(line);
      assert.equal(v.kind, 'supported', `${line}: ${v.message}`);
    }
  });
});

describe('who does what: an organisation and its officer speaking as "we"', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/hearing.txt', HEARING)]);
  });

  it('what the officer says "we" did is the organisation\'s their post is of', () => {
    for (const line of [
      'Halden Water cut supplies to 9,400 homes across the Tarn valley for up to three days.',
      'Halden has paid £1.3 million to about 8,800 households so far.',
    ]) {
      const v = check(line);
      assert.equal(v.kind, 'supported', `${line}: ${v.message}`);
    }
  });

  it('another organisation told as doing it is still another in the officer\'s place', () => {
    const v = check('Tarnside Utilities has paid £1.3 million to about 8,800 households so far.');
    assert.notEqual(v.kind, 'supported', v.message);
  });
});

const FIRE = `Fire at the Granby Hotel

0140: The night porter locked the rear fire door after a delivery and returned to the front desk.
0155: The duty manager left the building to move her car, leaving the night porter alone at the desk.
0212: A smoke detector on the second floor activated. The night porter silenced the panel without checking the floor.

The night porter told investigators that he had "assumed it was another false alarm". He had worked 15 hours on 4 November, covering a sick colleague's shift in the kitchen, before starting his own shift at 2300.
The duty manager said she had not been told that the rear door was locked.`;

describe('who is who: "He" after a sentence opening on a description', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/fire.txt', FIRE)]);
  });

  it('naming the one described is no second sentence joined', () => {
    for (const line of [
      'The night porter had spent 15 hours covering a colleague\'s kitchen shift on 4 November before starting his own shift at 2300.',
      'The porter had spent 15 hours covering a colleague\'s kitchen shift on 4 November before starting his own shift at 2300.',
    ]) {
      const v = check(line);
      assert.equal(v.kind, 'supported', `${line}: ${v.message}`);
    }
  });

  it('another the source describes, told as the one "he" stands for, is another person in his place', () => {
    const v = check('The duty manager had spent 15 hours covering a colleague\'s kitchen shift on 4 November before starting his own shift at 2300.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /the night porter .*the duty manager/);
  });
});

const RACE = `Kiprop breaks Harrowgate record in cold and rain

Kenya's Daniel Kiprop won the Harrowgate Half Marathon on Sunday in 59 minutes 48 seconds, a course record.
Ethiopia's Ruth Wanjiru took the women's race in 1:07:12, more than a minute outside her best.
"The rain was cold, but I liked it," Wanjiru said. "I never felt tired."
Both winners received $12,000 from the organisers, with Kiprop collecting an additional $5,000 bonus for the course record.
About 9,300 runners finished the race.`;

describe('whose a figure is: a prize the source tells of one person, told of another', () => {
  let corpus: Corpus;
  const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
  before(() => {
    corpus = Corpus.build([textSource('sources/race.txt', RACE)]);
  });

  it('the bonus told of the other winner is another person in the one\'s place', () => {
    const v = check('The two winners each received $12,000, with Wanjiru also collecting a $5,000 course-record bonus.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Kiprop .*Wanjiru/);
  });

  it('the bonus told of its winner is supported', () => {
    for (const line of [
      'The two winners each received $12,000, with Kiprop also collecting a $5,000 course-record bonus.',
      'Kiprop collected an additional $5,000 bonus for the course record.',
    ]) {
      const v = check(line);
      assert.equal(v.kind, 'supported', `${line}: ${v.message}`);
    }
  });
});

describe('who says what: the answer to a question put in a transcript\'s turn', () => {
  // The committee transcript of summaries-ahead: "Owen Pryce: The Department paid Coastway a
  // performance bonus of £1.2 million last year. Should that be returned?" and the next turn,
  // "Martin Everleigh: That bonus related to the year before the timetable change, so no, I don't
  // think it should." The question is the turn's second sentence; the words a statement shares
  // are its first's.
  it('what the next turn answers is the answerer\'s, not a swap for the one who asked', async () => {
    const corpus = await summariesCorpus('summaries-ahead');
    const check = (text: string): Verdict => checkParagraph(corpus, text)[0]!.verdict;
    const v = check('Mr Everleigh said he did not think the £1.2 million performance bonus paid last year should be returned.');
    assert.equal(v.kind, 'supported', v.message);
    assert.equal(check('Ms Kaur said she did not think the £1.2 million performance bonus paid last year should be returned.').kind, 'contradicted');
  });
});
