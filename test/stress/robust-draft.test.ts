// Drafts that are huge or hostile go through the whole check, and the pieces the check is made
// of (sentences, quotes in a draft, quotes in the sources) hold up under arbitrary text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { findQuotes } from '../../src/core/draft/quotes.js';
import { closestQuote, locateQuote } from '../../src/core/grounding/quote-match.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';
import { splitSentences } from '../../src/core/text/segment.js';
import { PACT_SOURCE } from '../helpers/cli-process.js';

// The CLI tests' source, with a figure to check numbers against.
const SOURCE = `${PACT_SOURCE}\nThe agreement lists nine critical minerals, including lithium and cobalt, worth US$1.5 billion.\n`;

async function corpusOf(text = SOURCE): Promise<Corpus> {
  const corpus = new Corpus();
  corpus.addDocument(await readSource('seeds/pact.txt', new TextEncoder().encode(text)));
  return corpus;
}

/** Text made of the pieces that trip up parsers: marks, brackets, dots, digits, emphasis. */
const token = fc.constantFrom(
  'Guo', 'Jiakun', 'said', 'nine', 'lithium', 'the', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '"', '“', '”', '‘', '’', "'", '«', '»',
  '.', '...', '…', '. ', '!', '?', ',', '[', ']', '(', ')', '](', '*', '**', '_', '~~', '`', '>', '- ', '1. ', '#', '|',
  '&#42;', '&amp;', '3.5%', 'US$1.5', '1,000', '12', 'Dec.', 'U.S.', 'Mr.', '\\', '<!--', '-->', '😀', '\uFEFF', '\u0000',
);
const hostileText = fc.oneof(
  fc.array(token, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('robustness: drafts', function () {
  this.timeout(180_000);

  it('maps a character reference after a continuation line\'s indentation to the reference', () => {
    for (const text of ['a\n\t&#42; b', 'a\r\n  &#42; b', '> a\n> &#42; b']) {
      const statement = parseDraft(text, 'd.md').statements[0]!;
      assert.match(statement.text, /^a \* b$/, JSON.stringify(text));
      const run = statement.runs.find((r) => r.text <= 2 && 2 < r.text + r.length)!;
      assert.equal(text[run.draft + 2 - run.text], '&', `the * of ${JSON.stringify(text)} comes from its &#42;`);
      assert.equal(statement.span.end, text.length);
    }
  });

  it('reads brackets literally only in a paragraph with more than anyone writes', () => {
    const links = Array.from({ length: 400 }, (_, i) => `[link ${i}](https://example.com/${i})`).join(' ');
    assert.ok(parseDraft(`${links}.`, 'd.md').statements[0]!.text.startsWith('link 0 link 1 link 2'));
    const text = parseDraft(`${'[a]'.repeat(2_000)} Then [a link](notes.html).`, 'd.md').statements[0]!.text;
    assert.ok(text.startsWith('[a][a][a]') && text.endsWith('Then [a link](notes.html).'), text.slice(-60));
  });

  it('checks a draft of 10,000 statements to the end', async () => {
    const corpus = await corpusOf();
    const paragraph = (i: number): string => `Guo Jiakun said "all parties should adhere" in meeting ${i}. The agreement lists ${i} minerals.`;
    const text = Array.from({ length: 5_000 }, (_, i) => paragraph(i)).join('\n\n');
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(text, 'big.md'), defaultConfig());
    assert.equal(report.results.length, 10_000);
    assert.ok(report.results.every((r) => r.verdict !== undefined));
    // A sanity bound, not a benchmark: a quadratic step would take many minutes.
    assert.ok(Date.now() - started < 150_000, `took ${Date.now() - started} ms`);
  });

  const pathological: Record<string, string> = {
    'a run of 20k straight quote marks': '"'.repeat(20_000),
    'curly quotes that open and never close': '“'.repeat(10_000) + 'said Guo' + '”'.repeat(10_000),
    'a run of quote-word pairs': '"a '.repeat(20_000),
    '20k nested brackets': '['.repeat(20_000) + 'x' + ']'.repeat(20_000),
    '20k bracketed words': '[a]'.repeat(20_000),
    '5k links in one paragraph': '[a](https://example.com) [b][c] '.repeat(5_000),
    'a 2 MB line of brackets': '[]'.repeat(1_000_000),
    'a run of dots and spaces': '. '.repeat(20_000) + '...'.repeat(10_000),
    'a run of digits and separators': '1,2.3'.repeat(10_000),
    'nested emphasis': '*a '.repeat(5_000) + 'x' + ' a*'.repeat(5_000),
    'a quote full of elisions': `Guo said "${'adhere ... '.repeat(5_000)}".`,
    'a 100k-character sentence': 'lithium '.repeat(12_500) + '.',
    'a quote of every kind of mark': '"“‘\'«»’”"'.repeat(5_000),
  };
  for (const [name, text] of Object.entries(pathological)) {
    it(`checks ${name} to the end, with every range inside the draft`, async () => {
      const corpus = await corpusOf();
      const started = Date.now();
      const report = checkDraft(corpus, parseDraft(text, 'd.md'), defaultConfig());
      for (const result of report.results) {
        const span = result.finding?.span ?? result.statement.span;
        assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length);
      }
      assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
    });
  }

  it('property: the check never throws, keeps every range in the draft, and gives the same result every run', async () => {
    const corpus = await corpusOf();
    const config = defaultConfig();
    fc.assert(
      fc.property(hostileText, (text) => {
        const report = checkDraft(corpus, parseDraft(text, 'd.md'), config);
        for (const result of report.results) {
          const spans = [result.statement.span, ...(result.finding ? [result.finding.span, ...result.finding.fixes.map((f) => f.span)] : [])];
          for (const span of spans) assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${span.start}-${span.end} of ${text.length}`);
        }
        assert.deepEqual(checkDraft(corpus, parseDraft(text, 'd.md'), config), report);
      }),
      { numRuns: 200 },
    );
  });

  it('property: sentences are ordered, non-empty spans inside the text, shifted by the base, the same every run', () => {
    fc.assert(
      fc.property(hostileText, fc.nat(1000), (text, base) => {
        const spans = splitSentences(text);
        let previous = 0;
        for (const span of spans) {
          assert.ok(previous <= span.start && span.start < span.end && span.end <= text.length, JSON.stringify(spans));
          previous = span.end;
        }
        assert.deepEqual(splitSentences(text), spans);
        assert.deepEqual(splitSentences(text, base), spans.map((s) => ({ start: s.start + base, end: s.end + base })));
      }),
      { numRuns: 500 },
    );
  });

  it('property: draft quotes open before they close, on quote marks, without overlapping', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const quotes = findQuotes(text);
        let previous = -1;
        for (const q of quotes) {
          assert.ok(previous < q.open && q.open < q.close && q.close < text.length, JSON.stringify(quotes));
          assert.match(text[q.open]!, /["“‘'«]/);
          assert.match(text[q.close]!, /["”’'»]/);
          previous = q.close;
        }
        assert.deepEqual(findQuotes(text), quotes);
      }),
      { numRuns: 500 },
    );
  });

  it('property: quote matching against the sources never throws and points inside the source, the same every run', async () => {
    const corpus = await corpusOf();
    const sourceText = corpus.documents[0]!.text;
    const inside = (span: { start: number; end: number }) => 0 <= span.start && span.start <= span.end && span.end <= sourceText.length;
    const fromSource = fc.tuple(fc.nat(sourceText.length), fc.nat(120), hostileText).map(([at, length, noise]) => sourceText.slice(at, at + length) + noise);
    fc.assert(
      fc.property(fc.oneof(hostileText, fromSource), (quote) => {
        const located = locateQuote(corpus, quote);
        if (located) assert.ok(inside(located.span));
        const closest = closestQuote(corpus, quote);
        if (closest) {
          assert.ok(inside(closest.span));
          assert.ok(closest.similarity >= 0 && closest.similarity <= 1, String(closest.similarity));
        }
        assert.deepEqual(locateQuote(corpus, quote), located);
        assert.deepEqual(closestQuote(corpus, quote), closest);
      }),
      { numRuns: 500 },
    );
  });
});
