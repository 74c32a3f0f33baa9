// A misquote's quick fix writes the closest source words into the draft; the hover then judges
// them. Those words must be the source's own quotation, aligned word for word with what the
// writer quoted: a window shifted by a word is verbatim too, so nothing later would catch it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { closestQuote, locateQuote } from '../../src/core/grounding/quote-match.js';
import { Corpus } from '../../src/core/index/corpus.js';
import type { StatementResult, VerdictKind } from '../../src/core/model.js';
import { seedCorpus } from '../helpers/seeds.js';
import { textSource } from '../helpers/documents.js';

describe('the closest source quote to an altered quote', () => {
  it('starts where the draft quote starts when the draft quotes part-way into a longer source quote', () => {
    // Source: "China's dual role ... cannot be overlooked. The effectiveness and stability of the alliance remain precarious,"
    const closest = closestQuote(seedCorpus(), 'The effectiveness and stability of the alliance remain uncertain');
    assert.equal(closest?.text, 'The effectiveness and stability of the alliance remain precarious');
  });

  it('covers the replaced last word rather than stopping before it', () => {
    const closest = closestQuote(seedCorpus(), 'Companies are likely to proceed quickly');
    assert.equal(closest?.text, 'Companies are likely to proceed cautiously');
  });

  it('keeps a dropped word of the source inside the window', () => {
    const closest = closestQuote(seedCorpus(), 'The effectiveness of the alliance remain precarious');
    assert.equal(closest?.text, 'The effectiveness and stability of the alliance remain precarious');
  });

  it('the quick fix offers and writes the aligned words, keeping the draft\'s punctuation inside the marks', () => {
    const text = '"The effectiveness and stability of the alliance remain uncertain," Zhou said.\n';
    const report = checkDraft(seedCorpus(), parseDraft(text, 'd.md'), defaultConfig());
    const fix = report.results[0]?.finding?.fixes[0];
    assert.ok(fix, 'a quick fix');
    assert.match(fix.title, /"The effectiveness and stability of the alliance remain precarious"/);
    const fixed = text.slice(0, fix.span.start) + fix.replacement + text.slice(fix.span.end);
    assert.equal(fixed, '"The effectiveness and stability of the alliance remain precarious," Zhou said.\n');
  });
});

// ---------------------------------------------------------------------------------------------
// Property: a quick fix keeps its promise. Applying it to the draft and checking again, the
// statement no longer has the fault the fix was for; a misquote's fix is a run of whole words
// of one source quotation.

