import assert from 'node:assert/strict';
import { citationOffset, relativePath } from '../../src/core/citation.js';
import { CompletionIndex, completionContext, type CompletionContext } from '../../src/core/completions.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';
import { seedCorpus } from '../helpers/seeds.js';

type WordContext = Extract<CompletionContext, { kind: 'word' }>;
type QuoteContext = Extract<CompletionContext, { kind: 'quote' }>;

/** The context at the `|` of a text. */
function contextAt(marked: string) {
  const offset = marked.indexOf('|');
  return completionContext(marked.slice(0, offset) + marked.slice(offset + 1), offset);
}

describe('completion context', () => {
  it('reads the word being typed and the line before it', () => {
    const context = contextAt('The spokesperson Gu| said') as WordContext;
    assert.equal(context.kind, 'word');
    assert.equal(context.prefix, 'Gu');
    assert.equal(context.start, 'The spokesperson '.length);
  });

  it('knows an open quotation mark, straight or curly, and the words typed since', () => {
    const straight = contextAt('Guo said "We have| ') as QuoteContext;
    assert.equal(straight.kind, 'quote');
    assert.equal(straight.typed, 'We have');
    assert.equal(straight.close, '"');
    const curly = contextAt('Guo said “All par|”') as QuoteContext;
    assert.equal(curly.close, '”');
    assert.equal(curly.typed, 'All par');
    assert.equal(curly.closedAfter, true);
    assert.equal((contextAt('Guo said "done" and |') as WordContext).kind, 'word');
  });

  it('offers nothing in front matter, code or comments; in a link target only sources (citations)', () => {
    assert.equal(contextAt('---\ntitle: Gu|\n---\nText'), undefined);
    assert.equal(contextAt('Text\n\n```\nGu|\n```\n'), undefined);
    assert.equal(contextAt('Use `Gu| here'), undefined);
    assert.equal(contextAt('<!-- Gu| -->'), undefined);
    assert.equal(contextAt('See [the report](seeds/Gu|')?.kind, 'citation');
    assert.equal(contextAt('See ![chart](seeds/Gu|'), undefined);
    assert.ok(contextAt('---\ntitle: x\n---\n\nGu|'));
    assert.ok(contextAt('```\ncode\n```\n\nGu|'));
    assert.ok(contextAt('<!-- done -->\nGu|'));
  });
});

describe('completion candidates', () => {
  const index = new CompletionIndex(seedCorpus());

  it('offers entity names by prefix, most mentioned first, with kind and source', () => {
    const names = index.entities(contextAt('Spokesperson Gu|') as WordContext);
    assert.equal(names[0]?.label, 'Guo Jiakun');
    assert.match(names[0]!.detail, /^person · seeds\//);
    assert.equal(names[0]!.fuzzy, false);
  });

  it('finds Zhou Mi from the misspelling "Zhuo"', () => {
    const names = index.entities(contextAt('Zhuo|') as WordContext);
    const zhou = names.find((n) => n.label === 'Zhou Mi');
    assert.ok(zhou, `got ${names.map((n) => n.label).join(', ')}`);
    assert.equal(zhou.fuzzy, true);
  });

  it('replaces the words of a name already typed ("Guo Ji|" becomes "Guo Jiakun", not "Guo Guo Jiakun")', () => {
    const text = 'said Guo Ji';
    const [first] = index.entities(completionContext(text, text.length) as WordContext);
    assert.equal(first?.label, 'Guo Jiakun');
    assert.equal(first?.start, 'said '.length);
  });

  it('offers quotes after an opening mark, inserting the exact words, closing mark, speaker and a citation labelled with the article title', async () => {
    // Read as the editor and the CLI read them, so the sources have their titles and dates.
    const seeds = join(import.meta.dirname, '..', '..', 'seeds');
    const docs = await Promise.all(readdirSync(seeds).sort().map((f) => readSource(`seeds/${f}`, readFileSync(join(seeds, f)))));
    const read = new CompletionIndex(Corpus.build(docs));
    const context = contextAt('As the ministry put it, “We have|') as QuoteContext;
    const [first] = read.quotes(context, { draftPath: 'drafts/pax.md' });
    assert.equal(first?.label, 'We have noted relevant reports.');
    assert.equal(first?.speaker, 'Guo Jiakun');
    assert.equal(first!.insertText, 'We have noted relevant reports.” — Guo Jiakun ([US launches ‘Pax Silica’ alliance…, 2025-12-12](../seeds/global-times-pax-silica-alliance.txt))');
  });

  it('does not repeat the speaker when the line already names them, by any of their names', () => {
    for (const line of ['Guo said “We have|', 'Foreign Ministry Spokesperson Guo Jiakun said that “We have|']) {
      const [first] = index.quotes(contextAt(line) as QuoteContext, { draftPath: 'drafts/pax.md' });
      assert.equal(first?.label, 'We have noted relevant reports.');
      assert.ok(first!.insertText.startsWith('We have noted relevant reports.” (['), first!.insertText);
    }
  });

  it('drops the trailing comma the source has inside the quote before its attribution', () => {
    const [first] = index.quotes(contextAt('In the end, “Companies are likely|') as QuoteContext, { draftPath: 'drafts/pax.md' });
    assert.ok(first?.label.startsWith('Companies are likely to proceed cautiously.'));
    assert.match(first!.insertText, /remains questionable” — Zhou Mi \(/);
  });

  it('leaves out a scare-quoted fragment even when its sentence names someone', () => {
    const all = index.quotes(contextAt('"|') as QuoteContext, { draftPath: 'x.md' }, 1000);
    assert.ok(!all.some((q) => q.label === 'allies and partner'), 'a short phrase in scare quotes is not a quotation');
    assert.ok(all.some((q) => q.label === 'We have noted relevant reports.'));
  });

  it('ranks quotes containing the typed words after those starting with them, and leaves out scare quotes', () => {
    const quotes = index.quotes(contextAt('"market economy|') as QuoteContext, { draftPath: 'x.md' });
    assert.ok(quotes.some((q) => q.label.startsWith('All parties should adhere')));
    const all = index.quotes(contextAt('"|') as QuoteContext, { draftPath: 'x.md' }, 1000);
    assert.ok(!all.some((q) => q.label === 'coercive'), 'a one-word scare quote is not offered');
  });

  it('offers figures and dates from the sources that start with the typed text', () => {
    const figures = index.figures('18');
    assert.ok(figures.some((f) => f.label.startsWith('180')), `got ${figures.map((f) => f.label).join(', ')}`);
    assert.ok(index.figures('Dec').some((f) => f.quantity === 'date'));
    assert.deepEqual(index.figures('alliance'), []);
  });
});

describe('citations', () => {
  it('links relative to the draft', () => {
    assert.equal(relativePath('drafts/a.md', 'seeds/x.txt'), '../seeds/x.txt');
    assert.equal(relativePath('a.md', 'seeds/x.txt'), 'seeds/x.txt');
    assert.equal(relativePath('seeds/notes/a.md', 'seeds/x y.txt'), '../x%20y.txt');
  });

  it('goes before the final full stop, but after a closing quotation mark', () => {
    const plain = 'The G7 met.';
    assert.equal(citationOffset(plain, { start: 0, end: plain.length }), plain.length - 1);
    const quoted = 'Guo said "we noted it."';
    assert.equal(citationOffset(quoted, { start: 0, end: quoted.length }), quoted.length);
  });
});
