// Where a document's quotations stand is read without finding who says each (`quoteSpansOf`):
// the spans must be those of its quotations, in their order, asked before or after them, and a
// passage's quoted speakers the same whichever was asked first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { quotedSpeakers } from '../../src/core/grounding/quoted-speakers.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { Passage, SourceDocument } from '../../src/core/model.js';
import { textSource } from '../helpers/documents.js';

const GENRES = path.join(import.meta.dirname, '..', 'fixtures', 'genres');

const spansOfQuotes = (corpus: Corpus, id: string) => corpus.quotesAsWritten(id).map((q) => q.span);

/** Each document's spans asked first (in a corpus of their own), and its quotations' spans. */
function bothWays(docs: SourceDocument[]): void {
  const spansFirst = Corpus.build(docs);
  const quotesFirst = Corpus.build(docs);
  for (const d of docs) {
    const spans = spansFirst.quoteSpansOf(d.id);
    assert.deepEqual(spans, spansOfQuotes(quotesFirst, d.id), d.id);
    // Asked again once the quotations are found, the same.
    assert.deepEqual(spansOfQuotes(spansFirst, d.id), spans, d.id);
    assert.deepEqual(spansFirst.quoteSpansOf(d.id), spans, d.id);
    assert.deepEqual(quotesFirst.quoteSpansOf(d.id), spans, d.id);
    // Every passage's quoted speakers, asked before its document's quotations are found, as read off them.
    const fresh = Corpus.build(docs);
    for (const p of fresh.passagesOf(d.id)) assert.deepEqual(quotedSpeakers(fresh, p), speakersReadOff(quotesFirst, p), `${d.id} at ${p.span.start}`);
  }
}

/** `quotedSpeakers` as it read a passage's quoted speakers off its document's quotations. */
function speakersReadOff(corpus: Corpus, passage: Passage): string[] {
  const list = corpus.quotesAsWritten(passage.docId).filter((q) => q.speakerName).sort((a, b) => a.span.start - b.span.start);
  const lo = list.filter((q) => q.span.start < passage.span.end).length;
  const out: string[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const q = list[i]!;
    if (q.span.end > passage.span.start && !out.includes(q.speakerName!)) out.push(q.speakerName!);
  }
  return out;
}

describe('where quotations stand', () => {
  it('are the spans of the quotations, in order, in every genre of source (transcripts, emails and interviews too)', () => {
    const docs = readdirSync(GENRES).filter((f) => f.endsWith('.txt')).map((f) => textSource(f, readFileSync(path.join(GENRES, f), 'utf8')));
    assert.ok(docs.length > 10);
    bothWays(docs);
    // Some genre has a quotation and some a turn.
    assert.ok(docs.some((d) => Corpus.build([d]).quoteSpansOf(d.id).length > 3));
  });

  it('are the spans of the quotations of any text of quotes, turns and credits', () => {
    const word = fc.constantFrom('the', 'minister', 'said', 'Exports', 'rose', 'Zhou', 'Mi', 'he', 'added', 'talks', 'fail', '2024', 'Ben', 'Anna');
    const words = fc.array(word, { minLength: 1, maxLength: 7 }).map((w) => w.join(' '));
    const piece = fc.oneof(
      words.map((w) => `${w}.`),
      words.map((w) => `"${w}," Zhou said.`),
      words.map((w) => `“${w}” ${w}.`),
      words.map((w) => `He said ‘${w}’ and left.`),
      words.map((w) => `"${w}.`),
      words.map((w) => `Ben: ${w}.`),
      words.map((w) => `Anna: "${w}," she said.`),
      words.map((w) => `Q: ${w}?`),
      words.map((w) => `A: ${w}.`),
      fc.constantFrom('From: Helen Marsh <helen@example.org>', 'To: Staff', 'Subject: Kitchen', '"1,2"', '" "'),
    );
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 5 }).chain((p) => fc.constantFrom(' ', '\n').map((sep) => p.join(sep)));
    const text = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((p) => p.join('\n\n'));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => bothWays(texts.map((t, i) => textSource(`d${i}.txt`, t)))),
      { numRuns: 300 },
    );
  });

  it('include the turns of a transcript of four turns and the answers of an interview of two questions, whose labels\' colons are all it has', () => {
    const spoken = (text: string) => Corpus.build([textSource('t.txt', text)]).quotesAsWritten('t.txt').map((q) => [q.speakerName, q.text]);
    assert.deepEqual(spoken('Anna: We start now.\nBen: The build is fixed.\nAnna: Good.\nBen: Thanks.'), [['Anna', 'We start now.'], ['Ben', 'The build is fixed.'], ['Anna', 'Good.'], ['Ben', 'Thanks.']]);
    // Three turns of two speakers are no transcript; a colon without a space after it labels nothing.
    assert.deepEqual(spoken('Anna: We start now.\nBen: The build is fixed.\nAnna: Good.'), []);
    assert.deepEqual(spoken('Anna: We start now.\nBen:The build is fixed.\nAnna: Good.\nBen: Thanks.'), []);
    const interview = 'Lena Ortiz has run the Eastbrook library since 2019.\n\nQ: Why now?\nA: Because the roof leaks.\n\nQ: And then?\nA: We reopen in May.';
    assert.deepEqual(spoken(interview), [['Lena Ortiz', 'Because the roof leaks.'], ['Lena Ortiz', 'We reopen in May.']]);
  });

  it('of a document not in the corpus are none', () => {
    assert.deepEqual(Corpus.build([textSource('a.txt', '"Exports rose," Zhou said.')]).quoteSpansOf('missing'), []);
  });
});