const doc = textSource;
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
const wordsIn = (text: string): { word: string; start: number; end: number }[] => [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
// Never a word of a generated source (those are at most nine letters) nor of the sample's.
const NOVEL = 'xylophonez';

const CITATION_CODES = new Set(['citation-mismatch', 'broken-citation', 'uncited-statement']);
const PROMISED: Record<string, VerdictKind> = { misquote: 'misquote', 'number-mismatch': 'number-mismatch', 'misattributed-quote': 'misattributed', 'unsupported-statement': 'unsupported' };

/** Applies every fix of every finding of the draft, one at a time, and checks the promise. */
function assertFixesKeepTheirPromise(corpus: Corpus, text: string, path = 'd.md', config = defaultConfig()): number {
  const report = checkDraft(corpus, parseDraft(text, path), config);
  let applied = 0;
  for (const result of report.results) {
    const finding = result.finding;
    if (!finding) continue;
    for (const fix of finding.fixes) {
      // Edits from the end, so that earlier offsets stay put (a footnote's definition goes last).
      let fixed = text;
      for (const edit of [fix, ...(fix.more ?? [])].sort((a, b) => b.span.start - a.span.start)) fixed = fixed.slice(0, edit.span.start) + edit.replacement + fixed.slice(edit.span.end);
      const again = checkDraft(corpus, parseDraft(fixed, path), config);
      // A citation fix may edit a definition away from the statement; statements keep their order.
      const after: StatementResult | undefined = CITATION_CODES.has(finding.code)
        ? again.results[result.statement.index]
        : again.results.find((r) => r.statement.span.start <= fix.span.start && fix.span.start < r.statement.span.end);
      assert.ok(after, `the fixed statement is still checked: ${fixed}`);
      if (CITATION_CODES.has(finding.code)) assert.equal(after.finding, undefined, `${fix.title} gave ${JSON.stringify(fixed)}: ${after.finding?.message}`);
      assert.notEqual(after.verdict.kind, PROMISED[finding.code], `${fix.title} in ${JSON.stringify(text)} gave ${JSON.stringify(fixed)}: ${after.verdict.message}`);
      if (finding.code === 'misquote') {
        assert.ok(locateQuote(corpus, fix.replacement), `the fix's words are verbatim in a source: ${fix.replacement}`);
        const inOne = corpus.documents.some((d) => corpus.quotesOf(d.id).some((q) => {
          const quotation = d.text.slice(q.span.start, q.span.end);
          const at = quotation.indexOf(fix.replacement);
          // A run of whole words: no letter just before or after it in the quotation.
          return at >= 0 && !/[\p{L}\p{N}]/u.test(quotation[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(quotation[at + fix.replacement.length] ?? '');
        }));
        assert.ok(inOne, `the fix's words are a run of one source quotation: ${fix.replacement}`);
      }
      applied++;
    }
  }
  return applied;
}

type Edit = 'swap' | 'drop' | 'add';

/** A run of a quotation's words with one word swapped for a novel one, dropped, or one added. */
function alter(words: string[], edit: Edit, at: number): string {
  const out = [...words];
  const i = at % out.length;
  if (edit === 'swap') out[i] = NOVEL;
  else if (edit === 'drop' && out.length > 3) out.splice(Math.max(1, Math.min(i, out.length - 2)), 1);
  else out.splice(i, 0, NOVEL);
  return out.join(' ');
}

const run = fc.record({ from: fc.nat(), length: fc.integer({ min: 3, max: 10 }), edit: fc.constantFrom<Edit>('swap', 'drop', 'add'), at: fc.nat() });

describe('quick fixes keep their promise', () => {
  it('property, sample sources: a misquote of any run of a source quotation, attributed to anyone', () => {
    const corpus = seedCorpus();
    const quotations = corpus.documents.flatMap((d) => corpus.quotesOf(d.id).map((q) => wordsIn(d.text.slice(q.span.start, q.span.end)).map((w) => w.word))).filter((w) => w.length >= 3);
    let applied = 0;
    fc.assert(
      fc.property(fc.nat(quotations.length - 1), run, fc.constantFrom('Zhou said', 'Guo said', 'Gao said'), (which, r, attribution) => {
        const words = quotations[which]!;
        const from = r.from % (words.length - 2);
        const span = words.slice(from, from + r.length);
        applied += assertFixesKeepTheirPromise(corpus, `"${alter(span, r.edit, r.at)}," ${attribution}.\n`);
      }),
      { numRuns: 60 },
    );
    assert.ok(applied > 30, `fixes applied: ${applied}`);
  });

  it('the sample draft: every fix it offers keeps its promise', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'pax-silica-draft.md'), 'utf8');
    // Three quote and figure fixes; a citation changed (mismatch), a broken one replaced, six inserted.
    assert.equal(assertFixesKeepTheirPromise(seedCorpus(), text, 'examples/pax-silica-draft.md', { ...defaultConfig(), requireCitations: true }), 11);
  });

  it('a figure\'s fix takes the letter case of its place: "two" inside a sentence, "Three" opening one, "December" as it is', () => {
    const corpus = Corpus.build([textSource('s.txt', 'At least three people have been injured and taken to hospital, Spanish media say. Two others were arrested and accused of planning to transport the drugs. On December 11, 2025, the deal was signed.', { id: 's' })]);
    const text = 'Police said three others were arrested and accused of planning to transport the drugs.\n\nDozens of people have been injured and taken to hospital, Spanish media say.\n\nThe deal was signed on December 9, 2025.\n';
    const report = checkDraft(corpus, parseDraft(text, 'd.md'), defaultConfig());
    const fixes = report.results.flatMap((r) => r.finding?.fixes ?? []).map((f) => [text.slice(f.span.start, f.span.end), f.replacement]);
    assert.deepEqual(fixes, [['three', 'two'], ['Dozens of', 'Three'], ['December 9, 2025', 'December 11, 2025']]);
    assert.equal(assertFixesKeepTheirPromise(corpus, text), 3);
  });

  it('a quote "he said" of the person the paragraph named last, whom the source does not credit: the fix puts the source\'s speaker in the pronoun\'s place', () => {
    const text = 'Guo Jiakun spoke on Friday. "The effectiveness and stability of the alliance remain precarious," he said.\n\nGuo Jiakun, a spokesperson, also commented. He said: "Companies are likely to proceed cautiously."\n\nZhou Mi spoke on Friday. "The effectiveness and stability of the alliance remain precarious," he said.\n';
    const report = checkDraft(seedCorpus(), parseDraft(text, 'd.md'), defaultConfig());
    const flagged = report.results.filter((r) => r.finding);
    assert.deepEqual(flagged.map((r) => r.finding!.message.replace(/, but .*/, '')), ['Quote attributed to Guo Jiakun ("he")', 'Quote attributed to Guo Jiakun ("He")']);
    const fixes = flagged.flatMap((r) => r.finding!.fixes).map((f) => [text.slice(f.span.start, f.span.end), f.replacement]);
    assert.deepEqual(fixes, [['he', 'Zhou Mi'], ['He', 'Zhou Mi']]);
    assert.equal(assertFixesKeepTheirPromise(seedCorpus(), text), 2);
  });

  it('a hedge the statement dropped: the fix writes the source\'s "may" ("may not" for "won\'t")', () => {
    const text = "Analysts say Saudi Arabia's US$1 trillion investment target in the US will not be feasible.\n\nAnalysts said things won't work out as planned due to conflicts of interests among alliance members.\n";
    assert.equal(assertFixesKeepTheirPromise(seedCorpus(), text), 2);
  });

  it('property, generated sources: misquotes, misattributions and wrong figures, and a swapped word is restored exactly', () => {
    const vocabulary = fc.uniqueArray(fc.stringMatching(/^[a-z]{4,9}$/), { minLength: 40, maxLength: 60 });
    fc.assert(
      fc.property(vocabulary, fc.integer({ min: 2, max: 900 }), fc.integer({ min: 1, max: 50 }), run, fc.boolean(), (vocab, figure, delta, r, wrongSpeaker) => {
        // Two speakers with two quotations each, then a sentence with a figure.
        const quotations = [vocab.slice(0, 8), vocab.slice(8, 14), vocab.slice(14, 24), vocab.slice(24, 30)];
        const speakers = ['Zhou Mi', 'Guo Jiakun', 'Zhou Mi', 'Guo Jiakun'];
        const source = [
          'Zhou Mi, a senior researcher at the Academy, spoke on Friday. Guo Jiakun, a spokesperson, spoke too.',
          ...quotations.map((q, i) => `"${q[0]![0]!.toUpperCase()}${q.join(' ').slice(1)}," ${speakers[i]} said.`),
          `The ministry unveiled ${figure} new investments with allied countries on November 1.`,
        ].join('\n\n');
        const corpus = Corpus.build([doc('s.txt', source)]);
        const which = r.from % quotations.length;
        const words = quotations[which]!.map((w, i) => (i === 0 ? `${w[0]!.toUpperCase()}${w.slice(1)}` : w));
        const from = r.from % (words.length - 2);
        const span = words.slice(from, from + r.length);
        const speaker = wrongSpeaker ? (speakers[which] === 'Zhou Mi' ? 'Guo' : 'Zhou') : speakers[which]!.split(' ')[0];
        const draft = [
          `"${alter(span, r.edit, r.at)}," ${speaker} said.`,
          `"${span.join(' ')}," ${speaker} said.`,
          `The ministry unveiled ${figure + delta} new investments with allied countries on November 1.`,
        ].join('\n\n') + '\n';
        const applied = assertFixesKeepTheirPromise(corpus, draft);
        const report = checkDraft(corpus, parseDraft(draft, 'd.md'), defaultConfig());
        const kinds = report.results.map((x) => x.verdict.kind);
        assert.equal(kinds[0], 'misquote', draft);
        assert.equal(kinds[1], wrongSpeaker ? 'misattributed' : 'supported', draft);
        assert.equal(kinds[2], 'number-mismatch', draft);
        assert.equal(applied, wrongSpeaker ? 3 : 2);
        // Words are unique to their quotation, so a swapped word has one right answer.
        if (r.edit === 'swap') assert.equal(report.results[0]!.finding!.fixes[0]!.replacement, span.join(' '));
      }),
      { numRuns: 80 },
    );
  });
});
