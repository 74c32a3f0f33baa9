// Inputs that used to take minutes: long paragraphs and lines. Limits here are generous (they
// catch a hang, not a slowdown); `npm run stress` prints the figures.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { EditMap } from 'micromark-util-edit-map';
import { defuseMarkdown } from '../../src/core/draft/defuse.js';
import { editMapCalls, micromarkConsume } from '../../src/core/draft/edit-map.js';
import { checkDraft } from '../../src/core/check.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { parseDraft } from '../../src/core/draft/parse.js';
import { Corpus } from '../../src/core/index/corpus.js';
import { readSource } from '../../src/core/sources/read.js';
import { findQuantities } from '../../src/core/text/numbers.js';
import { sentenceSegments } from '../../src/core/text/segment.js';
import { droppedHedge } from '../../src/core/grounding/hedges.js';
import { swappedMotionRole } from '../../src/core/grounding/name-swaps.js';
import { textSource } from '../helpers/documents.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const SENTENCE = 'The ministry said the port reopened on Friday after a two-day strike by 26 workers. ';

describe('long input grows the work linearly', function () {
  this.timeout(60_000);

  it('sentences of a long text, found window by window, are the segmenter\'s sentences of the whole', () => {
    const piece = fc.constantFrom(
      'The port reopened on Friday. ', 'U.S. officials said so. ', 'Mr. Zhou left ', 'approx. 5 ships ', '"Quoted?" he asked. ',
      'no break here ', 'Dec. 12 ', '\n', '\n\n', '... ', 'ALL CAPS! ', '(see p. 4.) ', 'a'.repeat(300) + ' ', '. . . ', '   ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 200, maxLength: 900 }), (pieces) => {
        const text = pieces.join('');
        const whole = [...segmenter.segment(text)].map((s) => [s.index, s.segment.length]);
        const windowed = [...sentenceSegments(text)].map((s) => [s.index, s.segment.length]);
        assert.deepEqual(windowed, whole);
      }),
      { numRuns: 40 },
    );
  });

  it('a 2 MB source on one line, or without blank lines, is indexed in seconds', async () => {
    const sentence = SENTENCE;
    for (const [what, text] of [['one line', sentence.repeat(25_000)], ['no blank lines', sentence.trim().concat('\n').repeat(25_000)]] as const) {
      const started = Date.now();
      const corpus = new Corpus();
      corpus.addDocument(await readSource('seeds/long.txt', new TextEncoder().encode(text)));
      const seconds = (Date.now() - started) / 1000;
      assert.ok(corpus.passages.length >= 25_000, `${what}: ${corpus.passages.length} passages`);
      assert.ok(seconds < 20, `${what}: ${seconds} s`);
    }
  });

  it('a 2 MB draft on one line is checked to the end', async function () {
    // 132-300 s before sentences were found window by window. (About 30 s on an idle machine: the
    // bound is the assertion's 90 s, not the suite's timeout.)
    this.timeout(120_000);
    const corpus = new Corpus();
    corpus.addDocument(await readSource('seeds/port.txt', new TextEncoder().encode(`Port strike\n\n${SENTENCE}\n`)));
    const text = SENTENCE.repeat(Math.ceil((2 * 1024 * 1024) / SENTENCE.length));
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(text, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(report.results.length > 20_000 && report.results.every((r) => r.verdict?.kind === 'supported'), `${report.results.length} statements`);
    assert.ok(seconds < 90, `${seconds} s`);
  });

  it('a draft of 10,000 statements and 20,000-character runs of dots, nines, quote marks and brackets is checked to the end', async () => {
    const corpus = new Corpus();
    corpus.addDocument(await readSource('seeds/port.txt', new TextEncoder().encode(`Port strike\n\n${SENTENCE}\n`)));
    const statements = Array.from({ length: 10_000 }, (_, i) => `The port reopened on day ${i}.`).join(' ');
    const runs = ['.'.repeat(20_000), '9'.repeat(20_000), '"'.repeat(20_000), '['.repeat(10_000) + ']'.repeat(10_000)];
    const text = `${statements} ${runs.join(' ')}\n\n${runs.map((run) => `The port said ${run} again.`).join('\n\n')}\n`;
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(text, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(report.results.length >= 10_000, `${report.results.length} statements`);
    for (const r of report.results) assert.ok(r.statement.span.end <= text.length);
    assert.ok(seconds < 60, `${seconds} s`);
  });

  it('one statement giving 20,000 figures is judged in seconds, its figures still checked', async () => {
    // Every figure was weighed against every other one: 19 s for 8,000 before.
    const corpus = new Corpus();
    corpus.addDocument(await readSource('seeds/port.txt', new TextEncoder().encode(`Port strike\n\n${SENTENCE}\n`)));
    const text = `The port said ${Array.from({ length: 20_000 }, (_, i) => `${i + 30} workers`).join(', ')} went on a two-day strike.\n`;
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(text, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.equal(report.results.length, 1);
    assert.notEqual(report.results[0]!.verdict?.kind, 'supported');
    assert.ok(seconds < 20, `${seconds} s`);
  });

  it('a text of 10,000 days told by their ordinal, shares and slashed dates has its figures read in seconds, every date among them', () => {
    // Each date read in place of the figures it overlaps was weighed against every figure: 33 s
    // for 5,000 such lines before.
    const text = Array.from({ length: 10_000 }, (_, i) => `On the ${1 + (i % 28)}th of May ${2000 + (i % 20)}, ${i} people, six in ten, met on 10/22/2024.`).join(' ');
    const started = Date.now();
    const figures = findQuantities(text);
    const seconds = (Date.now() - started) / 1000;
    assert.equal(figures.filter((q) => q.kind === 'date' && q.date?.month === 5).length, 10_000);
    assert.equal(figures.filter((q) => q.kind === 'date' && q.date?.month === 10).length, 10_000);
    assert.equal(figures.filter((q) => q.kind === 'percent').length, 10_000);
    assert.ok(seconds < 20, `${seconds} s`);
  });

  it('a statement giving one figure 4,000 times, against a source sentence giving it as often, is judged in seconds', () => {
    // Every figure of the statement was weighed against every figure of the passage: 65 s before.
    const figures = Array.from({ length: 4_000 }, () => '30 workers').join(', ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: `Port strike\n\nThe port said ${figures} went on a two-day strike.\n`, excluded: [], warnings: [] }]);
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(`The port said ${figures} went on a two-day strike.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.equal(report.results[0]!.verdict?.kind, 'supported');
    assert.ok(seconds < 20, `${seconds} s`);
  });

  it('a statement of 4,000 dates against a passage of 4,000 weekdays is judged in seconds, and a weekday still gives its day', () => {
    // Each date read the passage's weekdays again, and its rivals with them: 21 s for 2,000 before.
    const weekdays = Array.from({ length: 4_000 }, (_, i) => ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5]).join(', ');
    const dates = Array.from({ length: 4_000 }, (_, i) => `December ${1 + (i % 28)}`).join(', ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: `Port strike\n\nThe port said it reopened on ${weekdays} after the strike.\n`, excluded: [], warnings: [], published: '2025-12-12' }]);
    const started = Date.now();
    checkDraft(corpus, parseDraft(`The port said it reopened on ${dates} after the strike.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 20, `${seconds} s`);
    // "Thursday" in a piece published on Friday, December 12, 2025 is December 11.
    const short = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: 'Port strike\n\nThe port said it reopened on Thursday after the strike.\n', excluded: [], warnings: [], published: '2025-12-12' }]);
    const one = checkDraft(short, parseDraft('The port said it reopened on December 11, 2025 after the strike.\n', 'd.md'), defaultConfig());
    assert.equal(one.results[0]!.verdict?.kind, 'supported');
  });

  it('a statement of 16,000 small counts against a passage listing 16,000 names is judged in seconds', () => {
    // Each count ("five countries") read every name of the passage for a list that long: 1.2 s for 2,000 before.
    const names = Array.from({ length: 16_000 }, (_, i) => ['France', 'Spain', 'Italy', 'Germany', 'Poland', 'Greece'][i % 6]).join(' and ');
    const counts = Array.from({ length: 16_000 }, (_, i) => `${3 + (i % 17)} countries`).join(', ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: `Port strike\n\nThe port said ships came from ${names} after the strike.\n`, excluded: [], warnings: [] }]);
    const started = Date.now();
    checkDraft(corpus, parseDraft(`The port said ${counts} sent ships after the strike.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 40, `${seconds} s`);
  });

  it('a statement and its source each giving 1,000 times a word and its opposite side by side are judged in seconds, and an opposite word is still found', () => {
    // Each word with an opposite read the whole passage, and each opposite found there the whole
    // statement: 104 s for 500 pairs before, growing with the cube.
    const text = Array.from({ length: 1_000 }, () => 'prices rose in the port and prices fell in the port').join(' and ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/prices.txt', format: 'txt', text: `Prices\n\n${text}.\n`, excluded: [], warnings: [] }]);
    const started = Date.now();
    checkDraft(corpus, parseDraft(`${text}.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    const short = Corpus.build([{ id: 'p', path: 'seeds/prices.txt', format: 'txt', text: 'Prices\n\nPrices rose in the port on Friday.\n', excluded: [], warnings: [] }]);
    const one = checkDraft(short, parseDraft('Prices fell in the port on Friday.\n', 'd.md'), defaultConfig());
    assert.match(one.results[0]!.verdict?.message ?? '', /"rose" where the statement says the opposite, "fell"/);
  });

  it('a statement naming 2,000 people its passage names only elsewhere, against a passage naming 2,000 others, is judged in seconds, and a swapped name is still found', () => {
    // Each name of the statement read every name of the passage, and each of those the whole
    // statement: 29 s for 1,000 before, growing with the cube.
    const names = ['Greta Lind', 'Hugo Marsh', 'Ines Roy'];
    const others = ['Anna Berg', 'Ben Okafor', 'Carla Diaz'];
    const elsewhere = names.map((n) => `${n} spoke.`).join(' ');
    const passage = Array.from({ length: 2_000 }, (_, i) => `${others[i % 3]} met the union in the port`).join(' and ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: `Port\n\n${elsewhere}\n\n${passage}.\n`, excluded: [], warnings: [] }]);
    const statement = Array.from({ length: 2_000 }, (_, i) => `the union in the port met ${names[i % 3]}`).join(' and ');
    const started = Date.now();
    checkDraft(corpus, parseDraft(`${statement}.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 60, `${seconds} s`);
    const short = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: 'Port\n\nGreta Lind spoke.\n\nAnna Berg met the union in the port.\n', excluded: [], warnings: [] }]);
    const one = checkDraft(short, parseDraft('Greta Lind met the union in the port.\n', 'd.md'), defaultConfig());
    assert.equal(one.results[0]!.verdict?.message, 'The source says Anna Berg where the statement says Greta Lind');
  });

  it('a statement naming a passage\'s speaker 16,000 times is judged in seconds', () => {
    // Each name read all the statement's words after it for the two it says of the person: 13 s for 8,000 before.
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: 'Port\n\nAnna Berg said that the union met in the port.\n', excluded: [], warnings: [] }]);
    const statement = Array.from({ length: 16_000 }, () => 'Anna Berg met the union in the port').join(' and ');
    const started = Date.now();
    checkDraft(corpus, parseDraft(`${statement}.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
  });

  it('a statement of 12,000 clauses against a source sentence of as many is judged in seconds, their word order read over their openings', () => {
    // The longest common subsequence of their words cost the product of their lengths: 11 s for
    // 4,000 clauses a side before, growing with the square.
    const passage = Array.from({ length: 12_000 }, () => 'the port reopened and the union struck').join(' and ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: `Port\n\n${passage}.\n`, excluded: [], warnings: [] }]);
    const statement = Array.from({ length: 12_000 }, () => 'the port did not reopen and the union never struck').join(' and ');
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(`${statement}.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.notEqual(report.results[0]!.verdict?.kind, 'supported');
  });

  it('a statement of 8,000 figures against a source sentence of the same 8,000 is judged in seconds, and supported', () => {
    // Each figure was weighed against every figure of the document and of the passage.
    const figures = Array.from({ length: 8_000 }, (_, i) => `${i + 30} workers`).join(', ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/port.txt', format: 'txt', text: `Port\n\nThe port said ${figures} went on strike.\n`, excluded: [], warnings: [] }]);
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(`The port said ${figures} went on strike.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(report.results[0]!.verdict?.kind, 'supported');
  });

  it('a transcript of 100,000 turns in one paragraph is read in seconds, each turn its speaker\'s quotation', () => {
    // Each turn looked for its passage among all the paragraph's passages.
    const lines = Array.from({ length: 100_000 }, (_, i) => `${['Anna', 'Ben', 'Carla'][i % 3]}: Item ${i} is on the agenda for today.`);
    const started = Date.now();
    const corpus = Corpus.build([{ id: 't', path: 't.txt', format: 'txt', text: lines.join('\n'), excluded: [], warnings: [] }]);
    const quotes = corpus.quotesOf('t');
    const seconds = (Date.now() - started) / 1000;
    assert.equal(quotes.length, 100_000);
    assert.deepEqual([quotes[99_999]!.speakerName, quotes[99_999]!.text], ['Anna', 'Item 99999 is on the agenda for today.']);
    assert.ok(seconds < 20, `${seconds} s`);
  });

  it('a transcript of 40,000 turns by 17,576 speakers labelled in capitals, and an email of 100,000 quoted lines, are read in seconds', () => {
    // Each speaker in capitals is looked for in mixed case in the text; each quoted line is its writer's.
    const letter = (n: number): string => String.fromCharCode(65 + (n % 26));
    const turns = Array.from({ length: 40_000 }, (_, i) => `SPEAKER ${letter(i)}${letter(Math.floor(i / 26))}${letter(Math.floor(i / 676))}: Item ${i} is on the agenda.`);
    const email = ['From: Helen Marsh <helen@example.org>', 'To: Team', 'Subject: Re: Plans', '', 'See below.', '', ...Array.from({ length: 100_000 }, (_, i) => (i % 1000 === 0 ? '> On 3 May, Raj Singh wrote:' : `> Line ${i} of the plan.`))].join('\n');
    const started = Date.now();
    const corpus = Corpus.build([
      { id: 't', path: 't.txt', format: 'txt', text: turns.join('\n'), excluded: [], warnings: [] },
      { id: 'e', path: 'e.txt', format: 'txt', text: email, excluded: [], warnings: [] },
    ]);
    const speakers = new Set(corpus.quotesOf('t').map((q) => q.speakerName));
    const quoted = corpus.quotesOf('e').filter((q) => q.speakerName === 'Raj Singh');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(speakers.has('Speaker Aaa'), [...speakers].slice(0, 3).join(', '));
    assert.equal(quoted.length, 99_900);
    // About 2 s; searching the text for every speaker's mixed-case name took 19 s (and grows with
    // speakers times text without the cap on the text searched).
    assert.ok(seconds < 10, `${seconds} s`);
  });

  it('a statement and a source sentence each naming 3,000 places are judged in seconds', () => {
    // Each place of the statement was weighed against each of the passage's, by the words before them.
    const letter = (n: number): string => String.fromCharCode(97 + (n % 26));
    const town = (i: number): string => `Vill${letter(i)}${letter(Math.floor(i / 26))}${letter(Math.floor(i / 676))}`;
    const places = (preposition: string): string => Array.from({ length: 3_000 }, (_, i) => `worked ${preposition} ${town(i)}`).join(', ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/places.txt', format: 'txt', text: `Travels\n\nShe ${places('in')}.\n`, excluded: [], warnings: [] }]);
    const started = Date.now();
    // Every place is the passage's, after another preposition: no rival is ever found.
    checkDraft(corpus, parseDraft(`She ${places('at')}.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    // About 2.5 s; 14 s when each place looked through the passage's places for a rival.
    assert.ok(seconds < 8, `${seconds} s`);
  });

  it('a statement and a source sentence each telling 5,000 firms\' changes in per cent are judged in seconds', () => {
    // Each figure's direction and the name it is told of were looked for among all the passage's figures.
    const letter = (n: number): string => String.fromCharCode(65 + (n % 26));
    const firm = (i: number): string => `Firm${letter(i)}${letter(Math.floor(i / 26)).toLowerCase()}${letter(Math.floor(i / 676)).toLowerCase()}`;
    const changes = Array.from({ length: 5_000 }, (_, i) => `${firm(i)} rose ${(i % 97) + 1}.${i % 10}%`).join(', ');
    const corpus = Corpus.build([{ id: 'p', path: 'seeds/markets.txt', format: 'txt', text: `Markets\n\nShares moved: ${changes}.\n`, excluded: [], warnings: [] }]);
    const started = Date.now();
    const report = checkDraft(corpus, parseDraft(`Shares moved: ${changes}.\n`, 'd.md'), defaultConfig());
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(report.results[0]!.verdict?.kind, 'supported', report.results[0]!.verdict?.message);
  });

  it('lists nested 1,000 deep by indentation are read in seconds, and the words of the deepest items are still checked', () => {
    const text = Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- Item ${i} of the list.`).join('\n') + '\n';
    const started = Date.now();
    const draft = parseDraft(text, 'd.md');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 20, `${seconds} s`);
    const all = draft.statements.map((s) => s.text).join(' ');
    for (const i of [0, 15, 16, 500, 999]) assert.ok(all.includes(`Item ${i} of the list.`), `item ${i} is read`);
  });

  it('lists nested 1,000 deep by tabs (one tab a level) are read in seconds, and the deepest words are still checked', () => {
    // Tabs indent to the next multiple of 4 columns: 75 s at 1,000 levels when nesting was counted in characters.
    const text = Array.from({ length: 1_000 }, (_, i) => `${'\t'.repeat(i)}- Item ${i} of the list.`).join('\n') + '\n';
    const started = Date.now();
    const draft = parseDraft(text, 'd.md');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 20, `${seconds} s`);
    // One note, at the marker of the 17th level.
    assert.deepEqual(draft.notes?.map((n) => n.span.start), [text.indexOf('- Item 16 ')]);
    assert.match(draft.notes![0]!.message, /nested more than 16 deep/);
    const all = draft.statements.map((s) => s.text).join(' ');
    for (const i of [0, 15, 16, 500, 999]) assert.ok(all.includes(`Item ${i} of the list.`), `item ${i} is read`);
  });

  it('thousands of lists inside block quotes, with no blank line, are read in seconds, every item checked', () => {
    // Each line closing a nested container made micromark copy all its events: 19 s for 4,000 pairs.
    const pairs = 8_000;
    const text = Array.from({ length: pairs }, (_, i) => `> - Item ${i} of the outline.\n>   - Point ${i} under it.`).join('\n') + '\n';
    const started = Date.now();
    const draft = parseDraft(text, 'd.md');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 40, `${seconds} s`);
    assert.equal(draft.statements.length, 2 * pairs);
    assert.equal(draft.statements[2 * pairs - 1]!.text, `Point ${pairs - 1} under it.`);
  });

  it('the parser applies its edits with our EditMap.consume, which gives the events micromark\'s own gives', () => {
    const before = editMapCalls();
    parseDraft('- An item.\n  - A nested item.\n- Another item.\n', 'd.md');
    assert.ok(editMapCalls() > before, 'micromark uses the EditMap that edit-map.ts patches');
    const change = fc.tuple(fc.nat(40), fc.nat(4), fc.array(fc.integer({ min: 1000, max: 1100 }), { maxLength: 4 }), fc.boolean());
    fc.assert(
      fc.property(fc.nat(40), fc.array(change, { maxLength: 6 }), (length, changes) => {
        const events = Array.from({ length }, (_, i) => i);
        const ours = [...events];
        const theirs = [...events];
        const oursMap = new EditMap();
        const theirsMap = new EditMap();
        for (const [at, remove, add, before] of changes) {
          if (at > length) continue;
          for (const map of [oursMap, theirsMap]) (before ? map.addBefore : map.add).call(map, at, remove, [...add] as never);
        }
        oursMap.consume(ours as never);
        micromarkConsume.call(theirsMap, theirs);
        assert.deepEqual(ours, theirs);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a paragraph of many lines', function () {
  this.timeout(60_000);

  /** Node types in document order, and the text of the tree with runs of whitespace as one space. */
  const shape = (markdown: string): { types: string[]; text: string } => {
    const root = fromMarkdown(markdown, { extensions: [frontmatter(['yaml', 'toml']), gfm()], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()] });
    const types: string[] = [];
    const texts: string[] = [];
    const visit = (node: { type: string; value?: string; children?: unknown[] }): void => {
      // A hard break ("two spaces" at the end of a line) is a space once the lines are one: the
      // texts on either side of it are one text.
      if (node.type !== 'break' && !(node.type === 'text' && types[types.length - 1] === 'text')) types.push(node.type);
      if (typeof node.value === 'string') texts.push(node.value);
      else if (node.type === 'break') texts.push(' ');
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    visit(root as never);
    return { types, text: texts.join(' ').replace(/\s+/g, ' ').trim() };
  };

  it('reads its line breaks (and block quote markers) as spaces past 64 lines, and the parser sees the same blocks and words', () => {
    // Lines that continue a paragraph (some opening an emphasis, a code span or a link that a later line closes)...
    const words = fc.oneof(
      fc.constantFrom(
        'The port reopened on Friday', 'after a *two-day* strike', 'by **26** workers, "the union said."', 'see [the report](https://example.com/r)',
        'and `code spans` too', 'an *emphasis that', 'goes on* here', 'a `code span that', 'goes on` here', 'a [link that', 'goes on](https://example.com)',
        '_emphasis_ at the start', '*emphasis* at the start', '+not a list', '-not a list', '12 people', 'www.example.com', 'Mr. Zhou left.',
        '\t tabbed words', '    indented words', 'two spaces  ', '"A quote," he said', '&amp; a reference', '(in brackets)',
      ),
      fc.stringMatching(/^[A-Za-z][A-Za-z ,.]{0,30}$/),
    );
    // ...mostly without block quote markers, some with one or two (or fewer than the line before: a lazy line).
    const plain = fc.tuple(fc.constantFrom('', '', '', '> ', '> > ', '>', '   > ', '> >'), words).map(([quote, text]) => quote + text);
    // ...and lines that may start a block, or end the paragraph.
    const other = fc.constantFrom(
      '  - a nested item', '- a list item', '1. an ordered item', '2) another', '> a quote', '# a heading', '***', '---', '===', '| a | b |',
      '```', '~~~', '<div>', '</div>', '<!-- a comment -->', '[a]: https://example.com', '[^1]: a note', 'a hard break\\', '', '#hashtag',
      '* * *', 'words | with a pipe', '\\*escaped', '---\ntitle: front\n---', '- ```', '> ```', '  ```', '<pre>', '</pre>', '<script>', '</script>',
      '> - a quoted item', '- > an item quote', '<span>inline</span> html', '    ',
    );
    const block = fc.oneof(fc.array(plain, { minLength: 60, maxLength: 140 }), fc.array(fc.oneof(plain, other), { maxLength: 4 }));
    let joined = 0;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean(), (blocks, crlf) => {
        const draft = blocks.flat().join(crlf ? '\r\n' : '\n') + '\n';
        const defused = defuseMarkdown(draft);
        if (defused.text !== draft) joined++;
        assert.equal(defused.text.length, draft.length);
        assert.deepEqual(shape(defused.text), shape(draft));
      }),
      { numRuns: 100 },
    );
    assert.ok(joined >= 5, `${joined} drafts had lines joined`);
  });

  it('of 16,000 lines is read in seconds, every sentence a statement at its place', () => {
    const sentence = 'The ministry said the port reopened on Friday after a two-day strike by 26 workers.';
    const text = Array.from({ length: 16_000 }, () => sentence).join('\n') + '\n';
    assert.ok(!defuseMarkdown(text).text.trimEnd().includes('\n'), 'the parser reads one line');
    const started = Date.now();
    const draft = parseDraft(text, 'd.md');
    const seconds = (Date.now() - started) / 1000;
    assert.equal(draft.statements.length, 16_000);
    assert.equal(draft.statements[15_999]!.text, sentence);
    assert.equal(text.slice(draft.statements[15_999]!.span.start, draft.statements[15_999]!.span.end), sentence);
    assert.ok(seconds < 30, `${seconds} s`); // 19 s on lines before, 2 s after
  });

  it('a statement with a 200,000-letter capitalised word that says who moved a motion is judged in seconds', () => {
    // The mover's name was tried from each letter of the word: 7 s for 80,000 letters, 4x for twice as many.
    const corpus = Corpus.build([textSource('sources/minutes.txt', 'MOTION to table until the May meeting. Moved: Ng. Seconded: Feldman. Motion to table carried 6–1.')]);
    const text = `${'A'.repeat(200_000)} moved to table it, and Ng seconded the motion.`;
    const started = Date.now();
    swappedMotionRole(corpus, text, [corpus.passage(0)!], 1);
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 10, `${seconds} s`);
    assert.equal(swappedMotionRole(corpus, 'Feldman moved to table it, and Ng seconded the motion.', [corpus.passage(0)!], 1)?.source, 'Ng');
  });

  it('a statement saying "will" 12,000 times against a conditional source sentence of 40,000 hedges is judged in seconds, and a hedge said with another verb is still found', () => {
    // Each "will" said with another verb was weighed against every hedge of the passage, and each
    // hedge looked back over the whole sentence for an "if": 84 s for 12,000 against 40,000.
    const corpus = Corpus.build([textSource('sources/flood.txt', `If it rains, some streets ${'may stay flooded under water, '.repeat(40_000)}the forecaster said.`)]);
    const text = `Rain ${'will keep streets dry and '.repeat(12_000)}so on.`;
    const started = Date.now();
    droppedHedge(text, [corpus.passage(0)!]);
    const seconds = (Date.now() - started) / 1000;
    // (Under 1 s on a quiet machine; 6 s once at a load of 10 on a shared one. The bound is for
    // the 84 s of reading every hedge against every "will".)
    assert.ok(seconds < 12, `${seconds} s`);
    assert.equal(droppedHedge('Rain will keep them flooded under water.', [corpus.passage(0)!])?.said, 'may stay');
  });

  it('a source of 6,000 sentences naming one school, and a sentence of 8,000 names, are judged in seconds against a cause, two crossed clauses and a name for what they are', () => {
    // The checks of a link of cause and of crossed clauses read the aligned documents' sentences;
    // the check of what a name is said to be reads a sentence's names.
    const sentences = Array.from({ length: 6_000 }, (_, i) => `Ridgeline High School opened shelter ${i} for evacuees because of the fire.`).join(' ');
    const names = Array.from({ length: 8_000 }, (_, i) => `Maths Boost ${String.fromCharCode(65 + (i % 26))}${i}, a programme`).join(', ');
    const corpus = Corpus.build([
      textSource('sources/update.txt', `${sentences}\n\nThe county fairgrounds are accepting large animals.`),
      textSource('sources/abstract.txt', `We report a trial of ${names}.\n\nThe programme cost approximately 540 pounds per pupil.`),
    ]);
    const started = Date.now();
    const results = checkDraft(corpus, parseDraft([
      'Evacuees can shelter at the county fairgrounds, while Ridgeline High School is accepting large animals.',
      'The fairgrounds accepted large animals because Ridgeline High School opened a shelter.',
      'Maths Boost cost about 540 pounds per pupil.',
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 10, `${seconds} s`);
    assert.equal(results.length, 3);
  });

  it('a source of 20,000 lines each quoting after a speaker and a colon, 30,000 weekdays and a 100,000-letter hyphenated name are read and judged in seconds', () => {
    // Each quote after a colon reads its own line back to its start; weekdays are read once a
    // document; a hyphenated name is joined word by word.
    const minutes = Array.from({ length: 20_000 }, (_, i) => `${i}.1 Councillor Ann Lee, member for Ward ${i}: "We will review item ${i} on Friday."`).join('\n');
    const week = 'The jury met on Friday. '.repeat(30_000);
    const hyphenated = Array.from({ length: 20_000 }, () => 'Okaf').join('-');
    const started = Date.now();
    const corpus = Corpus.build([
      textSource('sources/minutes.txt', minutes),
      textSource('sources/week.txt', `${week}\n\nThe verdict came after an eleven-day trial.`),
      textSource('sources/names.txt', `${hyphenated} told guests that the respite house is not a luxury.`),
    ]);
    const results = checkDraft(corpus, parseDraft([
      'Councillor Ann Lee said "we will review item 7 on Friday."',
      `The jury's verdict came on ${'Thursday, '.repeat(5_000)}after an eleven-day trial.`,
      `${hyphenated} told guests that the respite house is a luxury.`,
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(results.length, 3);
    assert.equal(corpus.quotesOf('sources/minutes.txt')[7]?.speakerName, 'Councillor Ann Lee');
  });

  it('a source of 20,000 changes, bounds and comparisons in one sentence, and 10,000 unnamed speakers, are read and judged in seconds, and a reversed comparison is still found', () => {
    // Each side's changes and bounds are read once and the first few weighed; a described
    // speaker's mentions are read a few at a time.
    const changes = 'Sales fell by a quarter, profit roughly halved, costs rose 30 percent, repairs will take at least a week, and '.repeat(5_000);
    const speakers = Array.from({ length: 10_000 }, (_, i) => `One resident told us: "Item ${i} was late."`).join(' ');
    const started = Date.now();
    const corpus = Corpus.build([
      textSource('sources/changes.txt', `${changes}so on.\n\nSerious adverse events were reported in 2.4% of velanutide patients and 2.6% of placebo patients.`),
      textSource('sources/speakers.txt', `Spokesperson Dana Okoro said the survey closed. ${speakers}`),
    ]);
    const results = checkDraft(corpus, parseDraft([
      `${'Sales fell by a third and profit doubled, repairs within a week, '.repeat(3_000)}and that is all.`,
      'Serious adverse events were more common with velanutide than with placebo.',
      `Dana Okoro said: "Item 9,999 was late."`,
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(results.length, 3);
    assert.equal(results[1]!.verdict.kind, 'number-mismatch', results[1]!.verdict.message);
  });
  it('a source of 20,000 denials, proposals, plans and units in one sentence, against statements of thousands of each, is judged in seconds, and a unit swap is still found', () => {
    // Each side's denials are asked for in another form a few at a time, what the source says is
    // settled is read once a told thing, and a figure's unit is read from the words after it.
    const denials = 'there were no plans to introduce rota cuts, the authority raised no objection, the firm was considering whether to appeal, the council proposed raising 20 weeks of fees at 14,000 vehicles a day, and '.repeat(5_000);
    const started = Date.now();
    const corpus = Corpus.build([
      textSource('sources/denials.txt', `${denials}so on.\n\nWind speeds at the site reached 38 mph shortly before the fall.`),
    ]);
    const results = checkDraft(corpus, parseDraft([
      `${'The firm has confirmed it will appeal, the authority objected, rota cuts are being prepared at 14,000 vehicles a week, '.repeat(2_000)}and that is all.`,
      'Wind speeds at the site reached 38 km/h shortly before the fall.',
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(results.length, 2);
    assert.equal(results[1]!.verdict.kind, 'number-mismatch', results[1]!.verdict.message);
  });
  it('a source of 20,000 table rows, runs of months and weekdays and changes, against statements of thousands of each, is judged in seconds, and a reversed change is still found', () => {
    // Tables are read once a document, runs once a passage, and each statement figure is weighed
    // against the first few figures of a passage only.
    const rows = Array.from({ length: 20_000 }, (_, i) => `Ward ${i % 97} cases: ${i + 3} (${i + 7})`).join('\n');
    const runs = 'open Monday to Saturday between October and December, rising from £220,000 to £340,000 while 18,420 started and 17,986 finished at 0347 hours, '.repeat(3_000);
    const started = Date.now();
    const corpus = Corpus.build([
      textSource('sources/tables.txt', `Table 1: Incidents by ward (same quarter 2024 in brackets)\n${rows}\n\n${runs}and so on.\n\nTable 2: Flooding incidents by town (previous year in brackets)\nAshby flooding incidents: 4 (9)\nBrent flooding incidents: 12 (15)\nCorby flooding incidents: 7 (7)`),
    ]);
    const results = checkDraft(corpus, parseDraft([
      `${'It is open seven days a week in the last four months, up by £120,000 as 434 did not finish, fell by over 40 per cent, the five wards and 12 km of mains and 140 works, '.repeat(1_500)}and that is all.`,
      'Ashby flooding incidents rose to 9 from 4.',
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(results.length, 2);
    assert.equal(results[1]!.verdict.kind, 'number-mismatch', results[1]!.verdict.message);
  });

  it('a source of 20,000 open questions, conditions, leaders, seasons and changes in one sentence, against statements of thousands of each told as settled, is judged in seconds, and a change told the wrong way is still found', () => {
    // What is undecided, conditional, led by someone, in a season or changed is read a passage at
    // a time, never each statement phrase against each passage phrase.
    const open = 'nothing\'s agreed on the shuttle and the levy is still to be agreed, subject to the outcome of the review, it is too early to draw firm conclusions and no conclusion should be drawn about whether staff breached the rules, the union has indicated that it may challenge the award, the panel chaired by Dr Anna Weir reports in the spring, fees rose from 4% to 6% without getting approval, and it denied a report that all depots would close, '.repeat(2_000);
    const started = Date.now();
    const corpus = Corpus.build([
      textSource('sources/open.txt', `${open}and so on.\n\nThe harbour levy fell from £12 to £9 a tonne last year.`),
    ]);
    const results = checkDraft(corpus, parseDraft([
      `${'The shuttle and the levy were agreed, whatever the outcome of the review, proving that staff breached the rules, the union has launched a challenge, the panel chaired by Tom Hale reports in the autumn, fees rose from 6% to 4% in two years\' service, and all depots will close, '.repeat(2_000)}and that is all.`,
      'The harbour levy rose from £9 to £12 a tonne last year.',
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(results.length, 2);
    assert.notEqual(results[1]!.verdict.kind, 'supported', results[1]!.verdict.message);
  });

  it('a source of 20,000 hedges, expectations, refusals, comparisons and changes in one sentence, against statements of thousands of each told plainly, is judged in seconds, and a change against its own figures is still found', () => {
    // Hedged states, expectations, assents and refusals are read a few a passage, second verbs
    // after a denial a few a statement, and figures set against each other side by side only.
    const hedged = 'the gap is likely to be contributing to delays, the supplier expects stocks to arrive in June, the panel was not persuaded that this amounted to mitigation and declined to recommend a proposal to merge the points, it has not ruled out changes, prices rose 3.4 per cent, compared with 2.1 per cent nationally, and fell by 8.2 per cent to 14,700, '.repeat(2_000);
    const started = Date.now();
    const corpus = Corpus.build([
      textSource('sources/hedged.txt', `${hedged}and so on.\n\nThe margin was 2.31 per cent, compared with 2.48 per cent a year earlier.`),
    ]);
    const results = checkDraft(corpus, parseDraft([
      `${'the gap was contributing to delays, the supplier confirmed that stocks will arrive in June, the panel accepted that this amounted to mitigation and agreed the proposal to merge the points, it decided not to close and has ruled out changes, prices rose 2.1 per cent, compared with 3.4 per cent nationally, and fell by 8.2 per cent to 41,300, '.repeat(2_000)}and that is all.`,
      'The margin widened to 2.31 per cent from 2.48 per cent a year earlier.',
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(results.length, 2);
    assert.equal(results[1]!.verdict.kind, 'number-mismatch', results[1]!.verdict.message);
  });

  it('a source of 20,000 kinds of lifeboats, records, pledges, parts of wholes and tallies in one sentence, against statements of thousands of each, is judged in seconds, and a kind put for another is still found', () => {
    // A document's kinds of each thing are read once, a passage's filed by their noun, and a
    // statement's first few weighed; records, conditions, parts and tallies are read a few a side.
    const source = 'the inshore lifeboat and the all-weather lifeboat towed the boat, the most since 2011, the trust pledged to match donations, provided the appeal reaches £75,000, of the 40, of these, 31 were screened, nine points behind, '.repeat(2_000);
    const started = Date.now();
    const corpus = Corpus.build([
      textSource('sources/kinds.txt', `${source}and so on.

The search ended with the recovery of a kayak by the all-weather lifeboat at 02:10. The inshore lifeboat was launched twice. The all-weather lifeboat was launched twice.`),
    ]);
    const results = checkDraft(corpus, parseDraft([
      `${'The inshore lifeboat and the offshore lifeboat towed the boat, the most ever, the trust said it would match donations, 33 of the 40 were screened, six points behind, '.repeat(2_000)}and that is all.`,
      'A kayak was recovered by the inshore lifeboat at 02:10.',
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(results.length, 2);
    assert.match(results[1]!.verdict.message, /all-weather lifeboat where the statement says inshore lifeboat/);
  });

  it('a source of 20,000 sides of figures, multiples, withdrawals, denied conditions and compound lengths of time in one sentence, against statements of thousands of each, is judged in seconds, and a figure told on the wrong side is still found', () => {
    // Each side reads its first figures, a multiple's base a few words on, and one withdrawal,
    // order or denied condition a passage.
    const source = 'take-up is slightly above our average of 27 per cent, 4,310 parcels compared with 3,240 in 2023, the forecast of 9.0 is withdrawn, the Panel recommends but does not require that the roof be mended, not conditional on take-up, six years and six months, two and a half years late, subject to the authority approving the permit, '.repeat(2_000);
    const started = Date.now();
    const corpus = Corpus.build([
      textSource('sources/sides.txt', `${source}and so on.

Take-up in the parts that have been live longest is 31 per cent, which is slightly above the company average of 27 per cent.`),
    ]);
    const results = checkDraft(corpus, parseDraft([
      `${'take-up is below the 27 per cent average, 4,310 parcels almost double the 2023 figure, the forecast of 9.0 remains, the Panel ordered the owner to mend the roof, whatever the take-up, six and a half years, three years late, the authority approved the permit, '.repeat(2_000)}and that is all.`,
      'Take-up in the parts that have been live longest has fallen below the company\'s 27 per cent average.',
    ].join('\n\n') + '\n', 'draft.md'), defaultConfig()).results;
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds} s`);
    assert.equal(results.length, 2);
    assert.match(results[1]!.verdict.message, /"above" where the statement says the opposite, "below"/);
  });
});
