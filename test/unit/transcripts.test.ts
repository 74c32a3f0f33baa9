// Transcripts: a speaker's name, a colon, what they said. Each turn is that speaker's quotation,
// so a draft's quotes of a meeting or an interview are checked word for word and credited to
// the right person, and a paraphrase credited to someone else is caught.
import assert from 'node:assert/strict';
import { plainStatement } from '../../src/core/grounding/claim.js';
import { judgeStatement } from '../../src/core/grounding/verdict.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Verdict } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';

const MEETING = `Transcript of the weekly product meeting, March 3

Anna: OK, let's start. The main item today is the launch date for the mobile app.
Ben: Engineering thinks we can ship by April 14 if QA finishes the regression tests next week.
Anna: What about the payment bug?
Ben: It's fixed in the current build. We saw no failures in the last two days of testing.
Carla: Marketing needs the final date by Friday so we can book the ads.
Anna: Then let's say April 14, unless QA finds a blocker.`;

function judge(text: string, source = MEETING): Verdict {
  const corpus = Corpus.build([textSource('meeting.txt', source, { id: 'meeting' })]);
  return judgeStatement(corpus, plainStatement(text), { threshold: 0.5 });
}

describe('transcripts', () => {
  it('each turn is its speaker\'s quotation', () => {
    const corpus = Corpus.build([textSource('meeting.txt', MEETING, { id: 'meeting' })]);
    const quotes = corpus.quotesOf('meeting').map((q) => [q.speakerName, q.text]);
    assert.deepEqual(quotes[3], ['Ben', "It's fixed in the current build. We saw no failures in the last two days of testing."]);
    assert.equal(quotes.length, 6);
  });

  it('a quote credited to the wrong speaker is misattributed; to the right one, supported', () => {
    const wrong = judge('"It\'s fixed in the current build," Carla said.');
    assert.equal(wrong.kind, 'misattributed', wrong.message);
    assert.match(wrong.message, /attributes it to Ben/);
    assert.equal(judge('"It\'s fixed in the current build," Ben said.').kind, 'supported');
  });

  it('what one speaker said, paraphrased and credited to another, is contradicted', () => {
    const v = judge('Ben said marketing needs the final date by Friday so they can book the ads.');
    assert.equal(v.kind, 'contradicted', v.message);
    assert.match(v.message, /Carla where the statement says Ben/);
    assert.equal(judge('Carla said marketing needs the final date by Friday so they can book the ads.').kind, 'supported');
  });

  it('speakers labelled in capitals are named as a writer names them, and a paraphrase credited to another speaker is caught', () => {
    const minutes = `Planning call. Maria Lopez chaired.

MARIA LOPEZ: How long to fix both?
DEV PATEL: The crash is maybe two days.
MARIA LOPEZ: And hiring?
TOM REED: I've got four candidates lined up for next week.
DEV PATEL: Two of them know Postgres.
TOM REED: Which is what we need most.`;
    const corpus = Corpus.build([textSource('call.txt', minutes, { id: 'call' })]);
    assert.deepEqual([...new Set(corpus.quotesOf('call').map((q) => q.speakerName))], ['Maria Lopez', 'Dev Patel', 'Tom Reed']);
    const wrong = judge('"The crash is maybe two days," Maria Lopez said.', minutes);
    assert.equal(wrong.message, 'Quote attributed to Maria Lopez, but meeting.txt attributes it to Dev Patel');
    const swapped = judge('Tom Reed said the crash would take maybe two days to fix.', minutes);
    assert.equal(swapped.kind, 'contradicted', swapped.message);
    assert.match(swapped.message, /Dev Patel where the statement says Tom Reed/);
    assert.equal(judge('Dev Patel said the crash would take maybe two days to fix.', minutes).kind, 'supported');
  });

  it('a page of labelled lines is no transcript: each label used about once, or the labels a minority of its lines', () => {
    const infobox = 'Bishop Antonio Tobias\nBorn: June 27, 1930 in Manila\nOrdained Priest: April 17, 1973\nConsecrated Bishop: January 6, 1995\nDied: April 19, 2018';
    const guide = 'A Basic Record Library\nConsumer Guide: the fifties\nThe Big Bopper: Chantilly Lace\nThe Bobbettes: Mr. Lee\nConsumer Guide: the sixties\nThe Chantels: Maybe';
    const page = ['Gallery news', 'Harrison: the show opens Friday.', 'Gase: tickets are sold out.', 'Harrison: a second show is planned.', ...Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the article goes on about the gallery.`)].join('\n');
    for (const text of [infobox, guide, page]) {
      const corpus = Corpus.build([textSource('page.txt', text, { id: 'page' })]);
      assert.deepEqual(corpus.quotesOf('page').filter((q) => q.speakerName), [], text.slice(0, 30));
    }
  });

  it('a page\'s labelled fields are no transcript', () => {
    const page = 'Published: March 3, 2025\nSource: Reuters\nPhoto: AFP\n\nThe company said sales rose. Analysts said the rise was expected.';
    const corpus = Corpus.build([textSource('page.txt', page, { id: 'page' })]);
    assert.deepEqual(corpus.quotesOf('page'), []);
  });

  describe('an interview written as questions and answers', () => {
    const INTERVIEW = `Interview: the city's new harbour master

Published: 4 May 2025

Jonas Berg took over the harbour in January. We asked him about the new ferry timetable.

Q: Why change the timetable now?
A: Because the night ferries were nearly empty. Fewer than 20 people used each of them last winter.

Q: What happens to the crews?
A: Nobody loses a job. The night crews move to the new cargo service.`;

    it("answers are the words of the person the introduction names: quoted, credited, and paraphrased", () => {
      const corpus = Corpus.build([textSource('interview.txt', INTERVIEW, { id: 'interview' })]);
      assert.deepEqual(corpus.quotesOf('interview').filter((q) => q.speakerName).map((q) => [q.speakerName, q.text]), [
        ['Jonas Berg', 'Because the night ferries were nearly empty. Fewer than 20 people used each of them last winter.'],
        ['Jonas Berg', 'Nobody loses a job. The night crews move to the new cargo service.'],
      ]);
      assert.equal(judge('"Nobody loses a job," Berg said.', INTERVIEW).kind, 'supported');
      const wrong = judge('"Nobody loses a job," Anna Lund said.', INTERVIEW);
      assert.equal(wrong.kind, 'misattributed', wrong.message);
      assert.match(wrong.message, /attributes it to Jonas Berg/);
      const said = judge('Berg explained that the night crews will move to the new cargo service.', INTERVIEW);
      assert.equal(said.kind, 'supported', said.message);
    });

    it('an interview whose introduction names nobody credits its answers to no one', () => {
      const anonymous = INTERVIEW.replace('Jonas Berg took over the harbour in January. We asked him', 'We asked the harbour master');
      const corpus = Corpus.build([textSource('interview.txt', anonymous, { id: 'interview' })]);
      assert.deepEqual(corpus.quotesOf('interview').filter((q) => q.speakerName), []);
    });
  });

  describe('an email', () => {
    const EMAIL = `From: Helen Marsh <helen.marsh@example.org>
To: Facilities team
Subject: Water outage on Saturday

Hi all,

Water to Building C will be shut off from 7 a.m. until about 3 p.m. on Saturday.

Please do not run the dishwashers on Friday evening. Questions can go to me or to Raj Singh in operations.

Thanks,
Helen`;

    it('its body is its sender\'s: quoted, credited, and paraphrased with "asked" and "warned"', () => {
      assert.equal(judge('"Please do not run the dishwashers on Friday evening," Helen Marsh wrote.', EMAIL).kind, 'supported');
      const wrong = judge('"Please do not run the dishwashers on Friday evening," Raj Singh wrote.', EMAIL);
      assert.equal(wrong.kind, 'misattributed', wrong.message);
      assert.match(wrong.message, /attributes it to Helen Marsh/);
      const swapped = judge('Raj Singh said water to Building C will be shut off on Saturday.', EMAIL);
      assert.equal(swapped.kind, 'contradicted', swapped.message);
      for (const faithful of ['Helen Marsh asked staff not to run the dishwashers on Friday evening.', 'Helen Marsh said water to Building C will be shut off on Saturday.']) {
        const v = judge(faithful, EMAIL);
        assert.equal(v.kind, 'supported', `${faithful}: ${v.message}`);
      }
      assert.notEqual(judge('Helen Marsh asked staff to run the dishwashers on Friday evening.', EMAIL).kind, 'supported');
    });

    it('a reply\'s quoted message is its writer\'s, line by line', () => {
      const reply = `From: Priya Raman <priya@example.com>
To: Web team
Subject: Re: Launch

Can we aim for Wednesday instead?

> On 13 May 2024, Luis Ferreira wrote:
> Load tests passed at 2,000 concurrent users. I'd like to launch on Monday.`;
      const corpus = Corpus.build([textSource('reply.txt', reply, { id: 'reply' })]);
      assert.deepEqual(corpus.quotesOf('reply').filter((q) => q.speakerName).map((q) => [q.speakerName, q.text]), [
        ['Priya Raman', 'Can we aim for Wednesday instead?'],
        ['Luis Ferreira', "Load tests passed at 2,000 concurrent users. I'd like to launch on Monday."],
      ]);
      const wrong = judge('"Load tests passed at 2,000 concurrent users," Priya Raman wrote.', reply);
      assert.equal(wrong.kind, 'misattributed', wrong.message);
      assert.match(wrong.message, /attributes it to Luis Ferreira/);
    });

    it('a sender written surname first ("Marsh, Helen") is named as a writer names her', () => {
      const corpus = Corpus.build([textSource('email.txt', EMAIL.replace('From: Helen Marsh <helen.marsh@example.org>', 'From: "Marsh, Helen" <helen.marsh@example.org>'), { id: 'email' })]);
      assert.deepEqual([...new Set(corpus.quotesOf('email').filter((q) => q.speakerName).map((q) => q.speakerName))], ['Helen Marsh']);
    });

    it('a message whose sender is only an address credits nobody', () => {
      const corpus = Corpus.build([textSource('email.txt', EMAIL.replace('Helen Marsh <helen.marsh@example.org>', 'helen.marsh@example.org'), { id: 'email' })]);
      assert.deepEqual(corpus.quotesOf('email').filter((q) => q.speakerName), []);
    });
  });
});
