// The checker's shortcuts (remembered parse trees, pruned quote lookups, word pairs looked up by
// position) must answer exactly what the plain computation answers.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { parseDraft } from '../../src/core/draft/parse.js';
import { closestQuote, locateQuote, quoteCandidates } from '../../src/core/grounding/quote-match.js';
import { assessStatement } from '../../src/core/grounding/verdict.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { forEachWordSpan, normalizeWord, tokenize } from '../../src/core/text/tokens.js';
import { textSource } from '../helpers/documents.js';

const doc = textSource;

const WORDS = ['the', 'minister', 'said', 'exports', 'rose', 'fell', 'in', 'May', 'Zhou', 'Mi', 'market', 'would', 'fail', 'a', 'year', 'talks', 'ended'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 }).map((w) => w.join(' '));

describe('shortcuts of the checker', () => {
  it('the word scanner finds the words the word pattern matches, in any script, with lone surrogates too', () => {
    // Marks and invisible characters (a combining accent, a zero-width space, a soft hyphen) stay inside a word.
    const unit = fc.constantFrom('a', 'Z', '7', ' ', "'", '’', '.', '-', ',', 'é', 'e\u0301', '\u0301', '\u200b', '\u00ad', '\u{1d167}', 'ß', '中', '٣', '𝐀', '😀', '\ud835', '\udc00', '\u00a0', '\n', 'ǅ', 'Ⅻ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), (text) => {
        const found: [number, number][] = [];
        forEachWordSpan(text, (start, end) => found.push([start, end]));
        const expected = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}\p{Default_Ignorable_Code_Point}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{N}\p{M}\p{Default_Ignorable_Code_Point}]*)*/gu)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
        assert.deepEqual(found, expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('an edited draft reads as a fresh parse of the whole draft, with the trees of its unchanged pieces reused', () => {
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => `${x[0]!.toUpperCase()}${x.slice(1)}.`).join(' '));
    const block = fc.oneof(paragraph, paragraph.map((p) => `- ${p}`), paragraph.map((p) => `> ${p}`), fc.constant('```\ncode. Not checked.\n```'));
    fc.assert(
      fc.property(fc.array(block, { minLength: 2, maxLength: 40 }), fc.nat(), sentence, fc.integer({ min: 20, max: 400 }), (blocks, at, added, pieceSize) => {
        const before = blocks.join('\n\n') + '\n';
        parseDraft(before, 'd.md', pieceSize);
        const edited = [...blocks];
        edited[at % edited.length] = `${edited[at % edited.length]} And ${added}.`;
        const after = edited.join('\n\n') + '\n';
        assert.deepEqual(parseDraft(after, 'd.md', pieceSize), parseDraft(after, 'd.md', Infinity));
        assert.deepEqual(parseDraft(before, 'd.md', pieceSize), parseDraft(before, 'd.md', Infinity));
      }),
      { numRuns: 150 },
    );
  });

  it('the closest source words to an altered quote are a run of one quotation or sentence, scored by the words it shares, never worse than the run the quote was made from', () => {
    const paragraph = fc.array(fc.oneof(sentence.map((x) => `${x}.`), sentence.map((x) => `"${x}," Zhou said.`)), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
    const documents = fc.array(fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((p) => p.join('\n\n')), { minLength: 1, maxLength: 4 });
    const dice = (target: string[], words: string[]): number => {
      const left = [...target];
      let common = 0;
      for (const w of words) {
        const i = left.indexOf(w);
        if (i >= 0) {
          common++;
          left.splice(i, 1);
        }
      }
      return (2 * common) / (target.length + words.length);
    };
    const wordsIn = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)].map((m) => m[0].toLowerCase());
    fc.assert(
      fc.property(documents, fc.nat(), fc.nat(), fc.constantFrom(...WORDS), (texts, pick, at, swapIn) => {
        const corpus = Corpus.build(texts.map((t, i) => doc(`d${i}.txt`, t)));
        // The quote: a source quotation with one word swapped.
        const quotations = corpus.documents.flatMap((d) => corpus.quotesOf(d.id).map((q) => wordsIn(d.text.slice(q.span.start, q.span.end))));
        if (!quotations.length) return;
        const made = quotations[pick % quotations.length]!;
        const target = [...made];
        target[at % target.length] = swapIn.toLowerCase();
        // The lookup reads the paragraphs holding the quote's rarest indexed words: a quotation
        // whose only indexed word was swapped out ("the the the" with "minister" swapped in) is
        // out of its reach, so "never worse than the run it was made from" says nothing of it.
        if (!made.some((w, i) => i !== at % made.length && corpus.passageCountOf(normalizeWord(w)) > 0)) return;
        const quote = target.join(' ');
        const found = closestQuote(corpus, quote);
        if (!found) return;
        assert.equal(found.similarity, dice(target, wordsIn(found.text)));
        assert.ok(found.similarity >= dice(target, made) || found.similarity === 1, `${found.text} for ${quote}`);
        // Whole words of one quotation, or of one sentence outside quotations.
        const d = corpus.getDocument(found.docId)!;
        const holders = [...corpus.quotesOf(d.id).map((q) => q.span), ...corpus.passagesOf(d.id).map((p) => p.span)];
        assert.ok(holders.some((h) => h.start <= found.span.start && found.span.end <= h.end), found.text);
        assert.ok(!/[\p{L}\p{N}]/u.test(d.text[found.span.start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(d.text[found.span.end] ?? ''), found.text);
        if (!found.sourceQuote) assert.ok(!corpus.quotesOf(d.id).some((q) => q.span.start < found.span.end && found.span.start < q.span.end), `a sentence run overlaps no quotation: ${found.text}`);
      }),
      { numRuns: 300 },
    );
  });

  it('a quote is located with candidate paragraphs found once as it is without them', () => {
    const corpus = Corpus.build([doc('a.txt', '"Exports rose in May," the minister said.\n\nZhou Mi said "the talks would fail within a year."')]);
    for (const quote of ['Exports rose in May', 'the talks would fail', 'the talks would end', 'nothing of the sort']) {
      const candidates = quoteCandidates(corpus, quote);
      assert.deepEqual(locateQuote(corpus, quote, {}, candidates), locateQuote(corpus, quote));
      assert.deepEqual(closestQuote(corpus, quote, candidates), closestQuote(corpus, quote));
    }
  });

  it('a document\'s quotes as written are its quotes, in order, without resolving their speakers', () => {
    const text = '"Exports rose in May," the minister said.\n\nZhou Mi said "the talks would fail within a year." Ben: "It is fixed," he said.';
    const written = Corpus.build([doc('a.txt', text)]);
    // Asked first, before anything resolved the corpus's entities; then compared with quotesOf.
    const asWritten = written.quotesAsWritten('a.txt').map((q) => ({ ...q }));
    assert.ok(asWritten.length >= 2);
    assert.ok(asWritten.every((q) => !('speakerId' in q)));
    const resolved = Corpus.build([doc('a.txt', text)]).quotesOf('a.txt').map(({ speakerId: _, ...q }) => q);
    assert.deepEqual(asWritten, resolved);
    assert.deepEqual(written.quotesAsWritten('missing'), []);
  });

  it('word pairs and triples of a statement count as in the source when they follow each other there, across sentences too', () => {
    const text = 'Exports rose in May. The minister said talks would fail.\n\nZhou Mi said the market rose.';
    const corpus = Corpus.build([doc('a.txt', text)]);
    const norms = corpus.passagesOf('a.txt').flatMap((p) => tokenize(p.text).map((t) => t.norm));
    const grams = new Set<string>();
    for (let i = 0; i + 1 < norms.length; i++) {
      grams.add(`${norms[i]} ${norms[i + 1]}`);
      if (i + 2 < norms.length) grams.add(`${norms[i]} ${norms[i + 1]} ${norms[i + 2]}`);
    }
    // Only a document the statement aligns with is read (one of stopwords only aligns with none).
    const share = (words: string[], n: number, read: boolean): number => {
      let total = 0;
      let found = 0;
      for (let i = 0; i + n <= words.length; i++) {
        total++;
        if (read && grams.has(words.slice(i, i + n).join(' '))) found++;
      }
      return total ? found / total : 1;
    };
    fc.assert(
      fc.property(sentence, (statement) => {
        const { features, alignments } = assessStatement(corpus, { text: statement, quotes: [] });
        const words = tokenize(statement).map((t) => t.norm);
        assert.equal(features.documentBigrams, share(words, 2, alignments.length > 0));
        assert.equal(features.documentTrigrams, share(words, 3, alignments.length > 0));
      }),
      { numRuns: 200 },
    );
    // "May. The minister": a pair that spans two source sentences.
    assert.equal(assessStatement(corpus, { text: 'may the minister', quotes: [] }).features.documentTrigrams, 1);
  });
});
